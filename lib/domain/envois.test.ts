import { describe, expect, it } from "vitest";
import { assertTailleEnvoi, consigneEnvoi, ENVOIS, messageTropGros, tailleLisible } from "./envois";

const MO = 1024 * 1024;

describe("files received: one limit per kind, said in French", () => {
  it.each([
    [500, "1 Ko"],
    [820 * 1024, "820 Ko"],
    [15 * MO, "15 Mo"],
    [15.2 * MO, "15,2 Mo"],
    [40 * MO, "40 Mo"],
  ])("%d bytes read « %s »", (octets, texte) => expect(tailleLisible(octets)).toBe(texte));

  it("says the limit on the form", () => {
    expect(consigneEnvoi("scan")).toBe("PDF, 20 Mo au plus.");
    expect(consigneEnvoi("extrait")).toBe("xlsx ou CSV, 30 Mo au plus.");
  });

  it("takes a scan of 15 Mo, refuses one of 40 Mo with what to do", () => {
    expect(() => assertTailleEnvoi("scan", 15 * MO, "scan")).not.toThrow();
    expect(() => assertTailleEnvoi("scan", 40 * MO, "scan")).toThrow(
      expect.objectContaining({
        code: "FICHIER_TROP_GROS",
        champs: { scan: messageTropGros("scan", 40 * MO) },
      }),
    );
    expect(messageTropGros("scan", 40 * MO)).toBe(
      "Le fichier fait 40 Mo : 20 Mo au plus. Numérisez-le en noir et blanc à 200 ou 300 dpi, ou compressez le PDF.",
    );
    expect(ENVOIS.scan.octets).toBe(20 * MO);
  });
});
