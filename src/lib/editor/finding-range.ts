/**
 * The text a finding is about, for underlining it in the editor: from the finding's column to
 * the end of the key (`imagePullPolice` in `imagePullPolice: x`) or of the value on that line
 * (a trailing comment left out); at least one character.
 */
export function findingSpan(lineText: string, column: number): { from: number; to: number } {
  const from = Math.min(Math.max(0, column - 1), lineText.length);
  const rest = lineText.slice(from);
  const key = /^(- )*("[^"]*"|'[^']*'|[^\s#:][^:#]*?)\s*:(\s|$)/.exec(rest);
  if (key) {
    const dashes = /^(- )*/.exec(rest)![0].length;
    return { from: from + dashes, to: from + dashes + key[2]!.length };
  }
  const value = rest.replace(/\s+#.*$/, '').trimEnd();
  if (value.length > 0) return { from, to: from + value.length };
  // Nothing at the column (a missing value): mark the character before it, or the line end.
  return from > 0 ? { from: from - 1, to: from } : { from, to: Math.min(lineText.length, from + 1) };
}
