import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriDiagrams } from '../../../src/integrations/satteri-diagrams';

const CONTENT = resolve('content');
/** Issue 4 asks for at least twelve pictures across the chapters. */
const MIN_DIAGRAMS = 12;
/** Chapters and the captions they must show (the notes' missing images among them). */
const REQUIRED: Record<string, string[]> = {
  'cluster/control-plane.mdx': ['kube-system 동작원리', 'ETCD 데이터베이스 구조'],
  'docker/microservices.mdx': ['도커 아키텍처'],
  'kubernetes/architecture.mdx': ['쿠버네티스 클러스터 구조'],
  'workloads/replicasets.mdx': ['업데이트 전략'],
  'workloads/probes.mdx': ['프로브'],
  'cluster/namespaces.mdx': ['네임스페이스'],
};

/** Every chapter file under content/. */
function chapters(dir = CONTENT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : chapters(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

/** The captions of the figures the plugin made while compiling one chapter as Astro does. */
async function compile(file: string): Promise<string[]> {
  const source = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---/, (front) =>
    front.replace(/[^\n]/g, ' '),
  );
  const { code } = await mdxToJs(source, {
    mdastPlugins: [satteriDiagrams()],
    fileURL: pathToFileURL(file),
    features: { directive: true },
  });
  return [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)].map((match) => {
    const html = JSON.parse(match[1] as string) as string;
    return /<figcaption[^>]*>([^<]*)<\/figcaption>/.exec(html)?.[1] ?? '';
  });
}

describe('diagrams in content/', () => {
  const files = chapters();
  const fenced = files.filter((file) => readFileSync(file, 'utf8').includes('```mermaid'));

  it(`has at least ${MIN_DIAGRAMS} diagrams`, () => {
    const count = fenced
      .map((file) => readFileSync(file, 'utf8').match(/^\s*```mermaid/gm)?.length ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(count).toBeGreaterThanOrEqual(MIN_DIAGRAMS);
  });

  for (const file of fenced) {
    const name = relative(CONTENT, file);
    it(`${name}: every diagram renders to a figure`, async () => {
      const fences = readFileSync(file, 'utf8').match(/^\s*```mermaid/gm)?.length ?? 0;
      const captions = await compile(file);
      expect(captions).toHaveLength(fences);
      for (const wanted of REQUIRED[name] ?? []) {
        expect(
          captions.some((caption) => caption.includes(wanted)),
          wanted,
        ).toBe(true);
      }
    });
  }
});
