/**
 * The part of a built page that search indexes, cut out by string search: the element carrying
 * `data-pagefind-body` (Starlight's `<main>`) and the page's language. Every page carries the
 * full sidebar, which grows with the number of chapters; parsing only the indexed element keeps
 * the index step linear in the number of pages.
 */

/** The opening tag of the element Pagefind indexes; Starlight puts the attribute on `<main>`. */
export const BODY_TAG = /<([a-z][a-z0-9-]*)\s[^>]*\bdata-pagefind-body\b[^>]*>/i;

/** The indexed element of a page, whole, and what Pagefind needs from outside it. */
export interface IndexedBody {
  /** `<main data-pagefind-body ...>...</main>`. */
  html: string;
  /** The `lang` of the page's `<html>` element (Pagefind picks its word rules by it). */
  lang: string | undefined;
}

/**
 * Finds the indexed element of `page`, its end found by counting nested elements of the same
 * name. Undefined for a page Pagefind would not index (no `data-pagefind-body`) or whose element
 * is not closed.
 */
export function indexedBody(page: string): IndexedBody | undefined {
  const open = BODY_TAG.exec(page);
  if (!open) return undefined;
  const name = (open[1] as string).toLowerCase();
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let tag = tags.exec(page); tag; tag = tags.exec(page)) {
    depth += tag[1] === '/' ? -1 : tag[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) {
      const lang = /<html\b[^>]*\blang="([^"]*)"/i.exec(page.slice(0, open.index))?.[1];
      return { html: page.slice(open.index, tags.lastIndex), lang };
    }
  }
  return undefined;
}

/** A minimal page around the indexed element: all Pagefind reads of a Starlight page. */
export function pageOfBody(body: IndexedBody): string {
  const lang = body.lang ? ` lang="${body.lang}"` : '';
  const head = '<head><meta charset="utf-8"></head>';
  return `<!doctype html><html${lang}>${head}<body>${body.html}</body></html>`;
}
