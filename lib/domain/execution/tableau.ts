// The finance dashboard's figures, pure: per convention and year, scheduled (consolidated) against
// made available, committed and paid; grouped by status, délégant, programme, UO or service;
// totals in integer cents, so that they add up to the cent.
import type { NatureMouvement } from "./extrait";

export const GROUPEMENTS = ["convention", "statut", "delegant", "programme", "uo", "service"] as const;
export type Groupement = (typeof GROUPEMENTS)[number];
export const LIBELLES_GROUPEMENT: Record<Groupement, string> = {
  convention: "Convention",
  statut: "Statut",
  delegant: "Délégant",
  programme: "Programme",
  uo: "Centre financier (UO)",
  service: "Service rédacteur",
};

export type Montants = {
  aeProgramme: bigint;
  cpProgramme: bigint;
  aeDisponible: bigint;
  cpDisponible: bigint;
  aeEngage: bigint;
  cpPaye: bigint;
};
export const CHAMPS_MONTANTS = ["aeProgramme", "cpProgramme", "aeDisponible", "cpDisponible", "aeEngage", "cpPaye"] as const;

export const vide = (): Montants => ({ aeProgramme: 0n, cpProgramme: 0n, aeDisponible: 0n, cpDisponible: 0n, aeEngage: 0n, cpPaye: 0n });
export const ajouter = (a: Montants, b: Montants): Montants => {
  const r = { ...a };
  for (const k of CHAMPS_MONTANTS) r[k] += b[k];
  return r;
};

export type ConventionTableau = {
  id: string;
  reference: string;
  intitule: string;
  statut: string;
  delegant: string | null;
  programme: string | null;
  uo: string | null;
  service: string | null;
  echeancier: readonly { annee: number; ae: bigint; cp: bigint }[];
};
export type AgregatMouvements = { conventionId: string; nature: NatureMouvement; annee: number; report: boolean; ae: bigint; cp: bigint };

/** Per convention, and per year across all, within [de, a]. */
export function calculerTableau(
  conventions: readonly ConventionTableau[],
  agregats: readonly AgregatMouvements[],
  { de, a }: { de: number; a: number },
) {
  const dans = (annee: number) => annee >= de && annee <= a;
  const parConvention = new Map(conventions.map((c) => [c.id, vide()]));
  const parAnnee = new Map<number, Montants>();
  for (let y = de; y <= a; y++) parAnnee.set(y, vide());
  const porter = (conventionId: string, annee: number, delta: Partial<Montants>) => {
    const m = { ...vide(), ...delta };
    parConvention.set(conventionId, ajouter(parConvention.get(conventionId)!, m));
    parAnnee.set(annee, ajouter(parAnnee.get(annee)!, m));
  };
  for (const c of conventions)
    for (const l of c.echeancier) if (dans(l.annee)) porter(c.id, l.annee, { aeProgramme: l.ae, cpProgramme: l.cp });
  for (const g of agregats) {
    if (!dans(g.annee) || !parConvention.has(g.conventionId) || g.report) continue;
    if (g.nature === "MISE_A_DISPOSITION") porter(g.conventionId, g.annee, { aeDisponible: g.ae, cpDisponible: g.cp });
    else if (g.nature === "ENGAGEMENT") porter(g.conventionId, g.annee, { aeEngage: g.ae });
    else porter(g.conventionId, g.annee, { cpPaye: g.cp });
  }
  const lignes = conventions.map((c) => ({ ...c, montants: parConvention.get(c.id)! }));
  const total = lignes.reduce((t, l) => ajouter(t, l.montants), vide());
  return { lignes, annees: [...parAnnee].map(([annee, montants]) => ({ annee, montants })), total };
}

/** The rows grouped by one of the dimensions; a group's key is what its filter takes. */
export function grouper(
  lignes: readonly (ConventionTableau & { montants: Montants })[],
  par: Exclude<Groupement, "convention">,
  libelleStatut: (s: string) => string,
) {
  const groupes = new Map<string, { cle: string; libelle: string; conventions: number; ids: string[]; montants: Montants }>();
  for (const l of lignes) {
    const cle = (par === "statut" ? l.statut : l[par]) ?? "";
    const libelle = par === "statut" ? libelleStatut(l.statut) : (l[par] ?? "(non renseigné)");
    const g = groupes.get(cle) ?? { cle, libelle, conventions: 0, ids: [], montants: vide() };
    g.conventions += 1;
    g.ids.push(l.id);
    g.montants = ajouter(g.montants, l.montants);
    groupes.set(cle, g);
  }
  return [...groupes.values()].sort((x, y) => x.libelle.localeCompare(y.libelle, "fr"));
}
