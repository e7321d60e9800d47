// Importing a CHORUS extract, all or nothing (issue 12), first step: the preview — every error, line
// by line, which convention each line goes to, what is already there; nothing is written. The
// reading and the matching here are those the import itself runs again (import-extrait.ts).
import "server-only";
import { soldesEj } from "@/lib/domain/execution/engagements";
import { formatMontant } from "@/lib/domain/money";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { estSigneeParTous, LIBELLES_STATUT } from "@/lib/domain/statut";
import { toCalendarDate } from "@/lib/domain/dates";
import { lireExtrait, type ErreurLigne, type MouvementLu, type NatureMouvement } from "@/lib/domain/execution/extrait";
import { normaliserCode, rattacher, type ConventionARattacher } from "@/lib/domain/execution/rattachement";
import { assertCan, conventionScope, type AgentLike } from "../policies";
import { on, type InTx, type Tx } from "../db";
import { readFichierExtrait } from "./read-fichier-extrait";
import { sha256 as empreinte } from "../fichiers/fichiers";
import type { ApercuImport } from "@/lib/views/execution";

export type { ApercuImport };

export type DemandeImport = {
  nom: string;
  octets: Buffer;
  nature?: NatureMouvement | null;
  conventionId?: string | null;
  /** Told where the work is, in French (the page shows it while a large file is read and written). */
  progression?: (message: string) => void;
};

export const nombre = (n: number) => n.toLocaleString("fr-FR");
/** Says where the work is, then lets the answer's stream send it before the next step (synchronous). */
export async function etape(demande: DemandeImport, message: string) {
  if (!demande.progression) return;
  demande.progression(message);
  await new Promise((r) => setImmediate(r));
}

const erreurLigne = (m: MouvementLu, colonne: string | null, valeur: string, attendu: string, message: string): ErreurLigne => ({
  ligne: m.ligne,
  colonne,
  valeur,
  attendu,
  message: `Ligne ${m.ligne} : ${message}`,
});

async function conventionsARattacher(agent: AgentLike, conventionId: string | null | undefined, tx?: Tx) {
  const rows = await on(tx).convention.findMany({
    where: { AND: [await conventionScope(agent, tx), { imputation: { isNot: null } }, conventionId ? { id: conventionId } : {}] },
    select: {
      id: true,
      reference: true,
      intitule: true,
      statut: true,
      dateSignature: true,
      dateConvention: true,
      dateFin: true,
      imputation: { select: { centreFinancier: true, domaineFonctionnel: true, activite: true } },
    },
  });
  return rows.map((c) => ({
    ...c,
    rattachement: {
      id: c.id,
      reference: c.reference,
      centreFinancier: c.imputation?.centreFinancier ?? null,
      domaineFonctionnel: c.imputation?.domaineFonctionnel ?? null,
      activite: c.imputation?.activite ?? null,
      debut: (c.dateSignature ?? c.dateConvention) ? toCalendarDate((c.dateSignature ?? c.dateConvention)!) : null,
      fin: c.dateFin ? toCalendarDate(c.dateFin) : null,
    } satisfies ConventionARattacher,
  }));
}

/** Everything checked, nothing written: what the import would do, and every reason it cannot. */
/** The file read and each line checked: nothing here needs the database. */
export async function lire(agent: AgentLike, demande: DemandeImport) {
  assertCan(agent, "execution.importer");
  const sha256 = empreinte(demande.octets);
  await etape(demande, `Lecture du fichier (${(demande.octets.length / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 0 })} Ko)…`);
  const { format, lignes } = await readFichierExtrait(demande.nom, demande.octets);
  await etape(demande, `${nombre(Math.max(lignes.length - 1, 0))} lignes lues : contrôle de chaque ligne…`);
  const lecture = lireExtrait(lignes, demande.nature ?? null);
  return { sha256, format, lignes, lecture };
}
export type Lu = Awaited<ReturnType<typeof lire>>;

