import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { staticHtmlPlugin } from './vite-plugin';

/**
 * Keeps the chapters' static HTML out of the server bundle: Astro bundles every compiled MDX
 * chapter with Rolldown before it renders the pages, and at 1,600 chapters the bundler's memory
 * is most of the build's peak. Each chapter's HTML goes to a file in Astro's cache folder
 * (`static-html/`, emptied when a build starts) and the page reads it when it renders; the
 * built pages are byte for byte the same.
 */
export function staticHtmlIntegration(): AstroIntegration {
  return {
    name: 'k8s-notes:static-html',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const dir = fileURLToPath(new URL('static-html/', config.cacheDir));
        if (command === 'build') rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        updateConfig({ vite: { plugins: [staticHtmlPlugin(dir.replace(/[\\/]$/, ''))] } });
      },
    },
  };
}
