// Accounts administration (« Administration » → « Comptes »): opening an account sends an invitation
// whose link sets the password once within 72 h; changes are audited before → after; the last active
// administrator keeps that role; a deactivated agent's sessions end at once.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention, createOrganisation, unique } from "../helpers/factories";
import { createCompte } from "@/lib/server/comptes/create-compte";
import { updateCompte } from "@/lib/server/comptes/update-compte";
import { setCompteActif } from "@/lib/server/comptes/set-compte-actif";
import { resendInvitation } from "@/lib/server/comptes/resend-invitation";
import { acceptInvitation } from "@/lib/server/comptes/accept-invitation";
import { checkInvitation } from "@/lib/server/comptes/check-invitation";
import { createFirstAdmin } from "@/lib/server/comptes/create-first-admin";
import { listComptes } from "@/lib/server/comptes/list-comptes";
import { getCompte } from "@/lib/server/comptes/get-compte";
import { loginWithPassword } from "@/lib/server/auth/password-login";
import { agentOfSession, openSession } from "@/lib/server/auth/sessions";
import { inTransaction } from "@/lib/server/db";
import { can, conventionScope } from "@/lib/server/policies";
import { compteSchema } from "@/lib/schemas/compte";
import type { Action, Role } from "@/lib/domain/roles";
import { convention2024Webinaire } from "@/prisma/seed/index";

const db = testDb();
const MOT_DE_PASSE = "Un-mot-de-passe-solide-2026";
const jetonDe = (lien: string) => lien.split("/invitation/")[1]!;
const email = () => `${unique("agent")}@education.gouv.fr`;

describe("opening an account and its invitation", () => {
  it("opens the account without a password, and its link sets one, once", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const org = await createOrganisation(db);
    const adresse = email();
    const cree = await createCompte(admin, {
      nom: "Camille Agent",
      email: adresse,
      roles: ["REDACTEUR" as const],
      organisationId: org.id,
      perimetre: [],
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: cree.id } })).toMatchObject({
      passwordHash: null,
      roles: ["REDACTEUR" as const],
    });
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
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const cree = await createCompte(admin, {
      nom: "Dominique Agent",
      email: email(),
      roles: ["LECTEUR" as const],
      organisationId: null,
      perimetre: [],
    });
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
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const] });
    await expect(
      createCompte(admin, { nom: "X", email: redacteur.email, roles: ["LECTEUR" as const], organisationId: null, perimetre: [] }),
    ).rejects.toMatchObject({
      code: "SAISIE_INVALIDE",
      champs: { email: expect.stringMatching(/existe déjà/) },
    });
    await expect(
      createCompte(admin, { nom: "X", email: email(), roles: ["LECTEUR" as const], organisationId: "inconnue", perimetre: [] }),
    ).rejects.toMatchObject({
      champs: { organisationId: expect.any(String) },
    });
    await expect(
      createCompte(redacteur, { nom: "X", email: email(), roles: ["ADMINISTRATEUR" as const], organisationId: null, perimetre: [] }),
    ).rejects.toMatchObject({
      code: "ACCES_REFUSE",
    });
  });
});

describe("changing an account", () => {
  it("audits each change before → after, and a role change or a deactivation ends the agent's sessions", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const agent = await createAgent(db, { roles: ["LECTEUR" as const] });
    const session = await openSession(agent.id);
    const modifie = await updateCompte(admin, {
      id: agent.id,
      version: agent.version,
      nom: agent.nom,
      roles: ["REDACTEUR" as const],
      organisationId: null,
      perimetre: [],
    });
    expect(await agentOfSession(session)).toBeNull();
    const { historique } = await getCompte(admin, agent.id);
    expect(historique[0]).toMatchObject({
      quoi: "Compte modifié",
      avant: { roles: ["LECTEUR" as const] },
      apres: { roles: ["REDACTEUR" as const] },
    });
    // The version read: a second change from the old page is refused.
    await expect(
      updateCompte(admin, {
        id: agent.id,
        version: agent.version,
        nom: "Autre",
        roles: ["LECTEUR" as const],
        organisationId: null,
        perimetre: [],
      }),
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
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    await expect(setCompteActif(admin, { id: admin.id, version: admin.version, actif: false })).rejects.toThrow(/votre propre compte/);
    // Alone: every other administrator deactivated, inside a transaction that is then rolled back.
    const seul = await inTransaction(undefined, async (tx) => {
      await tx.user.updateMany({ where: { roles: { has: "ADMINISTRATEUR" }, actif: true, id: { not: admin.id } }, data: { actif: false } });
      const erreur = await updateCompte(
        admin,
        { id: admin.id, version: admin.version, nom: admin.nom, roles: ["REDACTEUR" as const], organisationId: null, perimetre: [] },
        { tx },
      ).catch((e: unknown) => e);
      throw Object.assign(new Error("rollback"), { erreur });
    }).catch((e: { erreur?: unknown }) => e.erreur);
    expect(seul).toMatchObject({ code: "DERNIER_ADMINISTRATEUR", champs: { roles: expect.any(String) } });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).roles).toEqual(["ADMINISTRATEUR"]);
  });
});

