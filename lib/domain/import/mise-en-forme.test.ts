// Layouts the round trip at scale found (npm run bench:import-aller-retour): a document's text as a
// copy of its PDF gives it (running heads and page numbers, signature blocks side by side, table rows
// whose cells wrap, with a blank line between rows and the header repeated on a new page), a Word
// file converted from a PDF, imputation labels in bold. Rules of the genre, tested on small texts.
import { describe, expect, it } from "vitest";
import { extraireDocument, lignesDuTexte } from "./index";
import { nettoyerTexte, rangeesRepliees, sansTetesNiPiedsDePage } from "./lignes";
import { boiteSurLaPage, corrigerParLeVocabulaire, hauteurDesMots, lignesDesPages, motsLisibles } from "./mise-en-page";
import { lireCloture } from "./signatures";
import { corpsDe } from "./corps";
import { lireChiffres } from "./valeurs";
import { codeActivite, lireTableau, trouverCodes, trouverEcheancier } from "./tableaux";
import { CONTEXTE } from "./recuperation.test-support";

const DOCUMENT = `AR-2026-0011

        Convention de délégation de gestion du 12 janvier 2026

Entre
Le Ministère de l'Éducation nationale et de la Jeunesse (MENJ)
Représenté par François Fontaine, secrétaire général
Ci-après dénommé « le délégant »

et
La Direction interministérielle du numérique (DINUM)
Représentée par Julien Garnier, directeur interministériel du numérique
Ci-après dénommée « le délégataire » ou « la DINUM »

Il a été convenu ce qui suit :

Article 1 : Objet de la délégation
La présente convention a pour objet de confier à la DINUM la gestion des crédits nécessaires au
développement du service numérique « Pass Culture Pro ».

Article 2 : Prestations confiées au délégataire
Le délégataire exécute la délégation dans les conditions et les limites fixées par le présent document



                                                                                                page 1 / 2
\fAR-2026-0011
et acceptées par lui.

Fait à Paris, le 12 janvier 2026


Pour le MENJ, le secrétaire général                  Pour la DINUM, le directeur
secrétaire général                                   directeur interministériel du numérique
François Fontaine                                    Julien Garnier
Signé le 12/01/2026                                  Signé le 14/01/2026




                                                                                                page 2 / 2
`;

describe("a document's text as a copy of its PDF gives it", () => {
  const r = extraireDocument(lignesDuTexte(DOCUMENT), CONTEXTE);
  it("leaves out running heads and page numbers, and joins a paragraph carried over to the next page", () => {
    const texte = r.document.articles.map((a) => a.corps).join("\n");
    expect(texte).not.toMatch(/AR-2026-0011|page \d/);
    expect(r.document.articles[1]!.corps).toBe(
      "Le délégataire exécute la délégation dans les conditions et les limites fixées par le présent document et acceptées par lui.",
    );
  });
  it("reads signature blocks side by side column by column, each with its own name and date", () => {
    expect(r.document.signatures).toEqual([
      expect.objectContaining({
        partie: 0,
        mention: "Pour le MENJ, le secrétaire général",
        signataireNom: "François Fontaine",
        dateSignature: "2026-01-12",
      }),
      expect.objectContaining({
        partie: 1,
        mention: "Pour la DINUM, le directeur",
        signataireNom: "Julien Garnier",
        dateSignature: "2026-01-14",
      }),
    ]);
    expect(r.document.signatures[1]!.qualite).toBe("directeur interministériel du numérique");
  });
});

describe("running heads and feet", () => {
  it.each([
    ["form feeds", "REF-1\nUn texte qui continue\n\n  page 1 / 2\n\fREF-1\nsur la page suivante.\n  page 2 / 2\n"],
    [
      "page numbers only (a Word file that lost its page breaks)",
      "REF-1\nUn texte qui continue\n- 1 -\nREF-1\nsur la page suivante.\n- 2 -\n",
    ],
  ])("are dropped: %s", (_cas, texte) => {
    expect(
      sansTetesNiPiedsDePage(texte.split("\n"))
        .map((l) => l.trim())
        .filter(Boolean),
    ).toEqual(["Un texte qui continue", "sur la page suivante."]);
  });
  it("keep a document without pages as it is, and a line that comes back inside the pages", () => {
    expect(sansTetesNiPiedsDePage(["Article 1", "Texte.", "Article 2"])).toEqual(["Article 1", "Texte.", "Article 2"]);
  });
});

