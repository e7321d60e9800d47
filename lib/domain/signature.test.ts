import { describe, expect, it } from "vitest";
import { apresSignature, assertAuTour, datesDuDocument, etapesAuTour, groupeParDefaut } from "./signature";

// Seed 003: the MENJ (délégant) signs first, the DINUM (délégataire) last.
type Etape = { id: string; groupe: number; ordre: number; signee: boolean; dateSignature: string | null };
const etapes: Etape[] = [
  { id: "menj", groupe: groupeParDefaut("DELEGANT"), ordre: 0, signee: false, dateSignature: null },
  { id: "dinum", groupe: groupeParDefaut("DELEGATAIRE"), ordre: 1, signee: false, dateSignature: null },
];
const signe =
  (id: string, date: string) =>
  (e: Etape): Etape =>
    e.id === id ? { ...e, signee: true, dateSignature: date } : e;

describe("signing order", () => {
  it.each<[string, Etape[], string[]]>([
    ["nobody has signed: the délégant's turn", etapes, ["menj"]],
    ["the délégant has signed: the délégataire's turn", etapes.map(signe("menj", "2024-09-01")), ["dinum"]],
    ["everybody has signed", etapes.map(signe("menj", "2024-09-01")).map(signe("dinum", "2024-09-05")), []],
    ["two délégants of one group, in any order", [{ ...etapes[0]!, id: "sg" }, etapes[0]!, etapes[1]!], ["sg", "menj"]],
  ])("%s", (_cas, liste, attendu) => {
    expect(etapesAuTour(liste).map((e) => e.id)).toEqual(attendu);
  });

  it.each([
    ["the délégataire before the délégant", etapes, "dinum", "HORS_TOUR"],
    ["a party twice", etapes.map(signe("menj", "2024-09-01")), "menj", "DEJA_SIGNEE"],
    ["a block of another document", etapes, "autre", "ETAPE_INCONNUE"],
  ])("refuses %s", (_cas, liste, id, code) => {
    expect(() => assertAuTour(liste, id)).toThrow(expect.objectContaining({ code }));
  });

  it("says why out of turn, in French", () => {
    expect(() => assertAuTour(etapes, "dinum")).toThrow(
      "Ce n'est pas encore le tour de cette partie : 1 signature du groupe précédent doit d'abord être recueillie.",
    );
  });
});

describe("after a signature", () => {
  it("is signed by one party, then by all on the date of the last signature", () => {
    expect(apresSignature(etapes, "menj", "2024-09-01")).toEqual({ statut: "SIGNEE_PARTIELLEMENT", dateSignature: null });
    expect(apresSignature(etapes.map(signe("menj", "2024-09-05")), "dinum", "2024-09-02")).toEqual({
      statut: "SIGNEE",
      dateSignature: "2024-09-05",
    });
  });
});

describe("the dates that follow from the signature", () => {
  it.each([
    [
      "seed 003: from signature, to 31 December 2025, three months' notice",
      { dateSignature: "2024-09-05", pointDepart: "SIGNATURE" as const, dateFin: "2025-12-31", preavisMois: 3 },
      { prendEffetLe: "2024-09-05", fin: "2025-12-31", dernierPreavis: "2025-09-30" },
    ],
    [
      "from notification: not known at signature",
      { dateSignature: "2024-09-05", pointDepart: "NOTIFICATION" as const, dateFin: "2025-02-28", preavisMois: 1 },
      { prendEffetLe: null, fin: "2025-02-28", dernierPreavis: "2025-01-28" },
    ],
    [
      "a month shorter than the day (31 May minus 3 months)",
      { dateSignature: null, pointDepart: "SIGNATURE" as const, dateFin: "2025-05-31", preavisMois: 3 },
      { prendEffetLe: null, fin: "2025-05-31", dernierPreavis: "2025-02-28" },
    ],
    [
      "no notice period",
      { dateSignature: "2024-01-01", pointDepart: "SIGNATURE" as const, dateFin: "2025-12-31", preavisMois: null },
      { prendEffetLe: "2024-01-01", fin: "2025-12-31", dernierPreavis: null },
    ],
  ])("%s", (_cas, donnees, attendu) => {
    expect(datesDuDocument(donnees)).toEqual(attendu);
  });
});
