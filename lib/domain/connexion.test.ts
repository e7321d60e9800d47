import { describe, expect, it } from "vitest";
import { attenteS, delaiS, type Echecs } from "./connexion";

const t0 = new Date("2026-12-01T10:00:00Z");
const echecs = (nombre: number, ilYaS = 0): Echecs => ({ nombre, dernier: nombre ? new Date(t0.getTime() - ilYaS * 1000) : null });
const aucun = echecs(0);

describe("login throttling: growing delays, never a lock", () => {
  it.each([
    ["paire", 0, 0],
    ["paire", 2, 0],
    ["paire", 3, 1],
    ["paire", 5, 4],
    ["paire", 12, 512],
    ["paire", 40, 900],
    ["compte", 9, 0],
    ["compte", 10, 1],
    ["compte", 15, 32],
    ["compte", 30, 60], // a stranger elsewhere delays the real agent a minute at most
    ["adresse", 19, 0],
    ["adresse", 20, 1],
    ["adresse", 30, 900],
  ] as const)("%s after %i failures: %i s", (cle, nombre, attendu) => {
    expect(delaiS(cle, nombre)).toBe(attendu);
  });

  it.each([
    ["no failure", { paire: aucun, compte: aucun, adresse: aucun }, 0],
    ["5 failures of this pair, the last just now", { paire: echecs(5), compte: echecs(5), adresse: echecs(5) }, 4],
    ["the same, 3 s ago", { paire: echecs(5, 3), compte: echecs(5, 3), adresse: echecs(5, 3) }, 1],
    ["the same, 10 s ago: free again", { paire: echecs(5, 10), compte: echecs(5, 10), adresse: echecs(5, 10) }, 0],
    ["30 failures from elsewhere on this account", { paire: aucun, compte: echecs(30), adresse: aucun }, 60],
    ["30 accounts tried from this address", { paire: aucun, compte: echecs(1), adresse: echecs(30) }, 900],
  ] as const)("%s: wait %i s", (_name, e, attendu) => {
    expect(attenteS(e, t0)).toBe(attendu);
  });
});
