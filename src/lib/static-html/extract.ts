import MagicString from 'magic-string';

/** A piece of static HTML taken out of a compiled MDX module. */
export interface HtmlPiece {
  /** Content hash: the piece's file name (without `.html`). */
  key: string;
  html: string;
}

/** What {@link extractStaticHtml} made of a module. */
export interface Extracted {
  code: string;
  /** Only when asked for (`sourcemap`): a production build without source maps skips it. */
  map: ReturnType<MagicString['generateMap']> | undefined;
  pieces: HtmlPiece[];
}

/**
 * The static HTML of a compiled MDX chapter, as the MDX compiler's `optimize` option leaves it:
 * one `"set:html": "..."` string literal per run of static content (Astro's `<Fragment>`).
 */
const SET_HTML = /"set:html": ("(?:[^"\\\n]|\\.)*")/g;

/**
 * Takes the long static HTML strings out of a compiled MDX module: each `"set:html": "<html>"`
 * of at least `minLength` characters becomes `"set:html": read("<key>")`, with `read` imported
 * from `reader` (a module that returns the piece's HTML at render time) and the HTML returned as
 * a piece to store under its key. The page renders the same HTML; the module the bundler parses,
 * keeps and writes shrinks to its structure (a chapter's is ~95 % static HTML).
 * `hash` names a piece by its content. Returns undefined when nothing is long enough.
 */
export function extractStaticHtml(
  code: string,
  options: {
    reader: string;
    minLength: number;
    hash: (html: string) => string;
    sourcemap?: boolean;
  },
): Extracted | undefined {
  const out = new MagicString(code);
  const pieces: HtmlPiece[] = [];
  for (const match of code.matchAll(SET_HTML)) {
    const literal = match[1] as string;
    if (literal.length < options.minLength) continue;
    const html = JSON.parse(literal) as string;
    const key = options.hash(html);
    pieces.push({ key, html });
    const start = (match.index ?? 0) + match[0].length - literal.length;
    out.overwrite(start, start + literal.length, `__staticHtml(${JSON.stringify(key)})`);
  }
  if (pieces.length === 0) return undefined;
  const reader = JSON.stringify(options.reader);
  out.prepend(`import { readStaticHtml as __staticHtml } from ${reader};\n`);
  const map = options.sourcemap ? out.generateMap({ hires: 'boundary' }) : undefined;
  return { code: out.toString(), map, pieces };
}
