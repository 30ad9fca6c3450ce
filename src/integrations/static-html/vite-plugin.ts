import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { extractStaticHtml } from '../../lib/static-html/extract';

/** The module compiled chapters import their HTML reader from. */
const READER = 'virtual:k8s-notes/static-html';
const RESOLVED_READER = `\0${READER}`;
/** Static HTML shorter than this stays in the module (a file read would cost more). */
const MIN_LENGTH = 1024;

/**
 * Takes each compiled chapter's static HTML out of its module into a file of `dir`, named by its
 * content hash, read back when the page renders (see src/lib/static-html/extract.ts). Runs after
 * the MDX compiler (`enforce: 'post'`).
 */
export function staticHtmlPlugin(dir: string): Plugin {
  let sourcemap = false;
  return {
    name: 'k8s-notes:static-html',
    enforce: 'post',
    configResolved(config) {
      sourcemap = config.command === 'serve' || Boolean(config.build.sourcemap);
    },
    resolveId(id) {
      return id === READER ? RESOLVED_READER : undefined;
    },
    load(id) {
      if (id !== RESOLVED_READER) return undefined;
      return [
        `import { readFileSync } from 'node:fs';`,
        `const dir = ${JSON.stringify(dir)};`,
        `export function readStaticHtml(key) {`,
        `  return readFileSync(dir + '/' + key + '.html', 'utf8');`,
        `}`,
      ].join('\n');
    },
    transform(code, id) {
      if (!id.endsWith('.mdx')) return undefined;
      const extracted = extractStaticHtml(code, {
        reader: READER,
        minLength: MIN_LENGTH,
        hash: (html) => createHash('sha256').update(html).digest('hex').slice(0, 20),
        sourcemap,
      });
      if (!extracted) return undefined;
      for (const { key, html } of extracted.pieces) {
        const file = join(dir, `${key}.html`);
        if (!existsSync(file)) writeFileSync(file, html);
      }
      return { code: extracted.code, map: extracted.map ?? null };
    },
  };
}
