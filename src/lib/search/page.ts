import { BODY_TAG } from './indexed-body';
import { pageWeight } from './ranking';
import { diagramTexts, headingTexts, shellLines } from './signals';
import { commandKeys, commandTerms, indexTerms, topicTerms } from './terms';

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

/** Escapes text for a double-quoted HTML attribute. */
function attr(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** A hidden element giving Pagefind one metadata field; empty fields are left out. */
function metaSpan(field: string, terms: readonly string[]): string {
  return terms.length === 0
    ? ''
    : `<span hidden data-pagefind-meta="${field}:${attr(terms.join(' '))}"></span>`;
}

/**
 * The HTML Pagefind indexes for a page: the built page plus, inside its indexed body, hidden
 * elements carrying the page's part as a filter and its extra search terms as metadata fields.
 * Metadata is searched but never shown in excerpts, so the terms find the page without appearing
 * in results; each field adds its own weight to the score (`RANKING.metaWeights`):
 * - chapters: `terms` (normalised forms and word parts, see `indexTerms`), `topic` (its title)
 *   and `sections` (its headings, both see `topicTerms`) and `commands` (words of its shell
 *   commands, see `commandTerms`) with their glossary keys as `command_keys`;
 * - other pages (home, sheet, glossary, corrections, catalogs): their extra terms as `aux`, a
 *   lighter field, and their words at a lower weight (`pageWeight`).
 * Returns undefined for pages Pagefind would not index.
 */
export function pageForIndex(html: string, path: string, text: string): string | undefined {
  const body = BODY_TAG.exec(html);
  if (!body) return undefined;
  const part = partOf(path);
  const weight = pageWeight(path);
  const chapter = weight === 1;
  const terms = indexTerms(text, diagramTexts(html).join(' '));
  const headings = chapter ? headingTexts(html) : { title: [], sections: [] };
  const commands = chapter ? commandTerms(shellLines(html)) : [];
  const extra =
    `<span hidden data-pagefind-filter="${PART_FILTER}:${attr(part)}"></span>` +
    (chapter
      ? metaSpan('terms', terms) +
        metaSpan('topic', topicTerms(headings.title)) +
        metaSpan('sections', topicTerms(headings.sections)) +
        metaSpan('commands', commands) +
        metaSpan('command_keys', commandKeys(commands))
      : metaSpan('aux', terms));
  // The page's weight goes on the indexed element itself, so it applies to all of its words.
  const open = chapter ? body[0] : body[0].replace(/>$/, ` data-pagefind-weight="${weight}">`);
  return html.slice(0, body.index) + open + extra + html.slice(body.index + body[0].length);
}
