import { readFileSync } from 'node:fs';
import { checkFidelity } from '../../src/lib/fidelity/check';
import { canonical, notesLines, proseText } from '../../src/lib/fidelity/normalize';
import { pageText } from '../../src/lib/fidelity/page-text';
import {
  correctedLines,
  readChapterSources,
  readCorrections,
} from '../../src/lib/fidelity/sources';
import { baseUrlOf, expect, fetchOk, test } from './support';

const notes = readFileSync('tests/fixtures/notes.md', 'utf8');
const chapters = readChapterSources('content');
const corrections = readCorrections('content/_data/corrections.yaml');

/** The canonical main text of every chapter page of the built site, by slug. */
async function chapterTexts(
  request: Parameters<typeof fetchOk>[0],
  baseURL: string | undefined,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const { slug } of chapters) {
    const html = await fetchOk(request, new URL(`${slug}/`, baseUrlOf(baseURL)).href);
    texts.set(slug, pageText(html));
  }
  return texts;
}

test.describe('fidelity to the original notes', () => {
  test('every line of the notes is on its chapter page, in order', async ({
    request,
    baseURL,
  }) => {
    const pages = await chapterTexts(request, baseURL);
    const problems = checkFidelity(notesLines(notes), chapters, pages, correctedLines(corrections));
    const report = problems.map((p) => `notes:${p.line} [${p.problem}] ${p.slug}: ${p.text}`);
    expect(report, 'lines of the notes not found on the site').toEqual([]);
  });

  test('each correction is shown on its page and listed on the corrections page', async ({
    request,
    baseURL,
  }) => {
    const pages = await chapterTexts(request, baseURL);
    const listing = pageText(await fetchOk(request, new URL('corrections/', baseUrlOf(baseURL)).href));
    const missing: string[] = [];
    for (const { id, page, corrected, original, lang } of corrections) {
      const text = pages.get(page) ?? '';
      for (const line of corrected.split('\n')) {
        const expected = lang === 'text' ? proseText(line) : canonical(line);
        if (expected && !text.includes(expected)) missing.push(`${id} on ${page}: ${expected}`);
      }
      for (const line of original.split('\n')) {
        const quoted = canonical(line);
        if (quoted && !listing.includes(quoted)) missing.push(`${id} on corrections page: ${quoted}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
