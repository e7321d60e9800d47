import { describe, expect, it } from "vitest";
import {
  controlerConvention,
  controlerTexteAvenant,
  exigencesArticle2,
  parGravite,
  type AvenantAControler,
  type ConventionAControler,
} from "./index";
import { montantsDoubles } from "./lettres";
import { referencesCitees, texteVise } from "./references";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";
import { TEXTES } from "@/prisma/seed/referentiel";
import { fromSeed } from "./seeds.test-support";

const e = (euros: number) => BigInt(euros) * 100n;

const seed003 = fromSeed(SEED_CONVENTIONS.find((s) => s.reference === "2024-DNE-DINUM-01")!);
const codes = (c: ConventionAControler) => controlerConvention(c, TEXTES).map((f) => f.code);

describe("the three real conventions", () => {
  it("seed 003 (2024) passes every check", () => {
    expect(controlerConvention(seed003, TEXTES)).toEqual([]);
  });

  it("seed 004 (2021) refers to « la période fixée à l'article 2 », which is not its duration article (7)", () => {
    const findings = controlerConvention(fromSeed(SEED_CONVENTIONS.find((s) => s.reference === "2021-SG-DINUM-01")!), TEXTES);
    expect(findings).toEqual([
      {
        code: "ROLE_MOT_INCONNU",
        gravite: "avertissement",
        champ: "parties.0.role",
        message:
          "Le texte appelle « Le ministère de l'Éducation nationale de la Jeunesse et des sports (MENJS) » « délégrant » : ce n'est pas un terme connu pour son rôle (« délégant » ou « déléguant ») ; corrigez l'orthographe.",
      },
      {
        code: "RENVOI_ARTICLE_DUREE",
        gravite: "avertissement",
        champ: "articles.4",
        message:
          "L'article 5 renvoie à « la période fixée à l'article 2 », mais l'article 2 porte sur « Obligations du délégant » ; la durée est fixée à l'article 7.",
      },
    ]);
  });

  it("seed 001 (2020, a convention de service between the SG and the DINUM) is held to décret 2004-1085: it has no purpose article and says nothing of publication; its article 2 is its duration; it calls the DINUM « déléguataire »", () => {
    expect(codes(fromSeed(SEED_CONVENTIONS.find((s) => s.reference === "2020-SG-DINUM-01")!))).toEqual([
      "ROLE_MOT_INCONNU",
      "ARTICLE_2_MISSION",
      "ARTICLE_2_PUBLICATION",
    ]);
  });
});

describe("décret 2004-1085 governs every kind of convention between State services", () => {
  const seed001 = fromSeed(SEED_CONVENTIONS.find((s) => s.reference === "2020-SG-DINUM-01")!);
  const [sg, dinum] = seed001.parties as [ConventionAControler["parties"][number], ConventionAControler["parties"][number]];
  const partenaire = (p: typeof sg, etat: boolean | null) => ({
    ...p,
    role: "PARTENAIRE" as const,
    mentionRole: null,
    denominations: [],
    etat,
  });
  it.each<[string, Partial<ConventionAControler>, string[]]>([
    ["a convention de service between State services", {}, ["ARTICLE_2_MISSION", "ARTICLE_2_PUBLICATION"]],
    [
      "a convention de partenariat between two State services with no délégant",
      { type: "CONVENTION_PARTENARIAT", parties: [partenaire(sg, true), partenaire(dinum, true)] },
      ["SANS_DELEGANT", "DELEGATAIRE_UNIQUE", "ARTICLE_2_MISSION", "ARTICLE_2_PUBLICATION"],
    ],
    ["a convention de service with a party outside the State", { parties: [sg, { ...dinum, etat: false }] }, []],
    ["a convention de service whose parties' nature is unknown", { parties: [sg, { ...dinum, etat: null }] }, []],
    [
      "a délégation de gestion, whatever its parties",
      {
        type: "DELEGATION_GESTION",
        parties: [
          { ...sg, etat: false },
          { ...dinum, etat: false },
        ],
      },
      ["ARTICLE_2_MISSION", "ARTICLE_2_PUBLICATION"],
    ],
  ])("%s", (_cas, changes, attendu) => {
    // (seed 001 calls the DINUM « déléguataire »: said apart, in the role words' tests)
    expect(codes({ ...seed001, ...changes }).filter((c) => c !== "ROLE_MOT_INCONNU")).toEqual(attendu);
  });

  it("says why a convention that is not a délégation de gestion is held to it", () => {
    const [f] = controlerConvention(
      { ...seed001, type: "CONVENTION_PARTENARIAT", parties: [partenaire(sg, true), partenaire(dinum, true)] },
      TEXTES,
    );
    expect(f!.message).toBe(
      "Entre services de l'État, la convention relève du décret n° 2004-1085 et a au moins un délégant (décret n° 2004-1085, art. 1).",
    );
  });
});

