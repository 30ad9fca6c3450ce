import type { Element } from 'hast';
import { drawnBoxes, type Box } from './layout-check';
import type { Flowchart } from './parse';

/** Space kept between a frame and the boxes inside it, in SVG units. */
const PADDING = 8;
/** Larger misses are layout failures that checkLayout reports instead of a repair. */
const MAX_REPAIR = 16;

/**
 * The renderer sometimes sizes a subgraph frame a pixel or a few too small, so the last box of a
 * row sits on (or over) the frame's edge. Frames short by at most {@link MAX_REPAIR} px are
 * grown to keep {@link PADDING} around their boxes, innermost first, and the canvas with them.
 */
export function repairFrames(svg: Element, chart: Flowchart): void {
  const frames = frameElements(svg);
  const depth = (id: string | undefined): number =>
    id ? 1 + depth(chart.groups.find((group) => group.id === id)?.parent) : 0;
  const groups = [...chart.groups].sort((a, b) => depth(b.id) - depth(a.id));
  for (const group of groups) {
    const rects = frames.get(group.id);
    if (!rects) continue;
    const { nodes, groups: drawnGroups } = drawnBoxes(svg);
    const inner = [
      ...chart.nodes.filter((node) => node.group === group.id).map((node) => nodes.get(node.id)),
      ...chart.groups
        .filter((child) => child.parent === group.id)
        .map((child) => drawnGroups.get(child.id)),
    ].filter((box): box is Box => box !== undefined);
    const frame = drawnGroups.get(group.id);
    if (!frame || inner.length === 0) continue;
    const need = {
      x1: Math.min(...inner.map((box) => box.x1)) - PADDING,
      x2: Math.max(...inner.map((box) => box.x2)) + PADDING,
      y2: Math.max(...inner.map((box) => box.y2)) + PADDING,
    };
    const grow = {
      left: frame.x1 - need.x1,
      right: need.x2 - frame.x2,
      bottom: need.y2 - frame.y2,
    };
    if (Math.max(grow.left, grow.right, grow.bottom) <= 0) continue;
    if (Math.max(grow.left, grow.right, grow.bottom) > MAX_REPAIR) continue;
    const x1 = Math.min(frame.x1, need.x1);
    const x2 = Math.max(frame.x2, need.x2);
    for (const rect of rects) {
      rect.properties['x'] = String(round(x1));
      rect.properties['width'] = String(round(x2 - x1));
    }
    const outer = rects[0] as Element;
    outer.properties['height'] = String(round(Math.max(frame.y2, need.y2) - frame.y1));
    growCanvas(svg, x2 + PADDING, Math.max(frame.y2, need.y2) + PADDING);
  }
}

/** The frame and header-band rects of each subgraph, by id. */
function frameElements(svg: Element): Map<string, Element[]> {
  const found = new Map<string, Element[]>();
  const visit = (element: Element): void => {
    const classes = element.properties['className'];
    const id = element.properties['dataId'];
    if (Array.isArray(classes) && classes.includes('subgraph') && typeof id === 'string') {
      found.set(
        id,
        element.children.filter(
          (child): child is Element => child.type === 'element' && child.tagName === 'rect',
        ),
      );
    }
    for (const child of element.children) if (child.type === 'element') visit(child);
  };
  visit(svg);
  return found;
}

/** Widens the viewBox (and the width/height attributes) to at least `width` x `height`. */
function growCanvas(svg: Element, width: number, height: number): void {
  const [x = 0, y = 0, w = 0, h = 0] = String(svg.properties['viewBox']).split(/\s+/).map(Number);
  if (width <= w && height <= h) return;
  const newWidth = Math.ceil(Math.max(w, width));
  const newHeight = Math.ceil(Math.max(h, height));
  svg.properties['viewBox'] = `${x} ${y} ${newWidth} ${newHeight}`;
  svg.properties['width'] = String(newWidth);
  svg.properties['height'] = String(newHeight);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
