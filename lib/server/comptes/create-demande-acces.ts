// Access requests: an agent unknown to the app, logged in with ProConnect, asks for access (their name
// and e-mail are ProConnect's, carried signed: identite-proconnect.ts); administrators are notified,
// then accept — the account is created with the roles, organisation and perimeter they choose — or
// refuse with a reason; the agent is told by e-mail. One pending request per e-mail at most.
import "server-only";
import { inTransaction, type InTx } from "../db";
import { recordAudit } from "../audit";
import { notify } from "../notifications/notify";
import { assertOrganisationsConnues } from "./create-compte";
import { lireIdentite } from "./identite-proconnect";
import { ErreurMetier } from "@/lib/domain/erreurs";
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
