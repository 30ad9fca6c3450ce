/**
 * Reads one file for the validator: a size limit and a text check first, so a huge or binary
 * file gives one finding that names it instead of a hang or thousands of findings.
 */
import { readFileSync, statSync } from 'node:fs';
import { decodeText, megabytes } from '../k8s/input-limits';
import type { Finding } from '../k8s/types';
import { describe } from '../messages';

/** The text of a file, or the one finding that says why it is not checked. */
export function readInput(
  path: string,
  display: string,
  maxSizeMb: number,
): { text: string } | { finding: Finding } {
  const at = { file: display, line: 1, column: 1, severity: 'error' } as const;
  try {
    const { size } = statSync(path);
    if (size > maxSizeMb * 1024 * 1024) {
      return {
        finding: {
          ...at,
          rule: 'too-large',
          ...describe({
            messageId: 'input.too-large',
            hintId: 'input.too-large.hint',
            data: { size: megabytes(size), limit: maxSizeMb },
          }),
        },
      };
    }
    const decoded = decodeText(readFileSync(path));
    if ('text' in decoded) return decoded;
    return {
      finding: {
        ...at,
        rule: 'not-text',
        ...describe({
          messageId: 'input.not-text',
          hintId: 'input.not-text.hint',
          data: { reason: decoded.notText },
        }),
      },
    };
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      finding: {
        ...at,
        rule: 'io',
        ...describe({ messageId: 'io.unreadable', hintId: 'io.unreadable.hint', data: { detail } }),
      },
    };
  }
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