describe("table rows whose cells wrap", () => {
  const TABLE = `REF-7
Annexe 1 : responsabilités
Le tableau ci-dessous répartit les responsabilités.

                      DINUM                    Délégrant/nom du partenaire

Respect de la vie     Obligation de            Mise en œuvre du cadre
privée (DPD)          transparence             juridique en vigueur.

Violation de données  Obligation d'alerte :    Définition de la procédure
                      – Notification de toute  de notification.
                      violation.

  page 1 / 3
\fREF-7
                      DINUM                    Délégrant/nom du partenaire

Audits                Se rendre disponible.    Organiser les audits.
  page 2 / 3
\fREF-7
Fin de l'annexe.
  page 3 / 3
`;
  it("become one row each, their pieces in their columns, a list kept as a list", () => {
    const lignes = lignesDuTexte(TABLE);
    const debut = lignes.findIndex((l) => l.texte.includes("DINUM"));
    expect(lireTableau(lignes, debut, lignes.length - 2)).toEqual({
      colonnes: ["", "DINUM", "Délégrant/nom du partenaire"],
      lignes: [
        ["Respect de la vie privée (DPD)", "Obligation de transparence", "Mise en œuvre du cadre juridique en vigueur."],
        [
          "Violation de données",
          "Obligation d'alerte :\n- Notification de toute violation.",
          "Définition de la procédure de notification.",
        ],
        // the header repeated at the top of the next page is no row
        ["Audits", "Se rendre disponible.", "Organiser les audits."],
      ],
    });
  });
  it("leave alone a table whose rows follow each other, and rows of one line", () => {
    const suivies = ["2024    100 000 €    90 000 €", "2025    50 000 €    50 000 €"];
    expect(rangeesRepliees(suivies)).toEqual(suivies);
    const espacees = ["", "2024    100 000 €    90 000 €", "", "2025    50 000 €    50 000 €"];
    expect(rangeesRepliees(espacees)).toEqual(espacees);
  });
});

describe("imputation codes", () => {
  it("are read with their labels in bold, « Code programme » with its BOP", () => {
    const lignes = lignesDuTexte(
      "**Code programme**\t224 — BOP 0224-DGCA\n**Domaine fonctionnel**\t0224-07-08\n**Centre financier**\t0224-DGCA-SNUM\n**Activité**\t022401SI0295",
    );
    expect(trouverCodes(lignes, 0, lignes.length - 1)[0]?.codes).toEqual({
      programme: "224",
      bop: "0224-DGCA",
      domaineFonctionnel: "0224-07-08",
      centreFinancier: "0224-DGCA-SNUM",
      activite: "022401SI0295",
    });
  });

  it("on a scan: two rows run into one are two codes; an activity code's letters read as digits are letters again", () => {
    const lignes = lignesDuTexte(
      "Code programme\t129 – BOP 0129-CDIN\nDomaine fonctionnel\t0129-09-02\nCentre financier Activité\t0129-CDIN-DINU 012901S10186",
    );
    expect(trouverCodes(lignes, 0, lignes.length - 1)[0]?.codes).toEqual({
      programme: "129",
      bop: "0129-CDIN",
      domaineFonctionnel: "0129-09-02",
      centreFinancier: "0129-CDIN-DINU",
      activite: "012901SI0186",
    });
  });

  it("on a scan: a label whose code was lost stays in the table, without a value", () => {
    const lignes = lignesDuTexte(
      "Code programme\t156 – BOP 0156-CDGF\nDomaine fonctionnel\t0156-04-04\nCentre financier.\nActivité\t015601SI0663\nArticle 7 : Modification",
    );
    const [codes] = trouverCodes(lignes, 0, lignes.length - 1);
    expect(codes?.codes).toEqual({ programme: "156", bop: "0156-CDGF", domaineFonctionnel: "0156-04-04", activite: "015601SI0663" });
    expect(codes?.plage).toEqual([0, 3]);
    const fin = lignesDuTexte("Code programme\t224 – BOP 0224-DGCA\nCentre financier\t0224-DGCA-SNUM\nActivité\nArticle 7 : Modification");
    expect(trouverCodes(fin, 0, fin.length - 1)[0]?.plage).toEqual([0, 2]);
    // a label alone is no table
    const seul = lignesDuTexte("Activité\nLe délégataire rend compte.");
    expect(trouverCodes(seul, 0, seul.length - 1)).toEqual([]);
  });

  it.each([
    ["012901S10186", "012901SI0186"],
    ["0224015I0295", "022401SI0295"],
    ["02140150O868", "02140150O868"], // (not the shape: kept)
    ["021401SI0868", "021401SI0868"],
    ["021401120868", "021401120868"], // two digits: nothing says they are letters
    ["ACT-2024-01", "ACT-2024-01"],
  ])("activity code %s → %s", (lu, attendu) => {
    expect(codeActivite(lu)).toBe(attendu);
  });
});

