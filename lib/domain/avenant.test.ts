import { describe, expect, it } from "vitest";
import {
  assertAvenantPossible,
  consolider,
  controlerAvenant,
  controlerReliquat,
  prochainAvenant,
  type AvenantAConsolider,
  type EtatConvention,
} from "./avenant";
import type { Statut } from "./statut";
import { convention2024Webinaire as seed003 } from "@/prisma/seed/index";
import { parseMontant } from "./money";
import { controlerEcheancier } from "./controles/echeancier";

const e = (euros: number) => BigInt(euros) * 100n;
const DINSIC = {
  id: "dinsic",
  nom: "direction interministérielle du numérique et du système d'information et de communication de l'Etat",
  sigle: "DINSIC",
};
const DINUM = { id: "dinum", nom: "direction interministérielle du numérique", sigle: "DINUM" };

const initial: EtatConvention = {
  dateFin: "2025-12-31",
  plafondAe: e(120_000),
  plafondCp: e(120_000),
  echeancier: seed003.echeancier.map((l) => ({ annee: l.annee, ae: parseMontant(l.ae), cp: parseMontant(l.cp) })),
  parties: [{ organisation: DINSIC, libelle: "La DINSIC", denominations: ["la DINSIC"] }],
  articles: seed003.articles.map((a) => ({ numero: a.numero, titre: a.titre, corps: a.corps })),
};

// The journey of issue 3: extend seed 003 by a year and move 20 000 € of CP to the new year.
const avenant1: AvenantAConsolider = {
  numero: 1,
  signe: true,
  dateSignature: "2025-11-15",
  changements: [
    { type: "PROLONGATION", nouvelleDateFin: "2026-12-31" },
    {
      type: "ECHEANCIER",
      aPartirDe: 2025,
      lignes: [
        { annee: 2025, ae: 0n, cp: e(90_000) },
        { annee: 2026, ae: 0n, cp: e(20_000) },
      ],
    },
  ],
};

describe("consolider", () => {
  it("applies an extension and a schedule shift, and says what changed", () => {
    const { etat, chronologie } = consolider(initial, [avenant1]);
    expect(etat.dateFin).toBe("2026-12-31");
    expect(etat.echeancier).toEqual([
      { annee: 2024, ae: e(120_000), cp: e(10_000) },
      { annee: 2025, ae: 0n, cp: e(90_000) },
      { annee: 2026, ae: 0n, cp: e(20_000) },
    ]);
    expect(chronologie).toEqual([
      {
        numero: 1,
        dateSignature: "2025-11-15",
        datePublication: null,
        effets: [
          "Date de fin : 31/12/2025 → 31/12/2026",
          "Échéancier remplacé à partir de 2025 (2025 : 0\u00a0€ en AE, 90\u202f000\u00a0€ en CP ; 2026 : 0\u00a0€ en AE, 20\u202f000\u00a0€ en CP)",
        ],
      },
    ]);
  });

  it("writes the new end date into the duration article", () => {
    const { etat } = consolider(initial, [avenant1]);
    expect(etat.articles.find((a) => a.numero === "8")!.corps).toContain("Par défaut, la convention prendra fin au 31\u00a0décembre 2026.");
    expect(initial.articles.find((a) => a.numero === "8")!.corps).toContain("prendra fin au 31 décembre 2025");
  });

  it("applies signed avenants only, in number order whatever the input order", () => {
    const avenant2: AvenantAConsolider = {
      numero: 2,
      signe: true,
      dateSignature: null,
      changements: [{ type: "PROLONGATION", nouvelleDateFin: "2027-06-30" }],
    };
    const brouillon: AvenantAConsolider = {
      numero: 3,
      signe: false,
      dateSignature: null,
      changements: [{ type: "PROLONGATION", nouvelleDateFin: "2030-01-01" }],
    };
    const { etat, chronologie } = consolider(initial, [brouillon, avenant2, avenant1]);
    expect(etat.dateFin).toBe("2027-06-30");
    expect(chronologie.map((c) => c.numero)).toEqual([1, 2]);
  });

  it("replaces an organisation by its successor everywhere (DINSIC → DINUM, décret 2019-1088)", () => {
    const withText = {
      ...initial,
      articles: [
        {
          numero: "1",
          titre: "Objet",
          corps:
            "La DINSIC, direction interministérielle du numérique et du système d'information et de communication de l'Etat, s'engage.",
        },
      ],
    };
    const { etat, chronologie } = consolider(withText, [
      {
        numero: 1,
        signe: true,
        dateSignature: null,
        changements: [{ type: "SUCCESSION_ORGANISATION", remplacee: DINSIC, successeur: DINUM }],
      },
    ]);
    expect(etat.parties[0]).toEqual({ organisation: DINUM, libelle: "La DINUM", denominations: ["la DINUM"] });
    expect(etat.articles[0]!.corps).toBe("La DINUM, direction interministérielle du numérique, s'engage.");
    expect(chronologie[0]!.effets).toEqual(["DINSIC remplacée par DINUM dans toute la convention"]);
  });

  it("changes ceilings and article texts", () => {
    const { etat, chronologie } = consolider(initial, [
      {
        numero: 1,
        signe: true,
        dateSignature: null,
        changements: [
          { type: "PLAFONDS", nouveauPlafondAe: e(150_000), nouveauPlafondCp: null },
          { type: "MODIFICATION_ARTICLE", numero: "9", corps: "Pour 2025, le budget est estimé à 150 000 €." },
        ],
      },
    ]);
    expect([etat.plafondAe, etat.plafondCp]).toEqual([e(150_000), e(120_000)]);
    expect(etat.articles.find((a) => a.numero === "9")).toEqual({
      numero: "9",
      titre: "Coût de l'opération",
      corps: "Pour 2025, le budget est estimé à 150 000 €.",
    });
    expect(chronologie[0]!.effets).toEqual(["Plafond AE : 120\u202f000\u00a0€ → 150\u202f000\u00a0€", "Article 9 modifié"]);
  });
});

