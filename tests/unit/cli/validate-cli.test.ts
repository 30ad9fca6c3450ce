/**
 * The real CLI (`scripts/validate.ts`) on the notes: every error of the notes is pinned, so a
 * manifest that extraction drops comes back as a missing error and a new false positive as an
 * extra one. The three Services whose `selector:` is indented under `ports:` (unlabeled `~~~`
 * fences) are invalid YAML and must be reported at the `selector:` line. Also the language of
 * the output: `LANG`/`LC_ALL`/`LC_MESSAGES`, `--lang`, and both languages in `--format json`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonFinding } from '../../../src/lib/k8s/report';

const ROOT = new URL('../../../', import.meta.url).pathname;
const NOTES = 'tests/fixtures/notes.md';
const SHARED_NOTES = '../shared/notes/docker-k8s-notes.md';

/** Runs the CLI with a clean locale unless `env` sets one. */
function validate(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete base[name];
  return spawnSync('npx', ['--no-install', 'tsx', 'scripts/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
}

/** Every error of the notes, as `line:column rule messageId`. */
const NOTES_ERRORS = [
  '1494:5 yaml-syntax yaml.bad-indent.map',
  '1514:5 yaml-syntax yaml.bad-indent.map',
  '1536:5 yaml-syntax yaml.bad-indent.map',
];

describe('npm run validate on the notes', () => {
  it('uses the fixture, a copy of the shared notes', () => {
    if (existsSync(`${ROOT}${SHARED_NOTES}`)) {
      expect(readFileSync(`${ROOT}${NOTES}`, 'utf8')).toBe(
        readFileSync(`${ROOT}${SHARED_NOTES}`, 'utf8'),
      );
    }
  });

  it('reports the three broken Services and no other error', () => {
    const run = validate(['--format', 'json', NOTES]);
    expect(run.status, run.stderr).toBe(1);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.line}:${f.column} ${f.rule} ${f.messageId}`)).toEqual(
      NOTES_ERRORS,
    );
    const lines = readFileSync(`${ROOT}${NOTES}`, 'utf8').split('\n');
    for (const error of errors) {
      expect(lines[error.line - 1]).toBe('    selector:');
      expect(error.file).toBe(NOTES);
      expect(error.message).toContain('"selector:"');
      expect(error.messages.ko.message).toContain('`selector:` 줄');
    }
    // The heredocs of unlabeled fences are manifests too (warnings only).
    expect(findings.some((f) => f.line === 742 && f.rule === 'image-tag')).toBe(true);
  }, 60_000);

  it('prints Korean for a Korean locale, with the hint on the next line', () => {
    const run = validate([NOTES], { LANG: 'ko_KR.UTF-8' });
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith(`${NOTES}:1494:5: error: `));
    expect(lines[at]).toContain('들여쓰기가 맞지 않습니다: `selector:` 줄이');
    expect(lines[at]).toMatch(/\[yaml-syntax\]$/);
    const warning = lines.findIndex((line) => /:784:5: warning: /.test(line));
    expect(lines[warning]).toContain('컨테이너에 리소스 요청량·제한량(`resources`)이 없습니다.');
    expect(lines[warning + 1]).toMatch(/^ {4}도움말: `cpu`와 `memory`의 `resources.requests`/);
    expect(run.stderr).toMatch(/파일 1개 검사: 오류 3건, 경고 \d+건/);
  }, 60_000);

  it('follows LC_ALL over LANG, and --lang over both', () => {
    const english = validate([NOTES], { LANG: 'ko_KR.UTF-8', LC_ALL: 'en_US.UTF-8' });
    expect(english.stdout).toContain('YAML: All mapping items must start at the same column');
    expect(english.stdout).toContain('    hint: Add `resources.requests`');
    const korean = validate(['--lang', 'ko', NOTES], { LANG: 'en_US.UTF-8' });
    expect(korean.stdout).toContain('들여쓰기가 맞지 않습니다');
    const forced = validate(['--lang=en', NOTES], { LC_MESSAGES: 'ko_KR.UTF-8' });
    expect(forced.stdout).toContain('container has no resource requests or limits');
    expect(validate(['--lang', 'fr', NOTES]).status).toBe(2);
  }, 120_000);

  it('carries both languages and the hint in JSON', () => {
    const run = validate(['--format', 'json', '--lang', 'ko', NOTES]);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const resources = findings.find((f) => f.line === 784 && f.rule === 'resources')!;
    expect(resources).toMatchObject({
      file: NOTES,
      column: 5,
      severity: 'warning',
      messageId: 'resources.unset',
      hintId: 'resources.unset.hint',
      path: 'spec.containers[0].name',
      message: '컨테이너에 리소스 요청량·제한량(`resources`)이 없습니다.',
      messages: {
        en: {
          message: 'container has no resource requests or limits',
          hint: 'Add `resources.requests` (and `limits`) for cpu and memory.',
        },
        ko: {
          message: '컨테이너에 리소스 요청량·제한량(`resources`)이 없습니다.',
          hint: '`cpu`와 `memory`의 `resources.requests`(와 `limits`)를 추가하세요.',
        },
      },
    });
  }, 60_000);
});
