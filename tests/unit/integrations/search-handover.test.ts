import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { HANDOVER_ENV, searchIntegration } from '../../../src/integrations/search/index';

type BuildDone = (options: { dir: URL; logger: { info(message: string): void } }) => Promise<void>;

const temps: string[] = [];
afterEach(() => {
  delete process.env[HANDOVER_ENV];
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('search integration hand-over (npm run build)', () => {
  it('writes the built site folder to the hand-over file and builds no index', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'handover-'));
    temps.push(temp);
    const site = join(temp, 'dist');
    process.env[HANDOVER_ENV] = join(temp, 'site-folder');
    const integration: AstroIntegration = searchIntegration();
    const messages: string[] = [];
    const done = integration.hooks['astro:build:done'] as unknown as BuildDone;
    // The folder does not exist: indexing it would fail, handing it over does not.
    await done({ dir: pathToFileURL(`${site}/`), logger: { info: (m) => messages.push(m) } });
    expect(readFileSync(join(temp, 'site-folder'), 'utf8')).toBe(`${site}/`);
    expect(messages.join('\n')).toContain('scripts/build.mjs');
  });

  it('is named the same in scripts/build.mjs, which sets it', () => {
    const script = readFileSync('scripts/build.mjs', 'utf8');
    expect(script).toContain(`const HANDOVER_ENV = '${HANDOVER_ENV}';`);
  });
});
