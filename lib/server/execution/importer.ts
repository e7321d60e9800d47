// Importing a CHORUS extract, all or nothing (issue 12). First a preview: every error, line by line,
// which convention each line goes to, what is already there; nothing is written. Then, confirmed,
// the same file is read again and written in one transaction: lines already imported (the extract's
// own keys) are left as they are, so that the same file imported twice changes nothing. The file is
// kept with its SHA-256 and who imported it — without its bank details (personal data).
import "server-only";
import { soldesEj } from "@/lib/domain/execution/engagements";
import { randomUUID } from "node:crypto";
import { formatMontant } from "@/lib/domain/money";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { estSigneeParTous, LIBELLES_STATUT } from "@/lib/domain/statut";
import { toCalendarDate } from "@/lib/domain/dates";
import { LIBELLES_NATURE, lireExtrait, type ErreurLigne, type MouvementLu, type NatureMouvement } from "@/lib/domain/execution/extrait";
import { normaliserCode, rattacher, type ConventionARattacher } from "@/lib/domain/execution/rattachement";
import { texteCellule } from "@/lib/domain/execution/valeurs";
import { assertCan, conventionScope, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, on, type InTx, type Tx } from "../db";
import { lireFichierExtrait } from "./fichier";
import { csvTelQuel } from "../export/tableur";
import { putFichier, sha256 as empreinte } from "../fichiers/fichiers";
import { assurerSuivi, rafraichirSuivi } from "./suivi";
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

