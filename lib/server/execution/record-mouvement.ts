// Execution lines entered by hand (issue 12: « by hand or by importing CHORUS extracts »): credits
// made available, a commitment (EJ) or a payment (DP) on a signed convention, with the checks of an
// imported line (a payment pays a known EJ of this convention, within what it committed). Removing
// one: delete-mouvement.ts.
import "server-only";
import { soldesEj } from "@/lib/domain/execution/engagements";
import { randomUUID } from "node:crypto";
import { formatMontant } from "@/lib/domain/money";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { estSigneeParTous, LIBELLES_STATUT } from "@/lib/domain/statut";
import { formatInstant, fromCalendarDate } from "@/lib/domain/dates";
import type { MouvementData } from "@/lib/schemas/mouvement";
import { assertCan, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, type InTx, type Tx } from "../db";
import { getConvention } from "../conventions/get-convention";
import { ensureSuivi, refreshSuivi } from "./refresh-suivi";

export const m = (c: bigint) => formatMontant(c, { alwaysCents: true });

/** The key of a line entered by hand starts with this (an imported line has the extract's own key). */
const PREFIXE_SAISIE = "SAISIE|";
export const isEnteredByHand = (l: { cle: string }) => l.cle.startsWith(PREFIXE_SAISIE);

/** What an EJ of the convention has committed and what its payments have paid so far (the one
 *  reading of an EJ's balance: lib/domain/execution/engagements.ts). */
export async function soldeEj(tx: Tx, conventionId: string, numeroEj: string) {
  const lignes = await tx.mouvementExecution.findMany({
    where: { conventionId, numeroEj },
    select: { nature: true, numeroEj: true, ae: true, cp: true, report: true },
  });
  return soldesEj(lignes).get(numeroEj) ?? { engage: 0n, paye: 0n, lignes: 0 };
}

export async function recordMouvement(agent: AgentLike, data: MouvementData, { tx: outer }: InTx = {}) {
  assertCan(agent, "execution.importer");
  const convention = await getConvention(agent, data.conventionId, { tx: outer }); // scoped: not found otherwise
  if (!estSigneeParTous(convention.statut))
    throw new ErreurMetier(
      "CONVENTION_NON_SIGNEE",
      `La convention ${convention.reference} n'est pas signée (« ${LIBELLES_STATUT[convention.statut]} ») : aucun crédit, engagement ni paiement ne s'y rattache avant sa signature.`,
    );
  const annee = data.exercice ?? Number(data.date.slice(0, 4));
  const reduction = data.nature === "ENGAGEMENT" && data.typeMontant === "200";
  const ligne = {
    nature: data.nature,
    annee,
    date: data.date,
    ae: data.nature === "PAIEMENT" ? 0n : reduction ? -data.ae : data.ae,
    cp: data.nature === "ENGAGEMENT" ? 0n : data.cp,
    typeMontant: data.nature === "ENGAGEMENT" ? data.typeMontant : null,
    numeroEj: data.nature === "MISE_A_DISPOSITION" ? null : data.numeroEj || null,
    posteEj: data.nature === "MISE_A_DISPOSITION" ? null : data.posteEj || null,
    numeroDp: data.nature === "PAIEMENT" ? data.numeroDp || null : null,
    fournisseur: data.nature === "ENGAGEMENT" ? data.fournisseur : null,
    texte: data.texte,
  };
  return inTransaction(outer, async (tx) => {
    // Within the transaction: two payments entered at the same moment cannot both pass.
    await tx.$executeRaw`SELECT 1 FROM "Convention" WHERE "id" = ${convention.id} FOR UPDATE`;
    if (ligne.numeroEj && ligne.nature !== "MISE_A_DISPOSITION") {
      const ej = await soldeEj(tx, convention.id, ligne.numeroEj);
      // A payment or a reduction needs its EJ (before any amount is compared with it).
      if ((ligne.nature === "PAIEMENT" || reduction) && ej.lignes === 0)
        throw new ErreurMetier(
          "EJ_INCONNU",
          `L'EJ ${ligne.numeroEj} est inconnu pour la convention ${convention.reference} : ${reduction ? "rien à réduire" : "saisissez ou importez d'abord l'engagement"}.`,
          { numeroEj: "EJ inconnu pour cette convention." },
        );
      if (ligne.nature === "PAIEMENT" && ej.paye + ligne.cp > ej.engage)
        throw new ErreurMetier(
          "PAIEMENT_AU_DELA_EJ",
          `Ce paiement porterait les paiements de l'EJ ${ligne.numeroEj} à ${m(ej.paye + ligne.cp)}, au-delà de son montant engagé (${m(ej.engage)}).`,
          { cp: `Au plus ${m(ej.engage - ej.paye > 0n ? ej.engage - ej.paye : 0n)} (le reste de l'EJ).` },
        );
      if (reduction && ej.engage + ligne.ae < ej.paye)
        throw new ErreurMetier(
          "REDUCTION_AU_DELA_PAYE",
          `Cette réduction ramènerait l'EJ ${ligne.numeroEj} à ${m(ej.engage + ligne.ae)}, moins que ce qui est déjà payé (${m(ej.paye)}).`,
          { ae: `Au plus ${m(ej.engage - ej.paye)}.` },
        );
    }
    // The same line already there (a form sent twice, or the line of an extract entered again by
    // hand): entered again only once the agent has confirmed it is another one.
    if (!data.confirmerDoublon) {
      const identique = await tx.mouvementExecution.findFirst({
        where: {
          conventionId: convention.id,
          nature: ligne.nature,
          annee: ligne.annee,
          date: fromCalendarDate(ligne.date),
          ae: ligne.ae,
          cp: ligne.cp,
          typeMontant: ligne.typeMontant,
          numeroEj: ligne.numeroEj,
          posteEj: ligne.posteEj,
          numeroDp: ligne.numeroDp,
        },
        select: { importId: true, saisiPar: { select: { nom: true } }, createdAt: true },
      });
      if (identique)
        throw new ErreurMetier(
          "LIGNE_EN_DOUBLE",
          `Une ligne identique (même nature, date, montants${ligne.numeroEj ? ", EJ" : ""}${ligne.numeroDp ? ", DP" : ""}) existe déjà : ${
            identique.importId
              ? "importée d'un extrait CHORUS"
              : `saisie ${identique.saisiPar ? `par ${identique.saisiPar.nom} ` : ""}le ${formatInstant(identique.createdAt)}`
          }. Enregistrez-la de nouveau seulement s'il s'agit bien d'une autre opération.`,
        );
    }
    await ensureSuivi(tx, [convention.id]);
    const cree = await tx.mouvementExecution.create({
      data: {
        ...ligne,
        date: fromCalendarDate(ligne.date),
        conventionId: convention.id,
        centreFinancier: convention.imputation?.centreFinancier ?? null,
        domaineFonctionnel: convention.imputation?.domaineFonctionnel ?? null,
        activite: convention.imputation?.activite ?? null,
        cle: `${PREFIXE_SAISIE}${randomUUID()}`,
        saisiParId: agent.id,
      },
    });
    await recordAudit(tx, {
      userId: agent.id,
      type: "EXECUTION_SAISIE",
      entite: "Convention", // (the convention's history tells it)
      entiteId: convention.id,
      conventionId: convention.id,
      apres: cree,
    });
    await refreshSuivi([convention.id], { tx, sauf: agent.id });
    return { id: cree.id };
  });
}
