import {
  LinkChecker,
  PAGE_CONCURRENCY,
  anchorsOf,
  baseUrlOf,
  expect,
  forEachLimit,
  listPages,
  missingPageUrl,
  sameOriginLinks,
  test,
} from './support';

test('every internal link and #fragment resolves', async ({ context, page, request, baseURL }) => {
  const pages = await listPages(request, baseUrlOf(baseURL));
  test.setTimeout(30_000 + pages.length * 10_000);
  const checker = new LinkChecker(request, page);
  const problems: string[] = [];
  let checked = 0;
  await forEachLimit(
    [...pages, missingPageUrl(baseUrlOf(baseURL))],
    PAGE_CONCURRENCY,
    async (url) => {
      const tab = await context.newPage();
      // Scripts may add links (e.g. the table of contents), so read links from the live DOM.
      await tab.goto(url, { waitUntil: 'load' });
      const links = await sameOriginLinks(tab);
      const anchors = await anchorsOf(tab);
      await tab.close();
      expect(links.length, `${url} has internal links`).toBeGreaterThan(0);
      for (const { raw, url: target } of links) {
        checked++;
        const problem = await checker.check(url, raw, target, anchors);
        if (problem) problems.push(problem);
      }
    },
  );
  expect([...new Set(problems)], `${checked} links on ${pages.length + 1} pages`).toEqual([]);
});
