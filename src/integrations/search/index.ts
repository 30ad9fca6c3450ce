import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './build-index';

/**
 * Set by `npm run build` (scripts/build.mjs) to a file path: the integration then writes the
 * built site's folder there instead of indexing, and the script builds the index once Astro has
 * exited, in a process of its own (Pagefind's indexer then never runs beside a Node process that
 * still holds what bundling and rendering used; see README, Scale).
 */
export const HANDOVER_ENV = 'K8S_NOTES_SEARCH_INDEX_HANDOVER';

/** Builds the Pagefind index with Korean search terms after the build (src/lib/search). */
export function searchIntegration(): AstroIntegration {
  return {
    name: 'k8s-notes:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const handover = process.env[HANDOVER_ENV];
        if (!handover) return buildSearchIndex(dir, logger);
        writeFileSync(handover, fileURLToPath(dir));
        logger.info('Search index: built next, in a process of its own (scripts/build.mjs).');
      },
    },
  };
}
