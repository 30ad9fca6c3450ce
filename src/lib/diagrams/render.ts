import { parseMermaid, renderMermaidSVG } from 'beautiful-mermaid';
import { classDefinitions } from './classes';
import { describeFlowchart } from './describe';
import { DiagramError } from './errors';
import { enlargeEdgeLabels } from './edge-labels';
import { repairFrames } from './frames';
import { checkLayout } from './layout-check';
import { parseFlowchart, type Flowchart } from './parse';
import { sanitizeSvg, type CleanSvg } from './svg';

/** A diagram to draw. */
export interface DiagramInput {
  /** Mermaid flowchart source (the supported subset, see parse.ts). */
  source: string;
  /** Unique on the page; prefixes every id the drawing needs. */
  id: string;
  /** Id of the element that names the diagram (its caption). */
  labelledBy: string;
  /** Korean description for screen readers; made from the diagram when absent. */
  description?: string;
}

/** A drawn diagram. */
export interface RenderedDiagram extends CleanSvg {
  chart: Flowchart;
  description: string;
}

/**
 * Spacing of the layout. The renderer's default 40 px canvas padding is wasted space on a phone;
 * the content column already has margins.
 */
const LAYOUT = { padding: 12, nodeSpacing: 24, layerSpacing: 40 } as const;

/**
 * Draws a Mermaid flowchart as an inline SVG, with no browser: checks the source first (the
 * renderer itself accepts broken input silently), then lays it out and cleans the SVG.
 * Throws {@link DiagramError} with source positions for a diagram that cannot be drawn.
 */
export function renderDiagram(input: DiagramInput): RenderedDiagram {
  const chart = parseFlowchart(input.source);
  const source = `${input.source.replace(/\s+$/, '')}\n${classDefinitions()}\n`;
  crossCheck(chart, source);
  const markup = renderMermaidSVG(source, { ...LAYOUT, bg: 'none', fg: 'none', transparent: true });
  const description = input.description ?? describeFlowchart(chart);
  const { svg } = sanitizeSvg(markup, { id: input.id, labelledBy: input.labelledBy, description });
  repairFrames(svg, chart);
  enlargeEdgeLabels(svg);
  checkLayout(svg, chart);
  const width = Number(svg.properties['width']);
  const height = Number(svg.properties['height']);
  return { svg, width, height, chart, description };
}

/**
 * The renderer parses with its own regular expressions. If it reads the diagram differently from
 * our checker (a label it cuts short, a node it invents), the picture would be silently wrong,
 * so such a diagram fails instead.
 */
function crossCheck(chart: Flowchart, source: string): void {
  const graph = parseMermaid(source);
  function fail(line: number, message: string): never {
    throw new DiagramError([
      {
        line,
        column: 1,
        message: `The renderer reads this line differently: ${message}.`,
        hint: 'Simplify the line: one node definition or one edge chain, plain quoted labels.',
      },
    ]);
  }
  for (const node of chart.nodes) {
    const drawn = graph.nodes.get(node.id);
    if (!drawn) fail(node.line, `node \`${node.id}\` is missing`);
    if (drawn.label !== node.label) fail(node.line, `label "${drawn.label}" of \`${node.id}\``);
  }
  for (const id of graph.nodes.keys()) {
    if (!chart.nodes.some((node) => node.id === id)) fail(1, `it sees an extra node \`${id}\``);
  }
  const edges = (list: Array<{ from: string; to: string }>) =>
    list.map((edge) => `${edge.from}>${edge.to}`).join(' ');
  const drawnEdges = graph.edges.map((edge) => ({ from: edge.source, to: edge.target }));
  if (edges(chart.edges) !== edges(drawnEdges)) {
    const index = chart.edges.findIndex(
      (edge, i) => edge.from !== drawnEdges[i]?.from || edge.to !== drawnEdges[i]?.to,
    );
    fail(chart.edges[Math.max(0, index)]?.line ?? 1, 'its edges differ');
  }
}
