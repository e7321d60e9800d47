// Accounts administration (« Administration » → « Comptes »): opening an account sends an invitation
// whose link sets the password once within 72 h; changes are audited before → after; the last active
// administrator keeps that role; a deactivated agent's sessions end at once.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createOrganisation, unique } from "../helpers/factories";
import { createCompte } from "@/lib/server/comptes/create-compte";
import { resendInvitation, setCompteActif, updateCompte } from "@/lib/server/comptes/update-compte";
import { acceptInvitation, checkInvitation } from "@/lib/server/comptes/invitation";
import { createFirstAdmin } from "@/lib/server/comptes/create-first-admin";
import { getCompte, listComptes } from "@/lib/server/comptes/list-comptes";
import { loginWithPassword } from "@/lib/server/auth/password-login";
import { agentOfSession, openSession } from "@/lib/server/auth/sessions";
import { inTransaction } from "@/lib/server/db";

const db = testDb();
const MOT_DE_PASSE = "Un-mot-de-passe-solide-2026";
const jetonDe = (lien: string) => lien.split("/invitation/")[1]!;
const email = () => `${unique("agent")}@education.gouv.fr`;

describe("opening an account and its invitation", () => {
  it("opens the account without a password, and its link sets one, once", async () => {
    const admin = await createAgent(db, { role: "ADMINISTRATEUR" });
    const org = await createOrganisation(db);
    const adresse = email();
    const cree = await createCompte(admin, { nom: "Camille Agent", email: adresse, role: "REDACTEUR", organisationId: org.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: cree.id } })).toMatchObject({ passwordHash: null, role: "REDACTEUR" });
    // Only the token's SHA-256 is kept.
    const jeton = jetonDe(cree.lien);
    expect(await db.invitation.count({ where: { jetonSha256: jeton } })).toBe(0);
    expect(await checkInvitation(jeton)).toEqual({ nom: "Camille Agent", email: adresse });

    await acceptInvitation({ jeton, motDePasse: MOT_DE_PASSE });
    expect(await loginWithPassword(adresse, MOT_DE_PASSE)).toMatchObject({ ok: true });
    await expect(acceptInvitation({ jeton, motDePasse: "Un-autre-mot-de-passe-2026" })).rejects.toThrow(/déjà servi/);
    expect(await loginWithPassword(adresse, MOT_DE_PASSE)).toMatchObject({ ok: true }); // (unchanged)
    const { historique } = await getCompte(admin, cree.id);
    expect(historique.map((e) => e.quoi)).toEqual(expect.arrayContaining(["Compte ouvert", "Mot de passe choisi par l'agent"]));
  });

  it("refuses an expired, a forged and a replaced link in French, and changes nothing", async () => {
    const admin = await createAgent(db, { role: "ADMINISTRATEUR" });
    const cree = await createCompte(admin, { nom: "Dominique Agent", email: email(), role: "LECTEUR", organisationId: null });
    const dans73h = new Date(Date.now() + 73 * 3_600_000);
    await expect(acceptInvitation({ jeton: jetonDe(cree.lien), motDePasse: MOT_DE_PASSE }, { maintenant: dans73h })).rejects.toThrow(
      /a expiré \(il est valable 72 heures\)/,
    );
    await expect(acceptInvitation({ jeton: "forge".repeat(8), motDePasse: MOT_DE_PASSE })).rejects.toThrow(/n'est pas valide/);
    const nouvelle = await resendInvitation(admin, { id: cree.id });
    await expect(acceptInvitation({ jeton: jetonDe(cree.lien), motDePasse: MOT_DE_PASSE })).rejects.toThrow(/n'est pas valide/);
    expect((await db.user.findUniqueOrThrow({ where: { id: cree.id } })).passwordHash).toBeNull();
    await acceptInvitation({ jeton: jetonDe(nouvelle.lien), motDePasse: MOT_DE_PASSE });
    expect((await db.user.findUniqueOrThrow({ where: { id: cree.id } })).passwordHash).not.toBeNull();
  });

  it("refuses at its field an e-mail already used and an organisation not in the referential; only administrators open accounts", async () => {
    const admin = await createAgent(db, { role: "ADMINISTRATEUR" });
    const redacteur = await createAgent(db, { role: "REDACTEUR" });
    await expect(createCompte(admin, { nom: "X", email: redacteur.email, role: "LECTEUR", organisationId: null })).rejects.toMatchObject({
      code: "SAISIE_INVALIDE",
      champs: { email: expect.stringMatching(/existe déjà/) },
    });
    await expect(createCompte(admin, { nom: "X", email: email(), role: "LECTEUR", organisationId: "inconnue" })).rejects.toMatchObject({
      champs: { organisationId: expect.any(String) },
    });
    await expect(createCompte(redacteur, { nom: "X", email: email(), role: "ADMINISTRATEUR", organisationId: null })).rejects.toMatchObject(
      {
        code: "ACCES_REFUSE",
      },
    );
  });
});

