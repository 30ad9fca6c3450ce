import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../fixtures/sites/broken-manifest/', import.meta.url));
const astro = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

describe('a site with a broken manifest', () => {
  it('fails to build, naming the file, line, column, rule and a hint', () => {
    const run = spawnSync(process.execPath, [astro, 'build', '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      timeout: 180_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    // `imagePullPolice` is on line 25, column 9 of the MDX file.
    expect(output).toMatch(/content\/workloads\/broken\.mdx:25:9: error: .*imagePullPolice/);
    expect(output).toContain('[unknown-field]');
    expect(output).toContain('imagePullPolicy');
    expect(output).toContain('Fix the YAML at the position shown');
    // The intentional mistake (expect-errors) does not fail the build on its own.
    expect(output).not.toMatch(/broken\.mdx:3[0-9]:\d+: error/);
  }, 200_000);
});
