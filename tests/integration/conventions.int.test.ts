import { randomUUID } from "node:crypto";
// Reading conventions: scoped to the agent's ministry, filtered, paginated; outsiders get "not found".
import { describe, expect, it, beforeAll } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention, createOrganisation, unique } from "../helpers/factories";
import { conventionFilterOptions, findConventions, RESULTATS_MAX } from "@/lib/server/conventions/find-conventions";
import { getConvention } from "@/lib/server/conventions/get-convention";
import { ROLES } from "@/lib/domain/roles";
import { checkConvention } from "@/lib/server/conventions/check-convention";
import { convention2024Webinaire } from "@/prisma/seed/index";

const db = testDb();
const orgId = async (sigle: string) => (await db.organisation.findFirstOrThrow({ where: { sigle } })).id;

describe("findConventions", () => {
  it("shows a finance reviewer every convention, and a DNE drafter those of the MENJ", async () => {
    const reviewer = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const], organisationId: await orgId("DINUM") });
    const drafter = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: await orgId("DNE") });
    const all = await findConventions(reviewer, { parPage: 100 });
    const menj = await findConventions(drafter, { q: "DINUM-01", parPage: 100 });
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(menj.conventions.map((c) => c.reference)).toEqual(
      expect.arrayContaining(["2024-DNE-DINUM-01", "2021-SG-DINUM-01", "2020-SG-DINUM-01"]),
    );
  });

  it("hides other ministries' conventions: not listed, and not found by id", async () => {
    const ministry = await createOrganisation(db);
    const outsider = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: ministry.id });
    const seeded = await db.convention.findUniqueOrThrow({ where: { reference: "2024-DNE-DINUM-01" } });
    expect((await findConventions(outsider, {})).total).toBe(0);
    await expect(getConvention(outsider, seeded.id)).rejects.toMatchObject({ code: "INTROUVABLE" });
    const noOrg = await createAgent(db, { roles: ["LECTEUR" as const], organisationId: null });
    await expect(getConvention(noOrg, seeded.id)).rejects.toMatchObject({ code: "INTROUVABLE" });
  });

  it("lets every role read a convention of its own ministry", async () => {
    const seeded = await db.convention.findUniqueOrThrow({ where: { reference: "2021-SG-DINUM-01" } });
    for (const role of ROLES) {
      const agent = await createAgent(db, { role, organisationId: await orgId("SG") });
      expect((await getConvention(agent, seeded.id)).reference).toBe("2021-SG-DINUM-01");
    }
  });

  describe("filters", () => {
    let ministry: string;
    let agent: Awaited<ReturnType<typeof createAgent>>;
    const tag = unique("filtre");
    beforeAll(async () => {
      ministry = (await createOrganisation(db, { sigle: unique("MIN").toUpperCase() })).id;
      agent = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] });
      const parties = (await import("@/prisma/seed/index")).convention2024Webinaire.parties;
      const sigle = (await db.organisation.findUniqueOrThrow({ where: { id: ministry } })).sigle!;
      await createConvention(db, {
        intitule: `${tag} brouillon 2030`,
        statut: "BROUILLON",
        echeancier: [{ annee: 2030, ae: "10", cp: "10" }],
      });
      await createConvention(db, { intitule: `${tag} signée 2031`, statut: "SIGNEE", echeancier: [{ annee: 2031, ae: "10", cp: "10" }] });
      await createConvention(db, {
        intitule: `${tag} autre partie`,
        statut: "SIGNEE",
        parties: [{ ...parties[0]!, organisation: sigle }, parties[1]!],
      });
    });

    it.each([
      [{ statut: "BROUILLON" as const }, [`brouillon 2030`]],
      [{ statut: "SIGNEE" as const }, [`signée 2031`, `autre partie`]],
      [{ annee: 2031 }, [`signée 2031`]],
    ])("%j", async (filter, expected) => {
      const result = await findConventions(agent, { q: tag, ...filter });
      expect(result.conventions.map((c) => c.intitule.replace(`${tag} `, "")).sort()).toEqual(expected.sort());
    });

    it("by party", async () => {
      const result = await findConventions(agent, { q: tag, partie: ministry });
      expect(result.conventions.map((c) => c.intitule)).toEqual([`${tag} autre partie`]);
    });

    it("without a search, through the filters' keys the triggers keep as the convention, its parties, schedule and imputation change", async () => {
      const c = await db.convention.findFirstOrThrow({ where: { intitule: `${tag} autre partie` }, include: { lignesEcheancier: true } });
      const liste = async (f: Parameters<typeof findConventions>[1]) =>
        (await findConventions(agent, { partie: ministry, ...f })).conventions.map((x) => x.intitule);
      const annee = c.lignesEcheancier[0]!.annee;
      expect(await liste({ statut: "SIGNEE", annee })).toEqual([`${tag} autre partie`]);
      expect(await liste({ statut: "BROUILLON" })).toEqual([]);
      // the convention's own column
      await db.convention.update({ where: { id: c.id }, data: { statut: "TERMINEE" } });
      expect(await liste({ statut: "SIGNEE" })).toEqual([]);
      expect(await liste({ statut: "TERMINEE", annee })).toEqual([`${tag} autre partie`]);
      // a schedule line, an imputation line, a party
      await db.ligneEcheancier.create({ data: { conventionId: c.id, annee: 2077, ae: 100n, cp: 100n } });
      expect(await liste({ annee: 2077 })).toEqual([`${tag} autre partie`]);
      await db.ligneEcheancier.deleteMany({ where: { conventionId: c.id, annee: 2077 } });
      expect(await liste({ annee: 2077 })).toEqual([]);
      const programme = String(900 + Math.floor(Math.random() * 99));
      await db.imputationBudgetaire.update({ where: { conventionId: c.id }, data: { programme } });
      expect(await liste({ programme })).toEqual([`${tag} autre partie`]);
      await db.imputationBudgetaire.delete({ where: { conventionId: c.id } });
      expect(await liste({ programme })).toEqual([]);
      await db.partie.deleteMany({ where: { conventionId: c.id, organisationId: ministry } });
      expect(await liste({})).toEqual([]);
      const { facettes } = await db.convention.findUniqueOrThrow({ where: { id: c.id }, select: { facettes: true } });
      expect(facettes).toEqual(expect.arrayContaining(["s:TERMINEE", `a:${annee}`]));
      expect(facettes).not.toContain(`p:${ministry}`);
    });

    it("paginates", async () => {
      const page1 = await findConventions(agent, { q: tag, parPage: 2, page: 1 });
      const page2 = await findConventions(agent, { q: tag, parPage: 2, page: 2 });
      expect([page1.total, page1.pages, page1.conventions.length, page2.conventions.length]).toEqual([3, 2, 2, 1]);
      expect(new Set([...page1.conventions, ...page2.conventions].map((c) => c.id)).size).toBe(3);
    });

    it("answers a page far past the end, or absurd, with an empty page rather than a database error", async () => {
      for (const page of [1e23, 2 ** 53, Number.MAX_SAFE_INTEGER, -5, 1.5, Number.NaN]) {
        const result = await findConventions(agent, { q: tag, page });
        expect(result.conventions.length <= result.total).toBe(true);
        expect(result.page).toBeGreaterThanOrEqual(1);
      }
    });

    it("treats search text as text (no SQL, no pattern)", async () => {
      expect((await findConventions(agent, { q: '\'; DROP TABLE "Convention"; --' })).total).toBe(0);
      expect((await findConventions(agent, { q: "%" })).total).toBe(0);
    });
  });
});