describe("controlerReliquat", () => {
  const reduction = (reliquatAe: bigint): AvenantAConsolider => ({
    numero: 1,
    signe: false,
    dateSignature: null,
    changements: [
      { type: "PLAFONDS", nouveauPlafondAe: e(100_000), nouveauPlafondCp: e(100_000) },
      { type: "RELIQUAT", reliquatAe, reliquatCp: null },
    ],
  });

  it("accepts a remainder equal to the former ceiling less the new one", () => {
    expect(controlerReliquat(initial, reduction(e(20_000)))).toEqual([]);
  });

  it("flags a stated remainder that the arithmetic contradicts, with the figures", () => {
    expect(controlerReliquat(initial, reduction(e(25_000)))).toEqual([
      {
        code: "RELIQUAT_INEXACT",
        gravite: "erreur",
        champ: "reliquatAe",
        message:
          "Le reliquat déclaré en AE (25\u202f000\u00a0€) ne correspond pas au calcul : 120\u202f000\u00a0€ initialement délégués − 100\u202f000\u00a0€ maintenus = 20\u202f000\u00a0€.",
      },
    ]);
  });

  it("without a new ceiling, compares with the remaining schedule", () => {
    const avenant: AvenantAConsolider = {
      numero: 1,
      signe: false,
      dateSignature: null,
      changements: [
        { type: "ECHEANCIER", aPartirDe: 2025, lignes: [{ annee: 2025, ae: 0n, cp: e(80_000) }] },
        { type: "RELIQUAT", reliquatAe: null, reliquatCp: e(30_000) },
      ],
    };
    expect(controlerReliquat(initial, avenant)).toEqual([]);
    expect(
      controlerReliquat(initial, {
        ...avenant,
        changements: [avenant.changements[0]!, { type: "RELIQUAT", reliquatAe: null, reliquatCp: e(20_000) }],
      })[0]!.code,
    ).toBe("RELIQUAT_INEXACT");
  });
});

describe("controlerAvenant: an « extension » that does not end later is an error", () => {
  const prolongation = (nouvelleDateFin: string): AvenantAConsolider => ({
    numero: 2,
    signe: false,
    dateSignature: null,
    changements: [{ type: "PROLONGATION", nouvelleDateFin }],
  });
  it.each([
    ["2026-12-31", []],
    ["2025-12-31", ["PROLONGATION_ANTERIEURE"]],
    ["2025-06-30", ["PROLONGATION_ANTERIEURE"]],
  ])("ending on %s against 31/12/2025", (fin, codes) => {
    expect(controlerAvenant(initial, prolongation(fin)).map((c) => c.code)).toEqual(codes);
  });
  it("says which avenant, and both dates", () => {
    expect(controlerAvenant(initial, prolongation("2025-06-30"))[0]).toMatchObject({
      gravite: "erreur",
      champ: "prolongation.nouvelleDateFin",
      message:
        "Avenant n° 2 : La prolongation fixe la fin au 30/06/2025, qui ne vient pas après la fin actuelle (31/12/2025) : ce n'est pas une prolongation.",
    });
  });
});

