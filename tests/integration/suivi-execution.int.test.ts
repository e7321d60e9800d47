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
import { refreshStaleSuivi } from "@/lib/server/execution/refresh-suivi";
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
      const gardees = await db.suiviExecutionAnnee.findMany({ where: { conventionId: c.id }, orderBy: { annee: "asc" } });
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
});
