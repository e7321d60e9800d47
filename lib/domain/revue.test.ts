import { describe, expect, it } from "vitest";
import { convention2021ClasseA12 as seed } from "@/prisma/seed/index";
import {
  blocagesValidation,
  cleConstat,
  contenuCanonique,
  etatsSections,
  prochainActeur,
  sectionsAvenant,
  sectionsConvention,
} from "./revue";
import { parseMontant } from "./money";
import { STATUTS, estModifiable } from "./statut";
import type { Constat } from "./controles";

const convention = {
  parties: seed.parties.map((p, i) => ({
    ordre: i,
    role: p.role,
    organisationId: p.organisation,
    libelle: p.libelle,
    adresse: p.adresse ?? null,
    representantNom: p.representantNom ?? null,
    qualite: p.qualite ?? null,
    mentionRole: p.mentionRole ?? null,
    denominations: p.denominations,
  })),
  basesLegales: seed.basesLegales,
  titrePreambule: seed.titrePreambule ?? null,
  preambule: seed.preambule ?? null,
  articles: seed.articles,
  plafondAe: parseMontant(seed.plafondAe!),
  plafondCp: parseMontant(seed.plafondCp!),
  ecartAeCpMotif: null,
  lignesEcheancier: seed.echeancier.map((l) => ({ annee: l.annee, ae: parseMontant(l.ae), cp: parseMontant(l.cp) })),
  imputation: seed.imputation ?? null,
  parametrage: seed.parametrage ?? null,
  cofinancements: [],
  signatures: seed.signatures.map((s, i) => ({
    ordre: i,
    mention: s.mention,
    signataireNom: s.signataireNom ?? null,
    qualite: s.qualite ?? null,
    pourLeCompteDe: null,
    autorite: "TITULAIRE",
    autoriteReference: null,
  })),
  annexes: seed.annexes.map((a) => ({ numero: a.numero, titre: a.titre, texte: a.texte ?? null, tableau: a.tableau ?? null })),
};

describe("a document's sections", () => {
  it("cuts the 2021 seed into its parts, in the document's order", () => {
    const cles = sectionsConvention(convention).map((s) => s.cle);
    expect(cles[0]).toBe("parties");
    expect(cles).toContain("visas");
    expect(cles).toEqual(expect.arrayContaining(seed.articles.map((a) => `article:${a.numero}`)));
    expect(cles).toEqual(expect.arrayContaining(["echeancier", "imputation", "parametrage", "signatures", "annexe:1"]));
    expect(cles.indexOf("article:1")).toBeLessThan(cles.indexOf("echeancier"));
    expect(new Set(cles).size).toBe(cles.length);
  });

  it("leaves out the optional parts a document does not have", () => {
    const cles = sectionsConvention({
      ...convention,
      basesLegales: [],
      preambule: null,
      imputation: null,
      parametrage: null,
      annexes: [],
    }).map((s) => s.cle);
    expect(cles).not.toEqual(expect.arrayContaining(["visas"]));
    expect(cles.filter((c) => ["visas", "preambule", "imputation", "parametrage"].includes(c) || c.startsWith("annexe:"))).toEqual([]);
  });

  it("cuts an avenant into its parties, legal bases, context, changes, articles and signature blocks", () => {
    const avenant = {
      titre: "Avenant n° 1",
      dateAvenant: null,
      contexte: "x",
      changements: [],
      articles: [{ numero: "1", titre: "Durée", corps: "…" }],
      basesLegales: [{ texte: "le décret n° 2004-1085" }],
      parties: [
        { libelle: "La DINUM", adresse: null, representantNom: "S. Nom", qualite: "directrice", mentionRole: null, denominations: [] },
      ],
      signatures: [
        {
          mention: "Pour la DINUM",
          signataireNom: "S. Nom",
          qualite: null,
          pourLeCompteDe: null,
          autorite: "TITULAIRE",
          autoriteReference: null,
        },
      ],
    };
    expect(sectionsAvenant(avenant).map((s) => s.cle)).toEqual(["parties", "visas", "contexte", "changements", "article:1", "signatures"]);
    expect(sectionsAvenant({ ...avenant, basesLegales: [] }).map((s) => s.cle)).not.toContain("visas");
  });

  it("writes a content the same way whatever the order of its keys, amounts included", () => {
    expect(contenuCanonique({ b: 1n, a: [{ y: 2, x: 1 }] })).toBe(contenuCanonique({ a: [{ x: 1, y: 2 }], b: 1n }));
    expect(contenuCanonique({ a: 1n })).not.toBe(contenuCanonique({ a: 2n }));
  });
});