describe("French full-text search", () => {
  let reviewer: Awaited<ReturnType<typeof createAgent>>;
  beforeAll(async () => {
    reviewer = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] });
  });
  // Every page: other test files create copies of seed 003 at the same time, which rank as high.
  const refs = async (q: string) => {
    const toutes: string[] = [];
    for (let page = 1; page <= 50; page++) {
      const { conventions, total } = await findConventions(reviewer, { q, parPage: 100, page });
      toutes.push(...conventions.map((c) => c.reference));
      if (toutes.length >= total || conventions.length === 0) break;
    }
    return toutes;
  };

  it.each([
    ["visioconférence", "2024-DNE-DINUM-01"], // stem: the text says « visioconférences »
    ["VISIOCONFERENCES", "2024-DNE-DINUM-01"], // case and accents ignored
    ["comité d'investissement", "2021-SG-DINUM-01"], // article text
    ["intrapreneurs", "2020-SG-DINUM-01"], // preamble and articles
    ['"passage à l\'échelle"', "2020-SG-DINUM-01"], // phrase, websearch syntax
    ["2024-DNE", "2024-DNE-DINUM-01"], // reference as typed
    ["DINUM", "2021-SG-DINUM-01"], // a party's acronym
    ["Audran Le Baron", "2024-DNE-DINUM-01"], // a party's representative
    ["Stéphanie Schaer", "2024-DNE-DINUM-01"], // a signatory
    ["DINUPROD75", "2024-DNE-DINUM-01"], // imputation: centre de coûts
    ["FAC9460075", "2024-DNE-DINUM-01"], // imputation: comptable assignataire
    ["0214-CEN2-LGAC", "2021-SG-DINUM-01"], // imputation: centre financier
    ["CSPSPM0075", "2020-SG-DINUM-01"], // Chorus set-up: code service exécutant
    ["SG-DINUM", "2020-SG-DINUM-01"], // part of a reference, without a digit
  ])("%s finds %s", async (q, reference) => {
    expect(await refs(q)).toContain(reference);
  });

  it("finds a reference by its start even when the query holds no digit (« EVAL-OTHER » for « EVAL-OTHER-MIN-… »)", async () => {
    const prefix = `EVAL${unique("").replace(/-/g, "").toUpperCase()}-OTHER`;
    const a = await createConvention(db, { reference: `${prefix}-MIN-1` });
    const b = await createConvention(db, { reference: `${prefix}-MAX-2` });
    expect((await refs(prefix)).sort()).toEqual([a.reference, b.reference].sort());
  });

  it("follows edits of the codes and of the representative (database triggers)", async () => {
    const code = `UO${unique("").replace(/-/g, "").toUpperCase()}`;
    const convention = await createConvention(db);
    expect(await refs(code)).toEqual([]);
    await db.imputationBudgetaire.update({ where: { conventionId: convention.id }, data: { centreDeCouts: code } });
    expect(await refs(code)).toEqual([convention.reference]);
    const nom = `Martin${unique("").replace(/-/g, "")}`;
    await db.partie.updateMany({ where: { conventionId: convention.id, ordre: 0 }, data: { representantNom: `Camille ${nom}` } });
    expect(await refs(nom)).toEqual([convention.reference]);
  });

  it("excludes with a minus sign and ranks the closest match first", async () => {
    expect(await refs("Classe à 12 -FAST")).not.toContain("2020-SG-DINUM-01");
  });

  it("ranks a match in the title above a match in an article", async () => {
    const word = `rang${unique("").replace(/-/g, "")}`;
    const inArticle = await createConvention(db, { articles: [{ numero: "1", titre: "Objet", corps: `Le mot ${word} figure ici.` }] });
    const inTitle = await createConvention(db, { intitule: `Service ${word}` });
    expect(await refs(word)).toEqual([inTitle.reference, inArticle.reference]);
  });

  it("follows article edits at once (database triggers)", async () => {
    const word = `mot${unique("").replace(/-/g, "")}`;
    const convention = await createConvention(db);
    expect(await refs(word)).toEqual([]);
    const article = await db.article.findFirstOrThrow({ where: { conventionId: convention.id } });
    await db.article.update({ where: { id: article.id }, data: { corps: `${article.corps} ${word}` } });
    expect(await refs(word)).toEqual([convention.reference]);
    await db.article.delete({ where: { id: article.id } });
    expect(await refs(word)).toEqual([]);
  });

  it("shows the last page for a page past it, with the count", async () => {
    const result = await findConventions(reviewer, { q: "webinaire", page: 5000 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.page).toBe(result.pages);
    expect(result.conventions.length).toBeGreaterThan(0);
  });

  it("finds a word by its start (« visioconf », « intrapren »)", async () => {
    expect(await refs("visioconf")).toContain("2024-DNE-DINUM-01");
    expect(await refs("intrapren")).toContain("2020-SG-DINUM-01");
    expect(await refs("Audran Le Bar")).toContain("2024-DNE-DINUM-01");
  });

  it("counts up to RESULTATS_MAX, then says there are more, and pages only that far", async () => {
    const mot = `cap${unique("").replace(/-/g, "").toLowerCase()}`;
    const lue = await db.convention.findUniqueOrThrow({ where: { id: (await createConvention(db)).id } });
    const rangees = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...lue, id: randomUUID(), reference: `${mot}-${i}`, intitule: `Délégation ${mot} ${i}` }));
    await db
      .$transaction(
        async (tx) => {
          await tx.convention.createMany({ data: rangees(3) });
          const petit = await findConventions(reviewer, { q: mot, parPage: 2 }, { tx });
          expect([petit.total, petit.plusDe, petit.pages]).toEqual([3, false, 2]);
          await tx.convention.createMany({ data: rangees(RESULTATS_MAX + 5).slice(3) });
          const grand = await findConventions(reviewer, { q: mot, page: 9999 }, { tx });
          expect([grand.total, grand.plusDe, grand.pages, grand.page]).toEqual([
            RESULTATS_MAX,
            true,
            RESULTATS_MAX / 20,
            RESULTATS_MAX / 20,
          ]);
          expect(grand.conventions).toHaveLength(20);
          throw new Error("annulée");
        },
        { timeout: 120_000 },
      )
      .catch((e: Error) => expect(e.message).toBe("annulée"));
  });
});

