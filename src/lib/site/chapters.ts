/** The parts of the site, in reading order, keyed by the content folder that holds them. */
export const PARTS = [
  { id: 'docker', label: '도커' },
  { id: 'kubernetes', label: '쿠버네티스 기초' },
  { id: 'workloads', label: '워크로드' },
  { id: 'cluster', label: '클러스터' },
] as const;

/** The fields of a docs entry that a chapter listing needs. */
export interface ChapterInfo {
  id: string;
  title: string;
  description?: string | undefined;
  order?: number | undefined;
}

/** A part with its chapters in sidebar order. */
export interface PartWithChapters<T extends ChapterInfo = ChapterInfo> {
  id: string;
  label: string;
  chapters: T[];
}

/** Groups chapters (`docker/commands`, ...) into their parts, ordered like the sidebar. */
export function groupChapters<T extends ChapterInfo>(entries: T[]): PartWithChapters<T>[] {
  return PARTS.map((part) => ({
    id: part.id,
    label: part.label,
    chapters: entries
      .filter((entry) => entry.id.startsWith(`${part.id}/`))
      .sort(
        (a, b) =>
          (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
          a.id.localeCompare(b.id),
      ),
  })).filter((part) => part.chapters.length > 0);
}
