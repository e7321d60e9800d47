// Importing a CHORUS extract, all or nothing (issue 12), second step: confirmed after its preview
// (preview-import.ts), the same file is read again and written in one transaction — lines already
// imported (the extract's own keys) are left as they are, so that the same file imported twice
// changes nothing. The file is kept with its SHA-256 and who imported it, without its bank details
// (personal data).
import "server-only";
import { randomUUID } from "node:crypto";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { LIBELLES_NATURE, type MouvementLu } from "@/lib/domain/execution/extrait";
import { texteCellule } from "@/lib/domain/execution/valeurs";
import type { AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { inTransaction, type InTx, type Tx } from "../db";
import { csvTelQuel } from "../export/tableur";
import { putFichier } from "../fichiers/fichiers";
import { ensureSuivi, refreshSuivi } from "./refresh-suivi";
import { analyser, etape, lire, nombre, type DemandeImport } from "./preview-import";

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
export async function importExtrait(agent: AgentLike, demande: DemandeImport & { sha256: string }, { tx: outer }: InTx = {}) {
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
      await ensureSuivi(tx, ids); // (what was there before, for the alerts this file brings)
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
      await refreshSuivi(ids, { tx, sauf: agent.id }); // the dashboard's figures, and each new alert told to DINUM finance
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
