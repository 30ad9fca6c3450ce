/**
 * The manifests of the whole site: every YAML block of every chapter, validated once, named
 * uniquely in reading order. The build step, the Expressive Code plugin, the download routes and
 * the catalog page all read this one list, so what a page shows is what the site serves.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KUBERNETES_VERSION, type DocumentResult, type Finding } from '../../lib/k8s/validate';
import { blockOptions } from '../../lib/manifests/block-options';
import type { YamlBlock } from '../../lib/manifests/extract';
import { manifestBaseName, uniqueNames } from '../../lib/manifests/naming';
import { validateFileText } from '../../lib/manifests/validate-file';
import { describe } from '../../lib/messages';
import { PARTS } from '../../lib/site/chapters';
import { oncePerRoot } from '../process-cache';

/** One Kubernetes object of a manifest file. */
export interface ManifestObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string | undefined;
}

/** A downloadable manifest: one YAML block of a chapter (all of its documents). */
export interface SiteManifest {
  /** `workloads/probes/pod-liveness-exec`: unique, used as the block's anchor id. */
  id: string;
  /** Chapter slug, e.g. `workloads/probes`. */
  chapter: string;
  chapterTitle: string;
  /** Source file relative to the project root, e.g. `content/workloads/probes.mdx`. */
  file: string;
  /** Line of the block's first YAML line in `file`. */
  line: number;
  fileName: string;
  /** Path under the site's base, e.g. `manifests/workloads/probes/pod-liveness-exec.yaml`. */
  path: string;
  /** The file's content: exactly the YAML the block shows (or the heredoc writes). */
  text: string;
  objects: ManifestObject[];
  warnings: Finding[];
  /** Errors of an intentionally wrong example (`expect-error` on the fence); otherwise empty. */
  errors: Finding[];
  expectErrors: boolean;
}

/** What the page shows for one code block. */
export type BlockReport =
  | { type: 'manifest'; manifest: SiteManifest }
  | { type: 'fragment'; fragment: string; file: string; line: number; findings: Finding[] };

/** The validated manifests of the site and every finding, for the build log. */
export interface SiteManifests {
  kubernetesVersion: string;
  manifests: SiteManifest[];
  /** Keyed by {@link blockKey}. */
  blocks: Map<string, BlockReport>;
  /** Errors that must fail the build (not counting those of `expect-error` blocks). */
  errors: Finding[];
  warnings: Finding[];
}

/** The id of the element that wraps a manifest block on its page (for links to the block). */
export function manifestAnchor(manifest: Pick<SiteManifest, 'id'>): string {
  return `manifest-${manifest.id.replace(/\//g, '-')}`;
}

/** Identifies a code block by its source file and its code, as Expressive Code sees it. */
export function blockKey(file: string, code: string): string {
  // Expressive Code may normalise tabs and trailing whitespace; compare what survives that.
  const normalised = code
    .replace(/\t/g, '  ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
  return `${file.replace(/\\/g, '/')}\u0000${normalised}`;
}

/** Every chapter file under the content folder, in reading order (part, then sidebar order). */
export function chapterFiles(
  contentDir: string,
): Array<{ file: string; slug: string; title: string }> {
  const chapters: Array<{ file: string; slug: string; title: string; part: number; order: number }> =
    [];
  PARTS.forEach((part, partIndex) => {
    const dir = join(contentDir, part.id);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((name) => /^[^_].*\.mdx?$/.test(name));
    } catch {
      return;
    }
    for (const name of names) {
      const file = join(dir, name);
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      const data = (parseYaml(frontmatter) ?? {}) as { title?: string; sidebar?: { order?: number } };
      chapters.push({
        file,
        slug: `${part.id}/${name.replace(/\.mdx?$/, '')}`,
        title: data.title ?? name,
        part: partIndex,
        order: data.sidebar?.order ?? Number.MAX_SAFE_INTEGER,
      });
    }
  });
  return chapters.sort((a, b) => a.part - b.part || a.order - b.order || a.slug.localeCompare(b.slug));
}

/** A document counts as a Kubernetes object when it has both apiVersion and kind. */
function objectOf(result: DocumentResult): ManifestObject | undefined {
  if (!result.apiVersion || !result.kind) return undefined;
  return {
    apiVersion: result.apiVersion,
    kind: result.kind,
    name: result.name ?? '',
    namespace: result.namespace,
  };
}

