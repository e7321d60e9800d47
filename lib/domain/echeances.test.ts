import { describe, expect, it } from "vitest";
import {
  ajouterMois,
  dateEntreeEnVigueur,
  dernierJourDePreavis,
  echeancesDu,
  finEffective,
  raisonDenonciationRefusee,
  statutDuJour,
  type VieDocument,
} from "./echeances";

// The duration articles of the seeds, as their fields hold them.
// Seed 004: « prend effet à la date de signature… conclue jusqu'au 31 décembre 2021 », notice of three months; signed 26 January 2021.
const seed004: VieDocument = {
  pointDepart: "SIGNATURE",
  regleDuree: "DATE_FIXE",
  dateSignature: "2021-01-26",
  dateNotification: null,
  datePublication: "2021-02-15",
  dateFin: "2021-12-31",
  preavisMois: 3,
  dateDenonciation: null,
  dateCloture: null,
};
// Seed 003: « conclue à compter de sa notification et jusqu'au règlement total des opérations. Par défaut… au 31 décembre 2025 », notice of three months.
const seed003: VieDocument = {
  pointDepart: "NOTIFICATION",
  regleDuree: "JUSQU_AU_REGLEMENT",
  dateSignature: "2024-09-01",
  dateNotification: null,
  datePublication: "2024-10-12",
  dateFin: "2025-12-31",
  preavisMois: 3,
  dateDenonciation: null,
  dateCloture: null,
};
// Seed 001 (avenant to the 2020 convention): « s'initie lors de la signature des deux parties et prendra fin en décembre 2021 », no notice stated.
const seed001: VieDocument = { ...seed004, dateSignature: "2020-11-20", datePublication: null, dateFin: "2021-12-31", preavisMois: null };

