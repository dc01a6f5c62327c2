import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

/** The only family the documents use: Noto Sans covers Spanish (á, ñ, ü, ¿, «») and is embedded in every PDF. */
export const FONT_FAMILY = "NotoSans";

let isRegistered = false;

/**
 * Registers the bundled fonts with React-PDF, once per process. The files are read from
 * `<cwd>/public/fonts` — cwd is the repository root under `next start`, vitest and tsx — and loaded
 * lazily by React-PDF on the first render, then kept in memory. Never a CDN (STYLE.md).
 */
export function registerFonts(): void {
  if (isRegistered) return;
  const dir = path.join(process.cwd(), "public", "fonts");
  const regular = path.join(dir, "NotoSans-Regular.ttf");
  const bold = path.join(dir, "NotoSans-Bold.ttf");
  if (!existsSync(regular) || !existsSync(bold)) {
    throw new Error(
      `PDF fonts not found in ${dir}: run the server from the repository root (public/fonts/NotoSans-*.ttf).`,
    );
  }
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: regular, fontWeight: 400 },
      { src: bold, fontWeight: 700 },
    ],
  });
  // No hyphenation: React-PDF's default splits words with English rules ("Mu-ñoz"), which reads
  // badly in Spanish and breaks names in the extracted text that people and tests search for.
  Font.registerHyphenationCallback((word) => [word]);
  isRegistered = true;
}

type GlyphRun = { glyphs: unknown[]; positions: object[] };
type Layout = (text: string, features?: unknown, script?: string, language?: string, direction?: string) => GlyphRun;
type LoadedFont = { characterSet: number[]; glyphForCodePoint: (codePoint: number) => unknown; layout: Layout };

// Bounded memory: labels and standard sentences are short and repeat; long runs are mostly personal
// text that never comes back. About 5,000 runs of ≤ 400 characters stay well under 50 MB.
const MAX_CACHED_RUNS = 5_000;
const MAX_CACHED_LENGTH = 400;

/**
 * Remembers fontkit's shaping of each text run (the most expensive step of a render: OpenType
 * lookups for every word). The same labels, names and legal sentences come back in every document,
 * so later renders reuse the runs. Callers get copies of the glyph list and positions, which
 * React-PDF and pdfkit adjust in place; the Glyph objects themselves are fontkit's shared ones.
 */
function memoizeLayout(font: LoadedFont): void {
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features, script, language, direction) => {
    if (text.length > MAX_CACHED_LENGTH) return layout(text, features, script, language, direction);
    const key = `${direction ?? ""}|${script ?? ""}|${language ?? ""}|${features ? JSON.stringify(features) : ""}|${text}`;
    let run = runs.get(key);
    if (!run) {
      run = layout(text, features, script, language, direction);
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      runs.set(key, run);
    }
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run, {
      glyphs: run.glyphs.slice(),
      positions: run.positions.map((position) => ({ ...position })),
    });
  };
}

let ready: Promise<void> | null = null;

/**
 * Characters the font draws as two glyphs (Noto Sans builds "ị", "ọ", "ẹ", "ụ" from a letter and a
 * combining dot). React-PDF's text layout counts one glyph per character and then drops a character at
 * the end of the text for each of them ("Thị Hang" printed "Thị Han"); written decomposed (NFD), the
 * letter and its mark are two characters for two glyphs and nothing is lost. Filled by prepareFonts.
 */
const expandingCharacters = new Set<string>();

/** `text` with every character the font draws as several glyphs written decomposed (see expandingCharacters). */
export function printableText(text: string): string {
  if (expandingCharacters.size === 0) return text;
  let out = "";
  for (const character of text) out += expandingCharacters.has(character) ? character.normalize("NFD") : character;
  return out;
}

/**
 * Ligature characters (ﬁ, ﬂ, ﬀ… U+FB00–U+FB4F) are left for the text layout to create: made from
 * the character map they would carry one character instead of two ("f", "i"), and the layout would
 * then misplace line breaks and extract "oﬁcio" instead of "oficio".
 */
function isPresentationForm(codePoint: number): boolean {
  return codePoint >= 0xfb00 && codePoint <= 0xfb4f;
}

/**
 * Loads both weights and creates every glyph of the fonts from its character, once per process,
 * before anything is rendered. Works around a fontkit 2 cache bug that otherwise drops letters:
 * fontkit keeps the first Glyph object it makes for an id, and subsetting an accented capital
 * (Á = A + ´) makes the "A" glyph without its character, so every later document in the same
 * process prints "A" with no text mapping and React-PDF's line layout loses it ("sunto" for
 * "Asunto", "N CION L"). Made from the character map first, glyphs keep their characters.
 */
export function prepareFonts(): Promise<void> {
  registerFonts();
  ready ??= Promise.all(
    ([400, 700] as const).map(async (fontWeight) => {
      const descriptor = { fontFamily: FONT_FAMILY, fontWeight, fontStyle: "normal" as const };
      await Font.load(descriptor);
      const font = Font.getFont(descriptor).data as unknown as LoadedFont | null;
      if (!font) throw new Error(`PDF font ${FONT_FAMILY} ${fontWeight} did not load`);
      for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) {
        if (isPresentationForm(codePoint)) continue;
        font.glyphForCodePoint(codePoint);
        const character = String.fromCodePoint(codePoint);
        if (character.normalize("NFD") !== character && font.layout(character).glyphs.length > 1)
          expandingCharacters.add(character);
      }
      memoizeLayout(font);
    }),
  ).then(() => undefined);
  ready.catch(() => {
    ready = null;
  });
  return ready;
}
