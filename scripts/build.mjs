/**
 * `npm run build`: `astro build`, then the search index in a process of its own.
 *
 * The Node process of `astro build` still holds most of what bundling and rendering used when
 * its last hook runs (at 1,600 chapters ~1.4 GB, freed but not returned to the system), and
 * Pagefind's indexer is a second process beside it (0.7 GB at that size). So Astro runs with
 * the search integration told to hand over (HANDOVER_ENV, see src/integrations/search/index.ts):
 * it writes the built site's folder to a file, and once Astro has exited the index is built by
 * scripts/search-index.ts, the same code the integration runs in a plain `astro build`.
 *
 * Astro's process also gets a heap limit and `MIMALLOC_PURGE_DELAY=0`: Rolldown's native
 * allocator (mimalloc, which reads its settings when it loads) then returns freed memory at once
 * instead of keeping ~0.9 GB after bundling. A value set by the caller wins. Arguments are passed
 * on to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The same name as in src/integrations/search/index.ts (a test checks both). */
const HANDOVER_ENV = 'K8S_NOTES_SEARCH_INDEX_HANDOVER';
const root = fileURLToPath(new URL('..', import.meta.url));
/** Astro's command line, found as Node finds the package (also from a copy of the project). */
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astroBin = join(
  dirname(astroPackage),
  JSON.parse(readFileSync(astroPackage, 'utf8')).bin.astro,
);

/** Runs `node ...args` in the project with the given extra environment; exits if it fails. */
function node(args, env = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const temp = mkdtempSync(join(tmpdir(), 'k8s-notes-build-'));
try {
  const handover = join(temp, 'site-folder');
  node(['--max-old-space-size=1536', astroBin, 'build', ...process.argv.slice(2)], {
    MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
    [HANDOVER_ENV]: handover,
  });
  let site;
  try {
    site = readFileSync(handover, 'utf8');
  } catch {
    console.error(
      'astro build finished without handing over the search index: is searchIntegration() ' +
        'still in astro.config.mjs?',
    );
    process.exit(1);
  }
  node(['--import', 'tsx', join(root, 'scripts/search-index.ts'), site]);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