describe("changing an account", () => {
  it("audits each change before → after, and a role change or a deactivation ends the agent's sessions", async () => {
    const admin = await createAgent(db, { role: "ADMINISTRATEUR" });
    const agent = await createAgent(db, { role: "LECTEUR" });
    const session = await openSession(agent.id);
    const modifie = await updateCompte(admin, {
      id: agent.id,
      version: agent.version,
      nom: agent.nom,
      role: "REDACTEUR",
      organisationId: null,
    });
    expect(await agentOfSession(session)).toBeNull();
    const { historique } = await getCompte(admin, agent.id);
    expect(historique[0]).toMatchObject({ quoi: "Compte modifié", avant: { role: "LECTEUR" }, apres: { role: "REDACTEUR" } });
    // The version read: a second change from the old page is refused.
    await expect(
      updateCompte(admin, { id: agent.id, version: agent.version, nom: "Autre", role: "LECTEUR", organisationId: null }),
    ).rejects.toMatchObject({
      code: "CONFLIT_VERSION",
    });

    const seconde = await openSession(agent.id);
    await setCompteActif(admin, { id: agent.id, version: modifie.version, actif: false });
    expect(await agentOfSession(seconde)).toBeNull();
    expect((await listComptes(admin, { q: agent.email, actif: "non" })).lignes.map((l) => l.id)).toEqual([agent.id]);
    expect((await getCompte(admin, agent.id)).historique[0]).toMatchObject({ quoi: "Compte désactivé" });
  });

  it("keeps the last active administrator: not demoted, not deactivated, and nobody deactivates their own account", async () => {
    const admin = await createAgent(db, { role: "ADMINISTRATEUR" });
    await expect(setCompteActif(admin, { id: admin.id, version: admin.version, actif: false })).rejects.toThrow(/votre propre compte/);
    // Alone: every other administrator deactivated, inside a transaction that is then rolled back.
    const seul = await inTransaction(undefined, async (tx) => {
      await tx.user.updateMany({ where: { role: "ADMINISTRATEUR", actif: true, id: { not: admin.id } }, data: { actif: false } });
      const erreur = await updateCompte(
        admin,
        { id: admin.id, version: admin.version, nom: admin.nom, role: "REDACTEUR", organisationId: null },
        { tx },
      ).catch((e: unknown) => e);
      throw Object.assign(new Error("rollback"), { erreur });
    }).catch((e: { erreur?: unknown }) => e.erreur);
    expect(seul).toMatchObject({ code: "DERNIER_ADMINISTRATEUR", champs: { role: expect.any(String) } });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMINISTRATEUR");
  });
});

describe("the first administrator, from the command line", () => {
  it("is refused while an active administrator exists, unless forced", async () => {
    await createAgent(db, { role: "ADMINISTRATEUR" });
    const adresse = email();
    await expect(createFirstAdmin({ email: adresse, nom: "Premier Admin" })).rejects.toMatchObject({ code: "ADMINISTRATEUR_EXISTANT" });
    const r = await createFirstAdmin({ email: adresse, nom: "Premier Admin", force: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      role: "ADMINISTRATEUR",
      actif: true,
      passwordHash: null,
    });
    expect(await checkInvitation(jetonDe(r.lien))).toEqual({ nom: "Premier Admin", email: adresse });
  });
});
