import { describe, expect, it } from "vitest";
import { controlerConvention, type ConventionAControler } from "./index";
import { datesDeFin, montantsDePlafond } from "./texte-et-champs";
import { modelConvention } from "@/lib/schemas/convention-form";
import { trousDuTexte } from "../texte";
import { datesDuTexte } from "../dates";
import { siglesDuReferentiel } from "../hierarchie";
import { TEXTES } from "@/prisma/seed/referentiel";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";
import { fromSeed, REFERENTIEL, seed } from "./seeds.test-support";

const e = (euros: number) => BigInt(euros) * 100n;
const seed003 = fromSeed(seed("2024-DNE-DINUM-01")); // ceilings 120 000 €, UO 0214-CEN2-INFO, end 31/12/2025
const avec = (corps: string, c: Partial<ConventionAControler> = {}) =>
  controlerConvention({ ...seed003, ...c, articles: [...seed003.articles, { numero: "12", titre: "Ajout", corps }] }, TEXTES);
const codesDe = (constats: { code: string; champ: string }[]) => constats.map((c) => `${c.code} ${c.champ}`);

describe("the three real conventions, with their blocks, imputation and referential", () => {
  it.each(SEED_CONVENTIONS.map((s) => [s.reference, s] as const))(
    "%s: nothing left to complete, no article against its fields",
    (_r, s) => {
      const codes = controlerConvention(fromSeed(s), TEXTES).map((c) => c.code);
      for (const code of [
        "TEXTE_A_COMPLETER",
        "ARTICLE_PLAFOND_CONTREDIT",
        "ARTICLE_UO_CONTREDITE",
        "ARTICLE_FIN_CONTREDITE",
        "ARTICLE_PARTIE_ABSENTE",
      ])
        expect(codes).not.toContain(code);
      expect(codes).not.toContain("POUVOIR_A_PRECISER");
      expect(codes).not.toContain("BLOC_SIGNATURE_MANQUANT");
    },
  );
});

describe("placeholders left in a text", () => {
  it.each([
    ["La présente convention a pour objet [à compléter]", ["[à compléter]"]],
    ["conclue jusqu'au [date de fin à compléter].", ["[date de fin à compléter]"]],
    ["[A COMPLETER]", ["[A COMPLETER]"]],
    ["signé par [à préciser]", ["[à préciser]"]],
    ["sur l'UO [XXX]", ["[XXX]"]],
    ["le montant de […] euros", ["[…]"]],
    ["le montant de [...] euros", ["[...]"]],
    ["représenté par <à renseigner>", ["<à renseigner>"]],
    ["qualité (à compléter)", ["(à compléter)"]],
    ["[[echeancier]]", []],
    ["les textes visés (voir l'article 3) et la note [1]", []],
    ["en crédits de paiement (CP)", []],
  ])("%j", (texte, attendu) => expect(trousDuTexte(texte)).toEqual(attendu));

  it("the DINUM model saved without « Remplir les articles »: each article still to complete is an error, at it", () => {
    // The articles a new convention from the model starts with (its fields still empty).
    const modele = modelConvention().articles.map((a) => ({ numero: a.numero ?? "", titre: a.titre ?? "", corps: a.corps ?? "" }));
    const constats = controlerConvention({ ...seed003, articles: modele }, TEXTES).filter((c) => c.code === "TEXTE_A_COMPLETER");
    expect(constats.map((c) => [c.champ, c.gravite])).toEqual([
      ["articles.0", "erreur"], // objet
      ["articles.3", "erreur"], // UO
      ["articles.5", "erreur"], // ceilings and UO
      ["articles.7", "erreur"], // end date
    ]);
    expect(constats[0]!.message).toBe(
      "L'article 1 contient encore « [à compléter] » : complétez-le (ou remplissez les champs puis « Remplir les articles du modèle ») avant la signature.",
    );
  });

  it.each<[string, Partial<ConventionAControler>, string]>([
    ["the purpose", { objet: "Confier à la DINUM [à compléter]" }, "objet"],
    ["a legal basis", { basesLegales: [{ texte: "le décret n° [XXX]" }] }, "basesLegales.0"],
    [
      "a party's representative",
      { parties: seed003.parties.map((p, i) => (i === 0 ? { ...p, representantNom: "[à compléter]" } : p)) },
      "parties.0",
    ],
    [
      "a signature block",
      { signatures: seed003.signatures!.map((s, i) => (i === 1 ? { ...s, signataireNom: "[à préciser]" } : s)) },
      "signatures.1",
    ],
  ])("in %s", (_cas, change, champ) => {
    expect(codesDe(controlerConvention({ ...seed003, ...change }, TEXTES).filter((c) => c.code === "TEXTE_A_COMPLETER"))).toEqual([
      `TEXTE_A_COMPLETER ${champ}`,
    ]);
  });
});