describe("prochainAvenant: whether avenant n° N+1 may be drafted", () => {
  const signee = (avenants: [number, Statut][], statut: Statut = "SIGNEE") => ({
    statut,
    avenants: avenants.map(([numero, s]) => ({ numero, statut: s })),
  });
  it.each([
    ["a signed convention without avenant", signee([]), { possible: true, numero: 1 }],
    [
      "after two signed avenants",
      signee([
        [1, "SIGNEE"],
        [2, "PUBLIEE"],
      ]),
      { possible: true, numero: 3 },
    ],
    ["a published convention", signee([], "EN_VIGUEUR"), { possible: true, numero: 1 }],
    ["a draft convention", signee([], "BROUILLON"), { possible: false, numero: 1, code: "CONVENTION_NON_SIGNEE", enCours: null }],
    [
      "a convention signed by one party only",
      signee([], "SIGNEE_PARTIELLEMENT"),
      { possible: false, numero: 1, code: "CONVENTION_NON_SIGNEE", enCours: null },
    ],
    [
      "an avenant still in review",
      signee([
        [1, "SIGNEE"],
        [2, "EN_REVUE"],
      ]),
      { possible: false, numero: 3, code: "AVENANT_EN_COURS", enCours: 2 },
    ],
  ] as const)("%s", (_name, convention, expected) => {
    expect(prochainAvenant(convention)).toMatchObject(expected);
  });

  it("says why in French, and assertAvenantPossible throws it as a domain error", () => {
    const brouillon = signee([], "BROUILLON");
    expect(() => assertAvenantPossible(brouillon)).toThrow(
      "Un avenant modifie une convention signée par toutes les parties ; celle-ci est « Brouillon » : modifiez-la directement.",
    );
    expect(() => assertAvenantPossible(signee([[1, "PRETE_A_SIGNER"]]))).toThrow(expect.objectContaining({ code: "AVENANT_EN_COURS" }));
    expect(assertAvenantPossible(signee([[1, "SIGNEE"]]))).toBe(2);
  });
});

