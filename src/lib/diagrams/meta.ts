import { containsHangul } from '../site/hangul';
import { DiagramError } from './errors';

/** What a ```mermaid fence's meta string may set. */
export interface DiagramMeta {
  /** The figure caption, in Korean; also the diagram's accessible name. */
  caption: string;
  /** Korean description for screen readers; generated from the diagram when absent. */
  desc: string | undefined;
}

const KEYS = new Set(['caption', 'desc']);
const PAIR = /\s*([A-Za-z-]+)=(?:"([^"]*)"|'([^']*)')\s*/y;

/**
 * Reads `caption="..." desc="..."` from a fence's meta string. Problems are reported on line 0
 * (the fence line) at their column in the meta string.
 */
export function parseDiagramMeta(meta: string | null | undefined): DiagramMeta {
  const text = meta ?? '';
  const values = new Map<string, string>();
  const fail = (column: number, message: string, hint: string): never => {
    throw new DiagramError([{ line: 0, column, message, hint }]);
  };
  PAIR.lastIndex = 0;
  while (PAIR.lastIndex < text.length) {
    const at = PAIR.lastIndex;
    const found = PAIR.exec(text);
    if (!found) {
      if (text.slice(at).trim() === '') break;
      return fail(
        at + 1 + (text.slice(at).length - text.slice(at).trimStart().length),
        `Cannot read the fence options at \`${text.slice(at).trim()}\`.`,
        'Write options as key="value", e.g. ```mermaid caption="쿠버네티스 클러스터 구조"',
      );
    }
    const key = found[1] as string;
    if (!KEYS.has(key)) {
      fail(
        at + 1 + (found[0].length - found[0].trimStart().length),
        `Unknown option \`${key}\`.`,
        'Valid options: `caption` (required) and `desc`.',
      );
    }
    values.set(key, (found[2] ?? found[3] ?? '').trim());
  }
  const caption = values.get('caption');
  if (!caption || !containsHangul(caption)) {
    fail(
      1,
      caption ? 'The caption is not in Korean.' : 'The diagram has no caption.',
      'Give it a Korean caption: ```mermaid caption="쿠버네티스 클러스터 구조"',
    );
  }
  const desc = values.get('desc');
  return { caption: caption as string, desc: desc || undefined };
}