describe("months added to a calendar date", () => {
  it.each([
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2025-12-31", -3, "2025-09-30"],
    ["2021-12-31", -3, "2021-09-30"],
    ["2025-03-10", 3, "2025-06-10"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2025-05-31", -3, "2025-02-28"], // a month shorter than the day
  ] as const)("%s + %i months = %s", (jour, mois, attendu) => expect(ajouterMois(jour, mois)).toBe(attendu));
});

describe("entry into force, end, last day to give notice, for each kind of duration article of the seeds", () => {
  it.each([
    ["seed 004 (signature, fixed end)", seed004, "2021-01-26", { date: "2021-12-31", cause: "DATE_FIN" }, "2021-09-30"],
    ["seed 003 (notification not yet recorded, until settled)", seed003, null, { date: "2025-12-31", cause: "DATE_FIN" }, null],
    [
      "seed 003 notified on 15 September 2024",
      { ...seed003, dateNotification: "2024-09-15" },
      "2024-09-15",
      { date: "2025-12-31", cause: "DATE_FIN" },
      null,
    ],
    [
      "seed 003, notice given on 10 March 2025",
      { ...seed003, dateDenonciation: "2025-03-10" },
      null,
      { date: "2025-06-10", cause: "DENONCIATION" },
      null,
    ],
    ["seed 001 (no notice stated: three months)", seed001, "2020-11-20", { date: "2021-12-31", cause: "DATE_FIN" }, "2021-09-30"],
    [
      "« à compter de sa publication »",
      { ...seed004, pointDepart: "PUBLICATION" },
      "2021-02-15",
      { date: "2021-12-31", cause: "DATE_FIN" },
      "2021-09-30",
    ],
    [
      "« à compter du 1er mars 2021 »",
      { ...seed004, pointDepart: "DATE_EFFET", dateEffet: "2021-03-01" },
      "2021-03-01",
      { date: "2021-12-31", cause: "DATE_FIN" },
      "2021-09-30",
    ],
    [
      "a stated start not yet typed",
      { ...seed004, pointDepart: "DATE_EFFET" },
      null,
      { date: "2021-12-31", cause: "DATE_FIN" },
      "2021-09-30",
    ],
    [
      "seed 004 closed early",
      { ...seed004, dateCloture: "2021-06-30" },
      "2021-01-26",
      { date: "2021-06-30", cause: "CLOTURE" },
      "2021-09-30",
    ],
  ] as const)("%s", (_cas, vie, entree, fin, preavis) => {
    expect(dateEntreeEnVigueur(vie)).toBe(entree);
    expect(finEffective(vie)).toEqual(fin);
    expect(dernierJourDePreavis(vie)).toBe(preavis);
  });
});

describe("the statut today's date gives", () => {
  it.each([
    ["signed, not published: stays signed even once in force", "SIGNEE", seed004, "2021-03-01", "SIGNEE"],
    ["published, from its signature", "PUBLIEE", seed004, "2021-02-15", "EN_VIGUEUR"],
    ["published, not yet notified", "PUBLIEE", seed003, "2024-11-01", "PUBLIEE"],
    ["published and notified", "PUBLIEE", { ...seed003, dateNotification: "2024-09-15" }, "2024-11-01", "EN_VIGUEUR"],
    [
      "« à compter de sa publication », the day it is published",
      "PUBLIEE",
      { ...seed004, pointDepart: "PUBLICATION" },
      "2021-02-15",
      "EN_VIGUEUR",
    ],
    [
      "a stated start still to come",
      "PUBLIEE",
      { ...seed004, pointDepart: "DATE_EFFET", dateEffet: "2021-03-01" },
      "2021-02-20",
      "PUBLIEE",
    ],
    ["in force, its last day", "EN_VIGUEUR", seed004, "2021-12-31", "EN_VIGUEUR"],
    ["in force, the day after its end", "EN_VIGUEUR", seed004, "2022-01-01", "TERMINEE"],
    ["in force, the day after the notice ends", "EN_VIGUEUR", { ...seed003, dateDenonciation: "2025-03-10" }, "2025-06-11", "TERMINEE"],
    ["published and already ended (published late)", "PUBLIEE", seed004, "2022-02-01", "TERMINEE"],
    ["ended stays ended", "TERMINEE", seed004, "2021-03-01", "TERMINEE"],
  ] as const)("%s", (_cas, statut, vie, jour, attendu) => expect(statutDuJour(statut, vie, jour)).toBe(attendu));
});

describe("notice", () => {
  it.each([
    ["in force, today", "EN_VIGUEUR", seed003, "2025-03-10", null],
    ["a date to come", "EN_VIGUEUR", seed003, "2025-04-01", "dateDenonciation"],
    ["before the last signature", "EN_VIGUEUR", seed003, "2024-08-01", "dateDenonciation"],
    ["after its end", "EN_VIGUEUR", seed004, "2022-01-05", "dateDenonciation"],
  ] as const)("%s", (_cas, statut, vie, date, champ) => {
    const r = raisonDenonciationRefusee(statut, vie, date, "2025-03-10");
    expect(r?.champ ?? null).toBe(champ);
  });
  it("already ended, already denounced, not signed by all: refused for the document", () => {
    expect(raisonDenonciationRefusee("TERMINEE", seed003, "2025-03-10", "2025-03-10")?.message).toMatch(/terminé/);
    expect(
      raisonDenonciationRefusee("EN_VIGUEUR", { ...seed003, dateDenonciation: "2025-01-02" }, "2025-03-10", "2025-03-10")?.message,
    ).toMatch(/déjà été dénoncé le 2\s+janvier\s+2025/);
    expect(raisonDenonciationRefusee("PRETE_A_SIGNER", seed003, "2025-03-10", "2025-03-10")?.message).toMatch(
      /signé par toutes les parties/,
    );
  });
});

describe("deadlines and reminders", () => {
  it.each([
    ["seed 004, 1 July 2021: the last day to give notice within 90 days", "EN_VIGUEUR", seed004, "2021-07-15", {}, ["PREAVIS_PROCHE"]],
    ["seed 004, 15 October 2021: its end within 90 days", "EN_VIGUEUR", seed004, "2021-10-15", {}, ["FIN_PROCHE"]],
    ["seed 004, ended with credits left", "TERMINEE", seed004, "2022-01-10", { creditsNonConsommes: 100_000n }, ["TERMINEE_AVEC_CREDITS"]],
    ["seed 004, ended, everything spent", "TERMINEE", seed004, "2022-01-10", { creditsNonConsommes: 0n }, []],
    [
      "seed 003 signed on 1 September 2024, not published on 2 October",
      "SIGNEE",
      { ...seed003, datePublication: null },
      "2024-10-02",
      {},
      ["PUBLICATION_EN_RETARD"],
    ],
    ["seed 003 signed, 1 October: not yet late", "SIGNEE", { ...seed003, datePublication: null }, "2024-10-01", {}, []],
  ] as const)("%s", (_cas, statut, vie, jour, options, types) => {
    expect(echeancesDu(statut, vie, jour, options).map((e) => e.type)).toEqual(types);
  });
});