describe("the first administrator, from the command line", () => {
  it("is refused while an active administrator exists, unless forced", async () => {
    await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const adresse = email();
    await expect(createFirstAdmin({ email: adresse, nom: "Premier Admin" })).rejects.toMatchObject({ code: "ADMINISTRATEUR_EXISTANT" });
    const r = await createFirstAdmin({ email: adresse, nom: "Premier Admin", force: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      roles: ["ADMINISTRATEUR" as const],
      actif: true,
      passwordHash: null,
    });
    expect(await checkInvitation(jetonDe(r.lien))).toEqual({ nom: "Premier Admin", email: adresse });
  });
});

describe("several roles and a perimeter of organisations", () => {
  it.each([
    // [case, roles, own organisation, perimeter, conventions seen]
    ["no perimeter: the ministry of their organisation", ["REDACTEUR"], "D1", [], ["c1", "c2"]],
    ["a direction's perimeter: its conventions and those of the services below it", ["REDACTEUR"], "D1", ["D1"], ["c1"]],
    ["a parent organisation's perimeter includes its children", ["REDACTEUR"], null, ["M"], ["c1", "c2"]],
    ["two organisations of two ministries", ["SIGNATAIRE"], "D2", ["D2", "E"], ["c2", "c3"]],
    ["no organisation and no perimeter: nothing", ["REDACTEUR"], null, [], []],
    ["finance reviewers see every convention, whatever their perimeter", ["RELECTEUR_FINANCIER"], "D1", ["D1"], ["c1", "c2", "c3"]],
    ["a drafter who also reviews finance: every convention", ["REDACTEUR", "RELECTEUR_FINANCIER"], "D1", ["D1"], ["c1", "c2", "c3"]],
  ] as const)("%s", async (_cas, roles, organisation, perimetre, vues) => {
    // Ministry M (directions D1 — with service S1 — and D2), ministry N (direction E); c1 from S1, c2 from D2, c3 from E.
    const M = await createOrganisation(db, { type: "MINISTERE" });
    const D1 = await createOrganisation(db, { type: "DIRECTION", parentId: M.id });
    const S1 = await createOrganisation(db, { type: "SERVICE", parentId: D1.id });
    const D2 = await createOrganisation(db, { type: "DIRECTION", parentId: M.id });
    const N = await createOrganisation(db, { type: "MINISTERE" });
    const E = await createOrganisation(db, { type: "DIRECTION", parentId: N.id });
    const orgs: Record<string, { id: string; sigle: string | null }> = { M, D1, S1, D2, N, E };
    const avec = (o: { sigle: string | null }) =>
      convention2024Webinaire.parties.map((p) => (p.role === "DELEGANT" ? { ...p, organisation: o.sigle! } : p));
    const conventions = {
      c1: await createConvention(db, { parties: avec(S1) }),
      c2: await createConvention(db, { parties: avec(D2) }),
      c3: await createConvention(db, { parties: avec(E) }),
    };
    const agent = await createAgent(db, {
      roles: [...roles],
      organisationId: organisation ? orgs[organisation]!.id : null,
      perimetre: perimetre.map((p) => orgs[p]!.id),
    });
    const ids = Object.values(conventions).map((c) => c.id);
    const vus = await db.convention.findMany({ where: { AND: [await conventionScope(agent), { id: { in: ids } }] }, select: { id: true } });
    const nom = (id: string) => Object.entries(conventions).find(([, c]) => c.id === id)![0];
    expect(vus.map((c) => nom(c.id)).sort()).toEqual([...vues]);
  });

  it("gives an agent every right of each of their roles, and only those", () => {
    const agent = { id: "x", roles: ["REDACTEUR", "SIGNATAIRE"] as Role[], organisationId: null };
    expect(["convention.creer", "convention.signer", "document.importer"].every((d) => can(agent, d as Action))).toBe(true);
    expect(["finance.suivre", "utilisateur.gerer", "convention.valider"].some((d) => can(agent, d as Action))).toBe(false);
  });

  it("opens an account with two roles and a perimeter, refuses a reader with another role and an unknown organisation, and audits a change of perimeter", async () => {
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const [M, D] = [await createOrganisation(db), await createOrganisation(db)];
    const cree = await createCompte(admin, {
      nom: "Deux Rôles",
      email: email(),
      roles: ["REDACTEUR", "SIGNATAIRE"],
      organisationId: D.id,
      perimetre: [M.id],
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: cree.id }, include: { perimetre: true } })).toMatchObject({
      roles: ["REDACTEUR", "SIGNATAIRE"],
      perimetre: [{ organisationId: M.id }],
    });
    expect(
      compteSchema.safeParse({ nom: "X", email: email(), roles: ["LECTEUR", "REDACTEUR"], organisationId: "", perimetre: [] }).error
        ?.issues[0],
    ).toMatchObject({
      path: ["roles"],
      message: expect.stringMatching(/Lecteur ne se cumule/),
    });
    await expect(
      createCompte(admin, { nom: "X", email: email(), roles: ["LECTEUR"], organisationId: null, perimetre: ["inconnue"] }),
    ).rejects.toMatchObject({ champs: { perimetre: expect.any(String) } });
    const u = await db.user.findUniqueOrThrow({ where: { id: cree.id } });
    await updateCompte(admin, { id: u.id, version: u.version, nom: u.nom, roles: u.roles, organisationId: D.id, perimetre: [D.id] });
    expect((await getCompte(admin, u.id)).historique[0]).toMatchObject({
      quoi: "Compte modifié",
      avant: { perimetre: [M.id] },
      apres: { perimetre: [D.id] },
    });
  });
});