describe("more of what a printed page adds", () => {
  const texte = `Délégation générale à l'emploi et à la formation professionnelle

      Convention de délégation de gestion du 3 mars 2025
                                                            T
Entre
Le Ministère de l'Éducation nationale et de la Jeunesse (MENJ)
                                                          E
Ci-après dénommé « le délégant »
et
La Direction interministérielle du numérique (DINUM)
Ci-après dénommée « le délégataire »

Article 1 : Exécution financière
Le délégant met à disposition du délégataire les crédits selon l'échéancier suivant :

Année                  AE                  CP

2025             10 000 €            10 000 €

2026             20 000 €            20 000 €
                                                       page 1 / 2
\f
Année                  AE                  CP

Total            30 000 €            30 000 €

La suite du texte.
                                                       page 2 / 2
`;
  const r = extraireDocument(lignesDuTexte(texte), CONTEXTE);
  it("takes the line naming a convention as the title, not a header naming a « Délégation générale »", () => {
    expect(r.document.titre).toBe("Convention de délégation de gestion");
    expect(r.document.dateConvention).toBe("2025-03-03");
  });
  it("leaves out a watermark's letters", () => {
    expect(r.document.parties.map((p) => p.libelle)).toEqual([
      "Le Ministère de l'Éducation nationale et de la Jeunesse (MENJ)",
      "La Direction interministérielle du numérique (DINUM)",
    ]);
  });
  it("reads a schedule going on over a page, its header repeated", () => {
    expect(r.document.echeancier).toEqual([
      { annee: 2025, ae: 10000, cp: 10000 },
      { annee: 2026, ae: 20000, cp: 20000 },
    ]);
    expect(r.document.articles[0]!.corps).not.toMatch(/Année|Total/);
    expect(r.constats.map((c) => c.code)).not.toContain("TOTAL_ECHEANCIER_IMPRIME");
  });
});

