// The Chorus set-up a convention's « paramétrage de l'adhérence » implies after signature, for DINUM
// finance (issue 22): the steps, each done, not applicable or to do, and whether the set-up is
// complete. The first availability of credits is not ticked by hand: it is read from what CHORUS says
// (the execution figures). Pure.
import type { CalendarDate } from "./dates";

export const ETAPES_CHORUS = ["DROITS_DELEGATAIRE", "ADHERENCE_UO", "SERVICE_EXECUTANT", "CENTRE_DE_COUTS", "COMPTABLE"] as const;
export type EtapeChorus = (typeof ETAPES_CHORUS)[number];
export type EtatEtapeChorus = "A_FAIRE" | "FAITE" | "SANS_OBJET";

type Codes = {
  uo: string | null;
  delegataire: string | null;
  servicePrescripteur?: string | null;
  groupeAcheteurs?: string | null;
  organisationAchat?: string | null;
  codeServiceExecutant?: string | null;
  centreDeCouts?: string | null;
  comptableAssignataire?: string | null;
};

const ou = (v: string | null | undefined, defaut: string) => (v?.trim() ? v.trim() : defaut);

/** Each step in the words of the set-up request, with the codes the convention gives (« à préciser »
 *  where it gives none); a step whose code the convention leaves empty is proposed « sans objet ». */
export function etapesChorus(c: Codes): { cle: EtapeChorus; libelle: string; proposeeSansObjet: boolean }[] {
  const uo = ou(c.uo, "à préciser");
  return [
    {
      cle: "DROITS_DELEGATAIRE",
      libelle: `Droits Chorus des services de ${ou(c.delegataire, "du délégataire")} sur l'UO ${uo}`,
      proposeeSansObjet: false,
    },
    {
      cle: "ADHERENCE_UO",
      libelle: `Adhérence de l'UO ${uo} du délégant (SP ${ou(c.servicePrescripteur, "à préciser")}, OA ${ou(c.organisationAchat, "à préciser")}, GA ${ou(c.groupeAcheteurs, "à préciser")})`,
      proposeeSansObjet: false,
    },
    {
      cle: "SERVICE_EXECUTANT",
      libelle: `Code service exécutant ${ou(c.codeServiceExecutant, "—")}`,
      proposeeSansObjet: !c.codeServiceExecutant?.trim(),
    },
    { cle: "CENTRE_DE_COUTS", libelle: `Centre de coûts ${ou(c.centreDeCouts, "—")}`, proposeeSansObjet: !c.centreDeCouts?.trim() },
    {
      cle: "COMPTABLE",
      libelle: `Comptable assignataire ${ou(c.comptableAssignataire, "—")}`,
      proposeeSansObjet: !c.comptableAssignataire?.trim(),
    },
  ];
}

/** The set-up is complete when every step is done or not applicable and credits were made
 *  available; its date is the last of them. */
export function parametrageComplet(
  etapes: readonly { etat: EtatEtapeChorus; date: CalendarDate | null }[],
  premiereMiseADisposition: CalendarDate | null,
): { complet: boolean; date: CalendarDate | null; restantes: number } {
  const restantes = etapes.filter((e) => e.etat === "A_FAIRE").length + (premiereMiseADisposition ? 0 : 1);
  if (restantes) return { complet: false, date: null, restantes };
  const dates = [...etapes.map((e) => e.date), premiereMiseADisposition].filter((d): d is CalendarDate => !!d).sort();
  return { complet: true, date: dates.at(-1) ?? null, restantes: 0 };
}
