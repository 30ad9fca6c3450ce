import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../fixtures/sites/broken-manifest/', import.meta.url));
const astro = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

describe('a site with a broken manifest', () => {
  it('fails to build, naming the file, line, column, rule and a hint of every error', () => {
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
    // A second block named broken.yaml (on another page) would be served as broken-2.yaml.
    expect(output).toMatch(
      /content\/workloads\/same-name\.mdx:8:1: error: two manifests are named broken\.yaml: this one and the one at content\/workloads\/broken\.mdx:8 \[manifest-name\]/,
    );
    // Astro prints the error and its hint alone: no hook wrapper, no stack of our integration.
    expect(output).not.toContain('An unhandled error occurred');
    expect(output).not.toContain('Stack trace');
    // The intentional mistake (expect-errors) does not fail the build on its own.
    expect(output).not.toMatch(/broken\.mdx:3[0-9]:\d+: error/);
  }, 200_000);
});
