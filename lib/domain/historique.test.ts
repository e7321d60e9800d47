import { describe, expect, it } from "vitest";
import { changementsConvention, decrireEvenement } from "./historique";

const base = {
  reference: "DINUM-2024-01",
  intitule: "Webinaire",
  dateFin: "2025-12-31T00:00:00.000Z",
  plafondAe: "12000000",
  parties: [{ libelle: "La DINUM", role: "DELEGATAIRE" }],
  articles: [
    { numero: "1", titre: "Objet", corps: "a" },
    { numero: "2", titre: "Durée", corps: "b" },
  ],
  lignesEcheancier: [{ annee: 2024, ae: "12000000", cp: "1000000" }],
  imputation: { programme: "214" },
  signatures: [],
};

describe("what changed between two versions, in French", () => {
  it.each([
    ["an unchanged copy", base, []],
    ["a field", { ...base, intitule: "Webinaire de l'État" }, ["Intitulé court : Webinaire → Webinaire de l'État"]],
    ["an amount, in euros", { ...base, plafondAe: "15000000" }, ["Plafond AE : 120 000 € → 150 000 €"]],
    ["a date", { ...base, dateFin: "2026-12-31T00:00:00.000Z" }, ["Date de fin : 31/12/2025 → 31/12/2026"]],
    [
      "articles changed, added, removed",
      {
        ...base,
        articles: [
          { numero: "1", titre: "Objet", corps: "a modifié" },
          { numero: "3", titre: "Publication", corps: "c" },
        ],
      },
      ["Article 1 : texte modifié", "Article 2 supprimé (« Durée »)", "Article 3 ajouté (« Publication »)"],
    ],
    [
      "a schedule line",
      {
        ...base,
        lignesEcheancier: [
          { annee: 2024, ae: "12000000", cp: "2000000" },
          { annee: 2025, ae: "0", cp: "10000000" },
        ],
      },
      ["Échéancier 2024, CP : 10 000 € → 20 000 €", "Échéancier 2025 ajouté : AE 0 €, CP 100 000 €"],
    ],
    ["an imputation code, with its printed label", { ...base, imputation: { programme: "129" } }, ["Code programme : 214 → 129"]],
    [
      "the representative of a party (an avenant's parties at its date)",
      { ...base, parties: [{ libelle: "La DINUM", role: "DELEGATAIRE", representantNom: "Camille Nouvelle", qualite: "directrice" }] },
      ["Parties : La DINUM (délégataire) → La DINUM (délégataire), représentée par Camille Nouvelle, directrice"],
    ],
  ])("%s", (_cas, apres, attendu) => {
    expect(changementsConvention(base, apres as typeof base).map((l) => l.replace(/[\u202f\u00a0]/g, " "))).toEqual(attendu);
  });
});

