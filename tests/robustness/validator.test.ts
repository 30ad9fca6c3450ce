/**
 * The validator itself on large and deep input: duplicate keys found as the `yaml` library finds
 * them (same positions) but in linear time, big files and many documents validated completely.
 * Times are printed by `npm run bench:validate`, not asserted here.
 */
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tooDeepAt } from '../../src/lib/k8s/input-limits';
import { validateText } from '../../src/lib/k8s/validate';
import { validateFileText } from '../../src/lib/manifests/validate-file';
import { bigConfigMap, deepDocument, manyDocuments } from './generate';

const DUPLICATES = [
  'a: 1\nb: 2\na: 3\n',
  'x:\n  y: 1\n  z: 2\n  y: 3\nw: [1, {p: 1, p: 2}]\n',
  '- k: 1\n  k: 2\n- {q: 1, "q": 2}\n',
  'm:\n  1: a\n  "1": b\n  1: c\n',
  '? [a]\n: 1\n? [a]\n: 2\nn: null\nn: 0\n',
];

describe('duplicate keys', () => {
  it.each(DUPLICATES)('are found where the yaml library finds them: %j', async (text) => {
    const expected = parseAllDocuments(text, { uniqueKeys: true })
      .flatMap((doc) => ('errors' in doc ? doc.errors : []))
      .filter((error) => error.code === 'DUPLICATE_KEY')
      .map((error) => error.pos[0])
      .sort((a, b) => a - b);
    const [result] = await validateText(text, { file: 'x.yaml', fragment: 'ConfigMap' });
    const found = result!.findings.filter((f) => f.rule === 'duplicate-key');
    const offsets = found.map((f) => offsetOf(text, f.line, f.column)).sort((a, b) => a - b);
    expect(offsets).toEqual(expected);
    expect(found.length).toBeGreaterThan(0);
  });
});

function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n').slice(0, line - 1);
  return lines.reduce((sum, each) => sum + each.length + 1, 0) + column - 1;
}

describe('size and count', () => {
  it('validates a ConfigMap with 20,000 keys completely', async () => {
    const text = bigConfigMap(20_000, 40);
    const broken = text.replace('  key-19999:', '  key-0:');
    expect((await validateFileText('big.yaml', text)).findings).toEqual([]);
    const { findings } = await validateFileText('big.yaml', broken);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['duplicate-key', 20_005]]);
  });

  it('validates each of 5,000 documents', async () => {
    const text = manyDocuments(5_000).replace('name: cm-4999', 'name: CM_4999');
    const { documents, findings } = await validateFileText('many.yaml', text);
    expect(documents).toHaveLength(5_000);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['object-name', 5_000 * 7 - 3]]);
  });
});

describe('nesting', () => {
  it('parses a document just under the limit', async () => {
    const [result] = await validateText(deepDocument(200), { file: 'x.yaml' });
    expect(result!.findings.map((f) => f.rule)).toEqual(['unknown-field']);
  });

  it('finds the first line past the limit in block and flow style', () => {
    expect(tooDeepAt(deepDocument(300), 256)).toBeGreaterThan(0);
    expect(tooDeepAt(`x: ${'['.repeat(300)}${']'.repeat(300)}\n`, 256)).toBe(0);
    expect(tooDeepAt('a: "[[[[[[[[[["\nb: \'{{{{{{\'\n', 5)).toBe(-1);
    expect(tooDeepAt(deepDocument(20), 256)).toBe(-1);
  });
});