describe("échéancier", () => {
  it.each<[string, Partial<ConventionAControler>, string[]]>([
    [
      "totals below the ceilings",
      {
        echeancier: [
          { annee: 2024, ae: e(110_000), cp: e(10_000) },
          { annee: 2025, ae: 0n, cp: e(100_000) },
        ],
      },
      ["TOTAL_AE_DIFFERENT_DU_PLAFOND", "TOTAL_CP_DIFFERENT_DU_PLAFOND"],
    ],
    [
      "CP paid before AE are committed",
      {
        echeancier: [
          { annee: 2024, ae: e(10_000), cp: e(20_000) },
          { annee: 2025, ae: e(110_000), cp: e(100_000) },
        ],
      },
      ["CP_CUMULES_SUPERIEURS_AUX_AE"],
    ],
    [
      "a year after the end date",
      {
        echeancier: [
          { annee: 2024, ae: e(120_000), cp: e(10_000) },
          { annee: 2026, ae: 0n, cp: e(110_000) },
        ],
      },
      ["ANNEE_HORS_DUREE"],
    ],
    [
      "a year before the start",
      {
        echeancier: [
          { annee: 2023, ae: e(120_000), cp: e(10_000) },
          { annee: 2025, ae: 0n, cp: e(110_000) },
        ],
      },
      ["ANNEE_HORS_DUREE"],
    ],
    [
      "a year twice",
      {
        echeancier: [
          { annee: 2024, ae: e(60_000), cp: e(60_000) },
          { annee: 2024, ae: e(60_000), cp: e(60_000) },
        ],
      },
      ["ANNEE_EN_DOUBLE"],
    ],
    [
      "CP total below AE total without reason",
      { plafondCp: e(100_000), echeancier: [{ annee: 2024, ae: e(120_000), cp: e(100_000) }] },
      ["TOTAL_CP_DIFFERENT_DES_AE"],
    ],
    [
      "CP total below AE total with a stated reason",
      { plafondCp: e(100_000), ecartAeCpMotif: "Solde payé sur 2026", echeancier: [{ annee: 2024, ae: e(120_000), cp: e(100_000) }] },
      [],
    ],
  ])("%s", (_label, change, expected) => {
    expect(codes({ ...seed003, ...change }).sort()).toEqual(expected.sort());
  });

  it("gives the figures that disagree", () => {
    const [finding] = controlerConvention(
      { ...seed003, echeancier: [{ annee: 2024, ae: e(120_000), cp: e(130_000) }], plafondCp: e(130_000), ecartAeCpMotif: "x" },
      TEXTES,
    );
    expect(finding!.message).toBe(
      "Fin 2024, les CP cumulés (130\u202f000\u00a0€) dépassent les AE cumulées (120\u202f000\u00a0€) de 10\u202f000\u00a0€ : on ne peut pas payer plus que ce qui a été engagé.",
    );
    expect(finding!.champ).toBe("echeancier.2024");
  });
});

describe("parties (décret 2004-1085, art. 1)", () => {
  const delegant = { role: "DELEGANT" as const, libelle: "DNE" };
  const delegataire = { role: "DELEGATAIRE" as const, libelle: "DINUM" };
  it.each<[string, ConventionAControler["parties"], string[]]>([
    ["one délégant, one délégataire", [delegant, delegataire], []],
    ["two délégants, one délégataire", [delegant, { ...delegant, libelle: "SG" }, delegataire], []],
    ["no délégant", [delegataire], ["SANS_DELEGANT"]],
    ["two délégataires", [delegant, delegataire, delegataire], ["DELEGATAIRE_UNIQUE"]],
    ["no délégataire", [delegant], ["DELEGATAIRE_UNIQUE"]],
  ])("%s", (_label, parties, expected) => {
    expect(codes({ ...seed003, parties, signatures: undefined })).toEqual(expected);
  });
});