describe("ending before a date, most recent first, when many match (issue 23)", () => {
  it("gives the most recent of those ending before the date, a typo dated after its end and an undated one in their place", async () => {
    const reviewer = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] });
    const service = await createOrganisation(db, { nom: unique("Service aux nombreuses conventions") });
    const mot = `fin${unique("").replace(/-/g, "").toLowerCase()}`;
    const lue = await db.convention.findUniqueOrThrow({ where: { id: (await createConvention(db)).id } });
    const jour = (d: number) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000);
    // 2 000 conventions dated from 2000 to 2030, lasting 30 days to 5 years; one dated after its own
    // end (a typo), one undated.
    const rangees = Array.from({ length: 2000 }, (_, i) => {
      const debut = Math.floor((i * 11_000) / 2000);
      return {
        ...lue,
        id: randomUUID(),
        reference: `${mot}-${String(i).padStart(4, "0")}`,
        serviceId: service.id,
        dateConvention: jour(debut),
        dateFin: jour(debut + 30 + ((i * 7919) % 1800)),
        dateFinEffective: null,
      };
    });
    rangees[0]!.dateConvention = new Date("2020-05-01T00:00:00Z");
    rangees[0]!.dateFin = new Date("2019-01-01T00:00:00Z");
    rangees[1]!.dateConvention = null as never;
    const attendu = rangees
      .filter((r) => r.dateFin < new Date("2020-06-30T00:00:00Z"))
      .sort(
        (a, b) =>
          (b.dateConvention?.getTime() ?? -Infinity) - (a.dateConvention?.getTime() ?? -Infinity) || b.reference.localeCompare(a.reference),
      )
      .map((r) => r.reference);
    expect(attendu.length).toBeGreaterThan(RESULTATS_MAX);
    expect(attendu[0]).toBe(rangees[0]!.reference);
    await db
      .$transaction(
        async (tx) => {
          await tx.convention.createMany({ data: rangees });
          for (const [page, parPage] of [
            [1, 20],
            [2, 20],
            [7, 100],
            [RESULTATS_MAX / 100, 100],
          ] as const) {
            const l = await findConventions(reviewer, { service: service.id, finAvant: "2020-06-30", page, parPage }, { tx });
            expect(l.plusDe).toBe(true);
            expect(
              l.conventions.map((c) => c.reference),
              `page ${page}`,
            ).toEqual(attendu.slice((page - 1) * parPage, page * parPage));
          }
          throw new Error("annulée");
        },
        { timeout: 120_000 },
      )
      .catch((e: Error) => expect(e.message).toBe("annulée"));
  });
});

