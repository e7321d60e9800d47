// Access requests: an agent unknown to the app, identified by ProConnect (a signed, short-lived
// identity), asks once; administrators are notified; accepting creates the account as chosen,
// refusing keeps the reason; a forged or stale identity is refused.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createOrganisation, unique } from "../helpers/factories";
import { signerIdentite, lireIdentite } from "@/lib/server/comptes/identite-proconnect";
import { acceptDemandeAcces } from "@/lib/server/comptes/accept-demande-acces";
import { createDemandeAcces } from "@/lib/server/comptes/create-demande-acces";
import { refuseDemandeAcces } from "@/lib/server/comptes/refuse-demande-acces";
import { loginWithProConnect } from "@/lib/server/auth/password-login";

const db = testDb();
const identite = () => ({ email: `${unique("inconnu")}@education.gouv.fr`, nom: "Sam Inconnu" });

describe("access requests", () => {
  it("records a request with ProConnect's identity, notifies administrators, and refuses a second one while it waits", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR"] });
    const org = await createOrganisation(db);
    const qui = identite();
    const jeton = signerIdentite(qui);
    const { id } = await createDemandeAcces({
      identite: jeton,
      organisationId: org.id,
      roles: ["REDACTEUR"],
      motif: "Je rédige les conventions de mon service.",
    });
    expect(await db.demandeAcces.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ...qui,
      statut: "EN_ATTENTE",
      roles: ["REDACTEUR"],
    });
    expect(await db.notification.count({ where: { userId: admin.id, type: "DEMANDE_ACCES", lien: "/administration/demandes" } })).toBe(1);
    await expect(
      createDemandeAcces({ identite: jeton, organisationId: org.id, roles: ["LECTEUR"], motif: "Encore." }),
    ).rejects.toMatchObject({
      code: "DEMANDE_EN_ATTENTE",
    });
  });

  it("refuses a forged, altered or stale identity", async () => {
    const jeton = signerIdentite(identite());
    const [charge, signature] = jeton.split(".");
    const autre = Buffer.from(JSON.stringify({ email: "pirate@exemple.fr", nom: "X", exp: Date.now() + 60_000 })).toString("base64url");
    expect(lireIdentite(`${autre}.${signature}`)).toBeNull();
    expect(lireIdentite(`${charge}.${signature}x`)).toBeNull();
    expect(lireIdentite(jeton, Date.now() + 31 * 60_000)).toBeNull();
    await expect(createDemandeAcces({ identite: "forge", organisationId: null, roles: ["LECTEUR"], motif: "x" })).rejects.toMatchObject({
      code: "IDENTITE_EXPIREE",
    });
  });

  it("accepting creates the account as the administrator chooses; the agent then logs in with ProConnect; a request is decided once", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR"] });
    const [org, autre] = [await createOrganisation(db), await createOrganisation(db)];
    const qui = identite();
    const { id } = await createDemandeAcces({ identite: signerIdentite(qui), organisationId: org.id, roles: ["LECTEUR"], motif: "Suivi." });
    expect(await loginWithProConnect(qui.email)).toBeNull();
    const { compteId } = await acceptDemandeAcces(admin, {
      id,
      roles: ["REDACTEUR", "SIGNATAIRE"],
      organisationId: org.id,
      perimetre: [autre.id],
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: compteId }, include: { perimetre: true } })).toMatchObject({
      email: qui.email,
      nom: qui.nom,
      roles: ["REDACTEUR", "SIGNATAIRE"],
      passwordHash: null,
      perimetre: [{ organisationId: autre.id }],
    });
    expect(await loginWithProConnect(qui.email)).toMatchObject({ id: compteId });
    await expect(refuseDemandeAcces(admin, { id, motif: "Trop tard." })).rejects.toMatchObject({ code: "DEJA_TRAITEE" });
    // An account now exists: a new request is pointless.
    await expect(
      createDemandeAcces({ identite: signerIdentite(qui), organisationId: null, roles: ["LECTEUR"], motif: "x" }),
    ).rejects.toMatchObject({
      code: "COMPTE_EXISTANT",
    });
  });

  it("refusing keeps the reason; the agent may ask again afterwards; only administrators decide", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR"] });
    const redacteur = await createAgent(db, { roles: ["REDACTEUR"] });
    const qui = identite();
    const { id } = await createDemandeAcces({
      identite: signerIdentite(qui),
      organisationId: null,
      roles: ["LECTEUR"],
      motif: "Curiosité.",
    });
    await expect(refuseDemandeAcces(redacteur, { id, motif: "Non." })).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    await refuseDemandeAcces(admin, { id, motif: "Accès réservé aux services qui délèguent." });
    expect(await db.demandeAcces.findUniqueOrThrow({ where: { id } })).toMatchObject({
      statut: "REFUSEE",
      motifRefus: "Accès réservé aux services qui délèguent.",
      traiteeParId: admin.id,
    });
    await expect(
      createDemandeAcces({ identite: signerIdentite(qui), organisationId: null, roles: ["LECTEUR"], motif: "Je précise." }),
    ).resolves.toMatchObject({
      email: qui.email,
    });
  });
});
