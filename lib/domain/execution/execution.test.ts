import { describe, expect, it } from "vitest";
import { lireDateCellule, lireMontantCellule, codeCellule } from "./valeurs";
import { lireEntetes, normaliserEntete } from "./entetes";
import { lireExtrait } from "./extrait";
import { rattacher, type ConventionARattacher } from "./rattachement";
import { ligneVide, part, syntheseExecution } from "./synthese";
import { alertesExecution } from "./alertes";
import { COLONNES_FINANCE, COLONNES_MONTANTS, valeursFinance } from "./tableau";

describe("amounts of CHORUS extracts, to the cent", () => {
  it.each([
    ["1 000,00", 100000n],
    ["-1 000,00", -100000n],
    ["1\u202f000,50\u00a0€", 100050n],
    ["1.000,00-", -100000n],
    ["12 345 678,9", 1234567890n],
    ["(250,00)", -25000n],
    ["1,234.56", 123456n],
    ["0", 0n],
    [1234.5, 123450n],
    [-0.1 - 0.2, -30n],
    [50000, 5000000n],
  ] as const)("%j → %s cents", (v, cents) => {
    expect(lireMontantCellule(v)).toEqual({ ok: true, cents });
  });
  it.each([["douze"], ["1,2,3"], [""], [null], ["12,345"], [true]] as const)("refuses %j", (v) => {
    expect(lireMontantCellule(v as never)).toMatchObject({ ok: false, attendu: expect.stringContaining("montant") });
  });
});

describe("dates of CHORUS extracts", () => {
  it.each([
    ["15/03/2024", "2024-03-15"],
    ["5/3/2024", "2024-03-05"],
    ["15.03.2024", "2024-03-15"],
    ["2024-03-15", "2024-03-15"],
    [45366, "2024-03-15"], // Excel serial
    ["45366", "2024-03-15"],
    [new Date(Date.UTC(2024, 2, 15)), "2024-03-15"],
    [45292, "2024-01-01"],
  ] as const)("%j → %s", (v, date) => {
    expect(lireDateCellule(v)).toEqual({ ok: true, date });
  });
  it.each([["31/02/2024"], ["2024/15/03"], ["demain"], [12], [null]] as const)("refuses %j", (v) => {
    expect(lireDateCellule(v)).toEqual({ ok: false, attendu: "une date JJ/MM/AAAA" });
  });
});

describe("headers of SAP reports: cut at 40 characters, « .1 » for a repeated one", () => {
  it("normalises accents, case, « [CODE] » and the suffix", () => {
    expect(normaliserEntete("Centre financier [CODE]")).toEqual({ texte: "centre financier", occurrence: 0 });
    expect(normaliserEntete("Type de montant.1")).toEqual({ texte: "type de montant", occurrence: 1 });
    expect(normaliserEntete("N° EJ")).toEqual({ texte: "n ej", occurrence: 0 });
  });
  it("finds each column of a real payments extract, and drops bank details", () => {
    const entetes = [
      "N° EJ",
      "N° poste EJ",
      "N° DP",
      "N° poste DP",
      "Société",
      "Exercice comptable",
      "Fournisseur payé (DP) [CODE]",
      "Centre financier [CODE]",
      "Domaine fonctionnel [CODE]",
      "Référentiel de programmation [CODE]",
      "Montant payé",
      "Date de dernière opération sur la DP",
      "IBAN",
      "BIC",
    ];
    const { colonnes, bancaires, ignorees } = lireEntetes(entetes);
    expect(colonnes).toMatchObject({
      numeroEj: 0,
      posteEj: 1,
      numeroDp: 2,
      posteDp: 3,
      exercice: 5,
      fournisseur: 6,
      centreFinancier: 7,
      domaineFonctionnel: 8,
      montant: 10,
      date: 11,
    });
    expect(bancaires).toEqual(["IBAN", "BIC"]);
    expect(ignorees).toEqual(["Société", "Référentiel de programmation [CODE]"]);
  });
  it("reads the movement code in « Type de montant.1 » and a header cut at 40 characters", () => {
    const entetes = [
      "Exercice comptable",
      "Centre financier",
      "Numéro de pièce de la pièce de référence".slice(0, 40),
      "Montant à contrôler en dev. transaction",
      "Type de montant",
      "Type de montant.1",
      "Date comptable",
    ];
    expect(lireEntetes(entetes).colonnes).toMatchObject({ numeroEj: 2, montant: 3, typeMontant: 5, date: 6 });
  });
});

