import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { describeFlowchart } from '../../../src/lib/diagrams/describe';
import { MIN_LABEL_SIZE } from '../../../src/lib/diagrams/edge-labels';
import { DiagramError } from '../../../src/lib/diagrams/errors';
import { diagramFigure, diagramId } from '../../../src/lib/diagrams/figure';
import { textWidth } from '../../../src/lib/diagrams/layout-check';
import { parseDiagramMeta } from '../../../src/lib/diagrams/meta';
import { parseFlowchart } from '../../../src/lib/diagrams/parse';
import { renderDiagram } from '../../../src/lib/diagrams/render';
import { sanitizeSvg } from '../../../src/lib/diagrams/svg';

const SOURCE = `flowchart LR
  subgraph cp["컨트롤 플레인"]
    api["API 서버"]:::accent
    etcd[("etcd")]
  end
  kubectl["kubectl"]
  kubectl -->|요청| api
  api <--> etcd`;

/** The issues of a source that must not parse. */
function issuesOf(source: string) {
  try {
    parseFlowchart(source);
  } catch (error) {
    if (error instanceof DiagramError) return error.issues;
    throw error;
  }
  throw new Error('expected a DiagramError');
}

describe('parseFlowchart', () => {
  it('reads nodes, groups, classes and edges in source order', () => {
    const chart = parseFlowchart(SOURCE);
    expect(chart.direction).toBe('LR');
    expect(chart.nodes.map((node) => [node.id, node.label, node.group, node.className])).toEqual([
      ['api', 'API 서버', 'cp', 'accent'],
      ['etcd', 'etcd', 'cp', undefined],
      ['kubectl', 'kubectl', undefined, undefined],
    ]);
    expect(
      chart.edges.map((edge) => `${edge.from}${edge.heads}${edge.to}:${edge.label ?? ''}`),
    ).toEqual(['kubectlendapi:요청', 'apibothetcd:']);
  });

  it('expands chains and `&` groups', () => {
    const chart = parseFlowchart(
      'flowchart TB\n  a["가"]\n  b["나"]\n  c["다"]\n  a & b --> c --> a',
    );
    expect(chart.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['a>c', 'b>c', 'c>a']);
  });

  it('turns <br/> into line breaks', () => {
    expect(parseFlowchart('flowchart TB\n  a["첫 줄<br/>둘째 줄"]').nodes[0]?.label).toBe(
      '첫 줄\n둘째 줄',
    );
  });

  it('reports every problem with its line and column', () => {
    expect(issuesOf('flowchart TB\n  a["가"]\n  a-->b\n  c[라벨 (괄호)]')).toMatchObject([
      { line: 3, column: 4, message: 'Put a space before the arrow.' },
      { line: 4, column: 8, message: '`(` in an unquoted label.' },
    ]);
  });

  it('rejects diagrams that are not flowcharts and empty ones', () => {
    expect(issuesOf('sequenceDiagram\n  a->>b: hi')[0]?.message).toMatch(/flowchart header/);
    expect(issuesOf('')[0]?.message).toMatch(/empty/);
    expect(issuesOf('flowchart TB\n  subgraph g["빈 틀"]\n  end')[0]?.message).toMatch(/empty/);
  });
});

describe('describeFlowchart', () => {
  it('says in Korean what each frame holds and how the boxes connect', () => {
    expect(describeFlowchart(parseFlowchart(SOURCE))).toBe(
      '컨트롤 플레인: API 서버, etcd. 그 밖의 요소: kubectl. ' +
        '연결: kubectl → API 서버 (요청); API 서버 ↔ etcd.',
    );
  });
});

describe('parseDiagramMeta', () => {
  it('reads caption and desc', () => {
    expect(parseDiagramMeta('caption="그림" desc=\'설명\'')).toEqual({
      caption: '그림',
      desc: '설명',
    });
  });

  it('requires a Korean caption and known options', () => {
    expect(() => parseDiagramMeta('')).toThrow(/no caption/);
    expect(() => parseDiagramMeta('caption="Cluster"')).toThrow(/not in Korean/);
    expect(() => parseDiagramMeta('caption="그림" size=big')).toThrow(/Cannot read/);
  });
});