const nombre = (n: number) => n.toLocaleString("fr-FR");
/** Says where the work is, then lets the answer's stream send it before the next step (synchronous). */
async function etape(demande: DemandeImport, message: string) {
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
async function lire(agent: AgentLike, demande: DemandeImport) {
  assertCan(agent, "execution.importer");
  const sha256 = empreinte(demande.octets);
  await etape(demande, `Lecture du fichier (${(demande.octets.length / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 0 })} Ko)…`);
  const { format, lignes } = await lireFichierExtrait(demande.nom, demande.octets);
  await etape(demande, `${nombre(Math.max(lignes.length - 1, 0))} lignes lues : contrôle de chaque ligne…`);
  const lecture = lireExtrait(lignes, demande.nature ?? null);
  return { sha256, format, lignes, lecture };
}
type Lu = Awaited<ReturnType<typeof lire>>;

/** The lines matched to their conventions and checked against what is there. */
async function analyser(agent: AgentLike, demande: DemandeImport, { sha256, format, lecture }: Lu, tx?: Tx) {
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

export async function apercuImport(agent: AgentLike, demande: DemandeImport, { tx }: InTx = {}): Promise<ApercuImport> {
  return (await analyser(agent, demande, await lire(agent, demande), tx)).apercu;
}

/** The file as kept: its rows as read, bank columns removed (CSV, `;`, UTF-8 with BOM). */
function copieSansDonneesBancaires(lignes: readonly (readonly unknown[])[], bancaires: readonly string[]): Buffer {
  const entetes = (lignes[0] ?? []).map((e) => texteCellule(e as never));
  const garder = entetes.map((e) => !bancaires.includes(e));
  const rows = lignes.map((l) =>
    Array.from({ length: entetes.length }, (_, i) => i)
      .filter((i) => garder[i])
      .map((i) => texteCellule(l[i] as never)),
  );
  return Buffer.from(csvTelQuel(rows), "utf8");
}

/** The lines, in one statement (unnest of one array per column; Prisma's createMany took 4 s for
 *  5 000 lines): a line already there (same convention, same key) is left as it is — two imports of
 *  one file at the same moment, the second adds nothing. */
async function insererMouvements(
  tx: Tx,
  mouvements: readonly (MouvementLu & { conventionId: string })[],
  importId: string,
): Promise<number> {
  const colonne = <T>(f: (m: MouvementLu & { conventionId: string }) => T) => mouvements.map(f);
  return tx.$executeRaw`
    INSERT INTO "MouvementExecution" ("id", "conventionId", "nature", "annee", "date", "ae", "cp", "report", "typeMontant", "numeroEj", "posteEj",
      "numeroDp", "posteDp", "fournisseur", "centreFinancier", "domaineFonctionnel", "activite", "texte", "cle", "importId")
    SELECT l.id, l.convention, l.nature::"NatureMouvement", l.annee::int, l.date::date, l.ae::bigint, l.cp::bigint, l.report::boolean, l.type, l.ej,
      l.poste_ej, l.dp, l.poste_dp, l.fournisseur, l.cf, l.df, l.activite, l.texte, l.cle, ${importId}
    FROM unnest(
      ${colonne(() => randomUUID())}::text[], ${colonne((m) => m.conventionId)}::text[], ${colonne((m) => m.nature)}::text[],
      ${colonne((m) => String(m.annee))}::text[], ${colonne((m) => m.date)}::text[], ${colonne((m) => String(m.ae))}::text[],
      ${colonne((m) => String(m.cp))}::text[], ${colonne((m) => String(m.report))}::text[], ${colonne((m) => m.typeMontant)}::text[],
      ${colonne((m) => m.numeroEj)}::text[], ${colonne((m) => m.posteEj)}::text[], ${colonne((m) => m.numeroDp)}::text[],
      ${colonne((m) => m.posteDp)}::text[], ${colonne((m) => m.fournisseur)}::text[], ${colonne((m) => m.centreFinancier)}::text[],
      ${colonne((m) => m.domaineFonctionnel)}::text[], ${colonne((m) => m.activite)}::text[], ${colonne((m) => m.texte)}::text[],
      ${colonne((m) => m.cle)}::text[]
    ) AS l(id, convention, nature, annee, date, ae, cp, report, type, ej, poste_ej, dp, poste_dp, fournisseur, cf, df, activite, texte, cle)
    ON CONFLICT ("conventionId", "cle") DO NOTHING`;
}

/** Writes the extract, all or nothing; `sha256`: the file previewed (it must not have changed). */
export async function confirmerImport(agent: AgentLike, demande: DemandeImport & { sha256: string }, { tx: outer }: InTx = {}) {
  const lu = await lire(agent, demande);
  // The copy kept, in the file store before the transaction (an extract with errors is not imported:
  // its copy, pointed at by nothing, goes at the next purge).
  const copie = await putFichier(copieSansDonneesBancaires(lu.lignes, lu.lecture.colonnesBancaires));
  return inTransaction(
    outer,
    async (tx) => {
      const { apercu, nouveaux } = await analyser(agent, demande, lu, tx);
      if (apercu.sha256 !== demande.sha256)
        throw new ErreurMetier("FICHIER_CHANGE", "Le fichier n'est plus celui de l'aperçu : relancez l'aperçu avant d'importer.");
      if (apercu.erreurs.length)
        throw new ErreurMetier(
          "IMPORT_ERREURS",
          `${apercu.erreurs.length} erreur${apercu.erreurs.length > 1 ? "s" : ""} dans le fichier : rien n'a été importé. Corrigez-les et relancez l'aperçu.`,
        );
      if (!apercu.nature) throw new ErreurMetier("IMPORT_NATURE", "Nature de l'extrait inconnue : rien n'a été importé.");
      const ids = apercu.conventions.map((c) => c.id);
      await assurerSuivi(tx, ids); // (what was there before, for the alerts this file brings)
      const fichier = await tx.importExecution.create({
        data: {
          nomFichier: demande.nom,
          sha256: apercu.sha256,
          taille: demande.octets.length,
          copieSha256: copie.sha256,
          nature: apercu.nature,
          lignesLues: apercu.lignesLues,
          lignesImportees: nouveaux.length,
          lignesDejaPresentes: apercu.dejaPresentes,
          lignesAutresUo: apercu.autresUo.reduce((t, u) => t + u.lignes, 0),
          conventionId: demande.conventionId ?? null,
          importeParId: agent.id,
        },
      });
      await etape(demande, `Écriture de ${nombre(nouveaux.length)} lignes nouvelles…`);
      const count = await insererMouvements(tx, nouveaux, fichier.id);
      await etape(demande, "Mise à jour du suivi financier et des alertes…");
      await rafraichirSuivi(ids, { tx, sauf: agent.id }); // the dashboard's figures, and each new alert told to DINUM finance
      for (const c of apercu.conventions)
        await recordAudit(tx, {
          userId: agent.id,
          type: "EXECUTION_IMPORT",
          entite: "Convention",
          entiteId: c.id,
          conventionId: c.id,
          apres: {
            fichier: demande.nom,
            sha256: apercu.sha256,
            nature: apercu.nature,
            lignes: c.lignes,
            nouvelles: c.nouvelles,
            ae: c.ae,
            cp: c.cp,
          },
        });
      return { importId: fichier.id, importees: count, apercu, libelle: LIBELLES_NATURE[apercu.nature] };
    },
    { timeoutMs: 120_000 }, // a 5 000-line extract is read and checked again inside it
  );
}