describe("more filters and sorting", () => {
  const SEEDS = ["2020-SG-DINUM-01", "2021-SG-DINUM-01", "2024-DNE-DINUM-01"];
  const seedRefs = async (filters: Parameters<typeof findConventions>[1]) => {
    const agent = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] });
    return (await findConventions(agent, { parPage: 100, ...filters })).conventions
      .map((c) => c.reference)
      .filter((r) => SEEDS.includes(r));
  };

  it.each<[string, Parameters<typeof findConventions>[1], string[]]>([
    ["kind", { type: "CONVENTION_SERVICE" }, ["2020-SG-DINUM-01"]],
    ["programme", { programme: "181" }, ["2020-SG-DINUM-01"]],
    ["UO, part of the code", { uo: "cen2-lgac" }, ["2021-SG-DINUM-01"]],
    ["ending before a date", { finAvant: "2022-01-01" }, ["2020-SG-DINUM-01", "2021-SG-DINUM-01"]],
  ])("by %s", async (_label, filters, expected) => {
    expect((await seedRefs(filters)).sort()).toEqual(expected);
  });

  it("by drafting service", async () => {
    const sg = await orgId("SG");
    expect((await seedRefs({ service: sg })).sort()).toEqual(["2020-SG-DINUM-01", "2021-SG-DINUM-01"]);
  });

  it("sorts by reference, by nearest end and by ceiling", async () => {
    expect(await seedRefs({ tri: "reference" })).toEqual(["2020-SG-DINUM-01", "2021-SG-DINUM-01", "2024-DNE-DINUM-01"]);
    expect((await seedRefs({ tri: "fin" })).at(-1)).toBe("2024-DNE-DINUM-01");
    expect((await seedRefs({ tri: "plafond" })).indexOf("2024-DNE-DINUM-01")).toBe(0);
  });
});

