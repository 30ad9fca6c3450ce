import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriDiagrams } from '../../../src/integrations/satteri-diagrams';

/**
 * Data-driven tests: each folder in tests/fixtures/diagrams holds an `input.mdx` and the
 * `expected.txt` the plugin must produce for it, a summary of the figures or the build error
 * with its file:line:column. Add a case by adding a folder; `UPDATE_FIXTURES=1 npx vitest run`
 * writes the expectations of new or changed cases (read them before committing).
 */
const FIXTURES = resolve('tests/fixtures/diagrams');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** Astro replaces the frontmatter with spaces before compiling, keeping line numbers. */
function blankFrontmatter(source: string): string {
  const match = /^---\n[\s\S]*?\n---/.exec(source);
  return match ? source.replace(match[0], match[0].replace(/[^\n]/g, ' ')) : source;
}

/** The HTML the plugin handed to Astro's `<Fragment set:html>` in compiled MDX. */
function figuresOf(code: string): string[] {
  return [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)].map(
    (match) => JSON.parse(match[1] as string) as string,
  );
}

/** A readable summary of one figure: what a reader and a screen reader get. */
function summarize(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const figure = select('figure.diagram', tree) as Element;
  const svg = select('svg', figure) as Element;
  const caption = select('figcaption', figure) as Element;
  const desc = select('desc', svg) as Element;
  const nodes = selectAll('g.node', svg).map((node) => String(node.properties['dataId']));
  return [
    `figure #${String(figure.properties['id'])}`,
    `  caption #${String(caption.properties['id'])}: ${toText(caption)}`,
    `  svg role=${String(svg.properties['role'])}` +
      ` labelledby=${String(svg.properties['ariaLabelledBy'])}` +
      ` describedby=${String(svg.properties['ariaDescribedBy'])}`,
    `  desc: ${toText(desc)}`,
    `  nodes: ${nodes.join(', ')}`,
    `  edges: ${selectAll('polyline.edge', svg).length}`,
    `  narrow layout below ${/from-(\d+)/.exec(String(figure.properties['className']))?.[1]}:`,
    ...flowLines(select('.diagram__flow > ol', figure) as Element, '    '),
  ].join('\n');
}

/** The narrow layout as an indented outline: frames, [boxes], connections under their box. */
function flowLines(list: Element, indent: string): string[] {
  const lines: string[] = [];
  for (const item of list.children) {
    if (item.type !== 'element') continue;
    const classes = String(item.properties['className']);
    if (classes.includes('dg-flow__group')) {
      lines.push(`${indent}frame ${toText(select('.dg-flow__group-label', item) as Element)}:`);
      lines.push(...flowLines(select('ol', item) as Element, `${indent}  `));
      continue;
    }
    const box = select('.dg-flow__box', item) as Element;
    const kind = /dg-flow__node--(\w+)/.exec(classes)?.[1];
    lines.push(`${indent}[${toText(box).replace(/\n/g, ' / ')}]${kind ? ` (${kind})` : ''}`);
    for (const link of selectAll('.dg-flow__links > li', item)) {
      lines.push(`${indent}  ${toText(link)}${styleOf(link)}`);
    }
    const next = select('.dg-flow__next', item);
    if (next) lines.push(`${indent}  ${toText(next, { whitespace: 'pre' })}${styleOf(next)}`);
  }
  return lines;
}

function styleOf(element: Element): string {
  const style = /dg-flow__link--(\w+)/.exec(String(element.properties['className']))?.[1];
  return style ? ` (${style})` : '';
}

/** What the plugin makes of one fixture: figure summaries or the error a build would show. */
async function run(file: string): Promise<string> {
  const source = blankFrontmatter(readFileSync(file, 'utf8'));
  try {
    const { code } = await mdxToJs(source, {
      mdastPlugins: [satteriDiagrams()],
      fileURL: pathToFileURL(file),
    });
    return figuresOf(code).map(summarize).join('\n');
  } catch (error) {
    if (!(error instanceof AstroError)) throw error;
    const { loc } = error as AstroError & {
      loc?: { file?: string; line?: number; column?: number };
    };
    return [
      error.message,
      `hint: ${error.hint ?? ''}`,
      `loc: ${relative(process.cwd(), loc?.file ?? '')}:${loc?.line}:${loc?.column}`,
    ].join('\n');
  }
}

describe('diagram fixtures', () => {
  const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  );

  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  for (const { name } of cases) {
    it(name, async () => {
      const actual = `${await run(join(FIXTURES, name, 'input.mdx'))}\n`;
      const expectedFile = join(FIXTURES, name, 'expected.txt');
      if (UPDATE || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, actual);
        if (!UPDATE) throw new Error(`${expectedFile} was missing and has been written; check it.`);
      }
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
