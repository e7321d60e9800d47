import { describe, expect, it } from "vitest";
import { ACTIONS, ROLES, roleCan, type Action, type Role } from "./roles";

// The expected matrix, written out: any change to who may do what shows up here.
const R = "REDACTEUR",
  F = "RELECTEUR_FINANCIER",
  S = "SIGNATAIRE",
  G = "GESTIONNAIRE_REFERENTIEL",
  A = "ADMINISTRATEUR",
  L = "LECTEUR";
const EXPECTED: Record<Action, Role[]> = {
  "convention.lire": [R, F, S, G, A, L],
  "convention.exporter": [R, F, S, G, A, L],
  "convention.creer": [R, A],
  "convention.modifier": [R, A],
  "convention.soumettre": [R, A],
  "convention.relire": [F, A],
  "convention.valider": [F, A],
  "convention.signer": [S, A],
  "convention.publier": [R, A],
  "avenant.creer": [R, A],
  "referentiel.modifier": [G, A],
  "referentiel.fusionner": [A],
  "utilisateur.gerer": [A],
  "audit.lire": [F, A],
  "convention.toutes_lire": [F, A],
  "execution.importer": [F, A],
  "finance.suivre": [F, A],
  "signature.deposer_pour_autrui": [A],
  "document.importer": [R, A],
  "import.lire_tous": [A],
  "convention.denoncer": [R, A],
  "convention.clore": [F, A],
};

describe("role × action", () => {
  const cases = ROLES.flatMap((role) => ACTIONS.map((action) => [role, action, EXPECTED[action].includes(role)] as const));
  it.each(cases)("%s may %s: %s", (role, action, allowed) => {
    expect(roleCan(role, action)).toBe(allowed);
  });
});
