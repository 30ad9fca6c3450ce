import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';

/** The smallest text a reader meets in a diagram, in px (the renderer draws edge labels at 11). */
export const MIN_LABEL_SIZE = 12;
/** The renderer's padding around an edge label's text, in px (not scaled with the text). */
const LABEL_PADDING = 8;

/**
 * Edge labels grow to {@link MIN_LABEL_SIZE}: the renderer has no font-size option and draws
 * them at 11 px, below what is comfortable on a phone. Each label's text, line spacing and
 * background box grow about the label's centre (the layout left room around the label; the box
 * grows by well under a pixel per syllable). Node labels (13 px) and frame headers (12 px) are
 * left as they are.
 */
export function enlargeEdgeLabels(svg: Element): void {
  for (const group of selectAll('g.edge-label', svg)) {
    const text = select(':scope > text', group);
    const rect = select(':scope > rect', group);
    const size = Number(text?.properties['fontSize']);
    if (!text || !rect || !(size > 0) || size >= MIN_LABEL_SIZE) continue;
    const k = MIN_LABEL_SIZE / size;
    text.properties['fontSize'] = String(MIN_LABEL_SIZE);
    for (const tspan of selectAll(':scope > tspan', text)) {
      tspan.properties['dy'] = round(Number(tspan.properties['dy'] ?? 0) * k);
    }
    const x = Number(rect.properties['x']);
    const y = Number(rect.properties['y']);
    const width = Number(rect.properties['width']);
    const height = Number(rect.properties['height']);
    const grownWidth = (width - 2 * LABEL_PADDING) * k + 2 * LABEL_PADDING;
    const grownHeight = (height - 2 * LABEL_PADDING) * k + 2 * LABEL_PADDING;
    rect.properties['x'] = round(x - (grownWidth - width) / 2);
    rect.properties['y'] = round(y - (grownHeight - height) / 2);
    rect.properties['width'] = round(grownWidth);
    rect.properties['height'] = round(grownHeight);
  }
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
