import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriGlossary } from '../../../src/integrations/satteri-glossary';
import { planFirstMentions } from '../../../src/lib/glossary/first-mentions';
import { glossaryFinder } from '../../../src/lib/glossary/index';

const text = (value: string) => ({ type: 'text', value });

/**
 * Data-driven tests of the first-mention links: each folder in tests/fixtures/glossary holds an
 * `input.md` (rendered as a chapter of the part in `part.txt`, `workloads` without one) and the
 * `expected.txt` it must give: each linked mention with its entry, then where the other
 * mentions were left alone. `UPDATE_FIXTURES=1 npx vitest run` writes the expectations of new
 * or changed cases (read them before committing).
 */
const FIXTURES = resolve('tests/fixtures/glossary');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** Renders a fixture as a chapter of `part`, the way the site's pipeline does. */
function render(source: string, part: string): string {
  return markdownToHtml(source, {
    features: { gfm: true, directive: true, smartPunctuation: false },
    fileURL: pathToFileURL(resolve(`content/${part}/fixture.mdx`)),
    mdastPlugins: [satteriGlossary({ base: '/' })],
  }).html;
}

/** What a reader gets: each link, its target and its tooltip; and where links must not be. */
function summarize(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const lines = (selectAll('span.gl', tree) as Element[]).map((wrapper) => {
    const [link, tip] = selectAll('a.gl-term, span.gl-tip', wrapper) as Element[];
    const described = String(link?.properties['ariaDescribedBy']);
    const tipId = String(tip?.properties['id']);
    return (
      `${toText(link as Element)} -> ${String(link?.properties['href'])}` +
      ` (${link?.properties['id']}, tip ${described === tipId ? 'described' : 'NOT DESCRIBED'})`
    );
  });
  const nested = (selectAll(
    'h1 .gl, h2 .gl, h3 .gl, code .gl, a .gl, pre .gl, .gl .gl',
    tree,
  ) as Element[]).length;
  lines.push(`links in headings, code or links: ${nested}`);
  return `${lines.join('\n')}\n`;
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('satteriGlossary fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(5));

  it.each(cases)('%s', (name) => {
    const dir = join(FIXTURES, name);
    const partFile = join(dir, 'part.txt');
    const part = existsSync(partFile) ? readFileSync(partFile, 'utf8').trim() : 'workloads';
    const actual = summarize(render(readFileSync(join(dir, 'input.md'), 'utf8'), part));
    const expectedFile = join(dir, 'expected.txt');
    if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });
});

describe('satteriGlossary', () => {
  it('links nothing outside the chapters (home page, 정오표)', () => {
    const html = markdownToHtml('포드와 서비스', {
      fileURL: pathToFileURL(resolve('content/index.mdx')),
      mdastPlugins: [satteriGlossary({ base: '/' })],
    }).html;
    expect(html).not.toContain('gl-term');
  });

  it('leaves an aside title alone and links the aside body', () => {
    const title = { type: 'paragraph', data: { directiveLabel: true }, children: [text('포드 제목')] };
    const body = { type: 'paragraph', children: [text('본문의 포드')] };
    const root = { type: 'root', children: [{ type: 'containerDirective', children: [title, body] }] };
    const planned = planFirstMentions(root, glossaryFinder(), () => true);
    expect(planned.map((entry) => entry.node.value)).toEqual(['본문의 포드']);
  });

  it('puts the base path in front of the glossary link', () => {
    expect(render('포드', 'workloads')).toContain('href="/glossary/#pod"');
    const html = markdownToHtml('포드', {
      fileURL: pathToFileURL(resolve('content/workloads/x.mdx')),
      mdastPlugins: [satteriGlossary({ base: '/notes' })],
    }).html;
    expect(html).toContain('href="/notes/glossary/#pod"');
  });
});
