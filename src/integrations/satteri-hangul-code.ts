import { containsHangul } from '../lib/site/hangul';

interface HastText {
  type: 'text';
  value: string;
}
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Array<HastNode | HastText>;
}
interface VisitContext {
  parent(node: HastNode): HastNode | undefined;
  setProperty(node: HastNode, name: string, value: unknown): void;
}

/** Concatenates the text of a node's descendants. */
function textOf(node: HastNode | HastText): string {
  if (node.type === 'text') return (node as HastText).value;
  return ((node as HastNode).children ?? []).map(textOf).join('');
}

/**
 * Satteri hast plugin: the notes use inline code as emphasis for Korean phrases. Monospaced
 * Hangul is spaced out and hard to read, so inline code that contains Hangul gets the class
 * `hangul`, which the stylesheet sets in the text font. Code blocks (`<pre>`) are untouched.
 */
export function satteriHangulCode() {
  return {
    name: 'hangul-inline-code',
    element: {
      filter: ['code'],
      visit(node: HastNode, ctx: VisitContext) {
        for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
          if (parent.type === 'element' && parent.tagName === 'pre') return;
        }
        if (containsHangul(textOf(node))) ctx.setProperty(node, 'className', ['hangul']);
      },
    },
  };
}
