import { chapterAppearances } from './appearances';

/** A chapter, as the glossary page needs it. */
export interface ChapterSource {
  /** `workloads/replicasets`: the part is the first folder. */
  slug: string;
  title: string;
  /** The chapter's MDX text. */
  source: string;
}

/** Where an entry appears: a chapter and the anchor of the first appearance there. */
export interface ChapterLink {
  slug: string;
  title: string;
  anchor: string | undefined;
  /** Whether the anchor is the linked first mention (else the section holding it). */
  linked: boolean;
}

/** For every entry id, the chapters it appears in, in reading order (`chapters`' order). */
export function chaptersByEntry(
  chapters: readonly ChapterSource[],
): Map<string, ChapterLink[]> {
  const byEntry = new Map<string, ChapterLink[]>();
  for (const chapter of chapters) {
    const part = chapter.slug.split('/')[0] as string;
    for (const { id, anchor, linked } of chapterAppearances(chapter.source, part)) {
      const links = byEntry.get(id) ?? [];
      links.push({ slug: chapter.slug, title: chapter.title, anchor, linked });
      byEntry.set(id, links);
    }
  }
  return byEntry;
}
