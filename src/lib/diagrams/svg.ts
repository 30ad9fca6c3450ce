import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** What {@link sanitizeSvg} needs to know about the diagram it cleans. */
export interface SanitizeOptions {
  /** Unique on the page; prefixes the SVG's own ids (arrow markers). */
  id: string;
  /** Id of the element that names the diagram (the figure caption). */
  labelledBy: string;
  /** The Korean text equivalent, put in `<desc>`. */
  description: string;
}

/** A cleaned SVG and its natural size in CSS pixels. */
export interface CleanSvg {
  svg: Element;
  width: number;
  height: number;
}

/** Attributes that only repeat label text or describe the renderer's model. */
const NOISE = new Set(['dataLabel', 'dataShape', 'dataStyle', 'dataArrowStart', 'dataArrowEnd']);

/**
 * Turns the renderer's standalone SVG into one that can sit inline in a page:
 * - drops its `<style>` (a Google Fonts `@import` and rules for every `svg` on the page);
 *   src/styles/diagrams.css styles diagrams instead, scoped and themed;
 * - prefixes its ids so that two diagrams on a page do not share arrow markers;
 * - names it for assistive technology (`role="img"`, label, `<desc>`) and keeps its text out of
 *   the search index (`data-pagefind-ignore`: the caption next to it stays searchable);
 * - refuses anything that would load from elsewhere (an `href`, a `url()` that is not `#id`).
 */
export function sanitizeSvg(markup: string, options: SanitizeOptions): CleanSvg {
  const root: Root = fromHtml(markup, { fragment: true });
  const svg = root.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'svg',
  );
  if (!svg) throw new Error('The renderer returned no <svg> element.');
  const [, , width, height] = String(svg.properties['viewBox'] ?? '')
    .split(/[\s,]+/)
    .map(Number);
  if (!width || !height) throw new Error('The renderer returned an SVG without a viewBox.');
  const ids = new Map<string, string>();
  walk(svg, (element) => {
    const id = element.properties['id'];
    if (element.tagName === 'marker' && typeof id === 'string' && id.endsWith('-start')) {
      fixStartMarker(element);
    }
    if (typeof id === 'string') {
      ids.set(id, `${options.id}-${id}`);
      element.properties['id'] = `${options.id}-${id}`;
    }
  });
  walk(svg, (element) => {
    element.children = element.children.filter(
      (child) =>
        !(child.type === 'element' && child.tagName === 'style') &&
        // Indentation between elements is bytes on every page; text inside <text> is kept.
        !(element.tagName !== 'text' && element.tagName !== 'tspan' && isBlank(child)),
    );
    for (const [name, value] of Object.entries(element.properties)) {
      if (NOISE.has(name)) {
        delete element.properties[name];
        continue;
      }
      if (typeof value !== 'string') continue;
      if (/href$/i.test(name)) throw new Error(`The rendered SVG links elsewhere (${name}).`);
      element.properties[name] = roundNumbers(value).replace(
        /url\(\s*([^)]*?)\s*\)/g,
        (_, target: string) => {
          const local = /^#(.+)$/.exec(target);
          const renamed = local && ids.get(local[1] as string);
          if (!renamed) throw new Error(`The rendered SVG refers to ${target}.`);
          return `url(#${renamed})`;
        },
      );
    }
  });
  const descId = `${options.id}-desc`;
  const desc: Element = {
    type: 'element',
    tagName: 'desc',
    properties: { id: descId },
    children: [{ type: 'text', value: options.description }],
  };
  svg.properties = {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${width} ${height}`,
    width: String(Math.ceil(width)),
    height: String(Math.ceil(height)),
    className: ['diagram__svg'],
    role: 'img',
    ariaLabelledBy: [options.labelledBy],
    ariaDescribedBy: [descId],
    focusable: 'false',
    dataPagefindIgnore: '',
  };
  svg.children = [desc, ...svg.children.filter((child) => !isBlank(child))];
  return { svg, width: Math.ceil(width), height: Math.ceil(height) };
}

/**
 * The renderer draws its start arrow head already reversed and also marks it
 * `orient="auto-start-reverse"`, so the head is turned twice and hides inside the source node:
 * a `<-->` edge shows one head. Drawing the forward head with the forward anchor fixes it.
 */
function fixStartMarker(marker: Element): void {
  if (marker.properties['orient'] !== 'auto-start-reverse') return;
  const width = Number(marker.properties['markerWidth']);
  const height = Number(marker.properties['markerHeight']);
  if (!width || !height) return;
  marker.properties['refX'] = String(width - 1);
  for (const child of marker.children) {
    if (child.type === 'element' && child.tagName === 'polygon') {
      child.properties['points'] = `0 0, ${width} ${height / 2}, 0 ${height}`;
    }
  }
}

/** `30.450000000000003` -> `30.45`: layout coordinates need no more than 1/100 px. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}/g, (number) =>
    String(Math.round(Number(number) * 100) / 100),
  );
}

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

function walk(element: Element, visit: (element: Element) => void): void {
  visit(element);
  for (const child of element.children) {
    if (child.type === 'element') walk(child, visit);
  }
}
