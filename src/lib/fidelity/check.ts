import type { NotesLine } from './normalize';

/** A chapter and the line ranges of the notes it carries (from its frontmatter). */
export interface ChapterSource {
  slug: string;
  ranges: Array<[number, number]>;
}

/** A line of the notes that is not where it should be. */
export interface FidelityProblem {
  line: number;
  slug: string;
  text: string;
  problem: 'missing' | 'out-of-order' | 'unassigned';
}

/**
 * Checks that every line of the notes is on its chapter's page, in the notes' order, except the
 * lines a correction replaced. `pages` maps a chapter slug to its page text (canonical form).
 */
export function checkFidelity(
  lines: NotesLine[],
  chapters: ChapterSource[],
  pages: Map<string, string>,
  corrected: Set<number>,
): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  const cursor = new Map<string, number>();
  const chapterOf = (line: number) =>
    chapters.find((chapter) => chapter.ranges.some(([from, to]) => line >= from && line <= to));
  for (const { line, text } of lines) {
    if (corrected.has(line)) continue;
    const chapter = chapterOf(line);
    if (!chapter) {
      problems.push({ line, slug: '', text, problem: 'unassigned' });
      continue;
    }
    const page = pages.get(chapter.slug) ?? '';
    const from = cursor.get(chapter.slug) ?? 0;
    const at = page.indexOf(text, from);
    if (at >= 0) {
      cursor.set(chapter.slug, at + text.length);
    } else {
      const problem = page.includes(text) ? 'out-of-order' : 'missing';
      problems.push({ line, slug: chapter.slug, text, problem });
    }
  }
  return problems;
}

/** Lines of the notes that no chapter or more than one chapter claims. */
export function coverageProblems(total: number, chapters: ChapterSource[]): string[] {
  const owners = new Array<string[]>(total + 1).fill([]).map(() => [] as string[]);
  for (const chapter of chapters) {
    for (const [from, to] of chapter.ranges) {
      for (let line = from; line <= to; line++) owners[line]?.push(chapter.slug);
    }
  }
  const problems: string[] = [];
  for (let line = 1; line <= total; line++) {
    const claimed = owners[line] ?? [];
    if (claimed.length !== 1) {
      problems.push(`line ${line}: claimed by ${claimed.length ? claimed.join(', ') : 'no chapter'}`);
    }
  }
  return problems;
}
