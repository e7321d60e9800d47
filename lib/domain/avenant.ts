// Avenants and the consolidated convention (docs/domaine.md, « Avenants »): the convention with its signed
// avenants applied in order — current end date, ceilings, schedule, party names, article texts —
// and what each avenant changed.
import { formatDateCourte, formatDateLongue, type CalendarDate } from "./dates";
import { trierEcheancier, totauxEcheancier, type LigneEcheancier } from "./echeancier";
import { formatMontant } from "./money";
import type { Constat } from "./controles/types";
import { ErreurMetier } from "./erreurs";
import { estSigneeParTous, LIBELLES_STATUT, type Statut } from "./statut";

export type OrganisationRef = { id: string; nom: string; sigle: string | null };

export type Changement =
  | { type: "PROLONGATION"; nouvelleDateFin: CalendarDate }
  | { type: "PLAFONDS"; nouveauPlafondAe: bigint | null; nouveauPlafondCp: bigint | null }
  | { type: "ECHEANCIER"; aPartirDe: number; lignes: LigneEcheancier[] }
  | { type: "SUCCESSION_ORGANISATION"; remplacee: OrganisationRef; successeur: OrganisationRef }
  | { type: "MODIFICATION_ARTICLE"; numero: string; titre?: string | null; corps: string }
  | { type: "RELIQUAT"; reliquatAe: bigint | null; reliquatCp: bigint | null };

export type AvenantAConsolider = {
  numero: number;
  signe: boolean;
  dateSignature: CalendarDate | null;
  /** Once every required channel published it (lib/domain/publication.ts). */
  datePublication?: CalendarDate | null;
  changements: Changement[];
};

export type EtatConvention = {
  dateFin: CalendarDate | null;
  plafondAe: bigint | null;
  plafondCp: bigint | null;
  echeancier: LigneEcheancier[];
  parties: { organisation: OrganisationRef; libelle: string; denominations: string[] }[];
  articles: { numero: string; titre: string; corps: string }[];
  /** Stated remainders not carried by a new ceiling (lib/domain/controles/echeancier.ts). */
  reliquatAe?: bigint;
  reliquatCp?: bigint;
};

/** Whether an avenant set new ceilings: its stated remainder is then read against them (the money
 *  given back is already out of the ceiling), else against the schedule it leaves. */
const plafondsChanges = (avant: EtatConvention, apres: EtatConvention) =>
  apres.plafondAe !== avant.plafondAe || apres.plafondCp !== avant.plafondCp;

/** Whether avenant n° N+1 may be drafted (docs/domaine.md, « Avenants »): an avenant amends a
 *  convention signed by every party, avenants are numbered in order, one is drafted at a time. */
export type AvenantPossible =
  | { possible: true; numero: number }
  | { possible: false; numero: number; code: "CONVENTION_NON_SIGNEE" | "AVENANT_EN_COURS"; message: string; enCours: number | null };

export function prochainAvenant(convention: { statut: Statut; avenants: readonly { numero: number; statut: Statut }[] }): AvenantPossible {
  const numero = Math.max(0, ...convention.avenants.map((a) => a.numero)) + 1;
  if (!estSigneeParTous(convention.statut)) {
    const message = `Un avenant modifie une convention signée par toutes les parties ; celle-ci est « ${LIBELLES_STATUT[convention.statut]} » : modifiez-la directement.`;
    return { possible: false, numero, code: "CONVENTION_NON_SIGNEE", message, enCours: null };
  }
  const enCours = convention.avenants.find((a) => !estSigneeParTous(a.statut));
  if (enCours) {
    const message = `L'avenant n° ${enCours.numero} est encore en projet : terminez-le avant d'en créer un autre.`;
    return { possible: false, numero, code: "AVENANT_EN_COURS", message, enCours: enCours.numero };
  }
  return { possible: true, numero };
}

/** The number of the next avenant, or the reason why none may be drafted now. */
export function assertAvenantPossible(convention: Parameters<typeof prochainAvenant>[0]): number {
  const verdict = prochainAvenant(convention);
  if (!verdict.possible) throw new ErreurMetier(verdict.code, verdict.message);
  return verdict.numero;
}

export type EtapeChronologie = {
  numero: number;
  dateSignature: CalendarDate | null;
  datePublication: CalendarDate | null;
  effets: string[];
};

