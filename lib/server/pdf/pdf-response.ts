// The common part of every PDF route: session, permission, scope, French errors, headers.
import "server-only";
import { reponseTexte } from "@/lib/http/reponse-texte";
import { ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import { getAgent, type Agent } from "../auth/agent";
import { can } from "../policies";
import type { PdfConvention } from "@/lib/pdf/data";
import { renderPdf } from "./pdf-pool";

/** A PDF already made: the version frozen for signature, served byte for byte. */
export type PdfFige = { octets: Uint8Array; fileName: string };

export async function pdfResponse(build: (agent: Agent) => Promise<PdfConvention | PdfFige | null>): Promise<Response> {
  const agent = await getAgent();
  if (!agent) return reponseTexte(401, "Votre session a expiré : reconnectez-vous pour télécharger le PDF.");
  if (!can(agent, "convention.exporter")) return reponseTexte(403, "Votre rôle ne permet pas d'exporter cette convention.");
  try {
    const data = await build(agent);
    if (!data) return reponseTexte(404, "Ce document est introuvable, ou vous n'y avez pas accès.");
    const [pdf, fileName] = "octets" in data ? [data.octets, data.fileName] : [await renderPdf(data), data.meta.fileName];
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof Introuvable) return reponseTexte(404, error.message);
    if (error instanceof ErreurMetier) return reponseTexte(409, error.message);
    console.error("Export PDF en échec", error);
    return reponseTexte(
      500,
      "Le PDF n'a pas pu être produit à cause d'un problème technique. Réessayez ; si le problème persiste, contactez l'administrateur.",
    );
  }
}
