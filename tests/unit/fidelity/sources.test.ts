import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageProblems } from '../../../src/lib/fidelity/check';
import { readChapterSources, readCorrections } from '../../../src/lib/fidelity/sources';

const notes = readFileSync('tests/fixtures/notes.md', 'utf8').replace(/\n$/, '').split('\n');
const chapters = readChapterSources('content');
const corrections = readCorrections('content/_data/corrections.yaml');

describe('content sources', () => {
  it('assigns every line of the notes to exactly one chapter', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(16);
    expect(coverageProblems(notes.length, chapters)).toEqual([]);
  });

  it('quotes each corrected passage of the notes verbatim', () => {
    expect(corrections.length).toBeGreaterThan(0);
    for (const { id, lines, original } of corrections) {
      const [from, to] = lines;
      const quoted = notes
        .slice(from - 1, to)
        .map((line) => line.trimEnd())
        .join('\n');
      expect(original, `${id}: original must equal notes lines ${from}-${to}`).toBe(quoted);
    }
  });

  it('names an existing chapter and a unique id in each correction', () => {
    const slugs = new Set(chapters.map((chapter) => chapter.slug));
    const ids = corrections.map((correction) => correction.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id, page, why } of corrections) {
      expect(slugs.has(page), `${id}: unknown page ${page}`).toBe(true);
      expect(why.length, `${id}: give a reason`).toBeGreaterThan(0);
    }
  });

  it('places each correction in the chapter that carries its lines', () => {
    for (const { id, page, lines } of corrections) {
      const owner = chapters.find((chapter) =>
        chapter.ranges.some(([from, to]) => lines[0] >= from && lines[1] <= to),
      );
      expect(owner?.slug, `${id}: lines ${lines.join('-')}`).toBe(page);
    }
  });
});
