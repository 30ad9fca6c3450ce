import { indexTerms } from './terms';

/** Name of the Pagefind filter by part, shown as the filter's heading in the search dialog. */
export const PART_FILTER = '분류';

/** Pagefind filter value of each part of the notes, by the first folder of a page's path. */
const PARTS: Readonly<Record<string, string>> = {
  docker: '도커',
  kubernetes: '쿠버네티스',
  workloads: '쿠버네티스',
  cluster: '쿠버네티스',
};

/**
 * Pages outside the two parts (home, command sheet, manifest catalog, corrections) are filed under
 * the sidebar group that lists them, so that the filter counts add up to the results.
 */
const OTHER_PART = '시작하기';

/** The part (`도커` / `쿠버네티스` / `시작하기`) a page belongs to, from its path (`docker/x/`). */
export function partOf(path: string): string {
  return PARTS[path.replace(/^\/+/, '').split('/')[0] ?? ''] ?? OTHER_PART;
}

/** The opening tag of the element Pagefind indexes; Starlight puts the attribute on `<main>`. */
const BODY_TAG = /<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body\b[^>]*>/i;

/** Escapes text for a double-quoted HTML attribute. */
function attr(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The HTML Pagefind indexes for a page: the built page plus, inside its indexed body, a hidden
 * element carrying the page's part as a filter and its extra search terms (see `indexTerms`) as
 * metadata. Metadata is searched but never shown in excerpts, so the terms find the page without
 * appearing in results. Returns undefined for pages Pagefind would not index.
 */
export function pageForIndex(html: string, path: string, text: string): string | undefined {
  const body = BODY_TAG.exec(html);
  if (!body) return undefined;
  const part = partOf(path);
  const terms = indexTerms(text).join(' ');
  const filter = ` data-pagefind-filter="${PART_FILTER}:${attr(part)}"`;
  const extra = `<span hidden${filter} data-pagefind-meta="terms:${attr(terms)}"></span>`;
  const at = body.index + body[0].length;
  return html.slice(0, at) + extra + html.slice(at);
}
