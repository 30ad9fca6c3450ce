import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { thresholdClass } from './fit';
import { flowLayout } from './flow';
import { parseDiagramMeta } from './meta';
import { renderDiagram, type RenderedDiagram } from './render';

/** A diagram fence as found in a chapter. */
export interface DiagramFence {
  /** The fence's content (Mermaid source). */
  source: string;
  /** The fence's meta string (`caption="..."`). */
  meta: string | null | undefined;
  /** Unique on the page, e.g. from {@link diagramId}. */
  id: string;
}

/** A drawn diagram and the HTML of its figure. */
export interface DiagramFigure extends RenderedDiagram {
  caption: string;
  html: string;
}

/** A short id for a diagram, stable across builds: `dg-` and a hash of its source. */
export function diagramId(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `dg-${hash.toString(36)}`;
}

/**
 * The `<figure>` for one diagram fence: the SVG in a scroll box (the box can take keyboard focus
 * so it could be scrolled without a pointer, should a column ever be narrower than planned), the
 * narrow layout shown instead of the picture in a column too narrow for it (fit.ts, flow.ts) and
 * the Korean caption, which names both. Throws DiagramError for a bad fence.
 */
export function diagramFigure(fence: DiagramFence): DiagramFigure {
  const { caption, desc } = parseDiagramMeta(fence.meta);
  const captionId = `${fence.id}-caption`;
  const rendered = renderDiagram({
    source: fence.source,
    id: fence.id,
    labelledBy: captionId,
    description: desc,
  });
  rendered.svg.properties['style'] = `--dg-width: ${rendered.width}px`;
  const figure: Element = {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['diagram', thresholdClass(rendered.width)], id: fence.id },
    children: [
      {
        type: 'element',
        tagName: 'div',
        // A named region: a focusable box needs a role, and the caption names it.
        properties: {
          className: ['diagram__scroll'],
          tabIndex: 0,
          role: 'region',
          ariaLabelledBy: [captionId],
        },
        children: [rendered.svg],
      },
      flowLayout(rendered.chart),
      {
        type: 'element',
        tagName: 'figcaption',
        properties: { id: captionId, className: ['diagram__caption'] },
        children: [{ type: 'text', value: caption }],
      },
    ],
  };
  const html = toHtml(figure, { closeEmptyElements: true });
  return { ...rendered, caption, html };
}
