// The shaping cache gives exactly what fontkit gives for the whole string, glyph by glyph and to
// the unit of position, on every text of the seeds and on the cases where a font kerns against a
// space (Marianne kerns « space + — »).
import { Font } from "@react-pdf/renderer";
import { beforeAll, describe, expect, it } from "vitest";
import { SEED_CONVENTIONS } from "@/prisma/seed/index";
import { FONT_FILES } from "./fonts";
import { cacheShaping, type ShapingFont } from "./shape-cache";

type Run = { glyphs: { id: number }[]; positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] };
const simple = (run: Run) =>
  run.glyphs.map((g, i) => [
    g.id,
    run.positions[i]!.xAdvance,
    run.positions[i]!.yAdvance,
    run.positions[i]!.xOffset,
    run.positions[i]!.yOffset,
  ]);

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(...value.split("\n"));
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

const EDGE_CASES = [
  "",
  " ",
  "de — Webinaire",
  "20 avenue de Ségur – TSA 30 719 75 334 PARIS Cedex 07",
  "à 12 — passage à l'échelle",
  "  deux  espaces   et plus  ",
  "1\u00a0234\u00a0567,89\u00a0€",
  "« Œuvre » Łódź, naïveté, ÆØÅ — fin.",
  "<script>alert('x')</script> & \"guillemets\"",
  "fi fl ffi — ligatures ; « : » ! ?",
];

// One fontkit object per file, registered under its own family so the app's fonts stay untouched.
const fonts: { name: string; reference: ShapingFont; cached: ShapingFont }[] = [];

beforeAll(async () => {
  for (const [family, files] of Object.entries(FONT_FILES)) {
    for (const file of files) {
      const load = async (suffix: string) => {
        const descriptor = {
          fontFamily: `${family} ${suffix} ${file.fontWeight} ${file.fontStyle}`,
          fontWeight: file.fontWeight,
          fontStyle: file.fontStyle,
        };
        Font.register({ family: descriptor.fontFamily, fonts: [file] });
        await Font.load(descriptor);
        return Font.getFont(descriptor)!.data as unknown as ShapingFont;
      };
      const cached = await load("cache");
      cacheShaping(cached);
      fonts.push({ name: `${family} ${file.fontWeight} ${file.fontStyle}`, reference: await load("reference"), cached });
    }
  }
});

describe("cacheShaping", () => {
  const texts = [...new Set([...SEED_CONVENTIONS.flatMap((s) => strings(s)), ...EDGE_CASES])];

  it("shapes every seed text and the edge cases exactly as fontkit does, for each font", () => {
    expect(texts.length).toBeGreaterThan(250);
    for (const { name, reference, cached } of fonts) {
      for (const text of texts) {
        const expected = simple(reference.layout(text, undefined, undefined, undefined, "ltr") as Run);
        // Twice: from an empty cache, then from a warm one.
        expect(simple(cached.layout(text, undefined, undefined, undefined, "ltr") as Run), `${name}: ${text}`).toEqual(expected);
        expect(simple(cached.layout(text, undefined, undefined, undefined, "ltr") as Run), `${name}: ${text}`).toEqual(expected);
      }
    }
  }, 60_000); // every seed text through fontkit twice, per font: seconds on a slow machine

  it("reuses the words it has already shaped", () => {
    const { cached } = fonts[0]!;
    const state = cacheShaping(cached); // same state: wrapping twice is a no-op
    const before = { hits: state.hits, misses: state.misses };
    cached.layout("la convention de délégation de gestion de la convention", undefined, undefined, undefined, "ltr");
    expect(state.hits - before.hits).toBeGreaterThan(0);
    const misses = state.misses;
    cached.layout("la convention de gestion de la convention", undefined, undefined, undefined, "ltr");
    expect(state.misses).toBe(misses);
  });

  it("leaves OpenType features asked for and other directions to fontkit", () => {
    const { reference, cached } = fonts[0]!;
    const state = cacheShaping(cached);
    const misses = state.misses;
    const hits = state.hits;
    const withFeatures = cached.layout("1/2 de la somme", ["frac"], undefined, undefined, "ltr") as Run;
    expect(simple(withFeatures)).toEqual(simple(reference.layout("1/2 de la somme", ["frac"], undefined, undefined, "ltr") as Run));
    cached.layout("abc def", undefined, undefined, undefined, "rtl");
    expect([state.hits, state.misses]).toEqual([hits, misses]);
  });
});
