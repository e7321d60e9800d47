import { describe, expect, it } from "vitest";
import {
  droitsSurLaPartie,
  mentionSuccession,
  apresSignature,
  assertAuTour,
  etapesAuTour,
  groupeParDefaut,
  verifierReauthProConnect,
} from "./signature";

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

describe("verifierReauthProConnect: a ProConnect login recent and strong enough to sign", () => {
  const maintenant = new Date("2026-12-02T10:00:00Z");
  const t = maintenant.getTime() / 1000;
  it.each([
    ["no ProConnect login in this session", null, [], "REAUTH_REQUISE"],
    ["no auth_time in the ID token", { authTime: null, acr: "eidas1" }, [], "REAUTH_SANS_HEURE"],
    ["logged in 6 minutes ago", { authTime: t - 360, acr: "eidas1" }, [], "REAUTH_EXPIREE"],
    ["auth_time far in the future", { authTime: t + 600, acr: "eidas1" }, [], "REAUTH_EXPIREE"],
    ["one factor when two are required", { authTime: t - 30, acr: "eidas1" }, ["eidas2", "eidas3"], "REAUTH_NIVEAU"],
    ["no acr when one is required", { authTime: t - 30, acr: null }, ["eidas2"], "REAUTH_NIVEAU"],
  ] as const)("refuses: %s", (_cas, a, acr, code) => {
    expect(() => verifierReauthProConnect(a, maintenant, acr)).toThrow(expect.objectContaining({ code }));
  });
  it.each([
    ["4 minutes ago, no level required", { authTime: t - 240, acr: null }, [], null],
    ["just now, eidas1 recorded", { authTime: t, acr: "eidas1" }, [], "eidas1"],
    ["two factors as required", { authTime: t - 30, acr: "eidas3" }, ["eidas2", "eidas3"], "eidas3"],
    ["a clock 30 s ahead", { authTime: t + 30, acr: "eidas2" }, ["eidas2"], "eidas2"],
  ] as const)("accepts: %s, and says when and at which level", (_cas, a, acr, niveau) => {
    expect(verifierReauthProConnect(a, maintenant, acr)).toEqual({
      methode: "ProConnect (prompt=login)",
      le: new Date(a.authTime * 1000).toISOString(),
      acr: niveau,
    });
  });
  it("says in French why, at the re-authentication", () => {
    expect(() => verifierReauthProConnect({ authTime: t - 3600, acr: null }, maintenant)).toThrow(
      "Votre authentification ProConnect date de plus de 5 minutes : réauthentifiez-vous pour signer.",
    );
  });
});

// Issue 18, item 7: successions and signing rights. The referential: the MENJ and its DNE; the DINSIC,
// succeeded by the DINUM (décret n° 2019-1088); a ministry of its own elsewhere.
describe("droitsSurLaPartie: who may sign or deposit a scan for a party", () => {
  const ORGS = [
    { id: "MENJ", parentId: null },
    { id: "DNE", parentId: "MENJ" },
    { id: "DINSIC", parentId: null, successeurId: "DINUM", sigle: "DINSIC" },
    { id: "DINUM", parentId: null, sigle: "DINUM" },
    { id: "PEPS", parentId: "DINUM", sigle: "PEPS" },
    { id: "AUTRE", parentId: null },
  ];
  const agent = (role: "SIGNATAIRE" | "ADMINISTRATEUR" | "REDACTEUR", organisationId: string | null) => ({ roles: [role], organisationId });
  it.each<[string, ReturnType<typeof agent>, string, { signer: boolean; deposerScan: boolean; successeur: string | null }]>([
    ["a signatory of the party", agent("SIGNATAIRE", "DNE"), "DNE", { signer: true, deposerScan: true, successeur: null }],
    ["a signatory of the ministry above it", agent("SIGNATAIRE", "MENJ"), "DNE", { signer: true, deposerScan: true, successeur: null }],
    ["a signatory of another organisation", agent("SIGNATAIRE", "AUTRE"), "DNE", { signer: false, deposerScan: false, successeur: null }],
    [
      "the successor's signatory, for the predecessor's party",
      agent("SIGNATAIRE", "DINUM"),
      "DINSIC",
      { signer: true, deposerScan: true, successeur: "DINUM" },
    ],
    [
      "a signatory attached below the successor",
      agent("SIGNATAIRE", "PEPS"),
      "DINSIC",
      { signer: true, deposerScan: true, successeur: "DINUM" },
    ],
    [
      "the predecessor's signatory, for the successor's party",
      agent("SIGNATAIRE", "DINSIC"),
      "DINUM",
      { signer: false, deposerScan: false, successeur: null },
    ],
    [
      "an administrator of no party: the scan only",
      agent("ADMINISTRATEUR", null),
      "DINSIC",
      { signer: false, deposerScan: true, successeur: null },
    ],
    ["a drafter of the party: nothing", agent("REDACTEUR", "DNE"), "DNE", { signer: false, deposerScan: false, successeur: null }],
  ])("%s", (_cas, a, partie, attendu) => {
    const d = droitsSurLaPartie(ORGS, a, partie);
    expect({ ...d, successeur: d.successeur?.id ?? null }).toEqual(attendu);
  });

  it("follows a succession an avenant records, beyond the referential's", () => {
    const sansReferentiel = ORGS.map((o) => ({ ...o, successeurId: null }));
    expect(droitsSurLaPartie(sansReferentiel, agent("SIGNATAIRE", "DINUM"), "DINSIC").signer).toBe(false);
    expect(
      droitsSurLaPartie(sansReferentiel, agent("SIGNATAIRE", "DINUM"), "DINSIC", [{ de: "DINSIC", vers: "DINUM" }]).successeur?.id,
    ).toBe("DINUM");
  });

  it("says in the signature that the successor signs for the predecessor", () => {
    expect(mentionSuccession({ sigle: "DINSIC" }, { id: "DINUM", parentId: null, sigle: "DINUM" })).toBe(
      "pour DINSIC, au titre de DINUM qui lui a succédé",
    );
  });
});
