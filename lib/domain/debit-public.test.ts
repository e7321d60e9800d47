import { describe, expect, it } from "vitest";
import { attenteDebitS, messageDebit } from "./debit-public";

describe("the public uploads' limit per address", () => {
  const now = new Date("2026-12-07T10:05:00Z");
  it.each([
    [{ nombre: 0, plusAncienne: null }, 0],
    [{ nombre: 29, plusAncienne: new Date("2026-12-07T10:00:00Z") }, 0],
    [{ nombre: 30, plusAncienne: new Date("2026-12-07T10:00:00Z") }, 300],
    [{ nombre: 31, plusAncienne: new Date("2026-12-07T09:55:00.500Z") }, 1],
  ])("%o of 30 → wait %i s", (recentes, attente) => {
    expect(attenteDebitS(recentes, 30, now)).toBe(attente);
  });
  it.each([
    [1, "Trop de vérifications depuis votre adresse en 10 minutes : réessayez dans 1 seconde."],
    [45, "Trop de vérifications depuis votre adresse en 10 minutes : réessayez dans 45 secondes."],
    [61, "Trop de vérifications depuis votre adresse en 10 minutes : réessayez dans 2 minutes."],
  ])("says in French when to come back (%i s)", (s, message) => {
    expect(messageDebit(s)).toBe(message);
  });
});
