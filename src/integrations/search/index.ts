import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './build-index';

/** Builds the Pagefind index with Korean search terms after the build (src/lib/search). */
export function searchIntegration(): AstroIntegration {
  return {
    name: 'k8s-notes:search',
    hooks: {
      'astro:build:done': ({ dir, logger }) => buildSearchIndex(dir, logger),
    },
  };
}
