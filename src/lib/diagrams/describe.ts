import type { FlowEdge, Flowchart } from './parse';

/** The arrow of an edge by where its heads are (also the narrow layout's, flow.ts). */
export const HEADS: Record<FlowEdge['heads'], string> = { end: '→', both: '↔', none: '—' };

/** One line of text for a (possibly multi-line) label. */
export function flat(label: string): string {
  return label.replace(/\n/g, ' ');
}

/**
 * A Korean text equivalent of a flowchart for screen readers (the SVG's description): which
 * boxes each frame holds, then every connection with its label.
 */
export function describeFlowchart(chart: Flowchart): string {
  const labelOf = new Map(chart.nodes.map((node) => [node.id, flat(node.label)]));
  const groupLabel = new Map(chart.groups.map((group) => [group.id, flat(group.label)]));
  const sentences: string[] = [];
  for (const group of chart.groups) {
    const inside = [
      ...chart.groups
        .filter((child) => child.parent === group.id)
        .map((child) => flat(child.label)),
      ...chart.nodes.filter((node) => node.group === group.id).map((node) => flat(node.label)),
    ];
    const parent = group.parent ? ` (${groupLabel.get(group.parent)} 안)` : '';
    sentences.push(`${flat(group.label)}${parent}: ${inside.join(', ')}.`);
  }
  const loose = chart.nodes.filter((node) => !node.group).map((node) => flat(node.label));
  if (loose.length > 0) {
    sentences.push(`${chart.groups.length > 0 ? '그 밖의 요소' : '요소'}: ${loose.join(', ')}.`);
  }
  if (chart.edges.length > 0) {
    const edges = chart.edges.map((edge) => {
      const label = edge.label ? ` (${flat(edge.label)})` : '';
      return `${labelOf.get(edge.from)} ${HEADS[edge.heads]} ${labelOf.get(edge.to)}${label}`;
    });
    sentences.push(`연결: ${edges.join('; ')}.`);
  }
  return sentences.join(' ');
}