describe("legal references", () => {
  it("reads the references the seeds cite, whatever the spelling of « n° »", () => {
    expect(
      referencesCitees("Vu le décret n°2004-1085 du 14 octobre 2004 et l'ordonnance n 2022-408, décret 2019-1088").map(
        (r) => `${r.nature} ${r.numero}`,
      ),
    ).toEqual(["DECRET 2004-1085", "ORDONNANCE 2022-408", "DECRET 2019-1088"]);
  });

  it.each([
    [
      "le décret n° 2004-1058 du 14 octobre 2004",
      "« décret n° 2004-1058 » ne correspond à aucun texte du référentiel : s'agit-il du n° 2004-1085 ?",
    ],
    [
      "le décret n° 2004-1086 du 14 octobre 2004",
      "« décret n° 2004-1086 » ne correspond à aucun texte du référentiel : s'agit-il du n° 2004-1085 ?",
    ],
    ["le décret n° 1999-1 du 1er janvier 1999", "« décret n° 1999-1 » ne correspond à aucun texte du référentiel : vérifiez le numéro."],
  ])("warns about %j", (texte, message) => {
    const findings = controlerConvention({ ...seed003, basesLegales: [{ texte }] }, TEXTES);
    expect(findings).toEqual([{ code: "TEXTE_INCONNU", gravite: "avertissement", champ: "basesLegales.0", message }]);
  });
});

describe("the words a text uses for a party's role", () => {
  const partie = (role: "DELEGANT" | "DELEGATAIRE" | "PARTENAIRE", mentionRole: string, denominations: string[]) => ({
    role,
    libelle: "La DINUM",
    mentionRole,
    denominations,
  });
  it.each<[string, ConventionAControler["parties"], string[]]>([
    [
      "agree",
      [
        partie("DELEGANT", "délégant, d'une part", ["le délégant", "la DNE"]),
        partie("DELEGATAIRE", "délégataire, d'autre part", ["le délégataire"]),
      ],
      [],
    ],
    [
      "a délégataire called « le délégant »",
      [partie("DELEGANT", "délégant, d'une part", []), partie("DELEGATAIRE", "délégataire, d'autre part", ["le délégant", "la DINUM"])],
      ["« La DINUM » est dite « délégant » dans le texte, mais son rôle est délégataire."],
    ],
    [
      "a délégant whose mention says « délégataire »",
      [partie("DELEGANT", "Délégataire, d'une part", []), partie("DELEGATAIRE", "", [])],
      ["« La DINUM » est dite « délégataire » dans le texte, mais son rôle est délégant."],
    ],
  ])("%s", (_cas, parties, attendu) => {
    expect(
      controlerConvention({ ...seed003, parties }, TEXTES)
        .filter((f) => f.code === "ROLE_CONTREDIT")
        .map((f) => f.message),
    ).toEqual(attendu);
  });
});