const montant = (v: bigint | null) => (v === null ? "—" : formatMontant(v));
const echapper = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function remplacerOrganisation(texte: string, ancienne: OrganisationRef, nouvelle: OrganisationRef): string {
  let result = texte.replace(new RegExp(echapper(ancienne.nom), "gi"), nouvelle.nom);
  if (ancienne.sigle && nouvelle.sigle)
    result = result.replace(new RegExp(`(?<![\\p{L}\\d])${echapper(ancienne.sigle)}(?![\\p{L}\\d])`, "gu"), nouvelle.sigle);
  return result;
}

/** Applies one change; returns the new state and a French sentence saying what changed. */
export function appliquerChangement(etat: EtatConvention, changement: Changement): [EtatConvention, string] {
  switch (changement.type) {
    case "PROLONGATION": {
      // The duration article states the old end date in words: it now states the new one.
      const ancienne = etat.dateFin ? new RegExp(echapper(formatDateLongue(etat.dateFin)).replace(/\u00a0/g, "[\\s\u00a0]"), "g") : null;
      const articles = ancienne
        ? etat.articles.map((a) =>
            /dur[ée]e/i.test(a.titre) ? { ...a, corps: a.corps.replace(ancienne, formatDateLongue(changement.nouvelleDateFin)) } : a,
          )
        : etat.articles;
      return [
        { ...etat, dateFin: changement.nouvelleDateFin, articles },
        `Date de fin : ${etat.dateFin ? formatDateCourte(etat.dateFin) : "—"} → ${formatDateCourte(changement.nouvelleDateFin)}`,
      ];
    }
    case "PLAFONDS":
      return [
        { ...etat, plafondAe: changement.nouveauPlafondAe ?? etat.plafondAe, plafondCp: changement.nouveauPlafondCp ?? etat.plafondCp },
        [
          changement.nouveauPlafondAe !== null ? `plafond AE : ${montant(etat.plafondAe)} → ${montant(changement.nouveauPlafondAe)}` : null,
          changement.nouveauPlafondCp !== null ? `plafond CP : ${montant(etat.plafondCp)} → ${montant(changement.nouveauPlafondCp)}` : null,
        ]
          .filter(Boolean)
          .join(", ")
          .replace(/^p/, "P"),
      ];
    case "ECHEANCIER": {
      const echeancier = trierEcheancier([...etat.echeancier.filter((l) => l.annee < changement.aPartirDe), ...changement.lignes]);
      const lignes = trierEcheancier(changement.lignes).map(
        (l) => `${l.annee} : ${formatMontant(l.ae)} en AE, ${formatMontant(l.cp)} en CP`,
      );
      return [{ ...etat, echeancier }, `Échéancier remplacé à partir de ${changement.aPartirDe} (${lignes.join(" ; ") || "aucune ligne"})`];
    }
    case "SUCCESSION_ORGANISATION": {
      const { remplacee, successeur } = changement;
      return [
        {
          ...etat,
          parties: etat.parties.map((p) =>
            p.organisation.id === remplacee.id
              ? {
                  ...p,
                  organisation: successeur,
                  libelle: remplacerOrganisation(p.libelle, remplacee, successeur),
                  denominations: p.denominations.map((d) => remplacerOrganisation(d, remplacee, successeur)),
                }
              : p,
          ),
          articles: etat.articles.map((a) => ({ ...a, corps: remplacerOrganisation(a.corps, remplacee, successeur) })),
        },
        `${remplacee.sigle ?? remplacee.nom} remplacée par ${successeur.sigle ?? successeur.nom} dans toute la convention`,
      ];
    }
    case "MODIFICATION_ARTICLE": {
      const existe = etat.articles.some((a) => a.numero === changement.numero);
      const article = {
        numero: changement.numero,
        titre: changement.titre ?? etat.articles.find((a) => a.numero === changement.numero)?.titre ?? "",
        corps: changement.corps,
      };
      return [
        {
          ...etat,
          articles: existe ? etat.articles.map((a) => (a.numero === changement.numero ? article : a)) : [...etat.articles, article],
        },
        `Article ${changement.numero} ${existe ? "modifié" : "ajouté"}`,
      ];
    }
    case "RELIQUAT":
      return [
        etat,
        `Reliquat déclaré non consommé : ${[changement.reliquatAe !== null ? `${montant(changement.reliquatAe)} en AE` : null, changement.reliquatCp !== null ? `${montant(changement.reliquatCp)} en CP` : null].filter(Boolean).join(", ")}`,
      ];
  }
}

