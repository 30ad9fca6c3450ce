/**
 * Rule fixtures: tests/fixtures/k8s-rules/<rule>/{valid,invalid}/*.yaml with the findings of
 * every file pinned in <rule>/expected.json (rule, message id, severity, line, column). A
 * folder is named after the rule id it exercises: each invalid/ file must trigger that rule, each
 * valid/ file must not, and valid/ files have no errors at all. Adding a case is adding a file;
 * `UPDATE_FIXTURES=1 npx vitest run tests/unit/k8s/rules.test.ts` rewrites the expectations.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFileText } from '../../../src/lib/manifests/validate-file';

const ROOT = new URL('../../fixtures/k8s-rules/', import.meta.url).pathname;
const UPDATE = process.env.UPDATE_FIXTURES === '1';

interface Pinned {
  rule: string;
  messageId: string;
  severity: string;
  line: number;
  column: number;
}

async function findingsOf(path: string, name: string): Promise<Pinned[]> {
  const { findings } = await validateFileText(name, readFileSync(path, 'utf8'));
  return findings.map(({ rule, messageId, severity, line, column }) => ({
    rule,
    messageId,
    severity,
    line,
    column,
  }));
}

for (const rule of readdirSync(ROOT).sort()) {
  describe(`rule ${rule}`, () => {
    const folder = join(ROOT, rule);
    const expectedPath = join(folder, 'expected.json');
    const files = ['valid', 'invalid'].flatMap((kind) =>
      existsSync(join(folder, kind))
        ? readdirSync(join(folder, kind))
            .filter((f) => /\.ya?ml$/.test(f))
            .sort()
            .map((f) => `${kind}/${f}`)
        : [],
    );

    it('has valid and invalid cases', () => {
      expect(files.some((f) => f.startsWith('valid/'))).toBe(true);
      expect(files.some((f) => f.startsWith('invalid/'))).toBe(true);
    });

    it('matches expected.json', async () => {
      const actual: Record<string, Pinned[]> = {};
      for (const file of files) actual[file] = await findingsOf(join(folder, file), file);
      if (UPDATE || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, Pinned[]>;
      expect(actual).toEqual(expected);
      for (const [file, findings] of Object.entries(actual)) {
        const hits = findings.filter((f) => f.rule === rule);
        if (file.startsWith('invalid/')) {
          expect(hits.length, `${file} should trigger ${rule}`).toBeGreaterThan(0);
        } else {
          expect(hits, `${file} should not trigger ${rule}`).toEqual([]);
          expect(
            findings.filter((f) => f.severity === 'error'),
            `${file} has errors`,
          ).toEqual([]);
        }
      }
    });
  });
}
