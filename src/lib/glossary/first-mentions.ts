import type { Mention, MentionFinder } from './mentions';

/** The part of an mdast node the walk reads. */
export interface MdNode {
  type: string;
  value?: string;
  lang?: string | null;
  children?: MdNode[];
  data?: { directiveLabel?: boolean; hProperties?: Record<string, unknown> } & Record<
    string,
    unknown
  >;
}

/** A text node of the tree and the first mentions found in it. */
export interface PlannedText {
  node: MdNode;
  mentions: Mention[];
}

/**
 * Subtrees whose words are never linked: headings, links (a link in a link is invalid), code,
 * raw HTML, MDX components and expressions, images, front matter and link definitions.
 */
const SKIPPED = new Set([
  'heading',
  'link',
  'linkReference',
  'code',
  'inlineCode',
  'html',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'image',
  'imageReference',
  'definition',
  'footnoteDefinition',
  'yaml',
  'toml',
]);

/** An aside's title (`:::note[제목]`), before or after Starlight turns it into a paragraph. */
function isAsideTitle(node: MdNode): boolean {
  if (node.data?.directiveLabel) return true;
  const className = node.data?.hProperties?.['class'] ?? node.data?.hProperties?.['className'];
  return String(className ?? '').includes('starlight-aside__title');
}

/**
 * The first mention of each glossary term in a chapter's tree, in reading order: at most one per
 * term, never inside the skipped subtrees or an aside title. Spellings are matched all at once, so
 * a longer term holds its words (`워커 노드` is one mention, never a second `노드`).
 */
export function planFirstMentions(
  root: MdNode,
  finder: MentionFinder,
  allowed: (id: string) => boolean,
): PlannedText[] {
  const seen = new Set<string>();
  const planned: PlannedText[] = [];
  const walk = (node: MdNode): void => {
    if (SKIPPED.has(node.type) || isAsideTitle(node)) return;
    if (node.type === 'text') {
      const mentions = finder.find(node.value ?? '', allowed).filter((mention) => {
        if (seen.has(mention.id)) return false;
        seen.add(mention.id);
        return true;
      });
      if (mentions.length > 0) planned.push({ node, mentions });
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return planned;
}
