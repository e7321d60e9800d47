import { describe, expect, it } from "vitest";
import { EVENEMENTS, STATUTS, nextStatut, estFige, estSigneeParTous, TransitionInterdite, type Evenement, type Statut } from "./statut";

const ALLOWED: [Statut, Evenement, Statut][] = [
  ["BROUILLON", "SOUMETTRE", "EN_REVUE"],
  ["EN_REVUE", "RENVOYER", "BROUILLON"],
  ["EN_REVUE", "VALIDER", "PRETE_A_SIGNER"],
  ["PRETE_A_SIGNER", "RENVOYER", "BROUILLON"],
  ["PRETE_A_SIGNER", "SIGNER_UNE_PARTIE", "SIGNEE_PARTIELLEMENT"],
  ["PRETE_A_SIGNER", "SIGNER_DERNIERE_PARTIE", "SIGNEE"],
  ["SIGNEE_PARTIELLEMENT", "SIGNER_UNE_PARTIE", "SIGNEE_PARTIELLEMENT"],
  ["SIGNEE_PARTIELLEMENT", "SIGNER_DERNIERE_PARTIE", "SIGNEE"],
  ["SIGNEE", "PUBLIER", "PUBLIEE"],
  ["PUBLIEE", "ENTRER_EN_VIGUEUR", "EN_VIGUEUR"],
  ["PUBLIEE", "TERMINER", "TERMINEE"],
  ["EN_VIGUEUR", "TERMINER", "TERMINEE"],
];

describe("nextStatut", () => {
  it.each(ALLOWED)("%s + %s → %s", (from, event, to) => {
    expect(nextStatut(from, event)).toBe(to);
  });

  const forbidden = STATUTS.flatMap((s) => EVENEMENTS.map((e) => [s, e] as const)).filter(
    ([s, e]) => !ALLOWED.some(([f, ev]) => f === s && ev === e),
  );
  it.each(forbidden)("%s + %s is refused with a French message", (from, event) => {
    expect(() => nextStatut(from, event)).toThrow(TransitionInterdite);
  });

  it("explains the refusal", () => {
    expect(() => nextStatut("SIGNEE", "SOUMETTRE")).toThrow("Action « Soumettre à la revue » impossible : le document est « Signée ».");
  });
});

describe("frozen documents", () => {
  it.each([
    ["BROUILLON", false, false],
    ["EN_REVUE", false, false],
    ["PRETE_A_SIGNER", false, false],
    ["SIGNEE_PARTIELLEMENT", true, false],
    ["SIGNEE", true, true],
    ["PUBLIEE", true, true],
    ["EN_VIGUEUR", true, true],
    ["TERMINEE", true, true],
  ] as const)("%s: frozen %s, signed by all %s", (statut, fige, signee) => {
    expect(estFige(statut)).toBe(fige);
    expect(estSigneeParTous(statut)).toBe(signee);
  });
});
