/**
 * Limits on what the validator reads, so that odd or hostile input gives one clear finding
 * instead of a hang, a crash or thousands of findings. Pure: the CLI, the build and the page use
 * the same checks.
 */
import { describe, type Reported } from '../messages';
import type { Finding } from './types';

/** Deepest nesting (block indentation levels plus open brackets) the validator parses. */
export const MAX_DEPTH = 256;
/** Default size limit of one file, in MB (the CLI's `--max-size`). */
export const DEFAULT_MAX_SIZE_MB = 32;
/** Default number of findings shown per file (the CLI's `--max-findings`). */
export const DEFAULT_MAX_FINDINGS = 200;

/**
 * The offset of the first line where the nesting of `text` goes deeper than `limit`, or -1. One
 * linear pass, an upper bound of the YAML nesting: each deeper indentation opens a level (a `- `
 * item too), each `[`/`{` outside quotes opens one. Checked before parsing because the `yaml`
 * library composes nodes recursively and runs out of stack near 800 levels.
 */
export function tooDeepAt(text: string, limit = MAX_DEPTH): number {
  const indents: number[] = [];
  let flow = 0;
  let offset = 0;
  while (offset < text.length) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    let at = offset;
    while (at < end && text.charCodeAt(at) === 32) at++;
    const first = text[at];
    if (at < end && first !== '#' && first !== '\r') {
      // A `- ` item opens a level at its own column; so does each nested `- - `.
      let column = at - offset;
      while (text[at] === '-' && (text[at + 1] === ' ' || at + 1 === end)) {
        while (indents.length > 0 && indents[indents.length - 1]! >= column) indents.pop();
        indents.push(column);
        at += 2;
        while (at < end && text.charCodeAt(at) === 32) at++;
        column = at - offset;
      }
      if (flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1]! >= column) indents.pop();
        indents.push(column);
      }
      let quote = '';
      let deepest = flow;
      for (let i = at; i < end; i++) {
        const c = text[i];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") {
          if (i === at || /[\s:,[{]/.test(text[i - 1]!)) quote = c;
        } else if (c === '#' && (i === at || text[i - 1] === ' ')) {
          break;
        } else if (c === '[' || c === '{') {
          deepest = Math.max(deepest, ++flow);
        } else if ((c === ']' || c === '}') && flow > 0) {
          flow--;
        }
      }
      if (indents.length + deepest > limit) return offset;
    }
    offset = end + 1;
  }
  return -1;
}

/**
 * Bytes read from a file as text, or why they are not text (a NUL byte, or not UTF-8) as a
 * message value: one finding for the file instead of one per garbled line.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { notText: Reported } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { notText: { messageId: 'input.nul-byte', data: { offset: nul } } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { notText: { messageId: 'input.bad-utf8' } };
  }
}

/** Size of a file in MB, one decimal, for messages. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

/**
 * At most `max` findings of a file, the rest summed up in one last finding ("and N more"), as
 * severe as the worst finding left out.
 */
export function capFindings(findings: Finding[], max: number): Finding[] {
  if (findings.length <= max) return findings;
  const shown = findings.slice(0, max);
  const rest = findings.slice(max);
  const last = shown[shown.length - 1] ?? findings[0]!;
  shown.push({
    file: last.file,
    line: last.line,
    column: last.column,
    severity: rest.some((f) => f.severity === 'error') ? 'error' : 'warning',
    rule: 'too-many-findings',
    ...describe({
      messageId: 'input.too-many-findings',
      hintId: 'input.too-many-findings.hint',
      data: { count: rest.length, shown: max },
    }),
  });
  return shown;
}
