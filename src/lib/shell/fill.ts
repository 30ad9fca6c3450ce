/**
 * Fill-in placeholders in shell commands: `{pod 이름}`, `{key}={value}`, `<ip>`, `http-go-{code}`.
 * The notes mark them with nothing but braces or angle brackets, and their text must stay as it
 * is, so the syntax is recognised rather than declared: `{...}` that is not shell syntax (no `$`
 * before it, no quotes, `$`, `:` or braces inside, not a brace expansion like `{a,b}`/`{1..3}`),
 * or `<word>` that cannot be a redirection or heredoc. The site build, the browser script and the
 * tests all use this one module.
 */

/** One `{...}` or `<word>` placeholder; a fresh copy is made per use because of `lastIndex`. */
const PLACEHOLDER_SOURCE =
  String.raw`(?<![$\\{\w])\{(?![\s,])(?![^{}\n]*(?:,|\.\.))[^{}\n'"` +
  '`' +
  String.raw`$:\u007f]+(?<!\s)\}(?!\})|(?<![<\\\w])<[A-Za-z가-힣][\w가-힣.-]*>(?!>)`;

/**
 * Placeholders whose value is the same on every page (one cluster, one Docker Hub account), by
 * {@link placeholderKey}.
 */
const SHARED = new Set(['pod 이름', 'ip', 'port', 'DockerHubId/name']);

/** A placeholder found in a line: [start, end) in UTF-16 units and its text (`{pod 이름}`). */
export interface PlaceholderMatch {
  start: number;
  end: number;
  text: string;
}

/** Every placeholder of one line (or text), left to right. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const pattern = new RegExp(PLACEHOLDER_SOURCE, 'g');
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** What the reader is asked for: the text without its brackets (`pod 이름`). */
export function placeholderLabel(text: string): string {
  return text.slice(1, -1);
}

/**
 * The value a placeholder stands for: its name without brackets, so that `<ip>` and `{ip}` on
 * one page are one field (the notes write the same value both ways).
 */
export function placeholderKey(text: string): string {
  return placeholderLabel(text).trim();
}

/** True when a value typed for this placeholder applies on every page, not just this one. */
export function isShared(text: string): boolean {
  return SHARED.has(placeholderKey(text));
}

/**
 * The text with each placeholder replaced by its value (`values` by {@link placeholderKey});
 * empty or missing values keep the placeholder.
 */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(new RegExp(PLACEHOLDER_SOURCE, 'g'), (match) => {
    const key = placeholderKey(match);
    return Object.hasOwn(values, key) && values[key] !== '' ? values[key]! : match;
  });
}

/** Fills an Expressive Code `data-code` value, whose lines are joined by `\u007f`. */
export function fillCopyCode(dataCode: string, values: Readonly<Record<string, string>>): string {
  return dataCode
    .split('\u007f')
    .map((line) => fillText(line, values))
    .join('\u007f');
}
