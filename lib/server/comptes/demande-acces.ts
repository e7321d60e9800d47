// Access requests: an agent unknown to the app, logged in with ProConnect, asks for access (their name
// and e-mail are ProConnect's, carried signed: identite-proconnect.ts); administrators are notified,
// then accept — the account is created with the roles, organisation and perimeter they choose — or
// refuse with a reason; the agent is told by e-mail. One pending request per e-mail at most.
import "server-only";
import { db, inTransaction, type InTx, type Tx } from "../db";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { addJob } from "../jobs/job";
import { courrielActif } from "../notifications/courriel";
import { notify } from "../notifications/notify";
import { assertOrganisationsConnues } from "./create-compte";
import { lireIdentite } from "./identite-proconnect";
import { demandeAccesJob } from "./demande-acces.job";
import { ErreurMetier, Introuvable } from "@/lib/domain/erreurs";
import type { Role } from "@/lib/domain/roles";

const DEJA_EN_ATTENTE = "Vous avez déjà une demande d'accès en attente : un administrateur va l'examiner, vous serez prévenu par courriel.";

export async function createDemandeAcces(
  input: { identite: string; organisationId: string | null; roles: Role[]; motif: string },
  { tx: outer, maintenant = Date.now() }: InTx & { maintenant?: number } = {},
): Promise<{ id: string; email: string }> {
  const identite = lireIdentite(input.identite, maintenant);
  if (!identite)
    throw new ErreurMetier(
      "IDENTITE_EXPIREE",
      "Votre connexion ProConnect date de plus de 30 minutes : reconnectez-vous avec ProConnect pour envoyer votre demande.",
    );
  return inTransaction(outer, async (tx) => {
    // One at a time per e-mail, even for two submissions at the same instant.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`demande-acces:${identite.email}`}))`;
    if (await tx.user.findUnique({ where: { email: identite.email }, select: { id: true } }))
      throw new ErreurMetier("COMPTE_EXISTANT", "Un compte existe déjà pour cette adresse : connectez-vous avec ProConnect.");
    if (await tx.demandeAcces.findFirst({ where: { email: identite.email, statut: "EN_ATTENTE" }, select: { id: true } }))
      throw new ErreurMetier("DEMANDE_EN_ATTENTE", DEJA_EN_ATTENTE);
    await assertOrganisationsConnues(tx, { organisationId: input.organisationId, perimetre: [] });
    const demande = await tx.demandeAcces.create({
      data: { email: identite.email, nom: identite.nom, organisationId: input.organisationId, roles: input.roles, motif: input.motif },
    });
    await recordAudit(tx, {
      userId: null,
      type: "DEMANDE_ACCES_CREEE",
      entite: "DemandeAcces",
      entiteId: demande.id,
      apres: { ...identite, ...input, identite: undefined },
    });
    const administrateurs = await tx.user.findMany({ where: { roles: { has: "ADMINISTRATEUR" }, actif: true }, select: { id: true } });
    await notify(tx, {
      type: "DEMANDE_ACCES",
      destinataires: administrateurs.map((a) => a.id),
      titre: `Demande d'accès de ${identite.nom} (${identite.email})`,
      lien: "/administration/demandes",
    });
    return { id: demande.id, email: identite.email };
  });
}

export async function listDemandesAcces(agent: AgentLike) {
  assertCan(agent, "utilisateur.gerer");
  const [enAttente, traitees] = await Promise.all([
    db.demandeAcces.findMany({ where: { statut: "EN_ATTENTE" }, include: { organisation: true }, orderBy: { createdAt: "asc" } }),
    db.demandeAcces.findMany({
      where: { statut: { not: "EN_ATTENTE" } },
      include: { organisation: true, traiteePar: { select: { nom: true } } },
      orderBy: { traiteeLe: "desc" },
      take: 20,
    }),
  ]);
  return { enAttente, traitees };
}

async function aTraiter(tx: Tx, id: string) {
  const demande = await tx.demandeAcces.findUnique({ where: { id } });
  if (!demande) throw new Introuvable("Cette demande d'accès");
  if (demande.statut !== "EN_ATTENTE")
    throw new ErreurMetier("DEJA_TRAITEE", "Cette demande a déjà été traitée (voir « Demandes traitées »).");
  return demande;
}

/** Accepts a request: the account is created with what the administrator chooses; the agent logs in
 *  with ProConnect (no password) and is told by e-mail. */
export async function acceptDemandeAcces(
  agent: AgentLike,
  input: { id: string; roles: Role[]; organisationId: string | null; perimetre: string[] },
  { tx: outer }: InTx = {},
): Promise<{ id: string; nom: string; compteId: string }> {
  assertCan(agent, "utilisateur.gerer");
  return inTransaction(outer, async (tx) => {
    const demande = await aTraiter(tx, input.id);
    if (await tx.user.findUnique({ where: { email: demande.email }, select: { id: true } }))
      throw new ErreurMetier("COMPTE_EXISTANT", "Un compte existe déjà pour cette adresse : refusez la demande en le disant.");
    await assertOrganisationsConnues(tx, input);
    const compte = await tx.user.create({
      data: {
        email: demande.email,
        nom: demande.nom,
        roles: input.roles,
        organisationId: input.organisationId,
        perimetre: { create: input.perimetre.map((organisationId) => ({ organisationId })) },
      },
    });
    await tx.demandeAcces.update({
      where: { id: demande.id },
      data: { statut: "ACCEPTEE", traiteeParId: agent.id, traiteeLe: new Date(), compteId: compte.id },
    });
    await recordAudit(tx, {
      userId: agent.id,
      type: "COMPTE_CREE",
      entite: "User",
      entiteId: compte.id,
      apres: { ...input, id: undefined, email: demande.email, nom: demande.nom, demande: demande.id },
    });
    if (courrielActif()) await addJob(tx, demandeAccesJob, { demandeId: demande.id });
    return { id: demande.id, nom: demande.nom, compteId: compte.id };
  });
}

export async function refuseDemandeAcces(agent: AgentLike, input: { id: string; motif: string }, { tx: outer }: InTx = {}) {
  assertCan(agent, "utilisateur.gerer");
  return inTransaction(outer, async (tx) => {
    const demande = await aTraiter(tx, input.id);
    await tx.demandeAcces.update({
      where: { id: demande.id },
      data: { statut: "REFUSEE", motifRefus: input.motif, traiteeParId: agent.id, traiteeLe: new Date() },
    });
    await recordAudit(tx, {
      userId: agent.id,
      type: "DEMANDE_ACCES_REFUSEE",
      entite: "DemandeAcces",
      entiteId: demande.id,
      apres: { motif: input.motif },
    });
    if (courrielActif()) await addJob(tx, demandeAccesJob, { demandeId: demande.id });
    return { id: demande.id, nom: demande.nom };
  });
}

/** How many requests wait for an administrator (the accounts page says it). */
export async function countDemandesEnAttente(agent: AgentLike): Promise<number> {
  assertCan(agent, "utilisateur.gerer");
  return db.demandeAcces.count({ where: { statut: "EN_ATTENTE" } });
}
