import { describe, expect, it } from "vitest";
import { articlesModeleDinum, objetDansLaPhrase, type ParametresModele } from "./modele-dinum";
import { controlerConvention } from "./controles";
import { TEXTES } from "@/prisma/seed/referentiel";

const params: ParametresModele = {
  delegataire: { denomination: "la DINUM" },
  objet: "la délégation de moyen pour assurer la continuité des outils de visioconférence.",
  centreFinancier: "0214-CEN2-INFO",
  plafondAe: 12_000_000n,
  plafondCp: 12_000_000n,
  dateFin: "2025-12-31",
  regleDuree: "JUSQU_AU_REGLEMENT",
  pointDepart: "NOTIFICATION",
  preavisMois: 3,
  bulletinOfficiel: "du ministère de l'Éducation nationale",
};

describe("articlesModeleDinum", () => {
  const articles = articlesModeleDinum(params);

  it("fills the text from the structured fields, with the ceilings in words and figures", () => {
    const text = articles.map((a) => a.corps).join("\n");
    expect(text).toContain(
      "un montant maximum de cent vingt mille euros (120\u202f000\u00a0€) en autorisations d'engagement (AE) et en crédits de paiement (CP)",
    );
    expect(text).toContain("sur l'UO 0214-CEN2-INFO");
    expect(text).toContain("Par défaut, la convention prendra fin au 31\u00a0décembre 2025.");
    expect(text).toContain("préavis écrit de trois mois");
    expect(text).toContain("[[echeancier]]");
    expect(articles.map((a) => a.titre)).toEqual([
      "Objet de la délégation",
      "Prestations confiées au délégataire",
      "Obligations du délégataire",
      "Obligations du délégant",
      "Suivi de l'exécution de la prestation",
      "Exécution financière de la délégation",
      "Modification de la convention",
      "Durée, reconduction et résiliation de la convention",
      "Publication et information",
    ]);
  });

  it("says « [à compléter] » where data is missing, and states different AE and CP ceilings apart", () => {
    const text = articlesModeleDinum({ ...params, centreFinancier: null, dateFin: null, plafondCp: 10_000_000n })
      .map((a) => a.corps)
      .join("\n");
    expect(text).toContain("sur l'UO [à compléter]");
    expect(text).toContain("prendra fin au [à compléter]");
    expect(text).toContain("et de cent mille euros (100\u202f000\u00a0€) en crédits de paiement (CP)");
  });

  it("covers every requirement of décret 2004-1085 art. 2, and its amounts in words agree with the figures", () => {
    const findings = controlerConvention(
      {
        type: "DELEGATION_GESTION",
        objet: params.objet,
        plafondAe: params.plafondAe,
        plafondCp: params.plafondCp,
        dateDebut: "2024-09-01",
        dateFin: params.dateFin,
        regleDuree: params.regleDuree,
        parties: [
          { role: "DELEGANT", libelle: "MENJ" },
          { role: "DELEGATAIRE", libelle: "DINUM" },
        ],
        basesLegales: [],
        articles,
        echeancier: [{ annee: 2024, ae: 12_000_000n, cp: 12_000_000n }],
      },
      TEXTES,
    );
    expect(findings).toEqual([]);
  });
});

describe("objetDansLaPhrase: the purpose fits « La présente convention a pour objet … »", () => {
  it.each([
    ["Confier à la DINUM la gestion des crédits du service", "de confier à la DINUM la gestion des crédits du service."],
    ["assurer la continuité du service.", "d'assurer la continuité du service."],
    ["Permettre aux élèves de suivre les cours", "de permettre aux élèves de suivre les cours."],
    ["La délégation de moyen pour assurer la continuité des outils.", "la délégation de moyen pour assurer la continuité des outils."],
    ["l'hébergement du service", "l'hébergement du service."],
    ["DINUM : hébergement", "DINUM : hébergement."],
    ["  la gestion   des crédits  ", "la gestion des crédits."],
    ["", ""],
  ])("« %s »", (objet, attendu) => {
    expect(objetDansLaPhrase(objet)).toBe(attendu);
  });
});
