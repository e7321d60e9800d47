// The finance dashboard's figures kept per convention and year (SuiviExecutionAnnee) with the count
// of its alerts (SuiviExecution): computed exactly as the convention's execution page computes them
// (getExecution: the consolidated schedule, the execution lines, the alerts), and written in the
// transaction of each change that moves them — a convention saved, a document moving in its life
// cycle or signed, execution lines imported or entered by hand. The alerts also depend on the date
// (a month after signature, the year-end cut-offs): the worker recomputes each night what was
// computed before today (`refreshStaleSuivi`, also run when it starts). An alert that appears,
// whatever brings it (a line, a save, a signature, the date), is told to DINUM finance. The
// dashboard's totals follow through triggers (migration suivi_cumul; `compacterCumul`).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { Introuvable } from "@/lib/domain/erreurs";
import { inTransaction, on, type InTx, type Tx } from "../db";
import type { AgentLike } from "../policies";
import { getExecution } from "./get-execution";
import { normaliserCode } from "@/lib/domain/execution/rattachement";
import { notify, relecteurs } from "../notifications/notify";

/** Reads every convention: the figures are the same whoever looks; the dashboard scopes them. */
const LECTEUR_SYSTEME: AgentLike = { id: "systeme", roles: ["ADMINISTRATEUR"], organisationId: null };

async function rafraichirUne(tx: Tx, conventionId: string, sauf?: string) {
  const [precedent] = await tx.$queryRaw<{ codes: string[] }[]>`
    SELECT "codes" FROM "SuiviExecution" WHERE "conventionId" = ${conventionId}`;
  let e;
  try {
    e = await getExecution(LECTEUR_SYSTEME, conventionId, { tx });
  } catch (erreur) {
    if (erreur instanceof Introuvable) return null; // removed meanwhile: its rows went with it (cascade)
    throw erreur;
  }
  const alertes = e.alertes.filter((a) => a.gravite !== "information");
  const codes = [...new Set(alertes.map((a) => a.code))];
  const c = e.document;
  const delegant = c.parties.find((p) => p.role === "DELEGANT")?.organisationId ?? null; // (parties in their order)
  const uo = normaliserCode(c.imputation?.centreFinancier) || null; // (as the import and the dashboard's filter read it)
  await tx.$executeRaw`
    INSERT INTO "SuiviExecution" ("conventionId", "alertes", "codes", "calculeLe", "reference", "statut", "delegantId", "programme", "uo", "serviceId")
    VALUES (${conventionId}, ${alertes.length}, ${codes}::text[], now(), ${c.reference}, ${c.statut}, ${delegant}, ${c.imputation?.programme ?? null}, ${uo}, ${c.serviceId})
    ON CONFLICT ("conventionId") DO UPDATE SET "alertes" = EXCLUDED."alertes", "codes" = EXCLUDED."codes", "calculeLe" = EXCLUDED."calculeLe",
      "reference" = EXCLUDED."reference", "statut" = EXCLUDED."statut", "delegantId" = EXCLUDED."delegantId",
      "programme" = EXCLUDED."programme", "uo" = EXCLUDED."uo", "serviceId" = EXCLUDED."serviceId"`;
  const annees = e.synthese.annees;
  const col = <K extends keyof (typeof annees)[number]>(k: K) => annees.map((l) => l[k]);
  await tx.$executeRaw`DELETE FROM "SuiviExecutionAnnee" WHERE "conventionId" = ${conventionId}
    AND NOT ("annee" = ANY(${col("annee")}::int[]))`;
  if (annees.length)
    await tx.$executeRaw`
      INSERT INTO "SuiviExecutionAnnee" ("conventionId", "annee", "aeProgramme", "cpProgramme", "aeDisponible", "cpDisponible", "aeEngage", "aeReporte", "cpPaye")
      SELECT ${conventionId}, * FROM unnest(${col("annee")}::int[], ${col("aeProgramme")}::bigint[], ${col("cpProgramme")}::bigint[],
        ${col("aeDisponible")}::bigint[], ${col("cpDisponible")}::bigint[], ${col("aeEngage")}::bigint[], ${col("aeReporte")}::bigint[], ${col("cpPaye")}::bigint[])
      ON CONFLICT ("conventionId", "annee") DO UPDATE SET
        "aeProgramme" = EXCLUDED."aeProgramme", "cpProgramme" = EXCLUDED."cpProgramme", "aeDisponible" = EXCLUDED."aeDisponible",
        "cpDisponible" = EXCLUDED."cpDisponible", "aeEngage" = EXCLUDED."aeEngage", "aeReporte" = EXCLUDED."aeReporte", "cpPaye" = EXCLUDED."cpPaye"`;
  // An alert that was not there at the previous computation (not at the first: the seed, a
  // convention imported from the archive) is told to DINUM finance, inbox and e-mail.
  const deja = new Set(precedent?.codes);
  const nouvelles = precedent ? alertes.filter((x) => !deja.has(x.code)) : [];
  if (nouvelles.length) {
    const destinataires = await relecteurs(tx);
    for (const a of nouvelles)
      await notify(tx, {
        type: "ALERTE_EXECUTION",
        destinataires,
        titre: `Alerte sur la convention ${c.reference} : ${a.message}`,
        lien: `/conventions/${conventionId}/execution`,
        conventionId,
        sauf,
      });
  }
  return e;
}

