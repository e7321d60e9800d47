// Documents of the genre nobody here had seen when the rules were written: other ministries and
// years, upper-case headings, « Article premier » with its title below, amounts only in words,
// a transposed schedule laid out with spaces, roles the text never names, an avenant, a document
// that is no convention. Each rule is read from the genre, not from the three seeds.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extraireDocument, lignesDuTexte } from "./index";
import { CONTEXTE } from "./recuperation.test-support";
import { datesLues, lireChiffres, montantsDuTexte } from "./valeurs";
import { dureeDuTexte } from "./clauses";

const lire = (fichier: string) =>
  extraireDocument(lignesDuTexte(readFileSync(path.join(__dirname, "../../../tests/fixtures/import", fichier), "utf8")), CONTEXTE);
const codes = (r: ReturnType<typeof lire>) => r.constats.map((c) => c.code);

describe("a convention of another ministry, upper-case headings, amounts in words, transposed schedule", () => {
  const r = lire("genre-cgdd-2023.txt");
  const d = r.document;
  it("reads its kind, title and purpose", () => {
    expect(d).toMatchObject({ nature: "CONVENTION", type: "DELEGATION_GESTION", titre: "Convention de délégation de gestion" });
    expect(d.objet).toBe("Confier au délégataire la gestion des crédits nécessaires au développement de la plateforme Mon Espace Rénov.");
  });
  it("reads both parties, an organisation outside the referential with its sigle, roles from « ci-après désigné »", () => {
    expect(d.parties).toMatchObject([
      {
        role: "DELEGANT",
        organisation: null,
        sigleLu: "CGDD",
        adresse: "Tour Séquoia, 1 place Carpeaux, 92055 La Défense Cedex",
        representantNom: "Thomas LESUEUR",
        qualite: "commissaire général au développement durable",
        denominations: ["le délégant"],
      },
      { role: "DELEGATAIRE", organisation: "DINUM", representantNom: "Stéphanie SCHAER" },
    ]);
    expect(codes(r)).toContain("ORGANISATION_INCONNUE");
  });
  it("reads ceilings written only in words and a schedule with years across", () => {
    expect([d.plafondAe, d.plafondCp]).toEqual([200000, 200000]);
    expect(d.echeancier).toEqual([
      { annee: 2023, ae: 150000, cp: 100000 },
      { annee: 2024, ae: 50000, cp: 100000 },
    ]);
    expect(d.articles[1]!.corps).toContain("[[echeancier]]");
    expect(d.imputation).toMatchObject({ centreFinancier: "0217-CGDD-DNUM", programme: "217" });
  });
  it("reads the duration, notice, channels and the close", () => {
    expect(d).toMatchObject({
      pointDepart: "SIGNATURE",
      regleDuree: "DATE_FIXE",
      dateFin: "2024-12-31",
      preavisMois: 2,
      lieuSignature: "Paris",
    });
    expect(d.publication).toEqual(["BULLETIN_OFFICIEL", "DATA_GOUV_FR"]);
    expect(d.signatures).toMatchObject([
      { partie: 0, mention: "Pour le délégant,", signataireNom: "Thomas LESUEUR", dateSignature: "2023-04-12" },
      { partie: 1, mention: "Pour le délégataire,", signataireNom: "Stéphanie SCHAER", dateSignature: "2023-04-12" },
    ]);
  });
});

describe("an avenant whose convention the app may not hold", () => {
  const r = lire("genre-avenant-miom-2024.txt");
  const d = r.document;
  it("is an avenant, numbered, naming the convention it amends", () => {
    expect(d.nature).toBe("AVENANT");
    expect(d.avenant).toMatchObject({
      numero: 2,
      convention: {
        titre: "Convention de délégation de gestion",
        date: "2022-03-15",
        objet: "service numérique « Démarches simplifiées »",
      },
    });
  });
  it("reads every change: end date, ceilings, remainder, schedule, an article's new text", () => {
    expect(d.avenant!.changements).toEqual([
      { type: "PROLONGATION", nouvelleDateFin: "2025-12-31" },
      { type: "PLAFONDS", nouveauPlafondAe: 350000, nouveauPlafondCp: 320000 },
      { type: "RELIQUAT", reliquatAe: 12500, reliquatCp: 8000 },
      {
        type: "MODIFICATION_ARTICLE",
        numero: "6",
        titre: null,
        corps: "La convention est publiée au bulletin officiel du ministère de l'Intérieur.",
      },
      {
        type: "ECHEANCIER",
        aPartirDe: 2024,
        lignes: [
          { annee: 2024, ae: 100000, cp: 90000 },
          { annee: 2025, ae: 50000, cp: 80000 },
        ],
      },
    ]);
  });
  it("reads a party given on one line, and its signatories", () => {
    expect(d.parties[0]).toMatchObject({
      libelle: "Le ministère de l'Intérieur et des Outre-mer (MIOM)",
      representantNom: "Claire DURAND",
      qualite: "secrétaire générale adjointe",
      denominations: ["le délégant"],
    });
    expect(d.signatures.map((s) => [s.partie, s.signataireNom, s.dateSignature])).toEqual([
      [0, "Claire DURAND", "2024-01-10"],
      [1, "Paul MARTIN", "2024-01-10"],
    ]);
  });
});

