// Word-level shaping cache for the PDF fonts — the idea of the browsers' shape caches (Blink's
// ShapeCache): a legal text uses a few thousand distinct words, so each one is shaped by fontkit
// (OpenType substitutions, kerning) once, then its glyphs and positions are reused. Shaping was
// ~40 % of the time react-pdf spent on a seed convention (see docs/adr/004-pdf-performance.md).
//
// The result is exactly what fontkit gives for the whole string: a run is only cut after a space
// followed by a character that this font does not kern or substitute against the space (checked
// once per character and font), so every kerning pair and contextual substitution stays inside a
// cached piece. Anything unusual (OpenType features asked for, another direction or script) goes
// straight to fontkit.

type Shaped = { glyphs: unknown[]; positions: unknown[] };
type LayoutFn = (text: string, features?: unknown, script?: string, language?: string, direction?: string) => Shaped;
export type ShapingFont = { layout: LayoutFn };

const MAX_ENTRIES = 20_000; // per font; a few MiB at most
const CACHED = Symbol("shape-cache");

type CacheState = { entries: Map<string, Shaped>; safeAfterSpace: Map<string, boolean>; hits: number; misses: number };

const noFeatures = (features: unknown) => features === undefined || (Array.isArray(features) && features.length === 0);

function sameShaping(a: Shaped, b: Shaped): boolean {
  if (a.glyphs.length !== b.glyphs.length) return false;
  return a.glyphs.every((g, i) => {
    const h = b.glyphs[i] as { id: number };
    const p = a.positions[i] as Record<string, number>;
    const q = b.positions[i] as Record<string, number>;
    return (
      (g as { id: number }).id === h.id &&
      p.xAdvance === q.xAdvance &&
      p.yAdvance === q.yAdvance &&
      p.xOffset === q.xOffset &&
      p.yOffset === q.yOffset
    );
  });
}

/** Wraps `font.layout` with the cache (once per font object). Returns the cache's counters. */
export function cacheShaping(font: ShapingFont): CacheState {
  const existing = (font as unknown as Record<symbol, CacheState>)[CACHED];
  if (existing) return existing;
  const original = font.layout.bind(font);
  const state: CacheState = { entries: new Map(), safeAfterSpace: new Map(), hits: 0, misses: 0 };

  const shapeLtr = (text: string) => original(text, undefined, undefined, undefined, "ltr");
  // A cut before `char` is exact when shaping " " + char gives what " " and char give apart.
  const canCutBefore = (char: string) => {
    let safe = state.safeAfterSpace.get(char);
    if (safe === undefined) {
      const whole = shapeLtr(` ${char}`);
      const space = shapeLtr(" ");
      const alone = shapeLtr(char);
      safe = sameShaping(whole, { glyphs: [...space.glyphs, ...alone.glyphs], positions: [...space.positions, ...alone.positions] });
      state.safeAfterSpace.set(char, safe);
    }
    return safe;
  };
  const piece = (text: string): Shaped => {
    const hit = state.entries.get(text);
    if (hit) {
      state.hits++;
      return hit;
    }
    state.misses++;
    const shaped = shapeLtr(text);
    const entry = { glyphs: shaped.glyphs, positions: shaped.positions };
    if (state.entries.size >= MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
    state.entries.set(text, entry);
    return entry;
  };

  const layout: LayoutFn = (text, features, script, language, direction) => {
    if (!noFeatures(features) || script !== undefined || language !== undefined || (direction !== undefined && direction !== "ltr")) {
      return original(text, features, script, language, direction);
    }
    const glyphs: unknown[] = [];
    const positions: unknown[] = [];
    let start = 0;
    const add = (end: number) => {
      const shaped = piece(text.slice(start, end));
      // Shared glyph and position objects are only read: react-pdf scales positions into new objects.
      for (let i = 0; i < shaped.glyphs.length; i++) {
        glyphs.push(shaped.glyphs[i]);
        positions.push(shaped.positions[i]);
      }
      start = end;
    };
    for (let i = 1; i < text.length; i++) {
      if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i) !== 32) {
        const cp = text.codePointAt(i)!;
        if (canCutBefore(String.fromCodePoint(cp))) add(i);
      }
    }
    add(text.length);
    return { glyphs, positions };
  };
  font.layout = layout;
  (font as unknown as Record<symbol, CacheState>)[CACHED] = state;
  return state;
}
