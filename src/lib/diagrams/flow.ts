import type { Element, ElementContent } from 'hast';
import { flat, HEADS } from './describe';
import type { FlowEdge, FlowGroup, FlowNode, Flowchart } from './parse';

/** The arrow of an edge drawn downwards to the box right below (listed edges use HEADS). */
const DOWN: Record<FlowEdge['heads'], string> = { end: '↓', both: '↕', none: '│' };

/** A box or a frame of the narrow layout. */
type Item = { kind: 'node'; node: FlowNode } | { kind: 'group'; group: FlowGroup };

/**
 * The diagram drawn for a narrow column: every box one under the other at full width, in the
 * picture's top-to-bottom order (see {@link readingOrder}), frames as framed lists, and each
 * connection written under the box it starts from (`라벨 → 대상`). A connection to the box right
 * below is drawn as an arrow between the two instead. Text is the page's own (no scaling), so it
 * fits any width and stays as large as the body text; CSS shows it where the picture would have
 * to shrink (src/styles/diagrams.css).
 */
export function flowLayout(chart: Flowchart): Element {
  const nameOf = targetNames(chart.nodes);
  const outgoing = new Map<string, FlowEdge[]>();
  for (const edge of chart.edges) {
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  }

  const parentOf = new Map(chart.groups.map((group) => [group.id, group.parent]));
  const itemsIn = (container: string | undefined): Item[] => {
    const items = [
      ...chart.groups
        .filter((child) => child.parent === container)
        .map((child) => ({ item: { kind: 'group', group: child } as Item, line: child.line })),
      ...chart.nodes
        .filter((node) => node.group === container)
        .map((node) => ({ item: { kind: 'node', node } as Item, line: node.line })),
    ]
      .sort((a, b) => a.line - b.line)
      .map(({ item }) => item);
    // The item of this frame that holds a node: the node itself or the frame it sits in.
    const itemOf = (nodeId: string): Item | undefined => {
      const node = chart.nodes.find((candidate) => candidate.id === nodeId);
      if (!node) return undefined;
      if (node.group === container) return items.find((i) => i.kind === 'node' && i.node === node);
      let group = node.group;
      while (group !== undefined && parentOf.get(group) !== container) group = parentOf.get(group);
      return group === undefined
        ? undefined
        : items.find((i) => i.kind === 'group' && i.group.id === group);
    };
    return readingOrder(items, chart.edges, itemOf);
  };

  const link = (edge: FlowEdge): Element =>
    el('li', { className: edgeClasses(edge) }, [
      ...(edge.label ? [edgeLabel(edge.label), t(' ')] : []),
      el('span', { className: ['dg-flow__head'] }, [t(HEADS[edge.heads])]),
      t(' '),
      el('span', { className: ['dg-flow__target'] }, [t(nameOf.get(edge.to) ?? edge.to)]),
    ]);

  const nodeItem = (node: FlowNode, below: Item | undefined): Element => {
    const edges = outgoing.get(node.id) ?? [];
    // One connection to the box right below becomes the arrow between the two boxes.
    const down =
      below?.kind === 'node' ? edges.find((edge) => edge.to === below.node.id) : undefined;
    const listed = edges.filter((edge) => edge !== down);
    const children: ElementContent[] = [
      el('span', { className: ['dg-flow__box'] }, lines(node.label)),
    ];
    if (listed.length > 0) {
      children.push(el('ul', { className: ['dg-flow__links'] }, listed.map(link)));
    }
    if (down) {
      children.push(
        el('div', { className: ['dg-flow__next', ...edgeClasses(down).slice(1)] }, [
          el('span', { className: ['dg-flow__head'] }, [t(DOWN[down.heads])]),
          ...(down.label ? [t(' '), edgeLabel(down.label)] : []),
        ]),
      );
    }
    const classes = ['dg-flow__node'];
    if (node.className) classes.push(`dg-flow__node--${node.className}`);
    return el('li', { className: classes }, children);
  };

  const list = (items: Item[]): Element =>
    el(
      'ol',
      { className: ['dg-flow'] },
      items.map((item, i) =>
        item.kind === 'group'
          ? el('li', { className: ['dg-flow__group'] }, [
              el('span', { className: ['dg-flow__group-label'] }, lines(item.group.label)),
              list(itemsIn(item.group.id)),
            ])
          : nodeItem(item.node, items[i + 1]),
      ),
    );

  return el(
    'div',
    // `not-content`: Starlight's list spacing and markers stay out of the drawing.
    { className: ['diagram__flow', 'not-content'], dataPagefindIgnore: '' },
    [list(itemsIn(undefined))],
  );
}

