import type { Element } from 'hast';
import { DiagramError, type DiagramIssue } from './errors';
import type { Flowchart } from './parse';

/** An axis-aligned box in SVG user units. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Node and subgraph boxes as drawn, by id. */
export interface DrawnBoxes {
  nodes: Map<string, Box>;
  groups: Map<string, Box>;
}

/** Slack for rounding and stroke widths, in SVG units. */
const EPSILON = 1;
/** Node label font size used by the renderer, in px. */
const LABEL_SIZE = 13;

/** Reads the boxes of nodes (`g.node`) and subgraph frames (`g.subgraph`) from a drawn SVG. */
export function drawnBoxes(svg: Element): DrawnBoxes {
  const nodes = new Map<string, Box>();
  const groups = new Map<string, Box>();
  const visit = (element: Element): void => {
    const classes = element.properties['className'];
    const id = element.properties['dataId'];
    if (element.tagName === 'g' && Array.isArray(classes) && typeof id === 'string') {
      if (classes.includes('node')) {
        const box = shapeBox(element);
        if (box) nodes.set(id, box);
      } else if (classes.includes('subgraph')) {
        // The first rect is the frame; nested subgraphs follow as child groups.
        const frame = element.children.find(
          (child): child is Element => child.type === 'element' && child.tagName === 'rect',
        );
        const box = frame && boxOf(frame);
        if (box) groups.set(id, box);
      }
    }
    for (const child of element.children) if (child.type === 'element') visit(child);
  };
  visit(svg);
  return { nodes, groups };
}

/**
 * Checks the picture the renderer drew against the diagram: every node inside its own frames and
 * clear of the others, frames apart, no two nodes on top of each other, every label no wider than
 * its box (see {@link textWidth}). The renderer has layout bugs with some nestings; this turns a
 * silently wrong picture into a build error at the diagram's line.
 */
export function checkLayout(svg: Element, chart: Flowchart): void {
  const { nodes, groups } = drawnBoxes(svg);
  const issues: DiagramIssue[] = [];
  const problem = (line: number, message: string, hint: string): void => {
    issues.push({ line, column: 1, message, hint });
  };
  const nestingHint =
    'Connect the nodes of the frame with edges, drop `direction` inside it, or nest less: ' +
    'the layout engine places unconnected nodes in nested frames badly.';
  for (const node of chart.nodes) {
    const box = nodes.get(node.id);
    if (!box) {
      problem(node.line, `Node \`${node.id}\` was not drawn.`, nestingHint);
      continue;
    }
    const frame = node.group ? groups.get(node.group) : undefined;
    if (frame && !inside(box, frame)) {
      problem(
        node.line,
        `Node \`${node.id}\` is drawn outside its frame \`${node.group}\`.`,
        nestingHint,
      );
    }
    const width = box.x2 - box.x1;
    const needed = Math.max(...node.label.split('\n').map(textWidth)) + 8;
    if (needed > width + EPSILON) {
      problem(
        node.line,
        `The label of \`${node.id}\` (${Math.round(needed)} px) does not fit its box` +
          ` (${Math.round(width)} px).`,
        'Shorten the label or break it with `<br/>`.',
      );
    }
  }
  for (const group of chart.groups) {
    const box = groups.get(group.id);
    const parent = group.parent ? groups.get(group.parent) : undefined;
    if (box && parent && !inside(box, parent)) {
      problem(
        group.line,
        `Subgraph \`${group.id}\` is drawn outside \`${group.parent}\`.`,
        nestingHint,
      );
    }
  }
  const ancestors = (group: string | undefined): string[] =>
    group ? [group, ...ancestors(chart.groups.find((g) => g.id === group)?.parent)] : [];
  for (const node of chart.nodes) {
    const box = nodes.get(node.id);
    const own = ancestors(node.group);
    for (const [id, frame] of groups) {
      if (box && !own.includes(id) && overlap(box, frame)) {
        problem(node.line, `Node \`${node.id}\` is drawn over the frame \`${id}\`.`, nestingHint);
      }
    }
  }
  for (const a of chart.groups) {
    for (const b of chart.groups) {
      const boxA = groups.get(a.id);
      const boxB = groups.get(b.id);
      if (a.id < b.id && a.parent === b.parent && boxA && boxB && overlap(boxA, boxB)) {
        problem(b.line, `Subgraphs \`${a.id}\` and \`${b.id}\` overlap.`, nestingHint);
      }
    }
  }
  const drawn = [...nodes.entries()];
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const [a, boxA] = drawn[i] as [string, Box];
      const [b, boxB] = drawn[j] as [string, Box];
      if (overlap(boxA, boxB)) {
        const line = chart.nodes.find((node) => node.id === b)?.line ?? 1;
        problem(line, `Nodes \`${a}\` and \`${b}\` are drawn on top of each other.`, nestingHint);
      }
    }
  }
  if (issues.length > 0) throw new DiagramError(issues);
}

