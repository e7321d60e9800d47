import { describe, expect, it } from "vitest";
import { libellePerimetre, raisonInvitationInvalide, verifierDernierAdministrateur, type EtatCompte } from "./comptes";

const admin: EtatCompte = { roles: ["ADMINISTRATEUR"], actif: true };

describe("verifierDernierAdministrateur", () => {
  it.each([
    ["the last administrator demotes themselves", admin, { roles: ["REDACTEUR"], actif: true }, 0, "DERNIER_ADMINISTRATEUR"],
    ["the last administrator is deactivated", admin, { roles: ["ADMINISTRATEUR"], actif: false }, 0, "DERNIER_ADMINISTRATEUR"],
    ["the last administrator takes a second role", admin, { roles: ["REDACTEUR", "ADMINISTRATEUR"], actif: true }, 0, null],
    [
      "the last administrator drops administration, keeps another role",
      { roles: ["REDACTEUR", "ADMINISTRATEUR"], actif: true },
      { roles: ["REDACTEUR"], actif: true },
      0,
      "DERNIER_ADMINISTRATEUR",
    ],
    ["another administrator remains", admin, { roles: ["REDACTEUR"], actif: true }, 1, null],
    ["the last administrator's name changes", admin, admin, 0, null],
    ["a drafter is deactivated", { roles: ["REDACTEUR"], actif: true }, { roles: ["REDACTEUR"], actif: false }, 0, null],
    ["an inactive administrator is demoted", { roles: ["ADMINISTRATEUR"], actif: false }, { roles: ["LECTEUR"], actif: false }, 0, null],
  ] as const)("%s", (_, avant, apres, autres, code) => {
    const essai = () => verifierDernierAdministrateur(avant, apres, autres);
    if (code) expect(essai).toThrow(expect.objectContaining({ code }));
    else expect(essai).not.toThrow();
  });
});

describe("raisonInvitationInvalide", () => {
  const maintenant = new Date("2026-12-07T10:00:00Z");
  const valide = { expireLe: new Date("2026-12-09T10:00:00Z"), utiliseeLe: null, compteActif: true };
  it.each([
    ["valid", valide, null],
    ["unknown or forged", null, /n'est pas valide/],
    ["already used", { ...valide, utiliseeLe: new Date("2026-12-07T09:00:00Z") }, /déjà servi/],
    ["expired", { ...valide, expireLe: maintenant }, /a expiré \(il est valable 72 heures\)/],
    ["account deactivated since", { ...valide, compteActif: false }, /désactivé/],
  ] as const)("%s", (_, invitation, attendu) => {
    const raison = raisonInvitationInvalide(invitation, maintenant);
    if (attendu === null) expect(raison).toBeNull();
    else expect(raison).toMatch(attendu);
  });
});

describe("libellePerimetre", () => {
  it.each([
    [["RELECTEUR_FINANCIER"], "DINUM", ["DNE"], "Toutes les conventions"],
    [["REDACTEUR", "SIGNATAIRE"], "DNE", ["DNE", "SG"], "DNE, SG"],
    [["REDACTEUR"], "DNE", [], "Le ministère de DNE"],
    [["LECTEUR"], null, [], "Aucune convention"],
  ] as const)("%j, %s, %j → %s", (roles, organisation, perimetre, attendu) =>
    expect(libellePerimetre(roles, organisation, perimetre)).toBe(attendu),
  );
});
