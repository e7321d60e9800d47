import { describe, expect, it } from "vitest";
import { raisonInvitationInvalide, verifierDernierAdministrateur, type EtatCompte } from "./comptes";

const admin: EtatCompte = { role: "ADMINISTRATEUR", actif: true };

describe("verifierDernierAdministrateur", () => {
  it.each([
    ["the last administrator demotes themselves", admin, { role: "REDACTEUR", actif: true }, 0, "DERNIER_ADMINISTRATEUR"],
    ["the last administrator is deactivated", admin, { role: "ADMINISTRATEUR", actif: false }, 0, "DERNIER_ADMINISTRATEUR"],
    ["another administrator remains", admin, { role: "REDACTEUR", actif: true }, 1, null],
    ["the last administrator's name changes", admin, admin, 0, null],
    ["a drafter is deactivated", { role: "REDACTEUR", actif: true }, { role: "REDACTEUR", actif: false }, 0, null],
    ["an inactive administrator is demoted", { role: "ADMINISTRATEUR", actif: false }, { role: "LECTEUR", actif: false }, 0, null],
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
