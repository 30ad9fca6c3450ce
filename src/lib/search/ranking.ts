/**
 * How search ranks pages, shared by the index build (page weights), the search dialog and the
 * benchmark (Pagefind's ranking options), so that what `npm run bench:search` measures is what
 * a reader gets.
 */

/**
 * Weight of a page's words by the kind of page (Pagefind's `data-pagefind-weight`, 1 by
 * default). The chapters teach, so they keep full weight; the command sheet and the glossary
 * repeat every command and term of the chapters in a few words each and come next; the home
 * page, the corrections and the catalogs only point to chapters, so they never outrank one that
 * contains the same words.
 */
const PAGE_WEIGHTS: Readonly<Record<string, number>> = {
  commands: 0.5,
  glossary: 0.4,
  corrections: 0.2,
  manifests: 0.2,
  '': 0.2,
};

/** Weight of the page at `path` (`/workloads/pods/`, `/commands/`); 1 for the chapters. */
export function pageWeight(path: string): number {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return PAGE_WEIGHTS[first] ?? 1;
}

/**
 * Pagefind's ranking options (https://pagefind.app/docs/ranking/): its BM25 settings stay at their
 * defaults; `metaWeights` scale the score each metadata field adds when it holds a query word
 * (src/lib/search/page.ts). A chapter's title and headings name what it teaches and its shell
 * blocks the commands it teaches, so they outweigh a page that only uses the same words; the
 * normalised terms add a little; the extra terms of the other pages add least. Tuned on
 * tests/fixtures/search-queries.tsv with `npm run bench:search`.
 */
export const RANKING = {
  metaWeights: {
    title: 10,
    topic: 10,
    sections: 10,
    commands: 20,
    command_keys: 3,
    terms: 1,
    aux: 0.2,
  },
};

/** The metadata fields of search terms (`src/lib/search/page.ts`): searched, never shown. */
export const INDEX_FIELDS = [
  'terms',
  'topic',
  'sections',
  'commands',
  'command_keys',
  'aux',
] as const;