describe("a hard-wrapped convention without role words, a predecessor organisation and a mistyped decree", () => {
  const r = lire("genre-sans-roles-2019.txt");
  const d = r.document;
  it("joins the wrapped lines and takes « Article premier » with its title below", () => {
    expect(d.articles.map((a) => [a.numero, a.titre])).toEqual([
      ["1", "Objet"],
      ["2", "Dispositions financières"],
      ["3", "Durée"],
    ]);
    expect(d.articles[0]!.corps).toBe(
      "La présente convention a pour objet la délégation à la DINSIC de la gestion des crédits nécessaires au projet « Mémoire des hommes ».",
    );
  });
  it("matches the predecessor (DINSIC), gives roles by order and says so", () => {
    expect(d.parties.map((p) => [p.role, p.organisation])).toEqual([
      ["DELEGANT", null],
      ["DELEGATAIRE", "DINSIC"],
    ]);
    expect(r.constats.filter((c) => c.code === "ROLE_DEDUIT").map((c) => c.champ)).toEqual(["parties.0.role", "parties.1.role"]);
    expect(r.confiance["parties.0.role"]).toBeLessThan(0.8);
  });
  it("reads different AE and CP written in words, and an abbreviated date", () => {
    expect([d.plafondAe, d.plafondCp]).toEqual([125000, 80000]);
    expect(d.dateFin).toBe("2019-12-31");
    expect(d.signatures.map((s) => s.dateSignature)).toEqual(["2019-02-04", "2019-02-04"]);
  });
  it("flags the decree number that does not exist", () => {
    expect(codes(r)).toContain("TEXTE_INCONNU");
  });
});

describe("an avenant with both parties in one sentence, a successor, amounts in words and an article rewritten", () => {
  const r = lire("genre-avenant-dinsic-2020.txt");
  const d = r.document;
  it("reads the title in capitals and both parties from « Entre A …, d'une part, et B …, d'autre part »", () => {
    expect(d.titre).toBe("Avenant n° 1 à la convention de délégation de gestion");
    expect(d.parties.map((p) => [p.role, p.libelle, p.organisation, p.representantNom])).toEqual([
      ["DELEGANT", "Le ministère de l'Éducation nationale et de la Jeunesse (MENJ)", "MENJ", "Jean DUPONT"],
      [
        "DELEGATAIRE",
        "La Direction interministérielle du numérique et du système d'information et de communication de l'Etat (DINSIC)",
        "DINSIC",
        "Nadi BOU HANNA",
      ],
    ]);
  });
  it("reads the organisation replaced, the new ceiling in words, the rewritten article and the end date it sets", () => {
    expect(d.avenant).toMatchObject({ numero: 1, convention: { date: "2019-06-12", objet: "service « Mon Stage de Troisième »" } });
    expect(d.avenant!.changements).toEqual([
      { type: "SUCCESSION_ORGANISATION", remplacee: "DINSIC", successeur: "DINUM" },
      { type: "PLAFONDS", nouveauPlafondAe: 300000, nouveauPlafondCp: 300000 },
      { type: "MODIFICATION_ARTICLE", numero: "7", titre: "Durée", corps: "La convention prend fin le 31 décembre 2021." },
      { type: "PROLONGATION", nouvelleDateFin: "2021-12-31" },
    ]);
    expect(d.lieuSignature).toBe("Paris");
    expect(d.signatures.map((s) => [s.partie, s.signataireNom, s.dateSignature])).toEqual([
      [0, "Jean DUPONT", "2020-01-15"],
      [1, "Nadi BOU HANNA", "2020-01-15"],
    ]);
    expect(r.constats).toEqual([]);
  });
});

describe("parties whose « et » a scan lost", () => {
  const debut = `Convention de délégation de gestion du 16 février 2020
Entre
Le Ministère de l'Agriculture et de la Souveraineté alimentaire (MASA)
Représenté par Nadia Girard, secrétaire générale
Ci-après dénommé « le délégant »
`;
  const fin = `Vu le décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation de gestion dans les services de l'État ;
Il a été convenu ce qui suit :
Article 1 : Objet
La présente convention a pour objet de confier à la DINUM la gestion de crédits.`;
  const parties = (texte: string) =>
    extraireDocument(lignesDuTexte(texte), CONTEXTE).document.parties.map((p) => [p.role, p.representantNom]);
  it("are parted at the first's « Ci-après dénommé », the next line naming the other", () => {
    expect(
      parties(`${debut}La Direction interministérielle du numérique (DINUM)
Adresse : 20 avenue de Ségur – TSA 30719, 75334 Paris Cedex 07
Représentée par Nadia Bernard, directeur interministériel du numérique
Ci-après dénommée « le délégataire » ou « la DINUM »
${fin}`),
    ).toEqual([
      ["DELEGANT", "Nadia Girard"],
      ["DELEGATAIRE", "Nadia Bernard"],
    ]);
  });
  it("are not parted when what follows « Ci-après dénommé » is the same party's", () => {
    const texte = `Convention de délégation de gestion du 16 février 2020
Entre
Le Ministère de l'Agriculture et de la Souveraineté alimentaire (MASA)
Ci-après dénommé « le délégant »
Représenté par Nadia Girard, secrétaire générale
et
La Direction interministérielle du numérique (DINUM)
Représentée par Nadia Bernard, directeur interministériel du numérique
Ci-après dénommée « le délégataire »
${fin}`;
    expect(parties(texte)).toEqual([
      ["DELEGANT", "Nadia Girard"],
      ["DELEGATAIRE", "Nadia Bernard"],
    ]);
  });
});

