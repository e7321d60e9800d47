// French labels of the model's enumerations.
export const LIBELLES_TYPE_CONVENTION = {
  DELEGATION_GESTION: "Convention de délégation de gestion",
  CONVENTION_SERVICE: "Convention de service",
  CONVENTION_PARTENARIAT: "Convention de partenariat",
} as const;

export const LIBELLES_ROLE_PARTIE = {
  DELEGANT: "Délégant",
  DELEGATAIRE: "Délégataire",
  PARTENAIRE: "Partenaire",
} as const;

/** What an organisation is: a State service (ministry, direction, service) or not (décret
 *  n° 2004-1085 applies between State services only). */
export const LIBELLES_TYPE_ORGANISATION = {
  MINISTERE: "Ministère",
  DIRECTION: "Direction (service de l'État)",
  SERVICE: "Autre service de l'État",
  AUTRE: "Hors services de l'État (opérateur, établissement public, collectivité…)",
} as const;
export type TypeOrganisation = keyof typeof LIBELLES_TYPE_ORGANISATION;
export const estServiceDeLEtat = (type: TypeOrganisation) => type !== "AUTRE";

/** An organisation in a choice list: « DINUM — Direction interministérielle du numérique ». */
export function libelleOrganisation(o: { sigle: string | null; nom: string }): string {
  return o.sigle ? `${o.sigle} — ${o.nom}` : o.nom;
}

type Codes<K extends string> = Partial<Record<K, string | null>>;
type Champ<K extends string> = { cle: K; libelle: string; exemple?: string };

/** The imputation table (« Référence Chorus »), in the words and order of the signed conventions:
 *  the detail page and the PDF print these rows, the form names its fields after them. */
export const CHAMPS_IMPUTATION = [
  { cle: "ministere", libelle: "Ministère", exemple: "MENJS" },
  { cle: "programme", libelle: "Code programme", exemple: "214" },
  { cle: "comptableAssignataire", libelle: "Code du comptable assignataire", exemple: "FAC9460075" },
  { cle: "domaineFonctionnel", libelle: "Domaine fonctionnel", exemple: "0214-08-02" },
  { cle: "centreFinancier", libelle: "Centre financier", exemple: "0214-CEN2-INFO" },
  { cle: "activite", libelle: "Activité", exemple: "021401SI0202" },
  { cle: "centreDeCouts", libelle: "Centre de coûts", exemple: "DINUPROD75" },
] as const satisfies readonly Champ<string>[];
export type CleImputation = (typeof CHAMPS_IMPUTATION)[number]["cle"] | "bop";

/** The Chorus set-up of the délégataire (« Paramétrage de l'adhérence »), as printed. */
export const TITRE_PARAMETRAGE = "Paramétrage de l'adhérence";
export const CHAMPS_PARAMETRAGE = [
  { cle: "servicePrescripteur", libelle: "SP (service prescripteur)", exemple: "Premier ministre" },
  { cle: "societe", libelle: "Société", exemple: "ADCE" },
  { cle: "organisationAchat", libelle: "OA (organisation d'achat)", exemple: "C009" },
  { cle: "groupeAcheteurs", libelle: "GA (groupe d'acheteurs)", exemple: "6GL" },
  { cle: "rtm", libelle: "RTM", exemple: "SPM-CSP SPM Mutualisé" },
  { cle: "codeServiceExecutant", libelle: "Code service exécutant", exemple: "CSPSPM0075" },
  { cle: "comptableAssignataire", libelle: "Comptable assignataire", exemple: "9510" },
  { cle: "centreDeCouts", libelle: "Centre de coûts", exemple: "DININCUB" },
] as const satisfies readonly Champ<string>[];
export type CleParametrage = (typeof CHAMPS_PARAMETRAGE)[number]["cle"];

const remplies = (rows: [string, string | null | undefined][]) => rows.filter((r): r is [string, string] => Boolean(r[1]?.trim()));

/** The rows typed « as printed », one per line: « libellé | valeur » (or a tab, as pasted from the
 *  signed document); a line without separator is a label alone (seed 003: « Programme 214 »). */
export function lireLignesImprimees(texte: string | null | undefined): [string, string][] {
  return (texte ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const separateur = /\t| \| |\|/.exec(l);
      if (!separateur) return [l, ""];
      return [l.slice(0, separateur.index).trim(), l.slice(separateur.index + separateur[0].length).trim()];
    });
}

const compact = (v: string) => v.toLowerCase().replace(/[\s_\-–—.]+/g, "");

/** The codes that the rows typed « as printed » do not show: each is a likely typo in one or the other. */
export function codesAbsentsDesLignes(
  i: Codes<CleImputation> & { lignesImprimees?: string | null },
): { cle: CleImputation; libelle: string; valeur: string }[] {
  const lignes = lireLignesImprimees(i.lignesImprimees);
  if (!lignes.length) return [];
  const imprime = compact(lignes.map(([l, v]) => `${l} ${v}`).join(" "));
  const champs: { cle: CleImputation; libelle: string }[] = [...CHAMPS_IMPUTATION, { cle: "bop", libelle: "BOP" }];
  return champs.flatMap(({ cle, libelle }) => {
    const valeur = i[cle]?.trim();
    return valeur && !imprime.includes(compact(valeur)) ? [{ cle, libelle, valeur }] : [];
  });
}

/** The imputation rows to print: as typed from the document when they were, else the filled codes
 *  in the usual words; the BOP goes with the programme (« 214 — BOP SAAM »). */
export function lignesImputation(i: Codes<CleImputation> & { lignesImprimees?: string | null }): [string, string][] {
  const imprimees = lireLignesImprimees(i.lignesImprimees);
  if (imprimees.length) return imprimees;
  return remplies(
    CHAMPS_IMPUTATION.map(({ cle, libelle }) => [
      libelle,
      cle === "programme" && i.programme && i.bop ? `${i.programme} — BOP ${i.bop}` : i[cle],
    ]),
  );
}

/** The Chorus set-up rows to print, filled ones only. */
export function lignesParametrage(p: Codes<CleParametrage>): [string, string][] {
  return remplies(CHAMPS_PARAMETRAGE.map(({ cle, libelle }) => [libelle, p[cle]]));
}