/** Latin glyphs narrower than average in sans-serif fonts. */
const NARROW = new Set([..."il.,:;'|!1ftjr-/()[] "]);
/** Latin glyphs wider than average. */
const WIDE = new Set([...'ABCDEFGHJKLNOPQRSTUVXYZmwMW@%']);

/**
 * Width of one line of label text at the renderer's label size, in px: Hangul and other CJK at
 * 1 em (their real width), Latin by rough glyph classes of common sans-serif fonts.
 */
export function textWidth(text: string): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const cjk =
      (code >= 0x1100 && code <= 0x11ff) ||
      (code >= 0x3000 && code <= 0x9fff) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xff00 && code <= 0xffef);
    ems += cjk ? 1 : NARROW.has(char) ? 0.35 : WIDE.has(char) ? 0.72 : 0.56;
  }
  return ems * LABEL_SIZE;
}

function inside(box: Box, frame: Box): boolean {
  return (
    box.x1 >= frame.x1 - EPSILON &&
    box.y1 >= frame.y1 - EPSILON &&
    box.x2 <= frame.x2 + EPSILON &&
    box.y2 <= frame.y2 + EPSILON
  );
}

function overlap(a: Box, b: Box): boolean {
  return (
    a.x1 < b.x2 - EPSILON && b.x1 < a.x2 - EPSILON && a.y1 < b.y2 - EPSILON && b.y1 < a.y2 - EPSILON
  );
}

/** Union of the boxes of a node's shape elements (rect, circle, ellipse, polygon, line). */
function shapeBox(group: Element): Box | undefined {
  let result: Box | undefined;
  for (const child of group.children) {
    if (child.type !== 'element' || child.tagName === 'text') continue;
    const box = boxOf(child);
    if (!box) continue;
    result = result
      ? {
          x1: Math.min(result.x1, box.x1),
          y1: Math.min(result.y1, box.y1),
          x2: Math.max(result.x2, box.x2),
          y2: Math.max(result.y2, box.y2),
        }
      : box;
  }
  return result;
}

function boxOf(element: Element): Box | undefined {
  const n = (name: string): number => Number(element.properties[name] ?? 0);
  switch (element.tagName) {
    case 'rect':
      return { x1: n('x'), y1: n('y'), x2: n('x') + n('width'), y2: n('y') + n('height') };
    case 'circle':
      return {
        x1: n('cx') - n('r'),
        y1: n('cy') - n('r'),
        x2: n('cx') + n('r'),
        y2: n('cy') + n('r'),
      };
    case 'ellipse':
      return {
        x1: n('cx') - n('rx'),
        y1: n('cy') - n('ry'),
        x2: n('cx') + n('rx'),
        y2: n('cy') + n('ry'),
      };
    case 'line':
      return {
        x1: Math.min(n('x1'), n('x2')),
        y1: Math.min(n('y1'), n('y2')),
        x2: Math.max(n('x1'), n('x2')),
        y2: Math.max(n('y1'), n('y2')),
      };
    case 'polygon': {
      const values = String(element.properties['points'] ?? '')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      const xs = values.filter((_, i) => i % 2 === 0);
      const ys = values.filter((_, i) => i % 2 === 1);
      if (xs.length === 0) return undefined;
      return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
    }
    default:
      return undefined;
  }
}