describe("what is not a convention", () => {
  it.each([
    [
      "minutes of a meeting",
      "Compte rendu de la réunion du 3 mars 2023\n\nPrésents : A. Martin, B. Durand\n\nLes participants ont échangé sur le calendrier du projet.",
    ],
    ["an empty text", ""],
  ])("%s is said to be none, with nothing read", (_, texte) => {
    const r = extraireDocument(lignesDuTexte(texte), CONTEXTE);
    expect(r.constats).toHaveLength(1);
    expect(r.constats[0]).toMatchObject({ code: "PAS_UNE_CONVENTION", gravite: "erreur" });
    expect(r.document.parties).toEqual([]);
  });
});

describe("values as documents write them", () => {
  it.each([
    ["50 000 €", 5000000n],
    ["50.000", 5000000n],
    ["1 234,56 €", 123456n],
    ["120,000", 12000000n],
    ["abc", null],
  ])("figures %s", (texte, cents) => expect(lireChiffres(texte)).toBe(cents));
  it("reads an amount only in words, and one written both ways once", () => {
    expect(montantsDuTexte("un plafond de trois cent cinquante mille euros.").map((m) => m.cents)).toEqual([35000000n]);
    expect(montantsDuTexte("cinquante mille euros (50 000 €)").map((m) => m.cents)).toEqual([5000000n]);
  });
  it.each([
    ["Fait à Paris, le 26 JAN. 2021", "2021-01-26"],
    ["le 1er septembre 2024", "2024-09-01"],
    ["le 04/02/2019", "2019-02-04"],
    ["le 4 févr. 2019", "2019-02-04"],
  ])("date %s", (texte, date) => expect(datesLues(texte)[0]?.date).toBe(date));
  it("a month alone is its last day when it ends something", () =>
    expect(datesLues("prendra fin en décembre 2021", true)[0]?.date).toBe("2021-12-31"));
});

describe("lines", () => {
  it("joins a word cut at the margin and a wrapped sentence, not paragraphs", () => {
    expect(
      lignesDuTexte("les services visio-\n\nagents et classes.\nUn autre paragraphe\nqui continue.\n\nSuite.").map((l) => l.texte),
    ).toEqual(["les services visio-agents et classes.", "Un autre paragraphe qui continue.", "Suite."]);
  });
  it("splits columns laid out with spaces, not a sentence's double space", () => {
    expect(lignesDuTexte("2024    100 000 €    90 000 €")[0]!.cellules?.map((c) => c.texte)).toEqual(["2024", "100 000 €", "90 000 €"]);
    expect(lignesDuTexte("Fin.  Début")[0]!.cellules).toBeUndefined();
  });
});

describe("the start a duration article names", () => {
  it.each([
    ["La convention est conclue à compter de sa notification et jusqu'au règlement total des opérations.", "NOTIFICATION"],
    ["La présente convention prend effet à la date de signature de la convention.", "SIGNATURE"],
    ["La présente convention entre en vigueur à compter de sa publication au bulletin officiel.", "PUBLICATION"],
    ["Elle est conclue pour une durée de trois ans.", null],
    ["La présente convention prend effet à compter du 1er janvier 2025.", "DATE_EFFET"],
    ["La présente convention prend effet à compter de sa signature et au plus tôt le 1er janvier 2025.", "SIGNATURE"],
  ])("%s → %s", (texte, attendu) => expect(dureeDuTexte(texte).pointDepart?.valeur ?? null).toBe(attendu));
  it.each([
    ["La présente convention prend effet à compter du 1er janvier 2025 et prend fin le 31 décembre 2027.", "2025-01-01", "2027-12-31"],
    ["Elle entre en vigueur le 15 mars 2024 pour une durée de trois ans.", "2024-03-15", null],
    ["La convention est applicable à partir du 1er juillet 2023. Elle est conclue jusqu'au 30 juin 2026.", "2023-07-01", "2026-06-30"],
  ])("reads the start a text states as a date: %s", (texte, debut, fin) => {
    const d = dureeDuTexte(texte);
    expect([d.pointDepart?.valeur, d.dateEffet?.valeur ?? null, d.dateFin?.valeur ?? null]).toEqual(["DATE_EFFET", debut, fin]);
  });
});