/**
 * The items of one frame in the order the picture reads from top to bottom: by the longest chain
 * of connections that leads to them inside the frame (a box below the boxes that point to it,
 * boxes side by side in the picture next to each other), then in source order.
 */
function readingOrder(
  items: Item[],
  edges: FlowEdge[],
  itemOf: (nodeId: string) => Item | undefined,
): Item[] {
  const next = new Map<Item, Set<Item>>(items.map((item) => [item, new Set()]));
  const incoming = new Map<Item, number>(items.map((item) => [item, 0]));
  for (const edge of edges) {
    const from = itemOf(edge.from);
    const to = itemOf(edge.to);
    if (!from || !to || from === to || next.get(from)?.has(to)) continue;
    next.get(from)?.add(to);
    incoming.set(to, (incoming.get(to) ?? 0) + 1);
  }
  const rank = new Map<Item, number>(items.map((item) => [item, 0]));
  const ready = items.filter((item) => incoming.get(item) === 0);
  for (let item = ready.shift(); item; item = ready.shift()) {
    for (const target of next.get(item) ?? []) {
      rank.set(target, Math.max(rank.get(target) ?? 0, (rank.get(item) ?? 0) + 1));
      const left = (incoming.get(target) ?? 1) - 1;
      incoming.set(target, left);
      if (left === 0) ready.push(target);
    }
  }
  // Boxes in a cycle keep the rank their other predecessors gave them.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (rank.get(a.item) ?? 0) - (rank.get(b.item) ?? 0) || a.index - b.index)
    .map(({ item }) => item);
}

function edgeClasses(edge: FlowEdge): string[] {
  return ['dg-flow__link', ...(edge.style === 'solid' ? [] : [`dg-flow__link--${edge.style}`])];
}

/**
 * A label's lines with `<br>` between them. A word the picture broke after a hyphen
 * (`kube-controller-<br/>manager`) is whole again: the narrow layout's boxes are wide.
 */
function lines(label: string): ElementContent[] {
  return joinHyphenated(label)
    .split('\n')
    .flatMap((line, i): ElementContent[] => (i === 0 ? [t(line)] : [el('br', {}, []), t(line)]));
}

/**
 * How a listed connection names its target: the first line of the target's label (its name; the
 * lines after it are details, shown in the target's own box), or the whole label on one line
 * where another box has the same first line (`외부 서버 11.11.11.11`, `외부 서버 22.22.22.22`).
 */
function targetNames(nodes: readonly FlowNode[]): Map<string, string> {
  const first = nodes.map((node) => joinHyphenated(node.label).split('\n')[0] ?? node.id);
  const shared = new Set(first.filter((line, i) => first.indexOf(line) !== i));
  return new Map(
    nodes.map((node, i) => {
      const line = first[i] as string;
      return [node.id, shared.has(line) ? flat(joinHyphenated(node.label)) : line];
    }),
  );
}

function joinHyphenated(label: string): string {
  return label.replace(/-\n/g, '-');
}

/** An edge's label, on one line. */
function edgeLabel(label: string): Element {
  return el('span', { className: ['dg-flow__edge-label'] }, [t(flat(label))]);
}

function t(value: string): ElementContent {
  return { type: 'text', value };
}

function el(
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element {
  return { type: 'element', tagName, properties, children };
}