describe("décret 2004-1085, read from the nature of the parties' organisations", () => {
  const codesArticle2 = (constats: { code: string }[]) => constats.map((c) => c.code).filter((c) => c.startsWith("ARTICLE_2"));

  it("holds seed 001, a convention de service between the SG and the DINUM, to it", async () => {
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const seed = await db.convention.findUniqueOrThrow({ where: { reference: "2020-SG-DINUM-01" } });
    const check = await checkConvention(await getConvention(agent, seed.id));
    expect(check.regiParDecret).toBe(true);
    expect(codesArticle2(check.constats)).toEqual(["ARTICLE_2_MISSION", "ARTICLE_2_PUBLICATION"]);
  });

  it("leaves a convention de service with a party outside the State to its own rules", async () => {
    const agent = await createAgent(db, { roles: ["ADMINISTRATEUR" as const] });
    const operateur = await createOrganisation(db, { type: "AUTRE" });
    const sansObjet = { ...convention2024Webinaire, articles: convention2024Webinaire.articles.filter((a) => !/objet/i.test(a.titre)) };
    const parties = sansObjet.parties.map((p) => (p.role === "DELEGATAIRE" ? { ...p, organisation: operateur.sigle! } : p));
    const horsEtat = await createConvention(db, { ...sansObjet, reference: unique("SERVICE"), type: "CONVENTION_SERVICE", parties });
    const check = await checkConvention(await getConvention(agent, horsEtat.id));
    expect(check.regiParDecret).toBe(false);
    expect(codesArticle2(check.constats)).toEqual([]);

    await db.organisation.update({ where: { id: operateur.id }, data: { type: "SERVICE" } });
    const entreServices = await checkConvention(await getConvention(agent, horsEtat.id));
    expect(entreServices.regiParDecret).toBe(true);
    expect(codesArticle2(entreServices.constats)).toEqual(["ARTICLE_2_MISSION"]);
  });
});

describe("the values the list's filters offer", () => {
  it("for an agent who sees everything, and for a perimeter, follow a new convention at once", async () => {
    const tout = await createAgent(db, { roles: ["RELECTEUR_FINANCIER" as const] });
    const dinum = await db.organisation.findFirstOrThrow({ where: { sigle: "DINUM" } });
    const dne = await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } });
    const redacteur = await createAgent(db, { roles: ["REDACTEUR" as const], organisationId: dne.id });
    const avant = await conventionFilterOptions(tout);
    expect(avant.organisations.map((o) => o.sigle)).toEqual(expect.arrayContaining(["DINUM", "DNE"]));
    expect(avant.annees).toEqual([...avant.annees].sort((a, b) => b - a));
    expect(avant.programmes).toEqual(expect.arrayContaining(["181"]));
    const perimetre = await conventionFilterOptions(redacteur);
    expect(perimetre.services.every((o) => avant.services.some((t) => t.id === o.id))).toBe(true);
    expect(perimetre.organisations.map((o) => o.id)).toContain(dne.id);

    // A year and a programme nobody used, on a convention of the drafter's perimeter: offered at once.
    const annee = 2090 + Math.floor(Math.random() * 9);
    const programme = `9${Math.floor(Math.random() * 90 + 10)}`;
    await conventionFilterOptions(redacteur); // (kept for this perimeter)
    await createConvention(db, {
      echeancier: [{ annee, ae: "1 000,00", cp: "1 000,00" }],
      imputation: { programme, centreFinancier: `0${programme}-TEST` },
    });
    for (const options of [await conventionFilterOptions(tout), await conventionFilterOptions(redacteur)]) {
      expect(options.annees).toContain(annee);
      expect(options.programmes).toContain(programme);
      expect(options.organisations.map((o) => o.id)).toEqual(expect.arrayContaining([dinum.id, dne.id]));
    }
  });
});
