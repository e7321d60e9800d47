import { describe, expect, it } from "vitest";
import { espacesInsecables } from "./typographie";

const N = "\u00a0";
const F = "\u202f";

describe("espacesInsecables", () => {
  it.each([
    ["Adresse : 20 avenue de Ségur", `Adresse${N}: 20 avenue de Ségur`],
    ["la présente convention ;", `la présente convention${F};`],
    ["Pourquoi ? Parce que !", `Pourquoi${F}? Parce que${F}!`],
    ["dénommé « DINUM »", `dénommé «${N}DINUM${N}»`],
    ["soit 500 000 € TTC", `soit 500${F}000${N}€ TTC`],
    ["1 234 567,89 €", `1${F}234${F}567,89${N}€`],
    ["un taux de 20 %", `un taux de 20${N}%`],
    ["décret n° 2004-1085 du 14 octobre 2004", `décret n°${N}2004-1085 du 14 octobre 2004`],
    ["TSA 30 719, 75 334 PARIS", `TSA 30${F}719, 75${F}334 PARIS`],
    // Already right, or nothing to do: unchanged.
    [`Adresse${N}: x`, `Adresse${N}: x`],
    [`1${F}234,00${N}€`, `1${F}234,00${N}€`],
    ["les années 2019 2020 2021", "les années 2019 2020 2021"],
    ["https://www.numerique.gouv.fr", "https://www.numerique.gouv.fr"],
    ["à 10:30", "à 10:30"],
    ["le 01 40 15 70 00", "le 01 40 15 70 00"],
    ["", ""],
  ])("%s", (texte, attendu) => {
    expect(espacesInsecables(texte)).toBe(attendu);
  });

  it("never changes anything but spaces", () => {
    const texte = "Vu le décret n° 2004-1085 ; « Classe à 12 » : 1 000 000 € (soit 50 %) ! https://a.b:80/?x=1";
    expect(espacesInsecables(texte).replace(/[\u00a0\u202f]/g, " ")).toBe(texte);
  });
});
