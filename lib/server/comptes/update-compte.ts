// Changing an account (administrators): name, roles, organisation, perimeter. A change of roles ends
// the agent's sessions at once (the database trigger on User bumps sessionVersion). The last active
// administrator keeps that role (lib/domain/comptes.ts). Each change is audited, before → after, and
// shown in the account's history.
import "server-only";
import { inTransaction, type InTx, type Tx } from "../db";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { assertOrganisationsConnues, type CompteSaisi } from "./create-compte";
import { ConflitVersion, Introuvable } from "@/lib/domain/erreurs";
import { verifierDernierAdministrateur } from "@/lib/domain/comptes";

/** The account, at the version the page read (a conflict otherwise). */
export async function charger(tx: Tx, id: string, version?: number) {
  const user = await tx.user.findUnique({ where: { id }, include: { perimetre: { select: { organisationId: true } } } });
  if (!user) throw new Introuvable("Ce compte");
  if (version !== undefined && user.version !== version) throw new ConflitVersion();
  return user;
}

export async function autresAdministrateursActifs(tx: Tx, id: string) {
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
