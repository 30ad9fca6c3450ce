/**
 * The shell blocks of the whole site, checked once: the build step reports their findings and
 * the command sheet (명령어 모음) lists their commands, so the sheet shows what the pages show.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Finding } from '../../lib/k8s/types';
import { checkShellText, reportedFindings, type CheckedBlock } from '../../lib/shell/check-blocks';
import { blockKey, chapterFiles } from '../manifests/site-manifests';
import { oncePerRoot } from '../process-cache';

/** A chapter's checked shell blocks. */
export interface ChapterCommands {
  slug: string;
  title: string;
  file: string;
  blocks: CheckedBlock[];
}

/** Every chapter's shell blocks and the findings that matter for the build. */
export interface SiteCommands {
  chapters: ChapterCommands[];
  errors: Finding[];
  warnings: Finding[];
  /** Milliseconds the check took (for the build log and the benchmark). */
  elapsed: number;
  /**
   * Anchor ids and check results keyed by `blockKey(file, code)`; a page that shows the same
   * command twice has one entry per block, in page order.
   */
  blocks: Map<string, Array<{ id: string; checked: CheckedBlock }>>;
}

/** The id of a shell block on its page: `cmd-workloads-labels-3` (1-based, page order). */
export function commandAnchor(slug: string, shellIndex: number): string {
  return `cmd-${slug.replace(/\//g, '-')}-${shellIndex + 1}`;
}

/** Checks every shell block of the chapters under `root/content`. */
export function buildSiteCommands(root: string): SiteCommands {
  const started = performance.now();
  const chapters = chapterFiles(resolve(root, 'content')).map((chapter) => {
    const file = relative(root, chapter.file).replace(/\\/g, '/');
    const blocks = checkShellText(file, readFileSync(chapter.file, 'utf8'));
    return { slug: chapter.slug, title: chapter.title, file, blocks };
  });
  const findings = reportedFindings(chapters.flatMap((chapter) => chapter.blocks));
  const blocks = new Map<string, Array<{ id: string; checked: CheckedBlock }>>();
  for (const chapter of chapters) {
    for (const checked of chapter.blocks) {
      const id = commandAnchor(chapter.slug, checked.block.shellIndex);
      const key = blockKey(chapter.file, checked.block.code);
      blocks.set(key, [...(blocks.get(key) ?? []), { id, checked }]);
    }
  }
  return {
    blocks,
    chapters,
    errors: findings.filter((finding) => finding.severity === 'error'),
    warnings: findings.filter((finding) => finding.severity === 'warning'),
    elapsed: performance.now() - started,
  };
}

/** {@link buildSiteCommands}, computed once per project root and process. */
export const loadSiteCommands = oncePerRoot('site-commands', buildSiteCommands);
