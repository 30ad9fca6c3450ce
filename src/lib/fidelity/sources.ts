import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ChapterSource } from './check';

/** One entry of `content/_data/corrections.yaml`. */
export interface Correction {
  id: string;
  page: string;
  lines: [number, number];
  original: string;
  corrected: string;
  lang?: string;
  why: string;
}

/** Every `.md`/`.mdx` file under a folder, skipping `_`-prefixed files and folders. */
function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('_')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** Reads the `notes:` line ranges from the frontmatter of every chapter under `contentDir`. */
export function readChapterSources(contentDir: string): ChapterSource[] {
  return contentFiles(contentDir).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const match = /^---\n([\s\S]*?)\n---/.exec(source);
    const data = match ? (parse(match[1] ?? '') as { notes?: Array<[number, number]> }) : {};
    if (!data?.notes) return [];
    const slug = relative(contentDir, file).replace(/\\/g, '/').replace(/\.mdx?$/, '');
    return [{ slug, ranges: data.notes }];
  });
}

/** Reads the corrections file. */
export function readCorrections(file: string): Correction[] {
  return parse(readFileSync(file, 'utf8')) as Correction[];
}

/** The set of notes line numbers that corrections replace. */
export function correctedLines(corrections: Correction[]): Set<number> {
  const lines = new Set<number>();
  for (const { lines: [from, to] } of corrections) {
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return lines;
}