const ENTETES_EJ = [
  "Exercice comptable",
  "Centre financier",
  "Domaine fonctionnel",
  "Activité",
  "N° EJ",
  "N° poste EJ",
  "Fournisseur",
  "Montant",
  "Type de montant",
  "Type de montant.1",
  "Date comptable",
];

describe("reading an extract line by line", () => {
  it("reads commitments with their movement types; a reduction is negative whatever its sign; 350 is a carry-over", () => {
    const l = lireExtrait([
      ENTETES_EJ,
      ["2024", "0214-CEN2-INFO", "0214-08-02", "021401SI0202", "1300012345", "1", "ACME", "80 000,00", "EUR", "100", "15/03/2024"],
      ["2024", "0214-CEN2-INFO", "0214-08-02", "021401SI0202", "1300012345", "1", "ACME", "5 000,00", "EUR", "200", "15/06/2024"],
      ["2024", "0214-CEN2-INFO", "0214-08-02", "021401SI0202", "1300012345", "1", "ACME", "-1 000,00", "EUR", "150", "20/06/2024"],
      ["2025", "0214-CEN2-INFO", "0214-08-02", "021401SI0202", "1300012345", "1", "ACME", "74 000,00", "EUR", "350", "01/01/2025"],
      ["", "", "", "", "", "", "", "148 000,00", "", "", ""], // the report's total
    ]);
    expect(l.erreurs).toEqual([]);
    expect(l.nature).toBe("ENGAGEMENT");
    expect(l.lignesVides).toBe(1);
    expect(l.mouvements.map((m) => [m.ligne, m.annee, m.ae, m.report])).toEqual([
      [2, 2024, 8000000n, false],
      [3, 2024, -500000n, false],
      [4, 2024, -100000n, false],
      [5, 2025, 7400000n, true],
    ]);
    expect(new Set(l.mouvements.map((m) => m.cle)).size).toBe(4);
  });

  it("says every error with its line, column, value and what was expected", () => {
    const l = lireExtrait([
      ENTETES_EJ,
      ["2024", "0214-CEN2-INFO", "", "", "1300012345", "1", "ACME", "80 000 euros", "EUR", "100", "15/03/2024"],
      ["2024", "0214-CEN2-INFO", "", "", "1300012345", "1", "ACME", "1 000,00", "EUR", "999", "31/02/2024"],
    ]);
    expect(l.mouvements).toEqual([]);
    expect(l.erreurs.map((e) => e.message)).toEqual([
      "Ligne 2, colonne « Montant » : « 80 000 euros » — attendu : un montant en euros (ex. 1 000,00 ou -1 000,00).",
      "Ligne 3, colonne « Date » : « 31/02/2024 » — attendu : une date JJ/MM/AAAA.",
      "Ligne 3, colonne « Type de montant.1 » : « 999 » — attendu : un type de mouvement CHORUS (100, 150, 200, 350, 500, 600, 650).",
    ]);
  });

  it("names a missing column, and a file that is not an extract", () => {
    expect(
      lireExtrait([
        ["N° EJ", "N° DP", "Centre financier", "Date comptable"],
        ["1", "2", "X", "01/01/2024"],
      ]).erreurs[0]!.message,
    ).toBe("Colonne manquante : « Montant », attendue dans un extrait de demandes de paiement (DP).");
    expect(
      lireExtrait([
        ["Nom", "Prénom"],
        ["Dupont", "Jean"],
      ]).erreurs[0]!.message,
    ).toContain("ne sont pas ceux d'un extrait CHORUS");
  });

  it("reads payments and credits made available; a DP twice in a file is said", () => {
    const dp = lireExtrait([
      [
        "N° EJ",
        "N° poste EJ",
        "N° DP",
        "N° poste DP",
        "Exercice comptable",
        "Centre financier [CODE]",
        "Montant payé",
        "Date de dernière opération sur la DP",
      ],
      ["1300012345", "1", "1000001", "1", "2024", "0214-CEN2-INFO Production", "10 000,00", 45458],
      ["1300012345", "1", "1000001", "1", "2024", "0214-CEN2-INFO Production", "10 000,00", 45458],
    ]);
    expect(dp.nature).toBe("PAIEMENT");
    expect(dp.mouvements[0]).toMatchObject({ cp: 1000000n, centreFinancier: "0214-CEN2-INFO", date: "2024-06-15", numeroEj: "1300012345" });
    expect(dp.erreurs.map((e) => e.message)).toEqual(["Ligne 3 : la demande de paiement 1000001 est déjà à la ligne 2."]);
    const mad = lireExtrait([
      ["Date de mise à disposition", "Centre financier", "AE", "CP"],
      ["02/10/2024", "0214-CEN2-INFO", "120 000,00", "10 000,00"],
    ]);
    expect(mad.mouvements[0]).toMatchObject({ nature: "MISE_A_DISPOSITION", ae: 12000000n, cp: 1000000n, annee: 2024 });
  });
});

