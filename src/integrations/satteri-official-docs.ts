import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import type { MdNode } from '../lib/glossary/first-mentions';
import { CHAPTER_READING } from '../lib/official-docs/chapters';
import { checkedPage, isKorean } from '../lib/official-docs/pages';
import { chapterPart } from './satteri-glossary';

/** The heading of the section, in the page and its table of contents. */
export const READING_HEADING = '공식 문서 더 읽기';

/** What the hook needs from Sätteri's context. */
interface HookContext {
  appendChild(node: MdNode, children: unknown[]): void;
}

/**
 * Sätteri mdast plugin: ends every chapter with "공식 문서 더 읽기", a list of the official pages
 * for its topics (src/lib/official-docs/chapters.ts): the page's title, its site and "(영문)" for a
 * page that is not in Korean. A URL missing from checked-pages.json fails the build, so a link
 * nobody checked never reaches the page.
 */
export function satteriOfficialDocs() {
  return ({ fileURL }: PluginFactoryContext) => {
    const file = fileURL ? fileURLToPath(fileURL) : undefined;
    const part = file ? chapterPart(file) : undefined;
    if (!file || !part) return undefined;
    const urls = CHAPTER_READING[`${part}/${basename(file, extname(file))}`];
    if (!urls || urls.length === 0) return undefined;
    return {
      name: 'official-docs-reading',
      before(root: MdNode, ctx: HookContext) {
        const items = urls.map((url) => {
          const page = checkedPage(url);
          if (!page) {
            throw new Error(
              `${file}: ${url} is not in src/lib/official-docs/checked-pages.json; check that ` +
                'the page exists in its documentation repository and record it there.',
            );
          }
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
