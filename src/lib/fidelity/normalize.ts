/**
 * Turns lines of the original Markdown notes and the text of built pages into the same plain,
 * comparable form, so that "is this line of the notes on the site?" is a substring test.
 */

/** Collapses whitespace and drops backticks, which are markup in the notes but text on a page. */
export function canonical(text: string): string {
  return text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
}

/** One line of the notes that must appear on the site. */
export interface NotesLine {
  /** 1-based line number in the notes. */
  line: number;
  /** The raw line. */
  raw: string;
  /** The line as plain text (Markdown syntax removed, canonical whitespace). */
  text: string;
}

const FENCE = /^\s*(~~~|```)/;

/** Strips the Markdown syntax of one prose line of the notes, leaving the text a reader sees. */
export function proseText(line: string): string {
  return canonical(
    line
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
  );
}

/**
 * Splits the notes into the lines a reader must find on the site: every non-empty line, as plain
 * text. Inside code fences a line is kept as it is (a `# comment` there is code, not a heading);
 * the fence markers themselves are syntax and are skipped.
 */
export function notesLines(markdown: string): NotesLine[] {
  const result: NotesLine[] = [];
  let inFence = false;
  markdown.split('\n').forEach((raw, index) => {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      return;
    }
    const text = inFence ? canonical(raw) : proseText(raw);
    if (text) result.push({ line: index + 1, raw, text });
  });
  return result;
}
