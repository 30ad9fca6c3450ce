import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { staticHtmlPlugin } from './vite-plugin';

/**
 * Keeps the chapters' static HTML out of the server bundle: Astro bundles every compiled MDX
 * chapter with Rolldown before it renders the pages, and at 1,600 chapters the bundler's memory
 * is most of the build's peak. Each chapter's HTML goes to a file in Astro's cache folder and the
 * page reads it when it renders; the built pages are byte for byte the same. The folder is one
 * per command (`static-html/build/`, `static-html/dev/`), emptied when the command starts, so a
 * build never removes what a running dev server reads.
 */
export function staticHtmlIntegration(): AstroIntegration {
  return {
    name: 'k8s-notes:static-html',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const dir = fileURLToPath(new URL(`static-html/${command}/`, config.cacheDir));
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        updateConfig({ vite: { plugins: [staticHtmlPlugin(dir.replace(/[\\/]$/, ''))] } });
      },
    },
  };
}
