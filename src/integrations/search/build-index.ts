import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import * as pagefind from 'pagefind';
import { indexedBody, pageOfBody } from '../../lib/search/indexed-body';
import { pageForIndex } from '../../lib/search/page';

/** Where progress goes: Astro's logger in the build, the console in `scripts/search-index.ts`. */
export interface IndexLogger {
  info(message: string): void;
}

type HastNode = { type: string; properties?: Record<string, unknown>; children?: HastNode[] };

/** Drops subtrees Pagefind itself skips (`data-pagefind-ignore`), e.g. the text inside diagrams. */
function withoutIgnored(node: HastNode): void {
  if (!node.children) return;
  node.children = node.children.filter(
    (child) => child.type !== 'element' || child.properties?.['dataPagefindIgnore'] === undefined,
  );
  node.children.forEach(withoutIgnored);
}

/**
 * Text of the indexed element of a page (Starlight's `<main data-pagefind-body>`), without what
 * Pagefind ignores, so the extra terms never make ignored text findable. Only that element is
 * parsed, never the page with its sidebar.
 */
function indexedText(bodyHtml: string): string {
  const tree = fromHtml(bodyHtml, { fragment: true });
  withoutIgnored(tree as unknown as HastNode);
  return toText(tree, { whitespace: 'normal' });
}

/** Fails the build with every error Pagefind reported. */
function check<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Builds `dir/pagefind/` from the indexed element of every built page, with its Korean search
 * terms, ranking fields and part filter added in memory (the HTML files in `dir` are not
 * changed). Replaces Starlight's own indexing, which is turned off with `pagefind: false`.
 */
export async function buildSearchIndex(dir: URL, logger: IndexLogger): Promise<void> {
  const started = performance.now();
  const root = fileURLToPath(dir);
  const files = (await readdir(root, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .sort();
  try {
    const { index } = check(await pagefind.createIndex({}));
    if (!index) throw new Error('Pagefind returned no index.');
    let pages = 0;
    for (const file of files) {
      const body = indexedBody(await readFile(join(root, file), 'utf8'));
      if (!body) continue;
      const path = relative(root, join(root, file)).split(sep).join('/');
      const url = `/${path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
      // Pagefind gets the indexed element alone in a minimal page: the same words, filters,
      // metadata and sub-results, without parsing every page's sidebar again.
      const content = pageForIndex(pageOfBody(body), url, indexedText(body.html));
      if (content === undefined) continue;
      check(await index.addHTMLFile({ url, content }));
      pages++;
    }
    check(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
    const ms = Math.round(performance.now() - started);
    logger.info(`Indexed ${pages} pages with Korean search terms in ${ms}ms.`);
  } finally {
    await pagefind.close();
  }
}
