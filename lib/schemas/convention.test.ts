import { describe, expect, it } from "vitest";
import { conventionSchema, type ConventionInput } from "./convention";

const valide: ConventionInput = {
  type: "DELEGATION_GESTION",
  reference: "2025-DNE-DINUM-01",
  titre: "Convention de délégation de gestion",
  intitule: "Test",
  objet: "Objet",
  serviceId: "",
  dateConvention: "2024-09-01",
  pointDepart: "NOTIFICATION",
  regleDuree: "JUSQU_AU_REGLEMENT",
  dateFin: "2025-12-31",
  preavisMois: "3",
  plafondAe: "120 000",
  plafondCp: "120000,00",
  ecartAeCpMotif: "",
  titrePreambule: "Préambule",
  preambule: "",
  formuleAccord: "",
  lieuSignature: "Paris",
  parties: [
    {
      role: "DELEGANT",
      organisationId: "dne",
      libelle: "Le MENJ",
      adresse: "",
      representantNom: "",
      qualite: "",
      mentionRole: "",
      denominations: "le délégant",
    },
    {
      role: "DELEGATAIRE",
      organisationId: "dinum",
      libelle: "La DINUM",
      adresse: "",
      representantNom: "",
      qualite: "",
      mentionRole: "",
      denominations: "« le délégataire » ou « la DINUM »",
    },
  ],
  basesLegales: [],
  articles: [],
  echeancier: [
    { annee: "2024", ae: "120 000", cp: "10 000" },
    { annee: "2025", ae: "0", cp: "110 000" },
  ],
  imputation: {},
  parametrage: {},
  cofinancements: [],
  signatures: [],
};

const erreurs = (input: ConventionInput) => {
  const result = conventionSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("conventionSchema", () => {
  it("turns the typed form into exact data", () => {
    const data = conventionSchema.parse(valide);
    expect(data.plafondAe).toBe(12_000_000n);
    expect(data.plafondCp).toBe(12_000_000n);
    expect(data.echeancier).toEqual([
      { annee: 2024, ae: 12_000_000n, cp: 1_000_000n },
      { annee: 2025, ae: 0n, cp: 11_000_000n },
    ]);
    expect(data.parties[1]!.denominations).toEqual(["le délégataire", "la DINUM"]);
    expect([data.preavisMois, data.serviceId, data.ecartAeCpMotif]).toEqual([3, null, null]);
  });

  it.each<[string, Partial<ConventionInput> | ((c: ConventionInput) => ConventionInput), Record<string, string>]>([
    ["a negative amount", { plafondAe: "-5" }, { plafondAe: "Un montant ne peut pas être négatif." }],
    ["three decimals", { plafondAe: "12,345" }, { plafondAe: "Un montant a au plus deux décimales (centimes)." }],
    [
      "letters in an amount",
      { plafondCp: "12O 000" },
      { plafondCp: "Le montant ne doit contenir que des chiffres, une virgule et au plus deux décimales." },
    ],
    ["an absurd amount", { plafondAe: "99 999 999 999 999" }, { plafondAe: "Ce montant est trop élevé." }],
    [
      "a year out of range",
      (c) => ({ ...c, echeancier: [{ annee: "1999", ae: "1", cp: "1" }] }),
      { "echeancier.0.annee": "L'année doit être comprise entre 2000 et 2100." },
    ],
    [
      "a year not a year",
      (c) => ({ ...c, echeancier: [{ annee: "24", ae: "1", cp: "1" }] }),
      { "echeancier.0.annee": "L'année s'écrit avec quatre chiffres (ex. 2025)." },
    ],
    [
      "a year twice",
      (c) => ({ ...c, echeancier: [c.echeancier[0]!, { ...c.echeancier[1]!, annee: "2024" }] }),
      { "echeancier.1.annee": "L'année 2024 figure deux fois dans l'échéancier." },
    ],
    ["an end date before the start", { dateFin: "2024-01-31" }, { dateFin: "La date de fin précède la date de la convention." }],
    [
      "no délégant",
      (c) => ({ ...c, parties: [c.parties[1]!] }),
      { parties: "Une délégation de gestion a au moins un délégant (décret n° 2004-1085, art. 1)." },
    ],
    [
      "two délégataires",
      (c) => ({ ...c, parties: [...c.parties, c.parties[1]!] }),
      { parties: "Une délégation de gestion a exactement un délégataire (décret n° 2004-1085, art. 1) ; il y en a 2." },
    ],
    [
      "no délégataire",
      (c) => ({ ...c, parties: [c.parties[0]!] }),
      { parties: "Une délégation de gestion a exactement un délégataire (décret n° 2004-1085, art. 1) ; il y en a 0." },
    ],
    [
      "a party without organisation",
      (c) => ({ ...c, parties: [{ ...c.parties[0]!, organisationId: "" }, c.parties[1]!] }),
      { "parties.0.organisationId": "Choisissez l'organisation dans le référentiel." },
    ],
    ["an impossible date", { dateConvention: "2024-02-30" }, { dateConvention: "Date invalide." }],
    ["a notice of 36 months", { preavisMois: "36" }, { preavisMois: "Un préavis s'exprime en mois, de 0 à 24." }],
  ])("refuses %s with a French message at the field", (_label, change, expected) => {
    const input = typeof change === "function" ? change(valide) : { ...valide, ...change };
    expect(erreurs(input)).toEqual(expected);
  });

  it("reads an empty schedule cell as zero, as the signed tables do", () => {
    const data = conventionSchema.parse({ ...valide, echeancier: [{ annee: "2025", ae: "", cp: "110 000 €" }] });
    expect(data.echeancier).toEqual([{ annee: 2025, ae: 0n, cp: 11_000_000n }]);
  });

  it("keeps text that looks like HTML as text", () => {
    const data = conventionSchema.parse({ ...valide, objet: "<script>alert('x')</script>" });
    expect(data.objet).toBe("<script>alert('x')</script>");
  });
});
