/**
 * The validator CLI on hostile and odd input, each generated in a temporary folder: it never
 * crashes, never hangs, never passes in silence. Exit codes: 0 clean (warnings allowed), 1
 * errors (odd input included), 2 bad usage or nothing to check. JSON output stays valid JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonFinding } from '../../src/lib/k8s/report';
import { deepFlowDocument, manyErrors, randomBytes } from './generate';

const ROOT = new URL('../../', import.meta.url).pathname;
const TMP = mkdtempSync(join(tmpdir(), 'validate-robust-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n    resources:\n      limits: {cpu: 100m, memory: 64Mi}\n';
const BAD_POD = POD.replace('name: web\nspec', 'name: Web_1\nspec');

/** Writes files (path -> text or bytes) under a fresh folder and returns it. */
function tree(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(TMP, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs the CLI as `npm run validate` would from the folder `from` (INIT_CWD). */
function validate(from: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: from, LANG: 'C' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  // tsx itself, not `npx tsx`: npx would set INIT_CWD to the project root.
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const result = spawnSync(tsx, ['scripts/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(from: string, args: string[]): { status: number | null; findings: JsonFinding[] } {
  const result = validate(from, ['--format', 'json', ...args]);
  return { status: result.status, findings: JSON.parse(result.stdout) as JsonFinding[] };
}

describe('paths', () => {
  it('reports a dangling symlink as an io finding, exit 1, JSON still valid', () => {
    const dir = tree('dangling', { 'ok.yaml': POD });
    symlinkSync('/nonexistent/y.yaml', join(dir, 'y.yaml'));
    const { status, findings } = json(dir, ['.']);
    expect(status).toBe(1);
    expect(findings.map((f) => [f.file, f.rule, f.messageId])).toEqual([
      ['y.yaml', 'io', 'io.dangling-link'],
    ]);
    expect(findings[0]!.hint).toMatch(/Remove the link/);
  });

  it('follows a symlinked folder once', () => {
    const dir = tree('linked', { 'real/bad.yaml': BAD_POD });
    mkdirSync(join(dir, 'only'));
    symlinkSync('../real', join(dir, 'only', 'link'));
    const { status, findings } = json(dir, ['only']);
    expect(status).toBe(1);
    expect(findings.map((f) => [f.file, f.rule])).toEqual([['only/link/bad.yaml', 'object-name']]);
  });

  it('reports a symlink loop once and ends', () => {
    const dir = tree('loop', { 'a/ok.yaml': POD });
    symlinkSync('..', join(dir, 'a', 'up'));
    const { status, findings } = json(dir, ['a']);
    expect(status).toBe(1);
    expect(findings.map((f) => [f.file, f.messageId])).toEqual([['a/up/a', 'io.link-loop']]);
  });

  it('exits 2 with a message when there is nothing to check', () => {
    const dir = tree('none', { 'readme.txt': 'hello\n' });
    const result = validate(dir, ['.']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/nothing to check: no \.yaml, \.yml, \.md or \.mdx file in \./);
  });

  it('reports a missing path as an io finding, exit 1', () => {
    const { status, findings } = json(TMP, ['missing.yaml']);
    expect(status).toBe(1);
    expect(findings.map((f) => [f.file, f.messageId])).toEqual([['missing.yaml', 'io.missing']]);
  });

  it('reads relative paths from the caller folder and prints them relative to it', () => {
    const dir = tree('relative', { 'sub/deeper/bad.yaml': BAD_POD });
    const result = validate(join(dir, 'sub'), ['deeper/bad.yaml']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^deeper\/bad\.yaml:4:9: error: .*\[object-name\]\n {4}hint: /);
  });
});

describe('files', () => {
  it('warns about an empty file and a file with only ---, exit 0', () => {
    const dir = tree('empty', { 'empty.yaml': '', 'dashes.yaml': '---\n' });
    const { status, findings } = json(dir, ['.']);
    expect(status).toBe(0);
    expect(findings.map((f) => [f.file, f.severity, f.messageId])).toEqual([
      ['dashes.yaml', 'warning', 'input.empty'],
      ['empty.yaml', 'warning', 'input.empty'],
    ]);
  });

  it('warns about a document with neither apiVersion nor kind', () => {
    const dir = tree('no-type', { 'x.yaml': 'foo: bar\n' });
    const { status, findings } = json(dir, ['x.yaml']);
    expect(status).toBe(0);
    expect(findings.map((f) => [f.severity, f.messageId])).toEqual([
      ['warning', 'not-object.no-type-meta'],
    ]);
  });

  it('gives one error for invalid UTF-8 and for a binary file', () => {
    const bad = new TextEncoder().encode(POD.replace('web', 'w\u0000'));
    const dir = tree('binary', {
      'latin1.yaml': Uint8Array.from([...new TextEncoder().encode('a: '), 0xff, 0xfe, 0x0a]),
      'random.yaml': randomBytes(100_000),
      'nul.yaml': bad,
    });
    const { status, findings } = json(dir, ['.']);
    expect(status).toBe(1);
    expect(findings.map((f) => [f.file, f.rule, f.message])).toEqual([
      ['latin1.yaml', 'not-text', 'not a text file: it is not valid UTF-8'],
      ['nul.yaml', 'not-text', expect.stringMatching(/NUL byte \(byte \d+\)/)],
      ['random.yaml', 'not-text', expect.stringMatching(/^not a text file: /)],
    ]);
  });

  it('refuses a file above the size limit with one error', () => {
    const dir = tree('large', { 'big.yaml': `# ${'x'.repeat(2 * 1024 * 1024)}\n${POD}` });
    const { status, findings } = json(dir, ['--max-size=1', 'big.yaml']);
    expect(status).toBe(1);
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['too-large', 'file too large: 2 MB, the limit is 1 MB'],
    ]);
  });

  it('caps the findings of a file and says how many more there are', () => {
    const dir = tree('many', { 'many.yaml': manyErrors(300) });
    const capped = json(dir, ['many.yaml']);
    expect(capped.status).toBe(1);
    expect(capped.findings).toHaveLength(201);
    expect(capped.findings[200]!.message).toBe(
      '100 more findings in this file are not shown (the first 200 are)',
    );
    const few = validate(dir, ['--max-findings=3', 'many.yaml']);
    expect(few.stdout.match(/^many\.yaml:/gm)).toHaveLength(4);
    expect(few.stdout).toMatch(/297 more findings/);
    expect(few.stderr).toMatch(/300 error\(s\)/);
  });

  it('refuses a 10,000-level nesting with one clear error, not a stack overflow', () => {
    const dir = tree('deep', { 'deep.yaml': deepFlowDocument(10_000) });
    const { status, findings } = json(dir, ['deep.yaml']);
    expect(status).toBe(1);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['too-deep', 5]]);
    expect(findings[0]!.message).toMatch(/^nesting too deep: more than 256 levels/);
    expect(JSON.stringify(findings)).not.toMatch(/call stack/);
  });

  it('rejects bad option values with exit 2', () => {
    expect(validate(TMP, ['--max-size=0', 'x.yaml']).status).toBe(2);
    expect(validate(TMP, ['--max-findings=abc', 'x.yaml']).status).toBe(2);
  });
});