/** Validates every YAML block of the site and names the manifests. */
export async function buildSiteManifests(root: string): Promise<SiteManifests> {
  const contentDir = resolve(root, 'content');
  const pending: Array<
    Omit<SiteManifest, 'id' | 'fileName' | 'path'> & { baseName: string; key: string }
  > = [];
  /** Where each file name the content gives explicitly was first given (`file:line`). */
  const givenNames = new Map<string, string>();
  const blocks = new Map<string, BlockReport>();
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  for (const chapter of chapterFiles(contentDir)) {
    const file = relative(root, chapter.file).replace(/\\/g, '/');
    const source = readFileSync(chapter.file, 'utf8');
    // The same validation the CLI runs: every YAML block, then the page-level lints.
    const result = await validateFileText(file, source);
    for (const { block, documents } of result.blocks) {
      const options = blockOptions(block);
      const last = block.line + block.source.split('\n').length - 1;
      const findings = result.findings.filter(
        (finding) => finding.file === file && finding.line >= block.line && finding.line <= last,
      );
      const blockErrors = findings.filter((finding) => finding.severity === 'error');
      const blockWarnings = findings.filter((finding) => finding.severity === 'warning');
      warnings.push(...blockWarnings);
      if (!options.expectErrors) errors.push(...blockErrors);
      const key = blockKey(file, codeOfBlock(source, block));
      if (options.fragment) {
        blocks.set(key, {
          type: 'fragment',
          fragment: options.fragment,
          file,
          line: block.line,
          findings,
        });
        continue;
      }
      const objects = documents.map(objectOf).filter((object) => object !== undefined);
      if (objects.length === 0) continue;
      const baseName = manifestBaseName({
        fileName: block.fileName,
        kind: objects[0]?.kind,
        name: objects[0]?.name,
      });
      if (block.fileName) {
        const first = givenNames.get(baseName.toLowerCase());
        if (first) errors.push(nameCollision(file, block.line, baseName, first));
        else givenNames.set(baseName.toLowerCase(), `${file}:${block.line}`);
      }
      pending.push({
        key,
        chapter: chapter.slug,
        chapterTitle: chapter.title,
        file,
        line: block.line,
        baseName,
        text: fileText(block.source),
        objects,
        warnings: blockWarnings,
        errors: options.expectErrors ? blockErrors : [],
        expectErrors: options.expectErrors ?? false,
      });
    }
  }
  const names = uniqueNames(pending.map((item) => item.baseName));
  const manifests = pending.map(({ key, baseName: _unused, ...item }, index) => {
    const fileName = names[index] ?? 'manifest.yaml';
    const manifest: SiteManifest = {
      ...item,
      id: `${item.chapter}/${fileName.replace(/\.yaml$/, '')}`,
      fileName,
      path: `manifests/${item.chapter}/${fileName}`,
    };
    blocks.set(key, { type: 'manifest', manifest });
    return manifest;
  });
  return { kubernetesVersion: KUBERNETES_VERSION, manifests, blocks, errors, warnings };
}

/**
 * Two blocks give the same download name (a `title="x.yaml"` or heredoc target): the second would
 * be served under another name than the one its block shows, so the build stops instead. Names
 * derived from kind and name are made unique (`-2`) without a word: the page shows those.
 */
function nameCollision(file: string, line: number, name: string, first: string): Finding {
  return {
    file,
    line,
    column: 1,
    severity: 'error',
    rule: 'manifest-name',
    ...describe({
      messageId: 'manifest-name.collision',
      hintId: 'manifest-name.collision.hint',
      data: { name, first },
    }),
  };
}

/**
 * The file a manifest downloads as: the block's YAML as the page shows it (Expressive Code drops
 * trailing spaces at line ends), ending in one newline.
 */
function fileText(source: string): string {
  return `${source
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '')}\n`;
}

/**
 * The code of the fence that holds a block, as Expressive Code receives it: for a heredoc the
 * whole shell block, for a YAML fence the YAML itself.
 */
function codeOfBlock(markdown: string, block: YamlBlock): string {
  if (block.origin === 'fence') return block.source;
  const lines = markdown.split('\n');
  // Walk back from the heredoc body to the opening fence, then forward to the closing one.
  let start = block.line - 1;
  while (start > 0 && !/^\s*(```|~~~)/.test(lines[start - 1] ?? '')) start--;
  let end = start;
  while (end < lines.length && !/^\s*(```|~~~)/.test(lines[end] ?? '')) end++;
  const indent = (lines[start - 1] ?? '').match(/^\s*/)?.[0].length ?? 0;
  return lines
    .slice(start, end)
    .map((line) => line.slice(Math.min(indent, line.match(/^\s*/)?.[0].length ?? 0)))
    .join('\n');
}

/** {@link buildSiteManifests}, computed once per project root and process. */
export const loadSiteManifests = oncePerRoot('site-manifests', buildSiteManifests);
