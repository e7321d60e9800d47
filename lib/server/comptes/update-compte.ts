// Changing an account (administrators): name, role, organisation; deactivating or reactivating it;
// sending its invitation again. A change of role or of `actif` ends the agent's sessions at once (the
// database trigger on User bumps sessionVersion); nothing the agent wrote is deleted. The last active
// administrator keeps that role and stays active (lib/domain/comptes.ts). Each change is audited,
// before → after, and shown in the account's history.
import "server-only";
import { inTransaction, type InTx, type Tx } from "../db";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { assertOrganisationsConnues, type CompteSaisi } from "./create-compte";
import { createInvitation } from "./invitation";
import { ConflitVersion, ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import { verifierDernierAdministrateur } from "@/lib/domain/comptes";

async function charger(tx: Tx, id: string, version?: number) {
  const user = await tx.user.findUnique({ where: { id }, include: { perimetre: { select: { organisationId: true } } } });
  if (!user) throw new Introuvable("Ce compte");
  if (version !== undefined && user.version !== version) throw new ConflitVersion();
  return user;
}

async function autresAdministrateursActifs(tx: Tx, id: string) {
  return tx.user.count({ where: { id: { not: id }, roles: { has: "ADMINISTRATEUR" }, actif: true } });
}

export async function updateCompte(
  agent: AgentLike,
  input: Omit<CompteSaisi, "email"> & { id: string; version: number },
  { tx: outer }: InTx = {},
): Promise<{ id: string; nom: string; version: number }> {
  assertCan(agent, "utilisateur.gerer");
  return inTransaction(outer, async (tx) => {
    const avant = await charger(tx, input.id, input.version);
    await assertOrganisationsConnues(tx, input);
    verifierDernierAdministrateur(avant, { roles: input.roles, actif: avant.actif }, await autresAdministrateursActifs(tx, avant.id));
    const { id, version, perimetre, ...champs } = input;
    const apres = await tx.user.update({ where: { id }, data: { ...champs, version: version + 1 } });
    await tx.perimetreAgent.deleteMany({ where: { userId: id } });
    await tx.perimetreAgent.createMany({ data: perimetre.map((organisationId) => ({ userId: id, organisationId })) });
    // What changed, field by field (the perimeter and the roles as sets).
    const valeursAvant = { ...avant, perimetre: avant.perimetre.map((p) => p.organisationId).sort() };
    const valeursApres = { ...apres, perimetre: [...perimetre].sort() };
    const cles = (["nom", "roles", "organisationId", "perimetre"] as const).filter(
      (k) => JSON.stringify(valeursAvant[k]) !== JSON.stringify(valeursApres[k]),
    );
    if (cles.length)
      await recordAudit(tx, {
        userId: agent.id,
        type: "COMPTE_MODIFIE",
        entite: "User",
        entiteId: id,
        avant: Object.fromEntries(cles.map((k) => [k, valeursAvant[k]])),
        apres: Object.fromEntries(cles.map((k) => [k, valeursApres[k]])),
      });
    return { id, nom: apres.nom, version: apres.version };
  });
}

export async function setCompteActif(
  agent: AgentLike,
  input: { id: string; version: number; actif: boolean },
  { tx: outer }: InTx = {},
): Promise<{ id: string; nom: string; actif: boolean }> {
  assertCan(agent, "utilisateur.gerer");
  return inTransaction(outer, async (tx) => {
    const avant = await charger(tx, input.id, input.version);
    if (avant.actif === input.actif) return { id: avant.id, nom: avant.nom, actif: avant.actif };
    if (!input.actif && avant.id === agent.id)
      throw new ErreurMetier("ACCES_REFUSE", "Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.");
    verifierDernierAdministrateur(avant, { roles: avant.roles, actif: input.actif }, await autresAdministrateursActifs(tx, avant.id));
    await tx.user.update({ where: { id: avant.id }, data: { actif: input.actif, version: input.version + 1 } });
    await recordAudit(tx, {
      userId: agent.id,
      type: input.actif ? "COMPTE_REACTIVE" : "COMPTE_DESACTIVE",
      entite: "User",
      entiteId: avant.id,
      avant: { actif: avant.actif },
      apres: { actif: input.actif },
    });
    return { id: avant.id, nom: avant.nom, actif: input.actif };
  });
}

/** A new invitation link (the previous ones no longer work), e-mailed when SMTP is configured. */
export async function resendInvitation(agent: AgentLike, input: { id: string }, { tx: outer }: InTx = {}) {
  assertCan(agent, "utilisateur.gerer");
  return inTransaction(outer, async (tx) => {
    const user = await charger(tx, input.id);
    if (!user.actif) throw new ErreurMetier("COMPTE_INACTIF", "Ce compte est désactivé : réactivez-le avant d'envoyer une invitation.");
    const invitation = await createInvitation(tx, user.id);
    await recordAudit(tx, { userId: agent.id, type: "INVITATION_ENVOYEE", entite: "User", entiteId: user.id });
    return { id: user.id, nom: user.nom, ...invitation };
  });
}
