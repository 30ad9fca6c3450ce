/**
 * What a built page says about its topic, read from its HTML by string search (no parse): the
 * text of its title and section headings, and its shell command lines. The index gives them to
 * Pagefind as metadata fields that rank the chapter teaching a topic or a command first
 * (`src/lib/search/page.ts`, weights in `ranking.ts`).
 */

const HEADING = /<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/gi;
/** Expressive Code's shell blocks: `<pre data-language="sh">` (also bash, shell, console). */
const SHELL_LANGUAGES = 'sh|bash|shell|zsh|console|shellsession';
const SHELL_BLOCK = new RegExp(
  `<pre\\b[^>]*\\bdata-language="(?:${SHELL_LANGUAGES})"[^>]*>([\\s\\S]*?)<\\/pre>`,
  'gi',
);
/** One line of an Expressive Code block. */
const LINE = /<div class="ec-line\b[^"]*"[^>]*>([\s\S]*?)<\/div><\/div>/gi;

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/** Text of an HTML fragment: tags dropped, the common entities decoded, spaces collapsed. */
export function textOfHtml(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The texts of the page's title (its h1) and of its section headings (h2, h3), in order. */
export function headingTexts(html: string): { title: string[]; sections: string[] } {
  const title: string[] = [];
  const sections: string[] = [];
  for (const match of html.matchAll(HEADING)) {
    (match[1] === '1' ? title : sections).push(textOfHtml(match[2] ?? ''));
  }
  return { title, sections };
}

/**
 * The command lines of the page's shell blocks, one string per line (a line continued with
 * `\` stays a line of its own; its words count all the same).
 */
export function shellLines(html: string): string[] {
  const lines: string[] = [];
  for (const block of html.matchAll(SHELL_BLOCK)) {
    for (const line of (block[1] ?? '').matchAll(LINE)) {
      const text = textOfHtml(line[1] ?? '');
      if (text !== '') lines.push(text);
    }
  }
  return lines;
}

/** The text descriptions of the page's diagrams (`<desc>` of each SVG): their labels, in words. */
export function diagramTexts(html: string): string[] {
  return [...html.matchAll(/<desc\b[^>]*>([\s\S]*?)<\/desc>/gi)].map((m) => textOfHtml(m[1] ?? ''));
}
