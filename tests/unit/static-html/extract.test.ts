import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { extractStaticHtml } from '../../../src/lib/static-html/extract';

const CHAPTER = 'content/workloads/probes.mdx';
const hash = (html: string) => createHash('sha256').update(html).digest('hex').slice(0, 20);
const options = { reader: 'virtual:reader', minLength: 1024, hash };

/** A chapter compiled as Astro compiles it: static runs of HTML as `<Fragment set:html>`. */
async function compiled(source: string): Promise<string> {
  const { code } = await mdxToJs(source.replace(/^---\n[\s\S]*?\n---/, ''), {
    fileURL: pathToFileURL(CHAPTER),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
  });
  return code;
}

/** The `set:html` values of a module, evaluated with `read` standing in for the reader. */
function htmlOf(code: string, read: (key: string) => string = () => ''): string[] {
  return [...code.matchAll(/"set:html": ("(?:[^"\\\n]|\\.)*"|__staticHtml\("(\w+)"\))/g)].map(
    (match) => (match[2] ? read(match[2]) : (JSON.parse(match[1] as string) as string)),
  );
}

describe('extractStaticHtml', () => {
  it('takes the long HTML of a real chapter out and renders the same HTML back', async () => {
    const code = await compiled(readFileSync(CHAPTER, 'utf8'));
    const extracted = extractStaticHtml(code, options);
    expect(extracted).toBeDefined();
    const { code: out, pieces } = extracted!;
    const stored = new Map(pieces.map((piece) => [piece.key, piece.html]));
    expect(htmlOf(out, (key) => stored.get(key) ?? `missing ${key}`)).toEqual(htmlOf(code));
    // What is left for the bundler is the module's structure.
    expect(out.length).toBeLessThan(code.length / 4);
    for (const html of htmlOf(out)) expect(html.length).toBeLessThan(options.minLength);
    expect(out).toMatch(/^import \{ readStaticHtml as __staticHtml \} from "virtual:reader";/);
    expect(() => parseAst(out)).not.toThrow();
  });

  it('leaves short HTML in place and a module without any untouched', async () => {
    const code = await compiled('# 제목\n\n짧은 문단.\n');
    expect(htmlOf(code).length).toBeGreaterThan(0);
    expect(extractStaticHtml(code, options)).toBeUndefined();
  });

  it('names a piece by its content: the same HTML twice is one file', () => {
    const html = `<p>${'가'.repeat(1100)}</p>`;
    const literal = JSON.stringify(html);
    const code = `x({ "set:html": ${literal} }); y({ "set:html": ${literal} });`;
    const { pieces } = extractStaticHtml(code, options)!;
    expect(pieces.map((piece) => piece.key)).toEqual([hash(html), hash(html)]);
  });

  it('keeps escaped quotes and code that only mentions set:html', () => {
    const html = `<code>"set:html": "x"</code><p>${'\\"'.repeat(10)}${'a'.repeat(1100)}</p>`;
    const code = `f({ "set:html": ${JSON.stringify(html)} });`;
    const extracted = extractStaticHtml(code, options)!;
    expect(extracted.pieces).toEqual([{ key: hash(html), html }]);
    expect(extracted.code).toContain(`f({ "set:html": __staticHtml("${hash(html)}") });`);
  });
});