describe("which convention a line belongs to", () => {
  const conventions: ConventionARattacher[] = [
    {
      id: "c003",
      reference: "2024-DNE-DINUM-01",
      centreFinancier: "0214-CEN2-INFO",
      domaineFonctionnel: "0214-08-02",
      activite: "021401SI0202",
      debut: "2024-09-01",
      fin: "2025-12-31",
    },
    {
      id: "c004",
      reference: "2021-SG-DINUM",
      centreFinancier: "0214-CEN2-LGAC",
      domaineFonctionnel: null,
      activite: "021401FC0503",
      debut: "2021-01-26",
      fin: "2021-12-31",
    },
    {
      id: "autre",
      reference: "2019-X",
      centreFinancier: "0214-CEN2-INFO",
      domaineFonctionnel: null,
      activite: null,
      debut: "2019-01-01",
      fin: "2019-12-31",
    },
  ];
  const ligne = (cf: string, date: string, activite: string | null = null) =>
    lireExtrait([
      ["Date", "Centre financier", "Activité", "AE", "CP"],
      [date, cf, activite ?? "", "1", "1"],
    ]).mouvements[0]!;
  it.each([
    ["its UO and period", ligne("0214-CEN2-INFO", "01/10/2024"), { ok: true, conventionId: "c003" }],
    ["its UO, the only one", ligne("0214-cen2-lgac", "01/03/2021"), { ok: true, conventionId: "c004" }],
    ["another activité on that UO", ligne("0214-CEN2-LGAC", "01/03/2021", "999999"), { ok: false, raison: "AUTRE_UO" }],
    ["a UO no convention delegates", ligne("0129-CXXX", "01/03/2024"), { ok: false, raison: "AUTRE_UO" }],
    [
      "two conventions on that UO, outside both periods",
      ligne("0214-CEN2-INFO", "01/03/2022"),
      { ok: false, raison: "AMBIGU", references: ["2024-DNE-DINUM-01", "2019-X"] },
    ],
  ])("%s", (_cas, m, attendu) => {
    expect(rattacher(m, conventions)).toEqual(attendu);
  });
  it("from a convention's page, its lines only", () => {
    expect(rattacher(ligne("0214-CEN2-INFO", "01/03/2022"), conventions, "c003")).toEqual({ ok: true, conventionId: "c003" });
    expect(rattacher(ligne("0214-CEN2-LGAC", "01/03/2021"), conventions, "c003")).toEqual({ ok: false, raison: "AUTRE_UO" });
  });
});