describe('sanitizeSvg', () => {
  const raw =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100.5 50" width="100.5" height="50">' +
    "<style>@import url('https://fonts.googleapis.com/css2?family=Inter'); svg { --x: 1 }</style>" +
    '<defs><marker id="arrowhead-start" markerWidth="8" markerHeight="5" refX="1" ' +
    'orient="auto-start-reverse"><polygon points="8 0, 0 2.5, 8 5" /></marker></defs>' +
    '<polyline points="1.123456,2 3,4" marker-start="url(#arrowhead-start)" data-label="x" />' +
    '</svg>';

  it('drops the style block, scopes ids, names the image and fixes the start arrow', () => {
    const { svg, width, height } = sanitizeSvg(raw, {
      id: 'dg-1',
      labelledBy: 'cap',
      description: '설명',
    });
    const html = JSON.stringify(svg);
    expect(html).not.toMatch(/@import|googleapis|<style/);
    expect(
      svg.children.some((child) => child.type === 'element' && child.tagName === 'style'),
    ).toBe(false);
    expect(svg.properties).toMatchObject({
      role: 'img',
      ariaLabelledBy: ['cap'],
      ariaDescribedBy: ['dg-1-desc'],
    });
    expect(html).toContain('url(#dg-1-arrowhead-start)');
    expect(html).toContain('"points":"0 0, 8 2.5, 0 5"');
    expect(html).toContain('"points":"1.12,2 3,4"');
    expect(html).not.toContain('dataLabel');
    expect([width, height]).toEqual([101, 50]);
  });

  it('refuses an SVG that would load something from elsewhere', () => {
    const linked = raw.replace('<defs>', '<image href="https://example.com/x.png" /><defs>');
    expect(() => sanitizeSvg(linked, { id: 'dg-1', labelledBy: 'c', description: 'd' })).toThrow(
      /links/,
    );
  });
});

describe('diagramFigure', () => {
  it('draws a captioned figure whose SVG is named by the caption', () => {
    const id = diagramId(SOURCE);
    const figure = diagramFigure({ source: SOURCE, meta: 'caption="클러스터 요청 흐름"', id });
    expect(figure.html).toMatch(
      new RegExp(`^<figure class="diagram diagram--from-\\d+" id="${id}">`),
    );
    expect(figure.html).toContain(`aria-labelledby="${id}-caption"`);
    expect(figure.html).toContain(
      `<figcaption id="${id}-caption" class="diagram__caption">클러스터 요청 흐름</figcaption>`,
    );
    expect(figure.html).toContain('data-pagefind-ignore');
    expect(figure.html).not.toMatch(/<style|<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('gives the same source the same id and different sources different ids', () => {
    expect(diagramId(SOURCE)).toBe(diagramId(SOURCE));
    expect(diagramId(SOURCE)).not.toBe(diagramId(`${SOURCE}\n`));
  });
});

describe('edge labels', () => {
  it('are drawn at 12 px in a box grown about its centre', () => {
    const rendered = renderDiagram({ source: SOURCE, id: 'dg-1', labelledBy: 'c' });
    const label = selectAll('g.edge-label', rendered.svg);
    expect(label.length).toBeGreaterThan(0);
    for (const group of label) {
      const text = select('text', group) as Element;
      const rect = select('rect', group) as Element;
      expect(text.properties['fontSize']).toBe(String(MIN_LABEL_SIZE));
      const x = Number(rect.properties['x']);
      const width = Number(rect.properties['width']);
      expect(x + width / 2).toBeCloseTo(Number(text.properties['x']), 1);
      // Room for the text at 12 px (Hangul about 1 em a syllable) and the 8 px padding each side.
      const needed = (textWidth(toText(text)) / 13) * MIN_LABEL_SIZE + 16;
      expect(width).toBeGreaterThanOrEqual(needed - 1);
    }
  });
});

describe('textWidth', () => {
  it('measures Hangul at about 1 em and Latin narrower', () => {
    expect(textWidth('가나다')).toBeCloseTo(39);
    expect(textWidth('etcd')).toBeLessThan(textWidth('가나다라'));
  });
});

describe('class statements', () => {
  it('mark several nodes and reject unknown ones', () => {
    const chart = parseFlowchart('flowchart TB\n  a["가"]\n  b["나"]\n  class a, b muted');
    expect(chart.nodes.map((node) => node.className)).toEqual(['muted', 'muted']);
    expect(issuesOf('flowchart TB\n  a["가"]\n  class a,c good')[0]).toMatchObject({
      line: 3,
      column: 11,
      message: 'Node `c` is not defined.',
    });
  });
});
