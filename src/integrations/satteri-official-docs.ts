import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { PluginFactoryContext } from 'satteri';
import type { MdNode } from '../lib/glossary/first-mentions';
import { CHAPTER_READING } from '../lib/official-docs/chapters';
import { checkedPage, isKorean } from '../lib/official-docs/pages';
import { chapterPart } from './satteri-glossary';

/** Where the reading lists are written, relative to the project root. */
const READING_FILE = 'src/lib/official-docs/chapters.ts';

/** The heading of the section, in the page and its table of contents. */
export const READING_HEADING = '공식 문서 더 읽기';

/** What the hook needs from Sätteri's context. */
interface HookContext {
  appendChild(node: MdNode, children: unknown[]): void;
}

/**
 * Sätteri mdast plugin: ends every chapter with "공식 문서 더 읽기", a list of the official pages
 * for its topics (src/lib/official-docs/chapters.ts): the page's title, its site and "(영문)" for a
 * page that is not in Korean. A URL missing from checked-pages.json fails the build at the line of
 * the reading list that gives it, so a link nobody checked never reaches the page. `reading`
 * replaces the lists (tests).
 */
export function satteriOfficialDocs(reading: Record<string, readonly string[]> = CHAPTER_READING) {
  return ({ fileURL }: PluginFactoryContext) => {
    const file = fileURL ? fileURLToPath(fileURL) : undefined;
    const part = file ? chapterPart(file) : undefined;
    if (!file || !part) return undefined;
    const urls = reading[`${part}/${basename(file, extname(file))}`];
    if (!urls || urls.length === 0) return undefined;
    return {
      name: 'official-docs-reading',
      before(root: MdNode, ctx: HookContext) {
        const items = urls.map((url) => {
          const page = checkedPage(url);
          if (!page) throw uncheckedPage(url, file);
          const korean = isKorean(url);
          const site = new URL(url).hostname;
          const link = {
            type: 'link',
            url,
            data: korean ? undefined : { hProperties: { lang: 'en' } },
            children: [{ type: 'text', value: page.title }],
          };
          const note = ` · ${site}${korean ? '' : ' (영문)'}`;
          return {
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: [link, { type: 'text', value: note }] }],
          };
        });
        ctx.appendChild(root, [
          { type: 'heading', depth: 2, children: [{ type: 'text', value: READING_HEADING }] },
          { type: 'list', ordered: false, spread: false, children: items },
        ]);
      },
    };
  };
}

/** The build error for a reading-list URL nobody recorded as checked, at its line in the list. */
function uncheckedPage(url: string, chapter: string): AstroError {
  const listFile = resolve(READING_FILE);
  const lines = existsSync(listFile) ? readFileSync(listFile, 'utf8').split('\n') : [];
  // The lists write URLs from a base (`${K8S}/concepts/...`): look for the URL, else its path.
  const path = new URL(url).pathname;
  const ends = (line: string, text: string) => ['`', "'", '"'].some((q) => line.includes(text + q));
  const written = [url, path, path.replace(/^\/(ko\/)?docs/, '')].find((text) =>
    lines.some((line) => ends(line, text)),
  );
  const index = written ? lines.findIndex((line) => ends(line, written)) : -1;
  const column = written ? (lines[index]?.indexOf(written) ?? -1) + 1 : 0;
  const where = index >= 0 ? `${READING_FILE}:${index + 1}:${column}` : READING_FILE;
  const error = new AstroError(
    `${where}: the reading list of ${relative(process.cwd(), chapter)} links ${url}, ` +
      'which is not recorded in src/lib/official-docs/checked-pages.json.',
    'Check that the page exists in its documentation repository (kubernetes/website or ' +
      'docker/docs), then record its URL, title, file and commit in checked-pages.json; or ' +
      'remove the URL from the reading list.',
  );
  error.stack = '';
  return error;
}