describe("review state", () => {
  const sections = [
    { cle: "parties", libelle: "Parties", empreinte: "p1" },
    { cle: "echeancier", libelle: "Plafonds et échéancier", empreinte: "e2" },
    { cle: "article:1", libelle: "Article 1", empreinte: "a1" },
  ];

  it.each([
    ["never approved", [], "a_relire"],
    ["approved for this content", [{ section: "echeancier", empreinte: "e2" }], "approuvee"],
    ["approved, then changed", [{ section: "echeancier", empreinte: "e1" }], "modifiee_depuis"],
  ])("a section %s", (_cas, approbations, attendu) => {
    expect(etatsSections(sections, approbations).get("echeancier")).toBe(attendu);
  });

  const warning: Constat = { code: "ECART_AE_CP", gravite: "avertissement", champ: "echeancier", message: "Écart." };
  const error: Constat = {
    code: "CP_SUPERIEURS",
    gravite: "erreur",
    champ: "echeancier.2025",
    message: "Fin 2025, les CP cumulés dépassent les AE cumulées.",
  };
  const toutApprouve = etatsSections(
    sections,
    sections.map((s) => ({ section: s.cle, empreinte: s.empreinte })),
  );

  it.each([
    ["everything approved, nothing open", toutApprouve, [], [], [], []],
    [
      "sections never approved",
      etatsSections(sections, [{ section: "parties", empreinte: "p1" }]),
      [],
      [],
      [],
      ["Sections à approuver : Plafonds et échéancier, Article 1."],
    ],
    [
      "a section changed since",
      etatsSections(sections, [
        { section: "parties", empreinte: "p0" },
        { section: "echeancier", empreinte: "e2" },
        { section: "article:1", empreinte: "a1" },
      ]),
      [],
      [],
      [],
      ["Sections modifiées depuis leur approbation, à approuver de nouveau : Parties."],
    ],
    [
      "an open thread",
      toutApprouve,
      [{ sectionLibelle: "Plafonds et échéancier" }],
      [],
      [],
      ["1 discussion n'est pas résolue (Plafonds et échéancier)."],
    ],
    [
      "a blocking finding",
      toutApprouve,
      [],
      [error],
      [],
      ["Une erreur bloque la validation : Fin 2025, les CP cumulés dépassent les AE cumulées."],
    ],
    [
      "a warning not acknowledged",
      toutApprouve,
      [],
      [warning],
      [],
      ["Un avertissement est à prendre en compte avant de valider : cochez-les une fois lus."],
    ],
    ["a warning acknowledged", toutApprouve, [], [warning], [cleConstat(warning)], []],
  ] as const)("%s", (_cas, etats, filsNonResolus, constats, acquittes, attendu) => {
    expect(blocagesValidation({ sections, etats, filsNonResolus, constats, avertissementsAcquittes: acquittes })).toEqual(attendu);
  });

  it("says who acts next at every step, and only a draft or a document in review may be edited", () => {
    for (const statut of STATUTS) expect(prochainActeur(statut)).toMatch(/\.$/);
    // An avenant is named as such (issue 18: « publie la convention signée » on an avenant).
    expect(prochainActeur("SIGNEE", "avenant")).toMatch(
      /^Le rédacteur enregistre la publication de l'avenant signé sur chaque canal requis/,
    );
    expect(prochainActeur("TERMINEE", "avenant")).toBe("Plus rien à faire : l'avenant est terminé.");
    for (const statut of STATUTS) expect(prochainActeur(statut, "avenant")).not.toContain("convention");
    expect(STATUTS.filter(estModifiable)).toEqual(["BROUILLON", "EN_REVUE"]);
  });
});