describe("schedule against actual (seed 003: 2024 AE 120 000 CP 10 000, 2025 CP 110 000)", () => {
  it("adds up to the cent, year by year", () => {
    const { annees, total } = syntheseExecution(
      [
        { annee: 2024, ae: 12000000n, cp: 1000000n },
        { annee: 2025, ae: 0n, cp: 11000000n },
      ],
      [
        { nature: "MISE_A_DISPOSITION", annee: 2024, ae: 12000000n, cp: 1000000n, report: false },
        { nature: "ENGAGEMENT", annee: 2024, ae: 8000000n, cp: 0n, report: false },
        { nature: "ENGAGEMENT", annee: 2024, ae: -500001n, cp: 0n, report: false },
        { nature: "PAIEMENT", annee: 2024, ae: 0n, cp: 999999n, report: false },
        { nature: "ENGAGEMENT", annee: 2025, ae: 7499999n, cp: 0n, report: true },
      ],
    );
    expect(annees[0]).toMatchObject({ annee: 2024, aeEngage: 7499999n, aeRestant: 4500001n, cpPaye: 999999n, cpRestant: 1n });
    expect(annees[1]).toMatchObject({ annee: 2025, cpProgramme: 11000000n, aeReporte: 7499999n, aeEngage: 0n });
    expect(total).toMatchObject({ aeProgramme: 12000000n, cpProgramme: 12000000n, aeEngage: 7499999n, cpPaye: 999999n });
    expect(part(7499999n, 12000000n)).toBe(62.4);
    expect(part(2n, 1n)).toBe(100);
    expect(part(1n, 0n)).toBe(0);
  });
});

it("codes come without their label", () => {
  expect(codeCellule("0214-CEN2-INFO DINUM Production")).toBe("0214-CEN2-INFO");
  expect(codeCellule("[0214-08-02]")).toBe("0214-08-02");
});