describe("an article against its fields", () => {
  it.each<[string, string, Partial<ConventionAControler>, string[]]>([
    // ceilings (AE 120 000, CP 120 000)
    [
      "AE stated lower than its ceiling",
      "un montant maximum de cent mille euros (100 000 €) en autorisations d'engagement (AE) et de cent vingt mille euros (120 000 €) en crédits de paiement (CP).",
      {},
      ["ARTICLE_PLAFOND_CONTREDIT"],
    ],
    ["figures only, both natures", "à concurrence de 120 000 € en AE et en CP.", {}, []],
    ["figures only, wrong", "dans la limite de 300 000 € en AE et en CP.", {}, ["ARTICLE_PLAFOND_CONTREDIT"]],
    ["in words only, right", "Le plafond est de cent vingt mille euros.", {}, []],
    ["an avenant's new ceiling after the old one", "Le montant maximum, initialement fixé à 300 000 €, est porté à 120 000 €.", {}, []],
    [
      "a new ceiling that is not the field's",
      "Le montant maximum, initialement fixé à 120 000 €, est porté à 150 000 €.",
      {},
      ["ARTICLE_PLAFOND_CONTREDIT"],
    ],
    ["AE and CP ceilings that differ", "un montant maximum de 120 000 € en AE et de 90 000 € en CP.", { plafondCp: e(90_000) }, []],
    [
      "AE and CP swapped",
      "un montant maximum de 90 000 € en AE et de 120 000 € en CP.",
      { plafondCp: e(90_000) },
      ["ARTICLE_PLAFOND_CONTREDIT", "ARTICLE_PLAFOND_CONTREDIT"],
    ],
    ["an amount that is not a ceiling", "Le coût annuel est estimé à 40 000 €.", {}, []],
    ["no ceiling field: nothing to compare", "dans la limite de 300 000 €.", { plafondAe: null, plafondCp: null }, []],
    // UO (0214-CEN2-INFO)
    ["its UO", "Les crédits sont mis à disposition sur l'UO 0214-CEN2-INFO.", {}, []],
    ["its UO in lower case", "sur l'UO 0214-cen2-info.", {}, []],
    ["another UO", "Les crédits sont mis à disposition sur l'UO 0214-CEN2-LGAC.", {}, ["ARTICLE_UO_CONTREDITE"]],
    ["a domaine fonctionnel is no UO", "domaine fonctionnel 0214-08-02", {}, []],
    ["a reference is no UO", "la convention 2024-DNE-DINUM-01", {}, []],
    ["no UO field: nothing to compare", "sur l'UO 0181-CPRI-ELAB", { imputation: { centreFinancier: null } }, []],
    // end date (31 December 2025)
    ["its end date", "La présente convention prend effet à sa signature. Elle est conclue jusqu'au 31 décembre 2025.", {}, []],
    ["its end date in figures", "La convention prendra fin le 31/12/2025.", {}, []],
    ["its end month", "La convention prendra fin en décembre 2025.", {}, []],
    ["another end date", "Elle est conclue jusqu'au 31 décembre 2026.", {}, ["ARTICLE_FIN_CONTREDITE"]],
    ["another default end", "Par défaut, la convention prendra fin au 31 décembre 2024.", {}, ["ARTICLE_FIN_CONTREDITE"]],
    ["a deadline that is not the convention's end", "Les demandes de paiement sont reçues jusqu'au 30 novembre 2025.", {}, []],
    ["a start date", "La convention prend effet à compter du 1er septembre 2024.", {}, []],
    // parties (DNE / MENJ, DINUM; the referential knows DINSIC, DINUM's predecessor, and the SG)
    ["its délégataire", "Il communique ses besoins en temps utile à la DINUM.", {}, []],
    ["the délégataire's former name", "Les engagements pris par la DINSIC sont repris.", {}, []],
    ["the délégant's ministry", "Le MENJ est représenté au comité.", {}, []],
    ["an organisation outside the referential", "en lien avec la DGFIP", {}, []],
  ])("%s", (_cas, corps, change, attendu) => {
    const codes = avec(corps, change)
      .filter((c) => c.code.startsWith("ARTICLE_") && !c.code.startsWith("ARTICLE_2_"))
      .map((c) => c.code);
    expect(codes).toEqual(attendu);
  });

  it("an organisation of the referential that is no party, named in an article", () => {
    const referentiel = [...REFERENTIEL, { id: "ANCT", sigle: "ANCT", parentId: null, successeurId: null }];
    const { siglesConnus, sigles } = siglesDuReferentiel(referentiel, ["DNE", "DINUM"]);
    const c = { ...seed003, siglesConnus, parties: seed003.parties.map((p, i) => ({ ...p, sigles: sigles[i] })) };
    expect(
      controlerConvention(
        { ...c, articles: [{ numero: "4", titre: "Obligations", corps: "Il communique ses besoins à l'ANCT." }] },
        TEXTES,
      ).find((x) => x.code === "ARTICLE_PARTIE_ABSENTE"),
    ).toMatchObject({
      gravite: "erreur",
      champ: "articles.0",
      message: expect.stringMatching(/^L'article 4 désigne « ANCT », qui n'est pas une partie de la convention \(/),
    });
  });

  it("reads the amounts of a ceiling clause with their nature", () => {
    expect(
      montantsDePlafond(
        "un montant maximum de trois cent cinquante-quatre mille sept cent cinquante euros (354 750 €) en autorisations d'engagement (AE) et de 300 000 € en crédits de paiement (CP)",
      ).map((m) => [m.cents, m.nature]),
    ).toEqual([
      [e(354_750), "AE"],
      [e(300_000), "CP"],
    ]);
  });

  it("reads dates in words and in figures, and the end the text gives", () => {
    expect(
      datesDuTexte("du 1er septembre 2024 au 31/12/2025, puis en décembre 2026 ; pas le 31 juin 2025").map((d) => [
        d.annee,
        d.mois,
        d.jour,
      ]),
    ).toEqual([
      [2024, 9, 1],
      [2025, 12, 31],
      [2026, 12, null],
    ]);
    expect(
      datesDeFin("La convention prend effet le 1er septembre 2024. Elle est conclue jusqu'au 31 décembre 2025.").map((d) => d.texte),
    ).toEqual(["31 décembre 2025"]);
  });
});

describe("signature blocks and the signatory's power", () => {
  const blocs = seed003.signatures!;
  it.each<[string, ConventionAControler["signatures"], string[]]>([
    ["every party's block, power stated", blocs, []],
    ["a party without a block", [blocs[0]!], ["BLOC_SIGNATURE_MANQUANT signatures"]],
    ["no block at all", [], ["BLOC_SIGNATURE_MANQUANT signatures", "BLOC_SIGNATURE_MANQUANT signatures"]],
    ["a power not stated", [blocs[0]!, { ...blocs[1]!, autorite: null }], ["POUVOIR_A_PRECISER signatures.1"]],
    ["a delegation without its act", [{ ...blocs[0]!, autorite: "DELEGATION" }, blocs[1]!], ["POUVOIR_SANS_ACTE signatures.0"]],
    ["a delegation with its act", [{ ...blocs[0]!, autorite: "DELEGATION", autoriteReference: "arrêté du 3 mars 2023" }, blocs[1]!], []],
    ["an interim without its act", [blocs[0]!, { ...blocs[1]!, autorite: "INTERIM" }], ["POUVOIR_SANS_ACTE signatures.1"]],
  ])("%s", (_cas, signatures, attendu) => {
    const constats = controlerConvention({ ...seed003, signatures }, TEXTES).filter((c) => /BLOC_SIGNATURE|POUVOIR/.test(c.code));
    expect(codesDe(constats)).toEqual(attendu);
  });

  it("a power not stated stops validation (an error), and says how to fix it", () => {
    expect(controlerConvention({ ...seed003, signatures: [blocs[0]!, { ...blocs[1]!, autorite: null }] }, TEXTES)[0]).toEqual({
      code: "POUVOIR_A_PRECISER",
      gravite: "erreur",
      champ: "signatures.1",
      message:
        "Le bloc de signature de « La Direction Interministérielle du Numérique (DINUM) » : précisez le pouvoir de signer (titulaire de la fonction, délégation de signature ou intérim).",
    });
  });
});
