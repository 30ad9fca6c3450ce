import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriOfficialDocs } from '../../../src/integrations/satteri-official-docs';
import { chapterFiles } from '../../../src/integrations/manifests/site-manifests';
import { GLOSSARY_ENTRIES } from '../../../src/lib/glossary/index';
import { CHAPTER_READING } from '../../../src/lib/official-docs/chapters';
import {
  CHECKED_PAGES,
  checkedPage,
  isCheckedSite,
  isKorean,
} from '../../../src/lib/official-docs/pages';

/** Every file of the site's content and pages, where a link may be written. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml|astro|ts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every URL of a checked site written in a file, with its line. */
function linksIn(file: string): Array<{ url: string; where: string }> {
  const found: Array<{ url: string; where: string }> = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      for (const match of line.matchAll(/https?:\/\/[^\s)\]"'`<>]+/g)) {
        const url = match[0].replace(/[.,;:]+$/, '');
        if (isCheckedSite(url)) found.push({ url, where: `${file}:${index + 1}` });
      }
    });
  return found;
}

describe('official documentation links', () => {
  it('links only pages recorded in checked-pages.json, from content, pages and data', () => {
    const files = [...sourceFiles('content'), ...sourceFiles('src/pages')];
    const links = files.flatMap(linksIn);
    expect(links.length).toBeGreaterThan(0);
    const unchecked = links.filter((link) => !checkedPage(link.url));
    expect(unchecked.map((link) => `${link.where} ${link.url}`)).toEqual([]);
  });

  it('ends every chapter with recorded pages, Korean ones where kubernetes.io has them', () => {
    for (const chapter of chapterFiles('content')) {
      const urls = CHAPTER_READING[chapter.slug] ?? [];
      expect(urls.length, chapter.slug).toBeGreaterThan(0);
      for (const url of urls) {
        expect(checkedPage(url), `${chapter.slug}: ${url}`).toBeDefined();
        if (new URL(url).hostname === 'kubernetes.io' && !isKorean(url)) {
          expect(checkedPage(url)?.file, url).toMatch(/^content\/en\//);
        }
      }
    }
    expect(Object.keys(CHAPTER_READING).sort()).toEqual(
      chapterFiles('content').map((chapter) => chapter.slug).sort(),
    );
  });

  it('records for each page the file and commit it was checked against', () => {
    for (const [url, page] of CHECKED_PAGES) {
      expect(page.commit, url).toMatch(/^[0-9a-f]{40}$/);
      expect(page.title.trim(), url).not.toBe('');
      const { hostname, pathname } = new URL(url);
      if (hostname === 'kubernetes.io') {
        const lang = isKorean(url) ? 'ko' : 'en';
        const path = pathname.replace(/^\/ko\//, '/').replace(/^\/docs\//, '').replace(/\/$/, '');
        expect([`content/${lang}/docs/${path}.md`, `content/${lang}/docs/${path}/_index.md`]).toContain(
          page.file,
        );
      }
    }
  });

  it('checks the glossary pages and would refuse an unrecorded one', () => {
    for (const entry of GLOSSARY_ENTRIES) {
      if (entry.docs) expect(checkedPage(entry.docs), entry.id).toBeDefined();
    }
    expect(checkedPage('https://kubernetes.io/ko/docs/concepts/not-a-page/')).toBeUndefined();
    expect(checkedPage('http://kubernetes.io/ko/docs/concepts/workloads/pods#x')).toBeDefined();
  });
});

describe('satteriOfficialDocs', () => {
  /** Compiles a chapter of `part/name` with the given reading lists; returns the error thrown. */
  async function errorFor(reading: Record<string, string[]>): Promise<unknown> {
    try {
      await mdxToJs('# 제목\n\n본문.\n', {
        mdastPlugins: [satteriOfficialDocs(reading)],
        fileURL: pathToFileURL(resolve('content/workloads/probes.mdx')),
      });
    } catch (error) {
      return error;
    }
    return undefined;
  }

  it('fails the build at the reading list for a page nobody recorded as checked', async () => {
    const written = `${CHAPTER_READING['workloads/probes']?.[0]}`;
    const unchecked = written.replace(/\/$/, '-unchecked/');
    const error = await errorFor({ 'workloads/probes': [unchecked] });
    expect(error).toBeInstanceOf(AstroError);
    expect((error as AstroError).message).toContain(unchecked);
    expect((error as AstroError).message).toContain('content/workloads/probes.mdx');
    expect((error as AstroError).message).toMatch(/^src\/lib\/official-docs\/chapters\.ts/);
    expect((error as AstroError).hint).toMatch(/checked-pages\.json/);
  });

  it('builds the chapter when every page of its list is recorded', async () => {
    expect(await errorFor({ 'workloads/probes': [...(CHAPTER_READING['workloads/probes'] ?? [])] }))
      .toBeUndefined();
  });
});