/** The convention with its signed avenants applied in order, and what each changed. */
export function consolider(
  initial: EtatConvention,
  avenants: readonly AvenantAConsolider[],
): { etat: EtatConvention; chronologie: EtapeChronologie[] } {
  let etat = initial;
  const chronologie: EtapeChronologie[] = [];
  for (const avenant of [...avenants].filter((a) => a.signe).sort((a, b) => a.numero - b.numero)) {
    const effets: string[] = [];
    const avant = etat;
    for (const changement of avenant.changements) {
      const [suivant, effet] = appliquerChangement(etat, changement);
      etat = suivant;
      effets.push(effet);
    }
    // A new ceiling says all that is delegated; a remainder stated without one is what the schedule
    // no longer has to reach.
    const reliquat = avenant.changements.find((c): c is Extract<Changement, { type: "RELIQUAT" }> => c.type === "RELIQUAT");
    etat = {
      ...etat,
      reliquatAe: etat.plafondAe !== avant.plafondAe ? 0n : (etat.reliquatAe ?? 0n),
      reliquatCp: etat.plafondCp !== avant.plafondCp ? 0n : (etat.reliquatCp ?? 0n),
    };
    if (reliquat && !plafondsChanges(avant, etat))
      etat = {
        ...etat,
        reliquatAe: (etat.reliquatAe ?? 0n) + (reliquat.reliquatAe ?? 0n),
        reliquatCp: (etat.reliquatCp ?? 0n) + (reliquat.reliquatCp ?? 0n),
      };
    chronologie.push({
      numero: avenant.numero,
      dateSignature: avenant.dateSignature,
      datePublication: avenant.datePublication ?? null,
      effets,
    });
  }
  return { etat, chronologie };
}

/** docs/domaine.md, « Contrôles »: a stated remainder (« X euros ne seront pas consommés ») equals the arithmetic one:
 *  the former ceiling less what the avenant leaves (its new ceiling, or else its schedule total). */
export function controlerReliquat(avant: EtatConvention, avenant: AvenantAConsolider): Constat[] {
  const reliquat = avenant.changements.find((c): c is Extract<Changement, { type: "RELIQUAT" }> => c.type === "RELIQUAT");
  if (!reliquat) return [];
  let apres = avant;
  for (const changement of avenant.changements) apres = appliquerChangement(apres, changement)[0];
  const totaux = totauxEcheancier(apres.echeancier);
  const constats: Constat[] = [];
  for (const [nature, declare, plafond, dejaRendu, plafondApres, total] of [
    ["AE", reliquat.reliquatAe, avant.plafondAe, avant.reliquatAe ?? 0n, apres.plafondAe, totaux.ae],
    ["CP", reliquat.reliquatCp, avant.plafondCp, avant.reliquatCp ?? 0n, apres.plafondCp, totaux.cp],
  ] as const) {
    if (declare === null || plafond === null) continue;
    // What was delegated before it: the ceiling, less the remainders earlier avenants stated.
    const plafondAvant = plafond - dejaRendu;
    const reste = plafondsChanges(avant, apres) ? (plafondApres ?? plafondAvant) : total;
    const calcule = plafondAvant - reste;
    if (calcule !== declare) {
      constats.push({
        code: "RELIQUAT_INEXACT",
        gravite: "erreur",
        champ: `reliquat${nature === "AE" ? "Ae" : "Cp"}`,
        message: `Le reliquat déclaré en ${nature} (${formatMontant(declare)}) ne correspond pas au calcul : ${formatMontant(plafondAvant)} initialement délégués − ${formatMontant(reste)} maintenus = ${formatMontant(calcule)}.`,
      });
    }
  }
  return constats;
}

/** docs/domaine.md, « Contrôles »: an avenant that « prolongs » a convention ends it later than it ends now. */
export function controlerProlongation(avant: EtatConvention, avenant: AvenantAConsolider): Constat[] {
  return avenant.changements.flatMap((c) =>
    c.type === "PROLONGATION" && avant.dateFin && c.nouvelleDateFin <= avant.dateFin
      ? [
          {
            code: "PROLONGATION_ANTERIEURE",
            gravite: "erreur" as const,
            champ: "prolongation.nouvelleDateFin",
            message: `La prolongation fixe la fin au ${formatDateCourte(c.nouvelleDateFin)}, qui ne vient pas après la fin actuelle (${formatDateCourte(avant.dateFin)}) : ce n'est pas une prolongation.`,
          },
        ]
      : [],
  );
}

/** What is checked on each avenant, against the state just before it: its stated remainder, its extension. */
export function controlerAvenant(avant: EtatConvention, avenant: AvenantAConsolider): Constat[] {
  return [...controlerReliquat(avant, avenant), ...controlerProlongation(avant, avenant)].map((c) => ({
    ...c,
    message: `Avenant n° ${avenant.numero} : ${c.message}`,
  }));
}
