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