describe("each event, as the history says it", () => {
  it.each([
    [
      {
        type: "CONVENTION_SIGNATURE",
        avant: { statut: "PRETE_A_SIGNER" },
        apres: {
          statut: "SIGNEE_PARTIELLEMENT",
          partie: "Le MENJ",
          mode: "SCAN",
          niveau: "SCAN",
          dateSignature: "2024-09-01",
          sha256: "ab12",
        },
      },
      {
        categorie: "etapes",
        quoi: "Signature de Le MENJ",
        commentaire: null,
        changements: [
          "Prête à signer → Signée par une partie",
          "Sur papier : scan de la signature papier, le 01/09/2024",
          "Empreinte SHA-256 : ab12",
        ],
      },
    ],
    [
      {
        type: "AVENANT_SIGNATURE",
        avant: { statut: "SIGNEE_PARTIELLEMENT" },
        apres: {
          statut: "SIGNEE",
          partie: "La DINUM",
          mode: "APPLICATION",
          niveau: "AVANCEE",
          dateSignature: "2026-12-02",
          sha256: "cd34",
          reauthentification: { methode: "ProConnect (prompt=login)", le: "2026-12-02T09:59:00.000Z", acr: "eidas2" },
        },
      },
      {
        categorie: "etapes",
        quoi: "Signature de La DINUM",
        commentaire: null,
        changements: [
          "Signée par une partie → Signée",
          "Dans l'application : signature électronique avancée, le 02/12/2026",
          "Empreinte SHA-256 : cd34",
          "Réauthentification : ProConnect (prompt=login), niveau (acr) « eidas2 »",
        ],
      },
    ],
    [
      {
        type: "EXECUTION_IMPORT",
        avant: null,
        apres: { fichier: "ej.csv", sha256: "ef56", nature: "ENGAGEMENT", lignes: 3, nouvelles: 2, ae: "80 000,00 €", cp: "0,00 €" },
      },
      {
        categorie: "execution",
        quoi: "Extrait CHORUS importé : « ej.csv »",
        commentaire: null,
        changements: ["engagement juridique : 3 ligne(s), dont 2 nouvelle(s) ; AE 80 000,00 €, CP 0,00 €", "Empreinte SHA-256 : ef56"],
      },
    ],
    [
      {
        type: "EXECUTION_SAISIE",
        avant: null,
        apres: {
          nature: "PAIEMENT",
          numeroEj: "1300012345",
          numeroDp: "2000001",
          ae: "0",
          cp: "800000",
          date: "2024-11-10T00:00:00.000Z",
          annee: 2024,
          texte: "Facture 12",
        },
      },
      {
        categorie: "execution",
        quoi: "Ligne d'exécution saisie",
        commentaire: "Facture 12",
        changements: ["demande de paiement EJ 1300012345, DP 2000001, CP 8\u202f000\u00a0€, le 10/11/2024, exercice 2024"],
      },
    ],
    [
      {
        type: "EXECUTION_SUPPRESSION",
        avant: { nature: "MISE_A_DISPOSITION", ae: "-50000", cp: "0", date: "2024-10-02T00:00:00.000Z", annee: 2024 },
        apres: null,
      },
      {
        categorie: "execution",
        quoi: "Ligne d'exécution saisie supprimée",
        changements: ["mise à disposition de crédits, AE -500\u00a0€, le 02/10/2024, exercice 2024"],
      },
    ],
    [
      { type: "CONVENTION_SOUMETTRE", avant: { statut: "BROUILLON" }, apres: { statut: "EN_REVUE", commentaire: "Prête pour relecture." } },
      { categorie: "etapes", quoi: "Soumettre à la revue", commentaire: "Prête pour relecture.", changements: ["Brouillon → En revue"] },
    ],
    [
      {
        type: "AVENANT_RENVOYER",
        avant: { statut: "EN_REVUE" },
        apres: { statut: "BROUILLON", commentaire: null, filsOuverts: ["Article 2"] },
      },
      { categorie: "etapes", quoi: "Renvoyer en rédaction", changements: ["En revue → Brouillon", "Discussions ouvertes : Article 2"] },
    ],
    [
      {
        type: "CONVENTION_VALIDER",
        avant: { statut: "EN_REVUE" },
        apres: { statut: "PRETE_A_SIGNER", versionFigee: 1, sha256: "ab12", avertissementsAcquittes: ["X@y"] },
      },
      {
        quoi: "Valider pour signature",
        changements: ["En revue → Prête à signer", "1 avertissement(s) pris en compte", "Version figée n° 1, empreinte SHA-256 ab12"],
      },
    ],
    [
      { type: "REVUE_FIL_OUVERT", avant: null, apres: { section: "Article 3", texte: "<b>x</b>" } },
      { categorie: "revue", quoi: "Commentaire sur « Article 3 »", commentaire: "<b>x</b>" },
    ],
    [
      { type: "REVUE_SECTION_APPROUVEE", avant: null, apres: { section: "Parties" } },
      { categorie: "revue", quoi: "Section approuvée : « Parties »" },
    ],
  ])("%j", (evenement, attendu) => expect(decrireEvenement(evenement)).toMatchObject(attendu));
});

describe("publication in the history", () => {
  it("says each channel recorded, with its references, and the step to « publiée » with its date and channels", () => {
    expect(
      decrireEvenement({
        type: "CONVENTION_PUBLICATION_CANAL",
        avant: { canal: "Bulletin officiel", etat: "À faire" },
        apres: { canal: "Bulletin officiel", etat: "Publiée", requis: "oui", nor: "MENE2412345A", numero: "38", date: "2024-10-10" },
      }),
    ).toEqual({
      categorie: "etapes",
      quoi: "Publication — Bulletin officiel : publiée",
      commentaire: null,
      changements: ["À faire → Publiée", "Références : NOR MENE2412345A, n° 38, le 10/10/2024"],
    });
    expect(
      decrireEvenement({
        type: "AVENANT_PUBLIER",
        avant: { statut: "SIGNEE" },
        apres: { statut: "PUBLIEE", datePublication: "2024-10-12", canaux: ["Bulletin officiel", "data.gouv.fr"] },
      }).changements,
    ).toEqual(["Signée → Publiée", "Date de publication : 12/10/2024", "Canaux requis : Bulletin officiel, data.gouv.fr"]);
  });
});