/** The lines matched to their conventions and checked against what is there. */
export async function analyser(agent: AgentLike, demande: DemandeImport, { sha256, format, lecture }: Lu, tx?: Tx) {
  await etape(demande, `${nombre(lecture.mouvements.length)} lignes contrôlées : rattachement aux conventions et aux engagements…`);
  const conventions = await conventionsARattacher(agent, demande.conventionId, tx);
  // The candidates of each UO, found once: a line is matched in constant time, not against every convention.
  const parUo = new Map<string, ConventionARattacher[]>();
  for (const c of conventions) {
    const k = normaliserCode(c.rattachement.centreFinancier);
    parUo.set(k, [...(parUo.get(k) ?? []), c.rattachement]);
  }
  if (demande.conventionId && !conventions.some((c) => c.id === demande.conventionId))
    throw new ErreurMetier(
      "SANS_UO",
      "Cette convention n'a pas de centre financier (UO) dans son imputation : indiquez-le avant d'importer son exécution.",
    );
  const erreurs = [...lecture.erreurs];
  const rattaches: (MouvementLu & { conventionId: string })[] = [];
  const autresUo = new Map<string, number>();
  for (const m of lecture.mouvements) {
    const r = rattacher(m, parUo.get(normaliserCode(m.centreFinancier)) ?? [], demande.conventionId);
    if (r.ok) rattaches.push({ ...m, conventionId: r.conventionId });
    else if (r.raison === "AUTRE_UO") autresUo.set(m.centreFinancier, (autresUo.get(m.centreFinancier) ?? 0) + 1);
    else
      erreurs.push(
        erreurLigne(
          m,
          "Centre financier",
          m.centreFinancier,
          "le centre financier d'une seule convention",
          `le centre financier ${m.centreFinancier} est celui de plusieurs conventions (${r.references.join(", ")}) : importez ce fichier depuis la page « Exécution » de la convention concernée.`,
        ),
      );
  }
  // Execution only on a convention signed by every party.
  const parId = new Map(conventions.map((c) => [c.id, c]));
  for (const m of rattaches) {
    const c = parId.get(m.conventionId)!;
    if (!estSigneeParTous(c.statut))
      erreurs.push(
        erreurLigne(
          m,
          null,
          c.reference,
          "une convention signée",
          `la convention ${c.reference} n'est pas signée (« ${LIBELLES_STATUT[c.statut]} ») : aucun crédit, engagement ni paiement ne s'y rattache avant sa signature.`,
        ),
      );
  }
  // What is already there, by the extract's own keys; payments against their commitments.
  const ids = [...new Set(rattaches.map((m) => m.conventionId))];
  const existants = ids.length
    ? await on(tx).mouvementExecution.findMany({
        where: { conventionId: { in: ids } },
        select: { conventionId: true, cle: true, nature: true, numeroEj: true, ae: true, cp: true, report: true },
      })
    : [];
  const cles = new Set(existants.map((e) => `${e.conventionId}|${e.cle}`));
  const nouveaux = rattaches.filter((m) => !cles.has(`${m.conventionId}|${m.cle}`));
  if (lecture.nature === "PAIEMENT") {
    // Each EJ's balance as the execution page and manual entry read it (carry-overs are no commitment).
    const soldes = soldesEj(existants, (e) => `${e.conventionId}|${e.numeroEj}`);
    const engage = new Map([...soldes].filter(([, s]) => s.lignes > 0).map(([k, s]) => [k, s.engage]));
    const paye = new Map([...soldes].map(([k, s]) => [k, s.paye]));
    for (const m of nouveaux) {
      const k = `${m.conventionId}|${m.numeroEj}`;
      if (!engage.has(k)) {
        erreurs.push(
          erreurLigne(
            m,
            "N° EJ",
            m.numeroEj ?? "",
            "un engagement juridique déjà importé pour cette convention",
            `la demande de paiement ${m.numeroDp} paie l'EJ ${m.numeroEj}, inconnu pour la convention ${parId.get(m.conventionId)!.reference} : importez d'abord l'extrait des engagements.`,
          ),
        );
        continue;
      }
      const total = (paye.get(k) ?? 0n) + m.cp;
      paye.set(k, total);
      if (total > engage.get(k)!)
        erreurs.push(
          erreurLigne(
            m,
            "Montant payé",
            formatMontant(m.cp, { alwaysCents: true }),
            `au plus ${formatMontant(engage.get(k)! - (total - m.cp), { alwaysCents: true })} (le reste de l'EJ)`,
            `la demande de paiement ${m.numeroDp} porte les paiements de l'EJ ${m.numeroEj} à ${formatMontant(total, { alwaysCents: true })}, au-delà de son montant engagé (${formatMontant(engage.get(k)!, { alwaysCents: true })}).`,
          ),
        );
    }
  }
  erreurs.sort((a, b) => a.ligne - b.ligne);
  const precedent = await on(tx).importExecution.findFirst({
    where: { sha256 },
    orderBy: { createdAt: "desc" },
    include: { importePar: { select: { nom: true } } },
  });
  const apercu: ApercuImport = {
    sha256,
    nom: demande.nom,
    format,
    nature: lecture.nature,
    lignesLues: lecture.mouvements.length + lecture.erreurs.filter((e) => e.ligne > 1).length,
    erreurs,
    conventions: ids.map((id) => {
      const lignesC = rattaches.filter((m) => m.conventionId === id);
      const somme = (k: "ae" | "cp") =>
        formatMontant(
          lignesC.reduce((t, m) => t + m[k], 0n),
          { alwaysCents: true },
        );
      return {
        id,
        reference: parId.get(id)!.reference,
        intitule: parId.get(id)!.intitule,
        lignes: lignesC.length,
        nouvelles: nouveaux.filter((m) => m.conventionId === id).length,
        ae: somme("ae"),
        cp: somme("cp"),
      };
    }),
    autresUo: [...autresUo].map(([centreFinancier, n]) => ({ centreFinancier, lignes: n })),
    dejaPresentes: rattaches.length - nouveaux.length,
    colonnesBancaires: lecture.colonnesBancaires,
    colonnesIgnorees: lecture.colonnesIgnorees,
    dejaImporte: precedent ? { le: precedent.createdAt.toISOString(), par: precedent.importePar.nom } : null,
  };
  return { apercu, nouveaux };
}

export async function previewImport(agent: AgentLike, demande: DemandeImport, { tx }: InTx = {}): Promise<ApercuImport> {
  return (await analyser(agent, demande, await lire(agent, demande), tx)).apercu;
}