describe("what an OCR reads on a scan", () => {
  const mot = (texte: string, x: number, confiance = 0.9) => ({ texte, x, y: 100, largeur: texte.length * 6, hauteur: 12, confiance });
  it("drops table rules, lone signs read from specks, and lines that are only a speck", () => {
    expect(motsLisibles([mot("|", 0), mot("Total", 10), mot("|", 60), mot("840", 80), mot(";", 300, 0.4)]).map((m) => m.texte)).toEqual([
      "Total",
      "840",
    ]);
    // a French « ; » after a word, read with confidence, stays
    expect(motsLisibles([mot("publics", 0), mot(";", 46, 0.9)]).map((m) => m.texte)).toEqual(["publics", ";"]);
    expect(motsLisibles([mot("sa", 200, 0.5)])).toEqual([]);
    expect(motsLisibles([mot("“Article", 0), mot("4", 60)]).map((m) => m.texte)).toEqual(["Article", "4"]);
    expect(
      motsLisibles([
        mot("liées", 0),
        mot("à", 40),
        mot("“l'hébergement", 60),
        mot("du", 160),
        mot("«", 180),
        mot("Pass", 190),
        mot("»", 230),
      ]).map((m) => m.texte),
    ).toEqual(["liées", "à", "l'hébergement", "du", "«", "Pass", "»"]);
    expect(motsLisibles([mot("dit", 0), mot("“Pass", 40), mot("Culture”", 80)]).map((m) => m.texte)).toEqual(["dit", "“Pass", "Culture”"]);
  });
  it("keeps a currency sign with its figure", () => {
    const lus = motsLisibles([mot("2020", 0), mot("390000", 200), mot("€", 260), mot("390000", 400), mot("€", 470)]);
    // (and gets the thin and no-break spaces of French amounts the OCR cannot see)
    expect(lus.map((m) => m.texte)).toEqual(["2020", "390\u202f000\u00a0€", "390\u202f000\u00a0€"]);
    // its punctuation kept: « (840000 » « €) en » → « (840 000 €) en »
    expect(motsLisibles([mot("(840000", 0), mot("€)", 50), mot("en", 70)]).map((m) => m.texte)).toEqual(["(840\u202f000\u00a0€)", "en"]);
    expect(
      motsLisibles([mot("(840000€)", 0), mot("le", 80), mot("31", 100), mot("décembre", 120), mot("2021.", 180)]).map((m) => m.texte),
    ).toEqual(["(840\u202f000\u00a0€)", "le", "31\u00a0", "décembre", "2021."]);
    expect(lus[1]!.largeur).toBe(66);
  });
  it("drops the « words » a scan's rules and shading make the OCR read, by their shape", () => {
    const h = 8;
    const lus = motsLisibles(
      [
        { texte: "2020", x: 60, y: 100, largeur: 21, hauteur: 7, confiance: 0.96 },
        { texte: "ss", x: 100, y: 104, largeur: 92, hauteur: 1, confiance: 0.34 }, // a horizontal rule
        { texte: "Ï", x: 217, y: 98, largeur: 1, hauteur: 9, confiance: 0.63 }, // a vertical one
        { texte: "A", x: 230, y: 100, largeur: 132, hauteur: 8, confiance: 0.2 }, // one letter 132 points wide
        { texte: "CESSER", x: 300, y: 100, largeur: 40, hauteur: 6, confiance: 0.02 }, // read with no confidence
        { texte: "13000", x: 339, y: 100, largeur: 34, hauteur: 7, confiance: 0.94 },
        { texte: "–", x: 380, y: 103, largeur: 5, hauteur: 1, confiance: 0.89 }, // a dash is flat and stays
        { texte: "TSA", x: 390, y: 100, largeur: 19, hauteur: 8, confiance: 0.5 },
      ],
      h,
    );
    expect(lus.map((m) => m.texte)).toEqual(["2020", "13000", "–", "TSA"]);
    expect(
      hauteurDesMots([mot("délégataire", 0), mot("convention", 80), mot("article", 160), mot("DINUM", 240), mot("paiement", 300)]),
    ).toBe(12);
  });
  it("puts back the French spaces an OCR does not see, before « ; : ! ? » and in amounts", () => {
    expect(motsLisibles([mot("convention;", 0), mot("suit:", 80), mot("(840000", 120), mot("€)", 170)]).map((m) => m.texte)).toEqual([
      "convention ;",
      "suit :",
      "(840\u202f000\u00a0€)",
    ]);
    // a year or a decree's number is not an amount
    expect(motsLisibles([mot("2004-1085", 0), mot("2021", 80)]).map((m) => m.texte)).toEqual(["2004-1085", "2021"]);
  });
  it("mends a letter misread once by the words the document repeats", () => {
    const page = (mots: string[]) => ({
      numero: 1,
      largeur: 600,
      hauteur: 800,
      mots: mots.map((t, k) => ({ ...mot(t, (k % 6) * 90, 0.9), y: 100 + 20 * Math.floor(k / 6) })),
    });
    const [lue] = corrigerParLeVocabulaire([
      page([
        "délégataire",
        "délégataire",
        "délégataire",
        "détégataire",
        "délégataires",
        "Direction",
        "direction",
        "direction",
        "direction",
      ]),
    ]);
    // the plural and a capital are other words; the misread one is mended
    expect(lue!.mots.map((m) => m.texte)).toEqual([
      "délégataire",
      "délégataire",
      "délégataire",
      "délégataire",
      "délégataires",
      "Direction",
      "direction",
      "direction",
      "direction",
    ]);
  });
  // a scan's page laid out word by word: [text, x, y] with the OCR's confidence
  const pageLue = (mots: [string, number, number][]) => ({
    numero: 1,
    largeur: 595,
    hauteur: 842,
    mots: mots.map(([texte, x, y]) => ({ texte, x, y, largeur: texte.length * 5, hauteur: 8, confiance: 0.9 })),
  });
  const paragraphe = (y0: number) =>
    Array.from({ length: 6 }, (_, k): [string, number, number] => [`Une ligne de texte courant numéro ${k}`, 57, y0 + 13 * k]);
  it("reads side-by-side signature blocks whose words a scan spread into more cells", () => {
    const lignes = lignesDesPages([
      pageLue([
        ...paragraphe(100),
        ["Fait à Paris, le 1er juillet 2020", 57, 400],
        ["Pour", 55, 432],
        ["la", 80, 432],
        ["DNE, le directeur", 93, 432],
        ["Pour", 298, 432],
        ["la DINUM, le directeur", 323, 432],
        ["directeur du numérique pour l'éducation", 57, 444],
        ["directeur interministériel du", 298, 444],
        ["numérique", 436, 444],
        ["Julien", 55, 455],
        ["Benali", 93, 455],
        ["Mathieu", 298, 455],
        ["Fontaine", 336, 455],
        ["Signé", 57, 468],
        ["le", 80, 468],
        ["01/07/2020", 93, 468],
        ["Signé", 298, 468],
        ["le 01/07/2020", 323, 468],
      ]),
    ]);
    const debut = lignes.findIndex((l) => l.texte.startsWith("Fait à"));
    const parties = ["DNE", "DINUM"].map((sigle) => ({
      role: "DELEGANT" as const,
      libelle: sigle,
      organisation: sigle,
      sigleLu: sigle,
      adresse: null,
      representantNom: null,
      qualite: null,
      mentionRole: null,
      denominations: [],
    }));
    const { signatures } = lireCloture(lignes, [debut, lignes.length - 1], parties);
    expect(signatures.map((s) => [s.partie, s.mention, s.signataireNom, s.dateSignature])).toEqual([
      [0, "Pour la DNE, le directeur", "Julien Benali", "2020-07-01"],
      [1, "Pour la DINUM, le directeur", "Mathieu Fontaine", "2020-07-01"],
    ]);
  });
  it("leaves out a scan's running foot whose page number and signs change from page to page", () => {
    const pages = ["page 1/3 AR-2026-0010", "page.2/3 AR-2026-0010", "page 3/3 AR-2026-0010."].map((pied, k) => ({
      ...pageLue([...paragraphe(100 + k * 3), [pied, 57, 800 + k]]),
      numero: k + 1,
    }));
    const lignes = lignesDesPages(pages).map((l) => l.texte);
    expect(lignes.some((t) => /AR-2026/.test(t))).toBe(false);
    expect(lignes.some((t) => t.includes("Une ligne de texte courant"))).toBe(true);
  });
  it("reads a scanned schedule with a rule read as letters between its rows and before a header", () => {
    const lignes = lignesDesPages([
      pageLue([
        ...paragraphe(100),
        ["Année", 60, 523],
        ["DS ENTER AE", 300, 523],
        ["CP,", 522, 523],
        ["2023", 60, 542],
        ["299000 €", 332, 542],
        ["299000 €", 493, 542],
        ["ETES", 217, 552],
        ["2024", 60, 561],
        ["217000 €", 334, 561],
        ["217000 €", 495, 561],
        ["Total", 60, 580],
        ["516000 €", 333, 580],
        ["516000 €", 494, 580],
        ["Le délégataire est chargé, en sa", 57, 606],
        ["qualité de pouvoir adjudicateur,", 217, 606],
        ["de la passation, de la signature", 361, 606],
      ]),
    ]);
    expect(trouverEcheancier(lignes, 0, lignes.length - 1)?.lignes).toEqual([
      { annee: 2023, ae: 299000, cp: 299000 },
      { annee: 2024, ae: 217000, cp: 217000 },
    ]);
  });
  it("parts « à » from the word the OCR glued it to, as French spelling allows", () => {
    expect(
      motsLisibles([mot("tout", 0), mot("momentà", 30), mot("déjà", 90), mot("voilà", 120), mot("äla", 160), mot("s'engageà", 200)]).map(
        (m) => m.texte,
      ),
    ).toEqual(["tout", "moment à", "déjà", "voilà", "à la", "s'engage à"]);
    expect(motsLisibles([mot("au-delà", 0), mot("là", 60), mot("à", 80)]).map((m) => m.texte)).toEqual(["au-delà", "là", "à"]);
  });
  it("keeps a space between two words an OCR read apart, however close (a PDF's pieces of a word join)", () => {
    const proches = (confiance?: number) =>
      lignesDesPages([
        {
          numero: 1,
          largeur: 595,
          hauteur: 842,
          mots: [
            ["Il fournit au", 57],
            ["délégant", 125],
            ["les", 165.5],
            ["informations", 185],
          ].map(([texte, x]) => ({
            texte: texte as string,
            x: x as number,
            y: 100,
            largeur: (texte as string).length * 5,
            hauteur: 8,
            ...(confiance ? { confiance } : {}),
          })),
        },
      ])[0]!.texte;
    expect(proches(0.9)).toBe("Il fournit au délégant les informations");
    expect(proches()).toBe("Il fournit au délégantles informations");
  });
  it("mends a speck read as a full stop, an apostrophe read for a space, « 1 » for « Il »", () => {
    const lus = (...textes: string[]) => motsLisibles(textes.map((t, k) => mot(t, k * 80))).map((m) => m.texte);
    expect(lus("à", "fournir.", "en", "temps")).toEqual(["à", "fournir", "en", "temps"]);
    expect(lus("prend", "effet.", "à", "compter")).toEqual(["prend", "effet", "à", "compter"]);
    expect(lus("publiés.", "Le", "délégant", "etc.", "ou")).toEqual(["publiés.", "Le", "délégant", "etc.", "ou"]);
    expect(lus("maximum'de", "jusqu'au", "lorsqu'il", "aujourd'hui", "l'exécution", "d'engagement")).toEqual([
      "maximum de",
      "jusqu'au",
      "lorsqu'il",
      "aujourd'hui",
      "l'exécution",
      "d'engagement",
    ]);
    expect(lus("1", "maintient", "cing", "cent")).toEqual(["Il", "maintient", "cinq", "cent"]);
    expect(lus("ll", "transmet", "délégataire‘est")).toEqual(["Il", "transmet", "délégataire est"]);
    expect(lus("II", "maintient", "du:7", "novembre")).toEqual(["Il", "maintient", "du 7\u00a0", "novembre"]);
    expect(lus("II.", "Objet")).toEqual(["II.", "Objet"]); // (a numeral)
    // an amount cut at its thousands is one amount again (words a space apart; a table's cells stay apart)
    const serres = (...textes: string[]) => {
      let x = 0;
      return motsLisibles(textes.map((t) => ((x += t.length * 6 + 4), mot(t, x - t.length * 6 - 4)))).map((m) => m.texte);
    };
    expect(serres("euros", "(640", "000", "€)", "en")).toEqual(["euros", "(640\u202f000\u00a0€)", "en"]);
    expect(serres("(1", "000", "000", "€)")).toEqual(["(1\u202f000\u202f000\u00a0€)"]);
    expect(lus("12", "000", "€")).toEqual(["12", "000\u00a0€"]);
    expect(lus("1", "000", "€")).toEqual(["1", "000\u00a0€"]);
    // « ü » beside another accent is a speck over a « u », but after a « g » (« ambigüité ») or alone (« Emmaüs », « Müller »)
    expect(lus("contrôle", "büdgétaire", "ambigüité", "Emmaüs", "Müller")).toEqual([
      "contrôle",
      "budgétaire",
      "ambigüité",
      "Emmaüs",
      "Müller",
    ]);
  });
  it("keeps a dash between two words that the OCR read with little confidence, by its shape and place", () => {
    // as tesseract read a scanned party's address: [text, confidence %, x0, x1, height]
    const lus = (
      [
        ["20", 96, 284, 315, 22],
        ["avenue", 96, 325, 418, 16],
        ["de", 93, 429, 461, 22],
        ["Ségur", 93, 471, 544, 28],
        ["-", 17, 552, 566, 3],
        ["TSA", 90, 574, 626, 21],
        ["30719,", 96, 636, 718, 25],
        [";", 13, 1314, 1316, 2],
      ] as const
    ).map(([texte, c, x0, x1, h]) => ({ texte, x: x0, y: 300, largeur: x1 - x0, hauteur: h, confiance: c / 100 }));
    expect(motsLisibles(lus, 22).map((m) => m.texte)).toEqual(["20", "avenue", "de", "Ségur", "–", "TSA", "30719,"]);
    // far from a word on one side, or too wide for a dash: a speck
    const seul = lus.map((m) => (m.texte === "TSA" ? { ...m, x: 620 } : m));
    expect(motsLisibles(seul, 22).map((m) => m.texte)).not.toContain("–");
    const large = lus.map((m) => (m.texte === "-" ? { ...m, largeur: 40 } : m));
    expect(motsLisibles(large, 22).map((m) => m.texte)).not.toContain("–");
  });
  it("gives back the dashes an OCR did not see to a list whose other items kept theirs", () => {
    const corps = (textes: string[], confiance?: number) =>
      corpsDe(
        textes.map((texte) => ({ texte, boites: [], ...(confiance ? { confiance } : {}) })),
        [0, textes.length - 1],
        [],
      ).corps;
    const lus = [
      "Le délégataire assure pour le compte du délégant :",
      "la prestation objet de la présente convention ;",
      "- la demande d'engagement de dépenses ;",
      "l'exécution et le suivi du marché, en lien avec le délégant.",
      "Le tout dans la limite des crédits.",
    ];
    expect(corps(lus, 0.9).split("\n")).toEqual([
      "Le délégataire assure pour le compte du délégant :",
      "- la prestation objet de la présente convention ;",
      "- la demande d'engagement de dépenses ;",
      "- l'exécution et le suivi du marché, en lien avec le délégant.",
      "Le tout dans la limite des crédits.",
    ]);
    expect(corps(lus).split("\n")[1]).toBe("la prestation objet de la présente convention ;"); // (a text layer: as written)
    expect(corps(["Il assure :", "la prestation ;", "la demande."], 0.9)).toBe("Il assure :\nla prestation ;\nla demande."); // (no item with a dash)
    // a paragraph opening a sentence takes its capital back; a line of signs only is a speck
    expect(
      corps(["Elle est conclue jusqu'au 31 décembre 2021.", "il peut être mis fin à tout moment.", ".", "etc.", "et ainsi de suite."], 0.9),
    ).toBe("Elle est conclue jusqu'au 31 décembre 2021.\nIl peut être mis fin à tout moment.\nEtc.\net ainsi de suite.");
    expect(corps(["Fin.", "il suit."])).toBe("Fin.\nil suit."); // (a text layer: as written)
    // a full stop read where a printed line wrapped, before a word in lower case: a speck (not after an abbreviation)
    expect(
      corps(["Il s'engage à fournir. en temps utile les pièces, resp. les copies, et à informer. à tout moment les. services."], 0.9),
    ).toBe("Il s'engage à fournir en temps utile les pièces, resp. les copies, et à informer à tout moment les services.");
    expect(corps(["Il s'engage à fournir. en temps utile."])).toBe("Il s'engage à fournir. en temps utile."); // (a text layer: as written)
    // an article ending on a colon announces nothing: the OCR's full stop
    expect(corps(["Il remet chaque année un compte-rendu de gestion :"], 0.9)).toBe("Il remet chaque année un compte-rendu de gestion.");
    expect(corps(["Il remet les pièces suivantes :", "- le bilan ;"], 0.9)).toBe("Il remet les pièces suivantes :\n- le bilan ;");
    expect(corps(["Il remet un compte-rendu :"])).toBe("Il remet un compte-rendu :"); // (a text layer: as written)
  });
  it("mends one figure of a scanned schedule by its printed total, and says the schedule is to be checked", () => {
    const tableau = (cp2021: string): [string, number, number][] => [
      ...paragraphe(100),
      ["Année", 60, 523],
      ["AE", 361, 523],
      ["CP", 522, 523],
      ["2019", 60, 542],
      ["273000 €", 332, 542],
      ["273000 €", 493, 542],
      ["2020", 60, 561],
      ["390000 €", 334, 561],
      ["€", 520, 561],
      ["2021", 60, 580],
      ["177000 €", 333, 580],
      [cp2021, 494, 580],
      ["Total", 60, 599],
      ["840000 €", 333, 599],
      ["840000 €", 494, 599],
    ];
    // two cells misread in the CP column: which one to mend is not known, nothing is changed
    const deux = lignesDesPages([pageLue(tableau("1777000€"))]);
    expect(trouverEcheancier(deux, 0, deux.length - 1)?.lignes.map((l) => l.cp)).toEqual([273000, 0, 1777000]);
    // one: the total gives it back, and the schedule is marked for checking
    const une = lignesDesPages([pageLue(tableau("177000 €").map(([t, x, y]) => [t === "€" ? "390000 €" : t, x, y]))]);
    expect(trouverEcheancier(une, 0, une.length - 1)).toMatchObject({ certain: true });
    const doublee = lignesDesPages([pageLue(tableau("1777000€").map(([t, x, y]) => [t === "€" ? "390000 €" : t, x, y]))]);
    expect(trouverEcheancier(doublee, 0, doublee.length - 1)).toMatchObject({
      certain: false,
      lignes: [
        { annee: 2019, ae: 273000, cp: 273000 },
        { annee: 2020, ae: 390000, cp: 390000 },
        { annee: 2021, ae: 177000, cp: 177000 },
      ],
    });
    // a typed text's own arithmetic error is the document's: never mended
    const texte = lignesDuTexte(
      "Année    AE    CP\n2019    273000 €    273000 €\n2020    390000 €    390000 €\n2021    177000 €    1777000 €\nTotal    840000 €    840000 €",
    );
    expect(trouverEcheancier(texte, 0, texte.length - 1)?.lignes[2]).toEqual({ annee: 2021, ae: 177000, cp: 1777000 });
  });
  it("puts the highlights of a page read straightened back on the slanted page as shown", () => {
    // the OCR turned the page by 0.02 rad about its centre: a box at its centre stays, one at a corner moves
    expect(boiteSurLaPage({ x0: 290, y0: 390, x1: 310, y1: 410 }, 0.02, 600, 800)).toMatchObject({
      x0: expect.closeTo(289.8, 1),
      y0: expect.closeTo(389.8, 1),
    });
    const coin = boiteSurLaPage({ x0: 50, y0: 50, x1: 150, y1: 60 }, 0.02, 600, 800);
    const [cx, cy] = [(coin.x0 + coin.x1) / 2, (coin.y0 + coin.y1) / 2];
    // the centre (100, 55) turned back by −0.02 rad about (300, 400)
    expect(cx).toBeCloseTo(Math.cos(-0.02) * (100 - 300) - Math.sin(-0.02) * (55 - 400) + 300, 5);
    expect(cy).toBeCloseTo(Math.sin(-0.02) * (100 - 300) + Math.cos(-0.02) * (55 - 400) + 400, 5);
    // the reading keeps the straightened lines; only the boxes move
    const page = { ...pageLue([...paragraphe(100)]), redressement: 0.02 };
    const [droite, penchee] = [lignesDesPages([{ ...page, redressement: undefined }]), lignesDesPages([page])];
    expect(penchee.map((l) => l.texte)).toEqual(droite.map((l) => l.texte));
    expect(penchee[0]!.boites[0]!.y).not.toBeCloseTo(droite[0]!.boites[0]!.y, 0);
  });
  it("keeps an asterisk standing alone after a run in italics, and joins the words of one run", () => {
    const ligne = (mots: [string, boolean][]) =>
      lignesDesPages([
        {
          numero: 1,
          largeur: 595,
          hauteur: 842,
          mots: mots.map(([texte, italique], k) => ({ texte, x: 60 + 40 * k, y: 100, largeur: 30, hauteur: 9, italique })),
        },
      ])[0]!.texte;
    expect(
      ligne([
        ["principes", false],
        ["de", false],
        ["privacy", true],
        ["by", true],
        ["design", true],
        ["*", false],
      ]),
    ).toBe("principes de *privacy by design* *");
    expect(
      ligne([
        ["un", false],
        ["mot", true],
        ["puis", true],
        ["fin", false],
      ]),
    ).toBe("un *mot puis* fin");
  });
  it("mends the genre's words an OCR misreads the same way", () => {
    expect(motsLisibles([mot("Ségur", 0), mot("-", 40), mot("TSA", 50), mot("Pour'le", 80)]).map((m) => m.texte)).toEqual([
      "Ségur",
      "–",
      "TSA",
      "Pour le",
    ]);
    expect(motsLisibles([mot("l", 0), mot("maintient", 10), mot("ta", 70), mot("DINUM", 90)]).map((m) => m.texte)).toEqual([
      "Il",
      "maintient",
      "la",
      "DINUM",
    ]);
  });
  it.each([
    ["L‘incubateur de la DINUM", "L'incubateur de la DINUM"],
    ["Convention du5juillet 2023", "Convention du 5 juillet 2023"],
    ["—la demande d'engagement", "- la demande d'engagement"],
  ])("cleans « %s »", (lu, attendu) => {
    expect(nettoyerTexte(lu)).toBe(attendu);
  });
  it("reads a schedule's figures with a stray sign beside them", () => {
    const lignes = lignesDuTexte("Année    AE,    CP,\n2019    273000€.    273000 €\n2020 -    390000 €    | 390000");
    expect(trouverEcheancier(lignes, 0, lignes.length - 1)?.lignes).toEqual([
      { annee: 2019, ae: 273000, cp: 273000 },
      { annee: 2020, ae: 390000, cp: 390000 },
    ]);
    expect(lireChiffres("273000€.")).toBe(27_300_000n);
    expect(lireChiffres("| 390000")).toBe(39_000_000n);
  });
});