/** Before a change of execution lines: these conventions' figures computed once (when never yet),
 *  so that what the change brings is told. */
export async function ensureSuivi(tx: Tx, conventionIds: readonly string[]) {
  const presents = new Set(
    (
      await tx.$queryRaw<
        { id: string }[]
      >`SELECT "conventionId" AS "id" FROM "SuiviExecution" WHERE "conventionId" = ANY(${[...conventionIds]}::text[])`
    ).map((r) => r.id),
  );
  for (const id of new Set(conventionIds)) if (!presents.has(id)) await rafraichirUne(tx, id);
}

/** Recomputes these conventions' figures, in the caller's transaction when there is one; a new
 *  alert is told to DINUM finance, but to `sauf` (the agent who made the change). */
export async function refreshSuivi(conventionIds: readonly string[], { tx: outer, sauf }: InTx & { sauf?: string } = {}) {
  const ids = [...new Set(conventionIds)];
  if (!ids.length) return;
  await inTransaction(
    outer,
    async (tx) => {
      for (const id of ids) await rafraichirUne(tx, id, sauf);
    },
    { timeoutMs: 5_000 + ids.length * 200 },
  );
}

/** Folds the rollup's differences into its totals (migration suivi_cumul): the worker's job, every
 *  few minutes, and after the nightly recomputation. Returns how many were folded. */
export async function compacterCumul({ tx, viderDes = 10_000 }: InTx & { viderDes?: number } = {}) {
  const [r] = await on(tx).$queryRaw<{ n: number }[]>`SELECT suivi_cumul_compacter() AS "n"`;
  const n = r?.n ?? 0;
  // Many rows folded at once (a recomputation of every convention): the table the dashboard reads
  // at each request is emptied of them now rather than when autovacuum comes by.
  if (!tx && n >= viderDes) await on().$executeRawUnsafe(`VACUUM ANALYZE "SuiviCumulAjout"`);
  return n;
}

/** The conventions never computed (created before this table, by the seed or an import of the
 *  archive), then — unless `seulementManquants` — those computed before today (Paris), by batches. */
export async function refreshStaleSuivi({
  seulementManquants = false,
  limite = Infinity,
  tx,
}: InTx & { seulementManquants?: boolean; limite?: number } = {}) {
  const db = on(tx);
  const perimes = seulementManquants
    ? Prisma.empty
    : Prisma.sql`OR s."calculeLe" < (date_trunc('day', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris')`;
  let faits = 0;
  const vus = new Set<string>();
  while (faits < limite) {
    const lot = await db.$queryRaw<{ id: string }[]>`
      SELECT c."id" FROM "Convention" c LEFT JOIN "SuiviExecution" s ON s."conventionId" = c."id"
      WHERE s."conventionId" IS NULL ${perimes} ORDER BY c."id" LIMIT ${Math.min(100, limite - faits)}`;
    if (!lot.length || lot.every((l) => vus.has(l.id))) break; // (one removed meanwhile stays missing)
    for (const l of lot) vus.add(l.id);
    await refreshSuivi(
      lot.map((l) => l.id),
      { tx },
    );
    faits += lot.length;
  }
  if (faits) await compacterCumul({ tx });
  return faits;
}
