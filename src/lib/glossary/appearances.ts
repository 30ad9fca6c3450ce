import Slugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import { planFirstMentions, type MdNode } from './first-mentions';
import { MentionFinder } from './mentions';
import { GLOSSARY_ENTRIES, glossaryFinder, linkedInPart, mentionAnchor } from './index';

/**
 * The Markdown features the site's pipeline parses chapters with (astro.config.mjs turns smart
 * punctuation off; Starlight turns directives on for its asides).
 */
const FEATURES = { gfm: true, directive: true, smartPunctuation: false } as const;

/** Where a term first appears in a chapter: an anchor of the chapter page, or its top. */
export interface Appearance {
  id: string;
  /** `gl-<id>` for a linked mention in prose, else the id of the heading of its section. */
  anchor: string | undefined;
  /** Whether the anchor is the linked mention itself. */
  linked: boolean;
}

let codeFinder: MentionFinder | undefined;

/**
 * Code blocks whose words are data, not mentions: `metadata:` or `image:` in a manifest is a
 * field name. Shell blocks, diagrams (Mermaid text is drawn as labels) and plain text count.
 */
const DATA_LANGUAGES = new Set(['yaml', 'yml', 'json', 'go', 'ini', 'dockerfile', 'toml']);

/** Text of a node and its descendants, the way the heading-ids plugin reads a heading. */
function textOf(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Every glossary entry a chapter mentions, in reading order, with where its first appearance
 * is. Prose comes first: the first-mention plugin links exactly these mentions (same walk, same
 * finder), so their anchors exist on the page. A term the prose never mentions but a heading, a
 * code block, inline code or a link does (kubectl subcommands, `NodePort` in commands) appears at
 * the section holding it: the id the heading gets from github-slugger, as Astro's heading-ids
 * plugin gives it. `part` is the chapter's first folder (`docker`, `workloads`, ...).
 */
export function chapterAppearances(source: string, part: string): Appearance[] {
  const root = mdxToMdast(source, { features: FEATURES, position: false }) as unknown as MdNode;
  const allowed = linkedInPart(part);
  const found = new Map<string, Appearance>();
  for (const text of planFirstMentions(root, glossaryFinder(), allowed)) {
    for (const { id } of text.mentions) {
      found.set(id, { id, anchor: mentionAnchor(id), linked: true });
    }
  }
  codeFinder ??= new MentionFinder(GLOSSARY_ENTRIES, true);
  const slugger = new Slugger();
  let section: string | undefined;
  const others: Appearance[] = [];
  const note = (text: string) => {
    for (const { id } of codeFinder!.find(text, allowed)) {
      if (found.has(id) || others.some((other) => other.id === id)) continue;
      others.push({ id, anchor: section, linked: false });
    }
  };
  const walk = (node: MdNode): void => {
    if (node.type === 'heading') {
      const text = textOf(node);
      section = slugger.slug(text);
      note(text);
      return;
    }
    if (node.type === 'code') {
      if (!DATA_LANGUAGES.has(String(node.lang ?? '').toLowerCase())) note(node.value ?? '');
      return;
    }
    if (node.type === 'inlineCode') {
      note(node.value ?? '');
      return;
    }
    // A bare URL as link text names its host (`https://hub.docker.com/_/mysql`: Docker Hub).
    if (node.type === 'link') {
      const text = textOf(node);
      note(/^https?:\/\/([^/]+)/.exec(text)?.[1] ?? text);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return [...found.values(), ...others];
}
