/**
 * Maps a JSON path of a parsed document back to the YAML node it came from, and offsets to
 * file line:column through the block's position in the file.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Target } from './schema-walk';
import type { Path } from './types';

/** Converts offsets in a text to 1-based file positions. */
export class Locator {
  constructor(
    private readonly lineCounter: LineCounter,
    /** File line of the text's first line. */
    private readonly line: number,
    /** File column of the text's column 1. */
    private readonly column: number,
  ) {}

  /** The file position of an offset in the text. */
  at(offset: number): { line: number; column: number } {
    const pos = this.lineCounter.linePos(offset);
    return { line: pos.line + this.line - 1, column: pos.col + this.column - 1 };
  }
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

/**
 * The offset a finding at `path` should point at. Follows aliases and merge keys; when the
 * path leaves the document (a missing field), points at the deepest part that exists.
 */
export function offsetOf(doc: Document.Parsed, path: Path, target: Target): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let keyOffset: number | undefined;
  let lastWasKey = false;
  const start = (n: Node | null | undefined): number | undefined => n?.range?.[0];
  for (const step of path) {
    while (isAlias(node)) node = node.resolve(doc) as Node | undefined;
    let next: Node | null | undefined;
    let nextKey: number | undefined;
    if (isMap(node) && typeof step === 'string') {
      const found = findPair(doc, node, step);
      if (found) {
        next = found.value as Node | null;
        nextKey = start(found.key as Node);
      }
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step] as Node | undefined;
    }
    if (next === undefined && nextKey === undefined) {
      // The path goes on past what exists: point at what does.
      return (lastWasKey ? keyOffset : undefined) ?? start(node) ?? docStart(doc);
    }
    if (nextKey !== undefined) {
      keyOffset = nextKey;
      lastWasKey = true;
    } else {
      keyOffset = start(next);
      lastWasKey = false;
    }
    node = next;
  }
  while (isAlias(node)) node = node.resolve(doc) as Node | undefined;
  if (target === 'value') {
    const value = start(node);
    // `key:` with nothing after it has an empty null scalar: the key is the better anchor.
    if (value !== undefined && !(isScalar(node) && node.range && node.range[0] === node.range[1])) {
      return value;
    }
    return keyOffset ?? docStart(doc);
  }
  if (target === 'key' || lastWasKey) return keyOffset ?? start(node) ?? docStart(doc);
  return start(node) ?? keyOffset ?? docStart(doc);
}

function findPair(
  doc: Document,
  map: { items: { key: unknown; value: unknown }[] },
  key: string,
): { key: unknown; value: unknown } | undefined {
  for (const pair of map.items) if (keyText(pair.key) === key) return pair;
  // Merge keys (`<<: *base`): the field may come from the merged mapping.
  for (const pair of map.items) {
    if (keyText(pair.key) !== '<<') continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (let source of sources) {
      while (isAlias(source)) source = source.resolve(doc);
      if (isMap(source)) {
        const found = findPair(doc, source as never, key);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Where a document's content starts (its first node, or the document itself). */
export function docStart(doc: Document.Parsed): number {
  const contents = doc.contents as Node | null;
  return contents?.range?.[0] ?? doc.range[0];
}