describe("alerts of the execution, each with its article and what to do", () => {
  const articles = [
    {
      numero: "5",
      titre: "Dispositions financières",
      corps:
        "La somme des crédits engagés par le délégataire ne pourra dépasser la limite du montant alloué. En cas d'insuffisance des crédits, le délégataire informe le délégant sans délai.",
    },
    {
      numero: "6",
      titre: "Compte rendu",
      corps:
        "Dans l'hypothèse où les crédits mis à disposition ne seraient pas entièrement consommés, le délégataire en informe le délégant.",
    },
  ];
  const ligne = (o: { annee: number } & { [k: string]: bigint | number }) => ({ ...ligneVide(o.annee), ...o });
  const suivie = (total: Record<string, bigint>, extra: Partial<import("./alertes").ConventionSuivie> = {}) => ({
    dateSignature: "2024-09-01",
    dateFin: "2025-12-31",
    plafondAe: 12000000n,
    articles,
    synthese: { annees: [ligne({ annee: 2024, ...total })], total: ligne({ annee: 0, ...total }) },
    engagements: [],
    ...extra,
  });
  it.each([
    [
      "commitments above the AE made available",
      suivie({ aeDisponible: 5000000n, aeEngage: 6000000n, cpProgramme: 1n }),
      "2024-10-15",
      ["AE_AU_DELA_DISPONIBLE"],
      "Article 5",
    ],
    [
      "commitments above the ceiling",
      suivie({ aeDisponible: 20000000n, aeEngage: 13000000n, cpProgramme: 1n }),
      "2024-10-15",
      ["AE_AU_DELA_PLAFOND"],
      "Article 5",
    ],
    [
      "payments above the CP made available",
      suivie({ aeDisponible: 1n, cpDisponible: 1000000n, cpPaye: 1500000n }),
      "2024-10-15",
      ["CP_AU_DELA_DISPONIBLE"],
      "Article 5",
    ],
    [
      "a payment above its EJ",
      suivie({ aeDisponible: 1n }, { engagements: [{ numero: "1300012345", engage: 100n, paye: 200n }] }),
      "2024-10-15",
      ["PAIEMENT_AU_DELA_EJ"],
      "Article 5",
    ],
    ["nothing made available 45 days after signature", suivie({}), "2024-10-16", ["MISE_A_DISPOSITION_EN_RETARD"], "Article 5"],
    ["nothing made available 20 days after signature: no alert yet", suivie({}), "2024-09-21", [], null],
    [
      "half the period gone, a tenth paid",
      suivie({ aeDisponible: 1n, cpProgramme: 12000000n, cpDisponible: 12000000n, cpPaye: 1200000n }),
      "2025-04-30",
      ["SOUS_CONSOMMATION"],
      "Article 6",
    ],
    [
      "November, CP left to pay this year",
      suivie({ aeDisponible: 12000000n, cpDisponible: 1000000n, cpProgramme: 1000000n, aeEngage: 12000000n, cpPaye: 0n }),
      "2024-11-05",
      ["FIN_DE_GESTION"],
      "Article 6",
    ],
  ] as const)("%s", (_cas, c, jour, codes, article) => {
    const a = alertesExecution(c as never, jour);
    expect(a.map((x) => x.code)).toEqual(codes);
    if (article) expect(a[0]!.article).toBe(article);
    for (const x of a) expect(x.action.length).toBeGreaterThan(20);
  });
  it.each([
    ["2024-11-05", "paiements jusqu'au 30 novembre environ, commandes jusqu'au 12 décembre", "information"],
    [
      "2024-12-03",
      "la date des paiements (30 novembre environ) est passée, commandes encore possibles jusqu'au 12 décembre environ",
      "avertissement",
    ],
    [
      "2024-12-20",
      "les dates de fin de gestion sont passées (paiements au 30 novembre, commandes au 12 décembre environ)",
      "avertissement",
    ],
  ])("the year-end alert on %s says what the date still allows", (jour, dit, gravite) => {
    const [a] = alertesExecution(
      suivie({ aeDisponible: 12000000n, cpDisponible: 1000000n, cpProgramme: 1000000n, aeEngage: 12000000n, cpPaye: 0n }) as never,
      jour,
    ).filter((x) => x.code === "FIN_DE_GESTION");
    expect(a!.message).toContain(`Fin de gestion 2024 : ${dit} ;`);
    expect(a!.gravite).toBe(gravite);
  });

  it("says the figures, in French", () => {
    const [a] = alertesExecution(suivie({ aeDisponible: 5000000n, aeEngage: 6000000n, cpProgramme: 1n }) as never, "2024-10-15");
    expect(a!.message.replace(/[\u202f\u00a0]/g, " ")).toBe(
      "En 2024, les engagements (60 000,00 €) dépassent les AE mises à disposition (50 000,00 €) de 10 000,00 €.",
    );
  });
});

describe("the finance columns: one label and one order for every table and file", () => {
  it("reads a row's figures in the columns' order, with what remains", () => {
    const m = { aeProgramme: 12n, aeDisponible: 10n, aeEngage: 7n, cpProgramme: 12n, cpDisponible: 9n, cpPaye: 4n };
    expect(COLONNES_FINANCE.map((c) => c.libelle)).toEqual([
      "AE programmées",
      "AE mises à disposition",
      "AE engagées",
      "AE disponibles non engagées",
      "CP programmés",
      "CP mis à disposition",
      "CP payés",
      "CP disponibles non payés",
    ]);
    expect(valeursFinance(m)).toEqual([12n, 10n, 7n, 3n, 12n, 9n, 4n, 5n]);
    expect(valeursFinance(m, COLONNES_MONTANTS)).toEqual([12n, 10n, 7n, 12n, 9n, 4n]);
  });
});
