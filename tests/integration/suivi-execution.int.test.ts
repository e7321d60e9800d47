// The dashboard's figures kept per convention and year (issue 12, at scale): the same as the
// convention's execution page computes, read and never written by the dashboard (a convention written
// without them waits for the worker's catch-up), moved by
// an avenant's signature, recomputed at night when computed before today.
import { Logger, runOnce } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention, unique } from "../helpers/factories";
import { mener } from "../helpers/cycle";
import { prolongation, saisieAvenant } from "../helpers/avenant";
import { convention2024Webinaire } from "@/prisma/seed/index";
import { insertConvention } from "@/prisma/seed/insert";
import { inTransaction } from "@/lib/server/db";
import { addJob, taskList } from "@/lib/server/jobs/job";
import { suiviExecutionJob } from "@/lib/server/execution/suivi.job";
import { createAvenant } from "@/lib/server/avenants/create-avenant";
import { getExecution } from "@/lib/server/execution/get-execution";
import { compacterCumul, refreshStaleSuivi, refreshSuivi } from "@/lib/server/execution/refresh-suivi";
import { getTableauDeBord } from "@/lib/server/execution/get-tableau-de-bord";

const db = testDb();
const org = async (sigle: string) => (await db.organisation.findFirstOrThrow({ where: { sigle } })).id;

