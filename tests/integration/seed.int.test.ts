// The three real conventions are held completely: every article, amount, code, party, signature.
import { describe, expect, it, inject } from "vitest";
import { testDb } from "../helpers/db";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";
import { parseMontant } from "@/lib/domain/money";
import { seed } from "@/prisma/seed";
import { conventionDetailInclude } from "@/lib/server/conventions/get-convention";
import { toCalendarDate } from "@/lib/domain/dates";

const db = testDb();
const load = (reference: string) => db.convention.findUniqueOrThrow({ where: { reference }, include: conventionDetailInclude });

describe.each(SEED_CONVENTIONS.map((s) => [s.reference, s] as const))("seed %s", (reference, expected) => {
  it("has its parties with representatives, titles, roles and short names", async () => {
    const c = await load(reference);
    expect(c.parties.map((p) => [p.role, p.libelle, p.adresse, p.representantNom, p.qualite, p.denominations])).toEqual(
      expected.parties.map((p) => [p.role, p.libelle, p.adresse ?? null, p.representantNom ?? null, p.qualite ?? null, p.denominations]),
    );
  });

  it("has every article, in order, word for word", async () => {
    const c = await load(reference);
    expect(c.articles.map((a) => [a.numero, a.titre, a.corps, a.notes])).toEqual(
      expected.articles.map((a) => [a.numero, a.titre, a.corps, a.notes ?? []]),
    );
  });

  it("has its legal bases, preamble, ceilings, schedule, codes, co-funding, duration and signatures", async () => {
    const c = await load(reference);
    expect(c.basesLegales.map((b) => b.texte)).toEqual(expected.basesLegales.map((b) => b.texte));
    expect(c.basesLegales.every((b) => b.texteId)).toBe(true);
    expect(c.preambule).toBe(expected.preambule ?? null);
    expect([c.plafondAe, c.plafondCp]).toEqual([parseMontant(expected.plafondAe!), parseMontant(expected.plafondCp!)]);
    expect(c.lignesEcheancier.map((l) => [l.annee, l.ae, l.cp])).toEqual(
      expected.echeancier.map((l) => [l.annee, parseMontant(l.ae), parseMontant(l.cp)]),
    );
    expect(c.imputation).toMatchObject(expected.imputation ?? {});
    if (expected.parametrage) expect(c.parametrage).toMatchObject(expected.parametrage);
    expect(c.cofinancements.map((f) => [f.financeur, f.montant])).toEqual(
      expected.cofinancements.map((f) => [f.financeur, parseMontant(f.montant)]),
    );
    expect([c.pointDepart, c.regleDuree, c.dateFin && toCalendarDate(c.dateFin), c.preavisMois]).toEqual([
      expected.pointDepart,
      expected.regleDuree,
      expected.dateFin ?? null,
      expected.preavisMois ?? null,
    ]);
    expect(c.signatures.map((s) => [s.mention, s.signataireNom, s.signee, s.partie?.ordre])).toEqual(
      expected.signatures.map((s) => [s.mention, s.signataireNom ?? null, s.signee, s.partie]),
    );
    expect(c.annexes.map((a) => [a.titre, a.tableau])).toEqual(expected.annexes.map((a) => [a.titre, a.tableau ?? null]));
  });
});

describe("seed", () => {
  it("holds the figures of the originals", async () => {
    const c003 = await load("2024-DNE-DINUM-01");
    expect(c003.imputation).toMatchObject({
      centreFinancier: "0214-CEN2-INFO",
      domaineFonctionnel: "0214-08-02",
      activite: "021401SI0202",
      centreDeCouts: "DINUPROD75",
      comptableAssignataire: "FAC9460075",
    });
    const c004 = await load("2021-SG-DINUM-01");
    expect(c004.parametrage).toMatchObject({
      codeServiceExecutant: "CSPSPM0075",
      organisationAchat: "C009",
      groupeAcheteurs: "6GL",
      comptableAssignataire: "9510",
    });
    expect((c004.annexes[0]!.tableau as { lignes: unknown[] }).lignes).toHaveLength(12);
    expect(c004.signatures.map((s) => s.dateSignature && toCalendarDate(s.dateSignature))).toEqual(["2021-01-26", "2021-01-26"]);
  });

  it("records DINSIC → DINUM with its date and legal basis", async () => {
    const dinsic = await db.organisation.findFirstOrThrow({ where: { sigle: "DINSIC" }, include: { successeur: true } });
    expect(dinsic.successeur?.sigle).toBe("DINUM");
    expect(toCalendarDate(dinsic.dateSuccession!)).toBe("2019-10-25");
    expect(dinsic.baseJuridiqueSuccession).toContain("2019-1088");
  });

  it("is idempotent: a second run adds nothing and changes nothing", async () => {
    const references = SEED_CONVENTIONS.map((s) => s.reference);
    const articles = await db.article.count({ where: { convention: { reference: { in: references } } } });
    const lines: string[] = [];
    await seed(inject("databaseUrl"), { demoUsers: false, log: (l) => lines.push(l) });
    expect(await db.convention.count({ where: { reference: { in: references } } })).toBe(3);
    expect(await db.article.count({ where: { convention: { reference: { in: references } } } })).toBe(articles);
    expect(lines.join()).toContain("0 convention(s) ajoutée(s)");
  });
});
