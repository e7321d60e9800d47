import { describe, expect, it } from "vitest";
import { parseSegments, parseTexte, texteBrut } from "./texte";
import { convention2021ClasseA12, convention2024Webinaire } from "@/prisma/seed/index";
import { ANNEXE_RGPD } from "@/prisma/seed/annexe-rgpd";

describe("parseSegments", () => {
  it.each([
    ["plain", [{ texte: "plain" }]],
    ["afin d'**accélérer** le service", [{ texte: "afin d'" }, { texte: "accélérer", gras: true }, { texte: " le service" }]],
    [
      "publiés en *open source* conformément",
      [{ texte: "publiés en " }, { texte: "open source", italique: true }, { texte: " conformément" }],
    ],
    // Footnote asterisks of seed 004's annex stay text.
    ["les textes*, la désignation du DPD", [{ texte: "les textes*, la désignation du DPD" }]],
    ["principes de *privacy by design* *", [{ texte: "principes de " }, { texte: "privacy by design", italique: true }, { texte: " *" }]],
    ["2 * 3 * 4", [{ texte: "2 * 3 * 4" }]],
    ["<script>alert(1)</script>", [{ texte: "<script>alert(1)</script>" }]],
  ])("%j", (line, segments) => {
    expect(parseSegments(line)).toEqual(segments);
  });
});

describe("parseTexte", () => {
  it("reads article 6 of seed 003: paragraph, list, schedule table, paragraphs, imputation table", () => {
    const corps = convention2024Webinaire.articles.find((a) => a.numero === "6")!.corps;
    const blocs = parseTexte(corps);
    expect(blocs.map((b) => b.type)).toEqual([
      "paragraphe",
      "liste",
      "tableau",
      "paragraphe",
      "paragraphe",
      "paragraphe",
      "tableau",
      "paragraphe",
    ]);
    expect(blocs[1]).toMatchObject({ type: "liste", items: { length: 2 } });
    expect(blocs[2]).toEqual({ type: "tableau", nom: "echeancier" });
    expect(blocs[6]).toEqual({ type: "tableau", nom: "imputation" });
  });

  it("reads sub-headings and ignores unknown placeholders as text", () => {
    expect(parseTexte("### Mise à disposition de crédits\n[[inconnu]]")).toEqual([
      { type: "sous-titre", segments: [{ texte: "Mise à disposition de crédits" }] },
      { type: "paragraphe", segments: [{ texte: "[[inconnu]]" }] },
    ]);
  });

  it("keeps every word of seed 004's articles and annex in the plain text", () => {
    for (const article of convention2021ClasseA12.articles) {
      const brut = texteBrut(article.corps);
      for (const word of article.corps
        .replace(/\[\[[a-z]+\]\]|\*\*|###|^- /gm, " ")
        .split(/\s+/)
        .filter((w) => w.length > 3 && !w.includes("*"))) {
        expect(brut).toContain(word);
      }
    }
    const violation = ANNEXE_RGPD.tableau.lignes[3]![1]!;
    expect(parseTexte(violation).map((b) => b.type)).toEqual(["paragraphe", "liste"]);
  });
});
