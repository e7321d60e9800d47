// The identity ProConnect gave an agent the app does not know, carried to « Demander un accès »: signed
// by the server (HMAC-SHA256 with NEXTAUTH_SECRET) and short-lived, so that the request's name and
// e-mail are ProConnect's, never typed or altered by the visitor.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { secretDeLApplication } from "../environnement";

/** How long after the ProConnect login the request may be sent. */
export const VALIDITE_IDENTITE_MS = 30 * 60 * 1000;

export type IdentiteProConnect = { email: string; nom: string };

const cle = () => {
  // (As the signing key does, lib/server/signature/autorite.ts: a fixed one outside production only.)
  return createHmac("sha256", secretDeLApplication()).update("demande-acces").digest();
};
const signer = (charge: string) => createHmac("sha256", cle()).update(charge).digest("base64url");

export function signerIdentite(identite: IdentiteProConnect, maintenant = Date.now()): string {
  const charge = Buffer.from(JSON.stringify({ ...identite, exp: maintenant + VALIDITE_IDENTITE_MS }), "utf8").toString("base64url");
  return `${charge}.${signer(charge)}`;
}

/** The identity, or null when the token is forged, altered or too old. */
export function lireIdentite(jeton: string | null | undefined, maintenant = Date.now()): IdentiteProConnect | null {
  const [charge, signature] = (jeton ?? "").split(".");
  if (!charge || !signature) return null;
  const attendue = Buffer.from(signer(charge));
  const recue = Buffer.from(signature);
  if (attendue.length !== recue.length || !timingSafeEqual(attendue, recue)) return null;
  try {
    const { email, nom, exp } = JSON.parse(Buffer.from(charge, "base64url").toString("utf8")) as {
      email?: unknown;
      nom?: unknown;
      exp?: unknown;
    };
    if (typeof email !== "string" || typeof nom !== "string" || typeof exp !== "number" || exp < maintenant) return null;
    return { email, nom };
  } catch {
    return null;
  }
}