describe("role words: each word a text uses for a party's role, against its role", () => {
  const dite = (role: "DELEGANT" | "DELEGATAIRE" | "PARTENAIRE", mot: string) =>
    controlerConvention(
      {
        ...seed003,
        signatures: undefined,
        parties: [
          { role, libelle: "La DNE", mentionRole: `${mot}, d'une part`, denominations: [] },
          { role: role === "DELEGATAIRE" ? "DELEGANT" : "DELEGATAIRE", libelle: "L'autre", mentionRole: null, denominations: [] },
        ],
      },
      TEXTES,
    )
      .filter((f) => f.code.startsWith("ROLE_") && f.champ === "parties.0.role")
      .map((f) => f.code);
  it.each<[string, "DELEGANT" | "DELEGATAIRE" | "PARTENAIRE", string[]]>([
    // the legal terms, in the real conventions' spellings
    ["délégant", "DELEGANT", []],
    ["Délégant", "DELEGANT", []],
    ["DÉLÉGANTE", "DELEGANT", []],
    ["délégants", "DELEGANT", []],
    ["déléguant", "DELEGANT", []], // seed 001: the older spelling
    ["delegant", "DELEGANT", []], // typed without accents
    ["délégataire", "DELEGATAIRE", []],
    ["délégataires", "DELEGATAIRE", []],
    ["Delegataire", "DELEGATAIRE", []],
    ["partenaire", "PARTENAIRE", []],
    // look-alikes that are neither: typos signed documents carry
    ["délégrant", "DELEGANT", ["ROLE_MOT_INCONNU"]], // seed 004
    ["déléguataire", "DELEGATAIRE", ["ROLE_MOT_INCONNU"]], // seed 001
    ["délégateur", "DELEGANT", ["ROLE_MOT_INCONNU"]],
    ["déléguante", "DELEGANT", []],
    ["délagataire", "DELEGATAIRE", ["ROLE_MOT_INCONNU"]],
    ["délégataie", "DELEGATAIRE", ["ROLE_MOT_INCONNU"]],
    ["partennaire", "PARTENAIRE", ["ROLE_MOT_INCONNU"]],
    // the other role
    ["délégataire", "DELEGANT", ["ROLE_CONTREDIT"]],
    ["déléguant", "DELEGATAIRE", ["ROLE_CONTREDIT"]],
    ["partenaire", "DELEGANT", ["ROLE_CONTREDIT"]],
    // words of the family that are no role
    ["délégation", "DELEGANT", []],
    ["délégué", "DELEGATAIRE", []],
    ["représentant", "DELEGANT", []],
  ])("%j for a party %s", (mot, role, attendu) => {
    expect(dite(role, mot)).toEqual(attendu);
  });

  it("says the word and the terms of the role", () => {
    const [f] = controlerConvention(
      {
        ...seed003,
        parties: [{ role: "DELEGANT", libelle: "Le MENJS", mentionRole: "délégrant, d'une part", denominations: [] }, seed003.parties[1]!],
      },
      TEXTES,
    ).filter((x) => x.code === "ROLE_MOT_INCONNU");
    expect(f).toEqual({
      code: "ROLE_MOT_INCONNU",
      gravite: "avertissement",
      champ: "parties.0.role",
      message:
        "Le texte appelle « Le MENJS » « délégrant » : ce n'est pas un terme connu pour son rôle (« délégant » ou « déléguant ») ; corrigez l'orthographe.",
    });
  });
});

describe("a ceiling written in words only, against the ceilings", () => {
  it.each([
    ["dans la limite de cent vingt mille euros", false], // 120 000 €: seed 003's ceilings
    ["à concurrence de cent mille euros", true],
    ["à concurrence de cent mille euros (100 000 €)", true], // a ceiling all the same
    ["un montant de cent mille euros", false], // not said to be a ceiling
  ])("%j is flagged: %s", (texte, flagged) => {
    const findings = controlerConvention(
      { ...seed003, articles: [...seed003.articles, { numero: "11", titre: "Montant", corps: texte }] },
      TEXTES,
    );
    expect(findings.some((f) => f.code === "ARTICLE_PLAFOND_CONTREDIT")).toBe(flagged);
  });

  it("says what the article states and what the ceilings are, at the article, as an error", () => {
    const findings = controlerConvention(
      { ...seed003, articles: [{ numero: "6", titre: "Montant", corps: "à concurrence de cent mille euros" }] },
      TEXTES,
    );
    expect(findings.find((f) => f.code === "ARTICLE_PLAFOND_CONTREDIT")).toMatchObject({
      gravite: "erreur",
      champ: "articles.0",
      message:
        "L'article 6 indique un montant de 100\u202f000\u00a0€ (« cent mille euros »), mais les plafonds sont AE 120\u202f000\u00a0€, CP 120\u202f000\u00a0€ : corrigez le texte ou le plafond.",
    });
  });
});

