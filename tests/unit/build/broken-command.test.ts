import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../fixtures/sites/broken-command/', import.meta.url));
const astro = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

describe('a site with a broken shell command', () => {
  it('fails to build, naming the file, line, column, rule and a hint', () => {
    const run = spawnSync(process.execPath, [astro, 'build', '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      timeout: 180_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    // `--ro-revision=1` starts on line 8, column 41 of the MDX file.
    expect(output).toMatch(
      /content\/workloads\/broken\.mdx:8:41: error: unknown flag --ro-revision/,
    );
    expect(output).toContain('[unknown-flag]');
    expect(output).toContain('did you mean --to-revision?');
    expect(output).toContain('Fix the command at the position shown');
    expect(output).not.toContain('An unhandled error occurred');
    expect(output).not.toContain('Stack trace');
    // The intentional mistake (expect-fail) does not fail the build on its own.
    expect(output).not.toMatch(/broken\.mdx:14:\d+: error/);
  }, 200_000);
});
