// The public statistics (/statistiques and its CSV, no login): read from the documents' statuses and
// dates and from the finance read model (SuiviExecutionAnnee: each convention's consolidated schedule,
// after its signed avenants), computed by lib/domain/statistiques.ts. No person, no text.
// Anyone may ask for them without a session: the figures are kept a few minutes per instance, so
// that a flood of visits reads the database once per period, not once per visit.
import "server-only";
import { db } from "../db";
import { racineDe } from "@/lib/domain/hierarchie";
import { libelleOrganisation } from "@/lib/domain/libelles";
import { estSigneeParTous, type Statut } from "@/lib/domain/statut";
import { toCalendarDate } from "@/lib/domain/dates";
import { statistiques, type DocumentStatistique, type MontantStatistique, type Statistiques } from "@/lib/domain/statistiques";

/** How long the figures are kept before being read again. */
export const FRAICHEUR_STATISTIQUES_MS = 5 * 60 * 1000;

export type StatistiquesPubliques = Statistiques & { calculeesLe: Date };

let memo: { valeur: Promise<StatistiquesPubliques>; le: number } | null = null;

export function getStatistiques({ maintenant = Date.now(), fraiches = false } = {}): Promise<StatistiquesPubliques> {
  if (!fraiches && memo && maintenant - memo.le < FRAICHEUR_STATISTIQUES_MS) return memo.valeur;
  const valeur = calculer();
  memo = { valeur, le: maintenant };
  valeur.catch(() => (memo = null)); // a failure is not kept
  return valeur;
}

async function calculer(): Promise<StatistiquesPubliques> {
  const champs = { statut: true, createdAt: true, dateSignature: true, _count: { select: { versionsFigees: true } } } as const;
  const [conventions, avenants, suivis, organisations] = await Promise.all([
    db.convention.findMany({ select: { ...champs, dateConvention: true } }),
    db.avenant.findMany({ select: { ...champs, dateAvenant: true } }),
    db.suiviExecution.findMany({
      select: {
        statut: true,
        delegantId: true,
        convention: { select: { suiviAnnees: { select: { annee: true, aeProgramme: true, cpProgramme: true } } } },
      },
    }),
    db.organisation.findMany({ select: { id: true, parentId: true, sigle: true, nom: true } }),
  ]);
  const documents: DocumentStatistique[] = [
    ...conventions.map((c) => ({ ...document(c, c.dateConvention), nature: "convention" as const })),
    ...avenants.map((a) => ({ ...document(a, a.dateAvenant), nature: "avenant" as const })),
  ];
  const parId = new Map(organisations.map((o) => [o.id, o]));
  const ministeres = new Map<string | null, string>(); // (a few délégants for many conventions)
  const ministereDe = (delegantId: string | null) => {
    if (!ministeres.has(delegantId)) {
      const racine = delegantId ? parId.get(racineDe(organisations, delegantId)) : undefined;
      ministeres.set(delegantId, racine ? libelleOrganisation(racine) : "Délégant non renseigné");
    }
    return ministeres.get(delegantId)!;
  };
  const montants: MontantStatistique[] = suivis
    .filter((s) => estSigneeParTous(s.statut as Statut))
    .flatMap((s) =>
      s.convention.suiviAnnees.map((a) => ({ annee: a.annee, ministere: ministereDe(s.delegantId), ae: a.aeProgramme, cp: a.cpProgramme })),
    );
  return { ...statistiques(documents, montants), calculeesLe: new Date() };
}

function document(
  d: { statut: Statut; createdAt: Date; dateSignature: Date | null; _count: { versionsFigees: number } },
  date: Date | null,
) {
  return {
    statut: d.statut,
    creeLe: d.createdAt,
    signeeLe: d.dateSignature ? toCalendarDate(d.dateSignature) : null,
    dateDuDocument: date ? toCalendarDate(date) : null,
    redigeDansLApplication: d._count.versionsFigees > 0,
  };
}