describe("amounts in words against figures", () => {
  it.each([
    ["un montant maximum de cinquante mille euros (50 000 €) en AE", true],
    ["un montant de 354 750 € (trois cent cinquante-quatre mille sept cent cinquante euros)", true],
    ["un montant maximum de cinquante mille euros (60 000 €)", false],
    ["soit cent vingt mille euros (120\u202f000\u00a0€)", true],
    ["soit quatre-vingts euros et cinquante centimes (80,50 €)", true],
  ])("%j agrees: %s", (texte, agrees) => {
    const [found] = montantsDoubles(texte);
    expect(found).toBeDefined();
    expect(found!.centsLettres === found!.centsChiffres).toBe(agrees);
    const findings = controlerConvention(
      { ...seed003, articles: [...seed003.articles, { numero: "11", titre: "Montant", corps: texte }] },
      TEXTES,
    );
    expect(findings.some((f) => f.code === "LETTRES_DIFFERENTES_DES_CHIFFRES")).toBe(!agrees);
  });

  it("says what each side is worth", () => {
    const findings = controlerConvention({ ...seed003, preambule: "un budget de cinquante mille euros (60 000 €)" }, TEXTES);
    expect(findings.find((f) => f.code === "LETTRES_DIFFERENTES_DES_CHIFFRES")!.message).toBe(
      "« cinquante mille euros » vaut 50\u202f000\u00a0€, mais le montant en chiffres indique 60\u202f000\u00a0€.",
    );
  });
});

describe("décret 2004-1085, art. 2: what a délégation must state", () => {
  it("seed 003 covers all six requirements", () => {
    expect(exigencesArticle2(seed003).filter((x) => !x.couverte)).toEqual([]);
  });

  it.each([
    ["no publication article", { articles: seed003.articles.filter((a) => a.numero !== "10") }, ["ARTICLE_2_PUBLICATION"]],
    [
      "no end date",
      { dateFin: null, echeancier: [] as ConventionAControler["echeancier"] },
      ["ARTICLE_2_DUREE", "ARTICLE_2_EXECUTION_FINANCIERE"],
    ],
    [
      "no reporting",
      { articles: seed003.articles.map((a) => ({ ...a, corps: a.corps.replace(/rendre compte|compte-rendu/g, "informer") })) },
      ["ARTICLE_2_COMPTE_RENDU"],
    ],
    [
      "an empty draft",
      { objet: "", articles: [], echeancier: [], plafondAe: null, plafondCp: null, dateFin: null },
      [
        "ARTICLE_2_MISSION",
        "ARTICLE_2_EXECUTION_FINANCIERE",
        "ARTICLE_2_OBLIGATIONS",
        "ARTICLE_2_COMPTE_RENDU",
        "ARTICLE_2_DUREE",
        "ARTICLE_2_PUBLICATION",
      ],
    ],
  ])("%s", (_label, change, expected) => {
    expect(
      codes({ ...seed003, ...change })
        .filter((c) => c.startsWith("ARTICLE_2"))
        .sort(),
    ).toEqual(expected.sort());
  });
});

describe("textesCites", () => {
  it("lists each text seed 004 cites once, all known to the referential", async () => {
    const { textesCites } = await import("./index");
    const seed004 = fromSeed(SEED_CONVENTIONS.find((s) => s.reference === "2021-SG-DINUM-01")!);
    expect(textesCites(seed004, TEXTES).map((t) => [t.nature, t.numero, t.connu])).toEqual([
      ["DECRET", "2004-1085", true],
      ["DECRET", "2012-1246", true],
      ["DECRET", "2019-1088", true],
    ]);
  });
});

describe("texteVise: the known text a legal basis cites (the one matching rule, also used when saving)", () => {
  const textes = [
    { id: "d1085", nature: "DECRET" as const, numero: "2004-1085" },
    { id: "o408", nature: "ORDONNANCE" as const, numero: "2022-408" },
  ];
  it.each([
    ["le décret n°2004-1085 du 14 octobre 2004 modifié", "d1085"],
    ["l'ordonnance n° 2022-408 du 23 mars 2022", "o408"],
    ["le décret 2004-1085", "d1085"],
    ["l'arrêté n° 2004-1085 (same number, another nature)", undefined],
    ["le décret n° 2004-1058 (a typo)", undefined],
    ["la loi n° 2001-692 puis le décret n° 2004-1085", "d1085"],
    ["un texte sans numéro", undefined],
  ])("%s", (visa, id) => {
    expect(texteVise(visa, textes)?.id).toBe(id);
  });
});