describe("the finance dashboard's figures, kept per convention and year", () => {
  it("are those of each seed convention's execution page", async () => {
    await refreshStaleSuivi({ seulementManquants: true });
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const seeds = await db.convention.findMany({
      where: { reference: { in: ["2020-SG-DINUM-01", "2021-SG-DINUM-01", "2024-DNE-DINUM-01"] } },
    });
    expect(seeds).toHaveLength(3);
    for (const c of seeds) {
      const page = await getExecution(admin, c.id);
      const gardees = await db.suiviExecutionAnnee.findMany({
        where: { conventionId: c.id },
        orderBy: { annee: "asc" },
        omit: { statut: true, delegantId: true, programme: true, serviceId: true },
      });
      expect(gardees.map((l) => ({ ...l, conventionId: undefined }))).toEqual(
        page.synthese.annees.map((l) => ({
          conventionId: undefined,
          annee: l.annee,
          aeProgramme: l.aeProgramme,
          cpProgramme: l.cpProgramme,
          aeDisponible: l.aeDisponible,
          cpDisponible: l.cpDisponible,
          aeEngage: l.aeEngage,
          aeReporte: l.aeReporte,
          cpPaye: l.cpPaye,
        })),
      );
      const suivi = await db.suiviExecution.findUniqueOrThrow({ where: { conventionId: c.id } });
      expect(suivi.alertes).toBe(page.alertes.filter((a) => a.gravite !== "information").length);
    }
  });

  it("by default, the years run to the last one a convention in view schedules; « toute la durée » spans them all (issue 18)", async () => {
    const uo = unique("0214-L").toUpperCase();
    await createConvention(db, {
      statut: "SIGNEE",
      imputation: { ...convention2024Webinaire.imputation!, centreFinancier: uo },
      dateFin: "2031-12-31",
      echeancier: [
        { annee: 2019, ae: "60 000", cp: "20 000" },
        { annee: 2031, ae: "60 000", cp: "100 000" },
      ],
    });
    const finance = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] });
    const t = await getTableauDeBord(finance, { uo }, { annee: 2026 });
    expect([t.filtres.de, t.filtres.a]).toEqual([2024, 2031]);
    expect(t.duree).toEqual({ de: 2019, a: 2031 });
    expect(t.annees.at(-1)).toMatchObject({ annee: 2031, montants: { cpProgramme: 10000000n } });
    // What the agent asks for stands.
    expect((await getTableauDeBord(finance, { uo, de: 2019, a: 2020 }, { annee: 2026 })).filtres).toMatchObject({ de: 2019, a: 2020 });
  });

  it("filter by UO as the import reads a code: any case, spaces anywhere (issue 19)", async () => {
    const uo = unique("0214-E").toUpperCase();
    const tape = `${uo.slice(0, 5)} ${uo.slice(5)}`.toLowerCase(); // « 0214- e-1a2b3c4d »
    const convention = await createConvention(db, {
      statut: "SIGNEE",
      imputation: { ...convention2024Webinaire.imputation!, centreFinancier: ` ${tape} ` },
    });
    const finance = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] });
    for (const filtre of [uo, uo.toLowerCase(), tape, ` ${uo.slice(0, 3)} ${uo.slice(3)}`])
      expect(
        (await getTableauDeBord(finance, { uo: filtre })).lignes.map((l) => l.id),
        filtre,
      ).toEqual([convention.id]);
  });

  it("are read, never written, by the dashboard: a convention written by a script waits for the worker", async () => {
    const uo = unique("0214-W").toUpperCase();
    const { id, reference } = await insertConvention(db, {
      ...convention2024Webinaire,
      reference: unique("SCRIPT"),
      statut: "SIGNEE",
      imputation: { ...convention2024Webinaire.imputation!, centreFinancier: uo },
    });
    const finance = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: await org("DINUM") });
    expect((await getTableauDeBord(finance, { uo })).lignes).toEqual([]);
    expect(await db.suiviExecution.count({ where: { conventionId: id } })).toBe(0); // the GET wrote nothing
    // The worker's catch-up (at start, and each night) computes it.
    await inTransaction(undefined, (tx) => addJob(tx, suiviExecutionJob, { seulementManquants: true }));
    await runOnce({
      connectionString: process.env.DATABASE_URL!,
      taskList: taskList([suiviExecutionJob]),
      logger: new Logger(() => () => {}),
    });
    expect((await getTableauDeBord(finance, { uo })).lignes.map((l) => l.reference)).toEqual([reference]);
  });

  it("follow an avenant's signature (the consolidated schedule), and are recomputed when computed before today", async () => {
    const uo = unique("0214-S").toUpperCase();
    const convention = await createConvention(db, {
      statut: "SIGNEE",
      imputation: { ...convention2024Webinaire.imputation!, centreFinancier: uo },
    });
    const finance = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: await org("DINUM") });
    // Created (as the use case does) with its figures.
    expect(await db.suiviExecution.count({ where: { conventionId: convention.id } })).toBe(1);
    const avant = await getTableauDeBord(finance, { de: 2024, a: 2026, uo });
    expect(avant.lignes.map((l) => [l.reference, l.montants.cpProgramme])).toEqual([[convention.reference, 12_000_000n]]);
    expect(avant.annees.map((a) => [a.annee, a.montants.cpProgramme])).toEqual([
      [2024, 1_000_000n],
      [2025, 11_000_000n],
      [2026, 0n],
    ]);

    const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await org("DNE") });
    const signataire = await createAgent(db, { roles: ["SIGNATAIRE" as const], organisationId: await org("DNE") });
    const { numero } = await createAvenant(redacteur, convention.id, await saisieAvenant(redacteur, convention.id, prolongation));
    await mener(
      { conventionId: convention.id, numero },
      [
        [redacteur, "SOUMETTRE"],
        [finance, "VALIDER"],
        [signataire, "SIGNER_DERNIERE_PARTIE"],
      ],
      { dateSignature: "2025-11-15" },
    );
    const apres = await getTableauDeBord(finance, { de: 2024, a: 2026, uo });
    expect(apres.annees.map((a) => [a.annee, a.montants.cpProgramme])).toEqual([
      [2024, 1_000_000n],
      [2025, 9_000_000n],
      [2026, 2_000_000n],
    ]);
    expect(apres.total.cpProgramme).toBe(12_000_000n);

    // Computed yesterday: the night's task computes it again (the alerts depend on the date).
    const hier = new Date(Date.now() - 36 * 3600_000);
    // Yesterday it had no alert: the one the date brings today is told to DINUM finance.
    await db.suiviExecution.update({ where: { conventionId: convention.id }, data: { calculeLe: hier, alertes: 99, codes: [] } });
    expect(await refreshStaleSuivi()).toBeGreaterThanOrEqual(1);
    const suivi = await db.suiviExecution.findUniqueOrThrow({ where: { conventionId: convention.id } });
    expect(suivi.calculeLe.getTime()).toBeGreaterThan(hier.getTime());
    expect(suivi.alertes).not.toBe(99);
    expect(suivi.codes).toContain("MISE_A_DISPOSITION_EN_RETARD"); // signed in 2025, nothing made available
    const titres = async () =>
      (await db.notification.findMany({ where: { userId: finance.id, conventionId: convention.id, type: "ALERTE_EXECUTION" } })).map(
        (n) => n.titre,
      );
    // (the avenant's signature already told the under-use and the year-end its extension brings)
    expect(await titres()).toContainEqual(
      expect.stringContaining(`Alerte sur la convention ${convention.reference} : Au rythme des paiements`),
    );
    expect(await titres()).toContainEqual(
      expect.stringContaining(`Alerte sur la convention ${convention.reference} : Aucun crédit mis à disposition`),
    );
    const avantNuit = (await titres()).length;
    // Computed again with nothing new: told once only.
    await db.suiviExecution.update({ where: { conventionId: convention.id }, data: { calculeLe: hier } });
    await refreshStaleSuivi();
    expect(await titres()).toHaveLength(avantNuit);
  });

  it("raise no alert before every party has signed", async () => {
    const brouillon = await createConvention(db, { statut: "BROUILLON", dateSignature: undefined });
    const admin = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    expect((await getExecution(admin, brouillon.id)).alertes).toEqual([]);
  });

  it("are grouped, paginated and scoped in SQL", async () => {
    const uo = unique("0214-P").toUpperCase();
    const imputation = { ...convention2024Webinaire.imputation!, centreFinancier: uo };
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await createConvention(db, { statut: "SIGNEE", imputation })).id);
    const finance = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: await org("DINUM") });
    const t = await getTableauDeBord(finance, { de: 2024, a: 2025, uo });
    expect(t.conventions).toBe(3);
    expect(t.total.aeProgramme).toBe(3n * 12_000_000n);
    const parStatut = await getTableauDeBord(finance, { de: 2024, a: 2025, uo }, { par: "statut" });
    expect(parStatut.groupes).toEqual([expect.objectContaining({ cle: "SIGNEE", libelle: "Signée", conventions: 3, montants: t.total })]);
    // Another ministry's agent without the right to read every convention sees none of them.
    const ailleurs = await db.organisation.create({ data: { nom: unique("Ministère sans convention"), type: "MINISTERE" } });
    const lecteur = await createAgent(db, { roles: ["LECTEUR" as const], organisationId: ailleurs.id });
    expect((await getTableauDeBord(lecteur, { de: 2024, a: 2025, uo })).conventions).toBe(0);
  });

  it("are totalled in a rollup that sums the conventions' rows exactly whatever changes them, and changes at once never wait for each other (issue 23)", async () => {
    // The rollup (its totals and the differences not yet folded in) against the conventions' rows,
    // summed in one statement (one snapshot: the other files' changes meanwhile do not count).
    const ecarts = async () =>
      db.$queryRaw<unknown[]>`
        WITH cumul AS (
          SELECT "annee", "statut", "delegantId", "programme", "serviceId", SUM("conventions")::int AS n, SUM("alertes")::int AS al,
            SUM("aeProgramme") AS ae_p, SUM("cpProgramme") AS cp_p, SUM("aeDisponible") AS ae_d, SUM("cpDisponible") AS cp_d,
            SUM("aeEngage") AS ae_e, SUM("aeReporte") AS ae_r, SUM("cpPaye") AS cp_e
          FROM (SELECT "annee", "statut", "delegantId", "programme", "serviceId", "conventions", "alertes", "aeProgramme", "cpProgramme",
                  "aeDisponible", "cpDisponible", "aeEngage", "aeReporte", "cpPaye" FROM "SuiviCumul"
                UNION ALL SELECT "annee", "statut", "delegantId", "programme", "serviceId", "conventions", "alertes", "aeProgramme", "cpProgramme",
                  "aeDisponible", "cpDisponible", "aeEngage", "aeReporte", "cpPaye" FROM "SuiviCumulAjout") x
          GROUP BY 1, 2, 3, 4, 5 HAVING SUM("conventions") <> 0 OR SUM("alertes") <> 0),
        lignes AS (
          SELECT s."annee", se."statut", coalesce(se."delegantId", '') AS "delegantId", coalesce(se."programme", '') AS "programme",
            coalesce(se."serviceId", '') AS "serviceId", count(*)::int AS n, 0 AS al, SUM(s."aeProgramme") AS ae_p, SUM(s."cpProgramme") AS cp_p,
            SUM(s."aeDisponible") AS ae_d, SUM(s."cpDisponible") AS cp_d, SUM(s."aeEngage") AS ae_e, SUM(s."aeReporte") AS ae_r, SUM(s."cpPaye") AS cp_e
          FROM "SuiviExecutionAnnee" s JOIN "SuiviExecution" se ON se."conventionId" = s."conventionId" GROUP BY 1, 2, 3, 4, 5
          UNION ALL
          SELECT 0, se."statut", coalesce(se."delegantId", ''), coalesce(se."programme", ''), coalesce(se."serviceId", ''), count(*)::int,
            SUM(se."alertes")::int, 0, 0, 0, 0, 0, 0, 0
          FROM "SuiviExecution" se GROUP BY 1, 2, 3, 4, 5)
        (SELECT 'cumul' AS cote, * FROM cumul EXCEPT SELECT 'cumul', * FROM lignes)
        UNION ALL (SELECT 'lignes', * FROM lignes EXCEPT SELECT 'lignes', * FROM cumul)`;
    const service = await db.organisation.create({
      data: { nom: unique("Service de test du cumul"), sigle: unique("CUMUL"), type: "MINISTERE" },
    });
    const finance = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: await org("DINUM") });
    const tableau = async (filtres = {}) => getTableauDeBord(finance, { de: 2024, a: 2025, service: service.id, ...filtres });
    const uo = unique("0214-C").toUpperCase();
    const a = await createConvention(db, {
      statut: "SIGNEE",
      service: service.sigle!,
      imputation: { ...convention2024Webinaire.imputation!, centreFinancier: uo },
    });
    const b = await createConvention(db, { statut: "SIGNEE", service: service.sigle! });
    expect(await ecarts()).toEqual([]);
    const t = await tableau();
    expect([t.conventions, t.total.aeProgramme, t.total.cpProgramme]).toEqual([2, 2n * 12_000_000n, 2n * 12_000_000n]);
    expect(t.duree).toEqual({ de: 2024, a: 2025 });
    expect(t.choix.services.map((s) => s.id)).toContain(service.id);

    // A change of status moves its figures from one group to the other.
    await db.convention.update({ where: { id: b.id }, data: { statut: "TERMINEE" } });
    await refreshSuivi([b.id]);
    expect(await ecarts()).toEqual([]);
    const parStatut = await getTableauDeBord(finance, { de: 2024, a: 2025, service: service.id }, { par: "statut" });
    expect(parStatut.groupes?.map((g) => [g.cle, g.conventions, g.montants.aeProgramme])).toEqual([
      ["SIGNEE", 1, 12_000_000n],
      ["TERMINEE", 1, 12_000_000n],
    ]);
    expect((await tableau({ statut: "SIGNEE" })).total.aeProgramme).toBe(12_000_000n);
    // The same rows as the conventions' own (the UO filter reads them, not the rollup).
    expect((await tableau({ uo })).total).toEqual((await tableau({ statut: "SIGNEE" })).total);

    // A délégant merged into another (the referential's merge writes the rows): counted under the new one.
    const autre = await db.organisation.create({ data: { nom: unique("Délégant fusionné"), type: "MINISTERE" } });
    await db.suiviExecution.update({ where: { conventionId: a.id }, data: { delegantId: autre.id } });
    expect(await ecarts()).toEqual([]);
    expect((await tableau({ delegant: autre.id })).conventions).toBe(1);
    expect((await tableau({ delegant: autre.id })).total.cpProgramme).toBe(12_000_000n);

    // Folded in: the same figures, fewer rows to read.
    const dernier = (await db.suiviCumulAjout.aggregate({ _max: { id: true } }))._max.id!;
    expect(await compacterCumul({ viderDes: 1 })).toBeGreaterThan(0); // (and the table vacuumed, as after a big fold)
    expect(await db.suiviCumulAjout.count({ where: { id: { lte: dernier } } })).toBe(0); // (other files may have added since)
    expect(await ecarts()).toEqual([]);
    expect((await tableau()).total.aeProgramme).toBe(2n * 12_000_000n);

    // Two changes at once counted under the same totals: the second does not wait for the first to
    // end (a shared total row would hold it until the first commits).
    const c = await createConvention(db, { statut: "SIGNEE", service: service.sigle! });
    await db.$executeRaw`UPDATE "LigneEcheancier" SET "ae" = "ae" + 100 WHERE "conventionId" = ${c.id} AND "annee" = 2024`;
    await inTransaction(undefined, async (tx) => {
      await tx.$executeRaw`UPDATE "LigneEcheancier" SET "ae" = "ae" + 100 WHERE "conventionId" = ${a.id} AND "annee" = 2024`;
      await refreshSuivi([a.id], { tx });
      const seconde = refreshSuivi([c.id]).then(() => "terminée");
      expect(await Promise.race([seconde, new Promise((r) => setTimeout(() => r("bloquée"), 4_000))])).toBe("terminée");
    });
    expect(await ecarts()).toEqual([]);
    expect((await tableau()).total.aeProgramme).toBe(3n * 12_000_000n + 200n);

    // By UO (not a key of the rollup): counted, sorted and paginated in SQL, summed for the page.
    const parUo = await getTableauDeBord(finance, { de: 2024, a: 2025, service: service.id }, { par: "uo" });
    expect(parUo.rangs).toBe(2);
    expect(parUo.groupes?.map((g) => [g.cle, g.conventions, g.montants.aeProgramme]).sort()).toEqual(
      [
        [uo, 1, 12_000_000n + 100n],
        [convention2024Webinaire.imputation!.centreFinancier!.toUpperCase(), 2, 2n * 12_000_000n + 100n],
      ].sort(),
    );

    // A draft removed takes its figures away with it.
    const d = await createConvention(db, { statut: "BROUILLON", dateSignature: undefined, service: service.sigle! });
    expect((await tableau()).conventions).toBe(4);
    await db.convention.delete({ where: { id: d.id } });
    expect(await ecarts()).toEqual([]);
    expect((await tableau()).conventions).toBe(3);
  });
});
