import { describe, expect, it } from "vitest";
import { redigerArticlesAvenant, type ConventionInitiale } from "./avenant-redaction";
import { convention2024Webinaire as seed003 } from "@/prisma/seed/index";

const initiale: ConventionInitiale = { titre: seed003.titre, date: seed003.dateConvention!, articles: seed003.articles };
const e = (n: number) => BigInt(n) * 100n;

describe("redigerArticlesAvenant", () => {
  it("writes the issue's avenant to seed 003: one more year, 20 000 € of CP moved to it", () => {
    const articles = redigerArticlesAvenant(initiale, [
      { type: "PROLONGATION", nouvelleDateFin: "2026-12-31" },
      {
        type: "ECHEANCIER",
        aPartirDe: 2025,
        lignes: [
          { annee: 2025, ae: 0n, cp: e(90_000) },
          { annee: 2026, ae: 0n, cp: e(20_000) },
        ],
      },
    ]);
    expect(articles).toEqual([
      {
        numero: "1",
        titre: "Prolongation de la durée",
        corps:
          "L'article 8 de la convention initiale du 1er\u00a0septembre 2024 est modifié comme suit : « La convention prendra fin au 31\u00a0décembre 2026. »",
      },
      {
        numero: "2",
        titre: "Échéancier",
        corps:
          "L'échéancier prévisionnel figurant à l'article 6 de la convention initiale du 1er\u00a0septembre 2024 est remplacé, à compter de l'année 2025, par l'échéancier suivant :\n[[echeancier]]",
      },
      {
        numero: "3",
        titre: "Autres stipulations",
        corps:
          "Les autres stipulations de la convention initiale du 1er\u00a0septembre 2024 demeurent inchangées.\nLe présent avenant prend effet à compter de sa signature par les parties.",
      },
    ]);
  });

  it("words a succession like seed 001, ceilings and remainders in words and figures", () => {
    const articles = redigerArticlesAvenant({ ...initiale, date: null }, [
      {
        type: "SUCCESSION_ORGANISATION",
        remplacee: {
          id: "a",
          nom: "direction interministérielle du numérique et du système d'information et de communication de l'Etat",
          sigle: "DINSIC",
        },
        successeur: { id: "b", nom: "direction interministérielle du numérique", sigle: "DINUM" },
      },
      { type: "PLAFONDS", nouveauPlafondAe: e(100_000), nouveauPlafondCp: e(100_000) },
      { type: "RELIQUAT", reliquatAe: e(20_000), reliquatCp: null },
    ]);
    expect(articles.map((a) => a.corps)).toEqual([
      "La référence à la « direction interministérielle du numérique et du système d'information et de communication de l'Etat » (DINSIC) est remplacée par la référence à la « direction interministérielle du numérique » (DINUM) dans la convention initiale.",
      "Le montant maximum des crédits mis à disposition au titre de la convention initiale est porté à cent mille euros (100\u202f000\u00a0€) en autorisations d'engagement (AE) et à cent mille euros (100\u202f000\u00a0€) en crédits de paiement (CP).",
      "Les parties constatent que vingt mille euros (20\u202f000\u00a0€) en AE ne seront pas consommés au titre de la convention initiale.",
      "Les autres stipulations de la convention initiale demeurent inchangées.\nLe présent avenant prend effet à compter de sa signature par les parties.",
    ]);
  });
});