describe("an avenant's own text", () => {
  const convention = {
    plafondAe: e(120_000),
    plafondCp: e(120_000),
    articles: [
      { numero: "1er", titre: "Objet" },
      { numero: "7", titre: "Durée de la convention" },
    ],
  };
  const avenant = (changes: Partial<AvenantAControler> = {}): AvenantAControler => ({
    numero: 1,
    contexte: null,
    basesLegales: [{ texte: "le décret n° 2004-1085 du 14 octobre 2004" }],
    parties: [
      { role: "DELEGANT", libelle: "Le MENJ", mentionRole: "délégant, d'une part", denominations: ["le délégant"] },
      { role: "DELEGATAIRE", libelle: "La DINUM", mentionRole: "délégataire, d'autre part", denominations: ["la DINUM"] },
    ],
    articles: [{ numero: "1", titre: "Durée", corps: "L'article 7 de la convention est remplacé par : « jusqu'au 31 décembre 2026 »." }],
    ...changes,
  });
  const verifier = (a: AvenantAControler) => controlerTexteAvenant(a, convention, TEXTES).map((c) => [c.code, c.champ]);

  it.each<[string, Partial<AvenantAControler>, string[][]]>([
    ["a sound avenant", {}, []],
    ["an unknown text in its legal bases", { basesLegales: [{ texte: "le décret n° 2004-1058" }] }, [["TEXTE_INCONNU", "basesLegales.0"]]],
    ["an unknown text in its context", { contexte: "Vu le décret n° 2004-1058 du 14 octobre 2004." }, [["TEXTE_INCONNU", "contexte"]]],
    [
      "amounts in words against the ceilings it leaves and against figures",
      {
        articles: [
          { numero: "1", titre: "Montant", corps: "à concurrence de cent mille euros" },
          { numero: "2", titre: "Montant", corps: "soit cinquante mille euros (60 000 €)" },
        ],
      },
      [
        ["LETTRES_DIFFERENTES_DES_CHIFFRES", "articles.1"],
        ["ARTICLE_PLAFOND_CONTREDIT", "articles.0"],
      ],
    ],
    [
      "a party the avenant calls by another role",
      {
        parties: [
          { role: "DELEGANT", libelle: "Le MENJ", mentionRole: "délégant, d'une part", denominations: [] },
          { role: "DELEGATAIRE", libelle: "La DINUM", mentionRole: "délégant, d'autre part", denominations: [] },
        ],
      },
      [["ROLE_CONTREDIT", "parties.1.role"]],
    ],
    [
      "a reference to an article the convention does not have",
      { articles: [{ numero: "1", titre: "Durée", corps: "L'article 9 de la convention est remplacé par ce qui suit." }] },
      [["RENVOI_ARTICLE_INCONNU", "articles.0"]],
    ],
    [
      "« la période fixée à l'article N » that is not the convention's duration",
      { articles: [{ numero: "1", titre: "Compte rendu", corps: "au terme de la période fixée à l'article 1" }] },
      [["RENVOI_ARTICLE_DUREE", "articles.0"]],
    ],
    [
      "a reference with the article's title between quotes",
      { articles: [{ numero: "1", titre: "Durée", corps: "L'article 9 « Durée et résiliation » de la convention est ainsi rédigé :" }] },
      [["RENVOI_ARTICLE_INCONNU", "articles.0"]],
    ],
    ["« l'article 1er de la convention », which exists", { contexte: "L'article 1er de la convention reste inchangé." }, []],
  ])("%s", (_cas, changes, attendu) => {
    expect(verifier(avenant(changes))).toEqual(attendu);
  });

  it("names the avenant and says where to look", () => {
    const [c] = controlerTexteAvenant(
      avenant({ articles: [{ numero: "2", titre: "Durée", corps: "L'article 9 de la convention est remplacé." }] }),
      convention,
      TEXTES,
    );
    expect(c!.message).toBe(
      "Avenant n° 1 : L'article 2 de l'avenant renvoie à l'article 9 de la convention, qui n'existe pas (articles 1, 7).",
    );
  });
});

describe("the order findings are shown in", () => {
  it("puts errors first, each kind in the checks' order", () => {
    const c = (code: string, gravite: "erreur" | "avertissement") => ({ code, gravite, champ: "x", message: code });
    expect(parGravite([c("A", "avertissement"), c("B", "erreur"), c("C", "avertissement"), c("D", "erreur")]).map((x) => x.code)).toEqual([
      "B",
      "D",
      "A",
      "C",
    ]);
  });
});