// Issue 18, item 5: the schedule is checked against the ceilings as the stated remainders leave
// them, exactly as the remainder's own check reads them.
describe("stated remainders and the schedule against the ceilings", () => {
  const avenant = (numero: number, changements: AvenantAConsolider["changements"]): AvenantAConsolider => ({
    numero,
    signe: true,
    dateSignature: "2025-06-01",
    changements,
  });
  const echeancier = (...lignes: [number, number, number][]) => lignes.map(([annee, ae, cp]) => ({ annee, ae: e(ae), cp: e(cp) }));
  const depuis = (aPartirDe: number, ...lignes: [number, number, number][]) =>
    ({ type: "ECHEANCIER", aPartirDe, lignes: echeancier(...lignes) }) as const;
  const reliquat = (ae: number | null, cp: number | null) =>
    ({ type: "RELIQUAT", reliquatAe: ae === null ? null : e(ae), reliquatCp: cp === null ? null : e(cp) }) as const;

  /** Every finding: each avenant against the state before it, then the schedule of the result. */
  function verifier(depart: EtatConvention, avenants: AvenantAConsolider[], motif?: string) {
    const constats = [];
    let avant = depart;
    for (const a of avenants) {
      constats.push(...controlerAvenant(avant, a));
      avant = consolider(avant, [a]).etat;
    }
    const { etat } = consolider(depart, avenants);
    constats.push(
      ...controlerEcheancier({
        type: "DELEGATION_GESTION",
        objet: "",
        plafondAe: etat.plafondAe,
        plafondCp: etat.plafondCp,
        reliquatAe: etat.reliquatAe,
        reliquatCp: etat.reliquatCp,
        ecartAeCpMotif: motif,
        dateDebut: null,
        dateFin: etat.dateFin,
        regleDuree: "DATE_FIXE",
        parties: [],
        basesLegales: [],
        articles: [],
        echeancier: etat.echeancier,
      }),
    );
    return constats.map((c) => c.code);
  }
  // Seed 003: 120 000 € in AE and CP; 2024: 120 000 AE, 10 000 CP; 2025: 110 000 CP.
  const cpPlusBas = { ...initial, plafondCp: e(100_000), echeancier: echeancier([2024, 120_000, 10_000], [2025, 0, 90_000]) };

  it.each<[string, EtatConvention, AvenantAConsolider[], string[], string?]>([
    ["extends and moves CP to a new year", initial, [avenant1], []],
    [
      "lowers both ceilings and states what it gives back",
      initial,
      [
        avenant(1, [
          { type: "PLAFONDS", nouveauPlafondAe: e(100_000), nouveauPlafondCp: e(100_000) },
          depuis(2024, [2024, 100_000, 10_000], [2025, 0, 90_000]),
          reliquat(20_000, 20_000),
        ]),
      ],
      [],
    ],
    [
      "states a remainder in AE and CP without a new ceiling",
      initial,
      [avenant(1, [depuis(2024, [2024, 100_000, 10_000], [2025, 0, 90_000]), reliquat(20_000, 20_000)])],
      [],
    ],
    ["states a remainder in CP only", initial, [avenant(1, [depuis(2025, [2025, 0, 80_000]), reliquat(null, 30_000)])], []],
    [
      "states a remainder in AE only",
      cpPlusBas,
      [avenant(1, [depuis(2024, [2024, 100_000, 10_000], [2025, 0, 90_000]), reliquat(20_000, null)])],
      [],
      "CP plafonnés à 100 000 €",
    ],
    [
      "extends, moves years and states a remainder in both",
      initial,
      [
        avenant(1, [
          { type: "PROLONGATION", nouvelleDateFin: "2026-12-31" },
          depuis(2024, [2024, 100_000, 10_000], [2025, 0, 50_000], [2026, 0, 30_000]),
          reliquat(20_000, 30_000),
        ]),
      ],
      [],
    ],
    [
      "two avenants, each giving some back",
      initial,
      [
        avenant(1, [depuis(2024, [2024, 100_000, 10_000], [2025, 0, 90_000]), reliquat(20_000, 20_000)]),
        avenant(2, [depuis(2025, [2025, -10_000, 80_000]), reliquat(10_000, 10_000)]),
      ],
      [],
    ],
    [
      "a remainder, then a new ceiling that says it all",
      initial,
      [
        avenant(1, [depuis(2024, [2024, 100_000, 10_000], [2025, 0, 90_000]), reliquat(20_000, 20_000)]),
        avenant(2, [
          { type: "PLAFONDS", nouveauPlafondAe: e(150_000), nouveauPlafondCp: e(150_000) },
          depuis(2025, [2025, 50_000, 140_000]),
        ]),
      ],
      [],
    ],
    [
      "a stated remainder the schedule does not give back",
      initial,
      [avenant(1, [depuis(2024, [2024, 100_000, 10_000], [2025, 0, 90_000]), reliquat(25_000, 20_000)])],
      ["RELIQUAT_INEXACT", "TOTAL_AE_DIFFERENT_DU_PLAFOND"],
    ],
    [
      "a schedule reduced with no remainder stated",
      initial,
      [avenant(1, [depuis(2025, [2025, 0, 80_000])])],
      ["TOTAL_CP_DIFFERENT_DU_PLAFOND", "TOTAL_CP_DIFFERENT_DES_AE"],
    ],
  ])("%s", (_cas, depart, avenants, attendu, motif) => {
    expect(verifier(depart, avenants, motif).sort()).toEqual([...attendu].sort());
  });

  it("says the remainder in the schedule's message when the total misses the ceiling less it", () => {
    const { etat } = consolider(initial, [avenant(1, [depuis(2025, [2025, 0, 70_000]), reliquat(null, 30_000)])]);
    const [constat] = controlerEcheancier({
      type: "DELEGATION_GESTION",
      objet: "",
      plafondAe: etat.plafondAe,
      plafondCp: etat.plafondCp,
      reliquatCp: etat.reliquatCp,
      ecartAeCpMotif: "x",
      dateDebut: null,
      dateFin: null,
      regleDuree: "DATE_FIXE",
      parties: [],
      basesLegales: [],
      articles: [],
      echeancier: etat.echeancier,
    });
    expect(constat!.message).toBe(
      "Le total des CP de l'échéancier (80\u202f000\u00a0€) n'atteint pas le plafond CP (120\u202f000\u00a0€) diminué du reliquat déclaré (30\u202f000\u00a0€), soit 90\u202f000\u00a0€ : écart de 10\u202f000\u00a0€.",
    );
  });
});
