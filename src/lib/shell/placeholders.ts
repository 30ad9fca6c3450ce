/**
 * Placeholders in the notes' commands (`{name}`, `{pod 이름}`, `<ip>`, `{ip}:{port}`) are values
 * the reader fills in, not shell syntax: `{a b}` would split into words and `<ip>` would be read
 * as redirections. They are masked with a plain word of the same length before parsing, so every
 * position the parser reports is still a position in the original text.
 */

/** `{...}` without quotes or braces inside (not `${VAR}`), or `<word>` (not `<<EOF`). */
const PLACEHOLDER = /(?<![$\\])\{[^{}\n'"`$]+\}|(?<![<\\])<[A-Za-z가-힣][\w가-힣.-]*>/g;

/** A placeholder's place in the text: [start, end) in UTF-16 units. */
export type Span = [number, number];

/** The text with each placeholder replaced by `_` of the same length, and where they were. */
export function maskPlaceholders(text: string): { masked: string; spans: Span[] } {
  const spans: Span[] = [];
  const masked = text.replace(PLACEHOLDER, (match, offset: number) => {
    spans.push([offset, offset + match.length]);
    return '_'.repeat(match.length);
  });
  return { masked, spans };
}

/** True when [start, end) overlaps a placeholder. */
export function touchesPlaceholder(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([from, to]) => from < end && to > start);
}
