import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { planFirstMentions, type MdNode } from '../lib/glossary/first-mentions';
import {
  ENTRY_BY_ID,
  glossaryFinder,
  linkedInPart,
  mentionAnchor,
  tipAnchor,
} from '../lib/glossary/index';
import { PARTS } from '../lib/site/chapters';

/** What the hook needs from Sätteri's context. */
interface HookContext {
  replaceNode(node: MdNode, replacement: unknown[]): void;
}

/** The part (`docker`, `workloads`, ...) of a chapter file under `content/`, else undefined. */
export function chapterPart(file: string): string | undefined {
  const match = /[\\/]content[\\/]([^\\/]+)[\\/][^\\/]+\.mdx?$/.exec(file);
  const part = match?.[1];
  return PARTS.some((known) => known.id === part) ? part : undefined;
}

/**
 * Sätteri mdast plugin: on every chapter page, the first mention of each glossary term in the
 * prose becomes a link to its entry on the glossary page (`<base>glossary/#<id>`), with the id
 * `gl-<id>` the glossary page links back to, followed by the term's definition as a tooltip
 * (`role="tooltip"`, `hidden`: the link's description for screen readers; CSS shows it while
 * the link is hovered or focused, src/styles/glossary.css). Headings, links, code, MDX
 * components and aside titles are left alone (src/lib/glossary/first-mentions.ts); the glossary
 * page finds the same mentions with the same walk.
 */
export function satteriGlossary({ base }: { base: string }) {
  const href = (id: string) => `${base.replace(/\/?$/, '/')}glossary/#${id}`;
  return ({ fileURL }: PluginFactoryContext) => {
    const part = fileURL ? chapterPart(fileURLToPath(fileURL)) : undefined;
    if (part === undefined) return undefined;
    return {
      name: 'glossary-first-mentions',
      before(root: MdNode, ctx: HookContext) {
        for (const { node, mentions } of planFirstMentions(root, glossaryFinder(), linkedInPart(part))) {
          const text = node.value ?? '';
          const pieces: unknown[] = [];
          let at = 0;
          for (const mention of mentions) {
            if (mention.start > at) pieces.push({ type: 'text', value: text.slice(at, mention.start) });
            pieces.push(...mentionNodes(mention.id, text.slice(mention.start, mention.end), href));
            at = mention.end;
          }
          if (at < text.length) pieces.push({ type: 'text', value: text.slice(at) });
          ctx.replaceNode(node, pieces);
        }
      },
    };
  };
}

/**
 * `<span class="gl"><a class="gl-term" id="gl-<id>">words</a><span class="gl-tip" hidden>
 * definition</span></span>`: the wrapper positions the tooltip under the link and keeps it open
 * while the pointer is over either.
 */
function mentionNodes(id: string, words: string, href: (id: string) => string): unknown[] {
  const entry = ENTRY_BY_ID.get(id);
  if (!entry) return [{ type: 'text', value: words }];
  const link = {
    type: 'link',
    url: href(id),
    data: {
      hProperties: { id: mentionAnchor(id), className: ['gl-term'], ariaDescribedBy: tipAnchor(id) },
    },
    children: [{ type: 'text', value: words }],
  };
  const tip = span(
    { id: tipAnchor(id), className: ['gl-tip'], role: 'tooltip', hidden: true, dataPagefindIgnore: '' },
    [{ type: 'text', value: entry.definition }],
  );
  return [span({ className: ['gl'] }, [link, tip])];
}

/** A `<span>` in the mdast: an emphasis node that Sätteri renders under another name. */
function span(properties: Record<string, unknown>, children: unknown[]) {
  return { type: 'emphasis', data: { hName: 'span', hProperties: properties }, children };
}
