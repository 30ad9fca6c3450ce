/**
 * The kubernetes.io example corpus (../shared/corpus/k8s-website-examples, see its README and
 * EXPECTATIONS.tsv): valid/ files have no error, invalid/ files at least one, removed-api/ files
 * a finding naming the removal, not-objects/ files a not-object warning and no error. Skipped
 * when the shared folder is absent. Also checks that every document the kubernetes-models Ajv
 * validators reject is rejected here too (our schema checks are a superset of theirs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFileText } from '../../../src/lib/manifests/validate-file';

const CORPUS = resolve(
  new URL('../../../', import.meta.url).pathname,
  '../shared/corpus/k8s-website-examples',
);
const present = existsSync(join(CORPUS, 'EXPECTATIONS.tsv'));

interface Row {
  path: string;
  expected: 'valid' | 'error' | 'removed' | 'not-object';
  reason: string;
}

function rows(): Row[] {
  if (!present) return [];
  const [, ...lines] = readFileSync(join(CORPUS, 'EXPECTATIONS.tsv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [path, expected, reason] = line.split('\t') as [string, Row['expected'], string];
    return { path, expected, reason };
  });
}

type FileResult = Awaited<ReturnType<typeof validateFileText>>;
const results = new Map<string, FileResult>();

function check(path: string): FileResult {
  const result = results.get(path);
  if (!result) throw new Error(`${path} was not validated`);
  return result;
}

const summary = (f: { line: number; column: number; message: string; rule: string }) =>
  `${f.line}:${f.column} ${f.message} [${f.rule}]`;

describe.skipIf(!present)('kubernetes.io example corpus', () => {
  const all = rows();

  beforeAll(async () => {
    for (const row of all) {
      const text = readFileSync(join(CORPUS, row.path), 'utf8');
      results.set(row.path, await validateFileText(row.path, text));
    }
  }, 120_000);

  it('lists every file', () => {
    expect(all.length).toBeGreaterThan(450);
  });

  for (const expected of ['valid', 'error', 'removed', 'not-object'] as const) {
    it(`${expected} files`, () => {
      const problems: string[] = [];
      for (const row of all.filter((r) => r.expected === expected)) {
        const { findings } = check(row.path);
        const errors = findings.filter((f) => f.severity === 'error');
        if (expected === 'valid' && errors.length > 0) {
          problems.push(`${row.path}: ${errors.map(summary).join('; ')}`);
        } else if (expected === 'error' && errors.length === 0) {
          problems.push(`${row.path}: no error (${row.reason})`);
        } else if (expected === 'removed' && !findings.some((f) => f.rule === 'removed-api')) {
          problems.push(`${row.path}: removal not reported`);
        } else if (expected === 'not-object') {
          if (errors.length > 0 || !findings.some((f) => f.rule === 'not-object')) {
            problems.push(`${row.path}: ${findings.map(summary).join('; ') || 'nothing reported'}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('rejects every document the kubernetes-models validators reject', async () => {
    const missed: string[] = [];
    let checked = 0;
    let rejectedByModels = 0;
    for (const row of all) {
      const { documents } = check(row.path);
      for (const doc of documents) {
        if (!doc.apiVersion || !doc.kind || doc.status === 'not-object') continue;
        let model: { new (data: unknown): { validate(): void } } | undefined;
        try {
          const specifier = `kubernetes-models/${doc.apiVersion}/${doc.kind}`;
          const module = (await import(/* @vite-ignore */ specifier)) as Record<
            string,
            { new (data: unknown): { validate(): void } }
          >;
          model = module[doc.kind];
        } catch {
          continue; // no model for this kind (custom resources, beta APIs)
        }
        if (!model) continue;
        checked++;
        let rejected = false;
        try {
          new model(doc.object).validate();
        } catch {
          rejected = true;
        }
        if (rejected) rejectedByModels++;
        if (rejected && !doc.findings.some((f) => f.severity === 'error')) {
          missed.push(`${row.path}#${doc.index}`);
        }
      }
    }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(400);
    expect(rejectedByModels).toBeGreaterThan(5);
  }, 120_000);
});
