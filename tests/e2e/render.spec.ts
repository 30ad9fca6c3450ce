import {
  PAGE_CONCURRENCY,
  baseUrlOf,
  expect,
  forEachLimit,
  listPages,
  loadPage,
  missingPageUrl,
  pathOf,
  test,
  watchPage,
} from './support';

test('every page renders without console errors or failed requests', async ({
  context,
  request,
  baseURL,
}) => {
  const pages = await listPages(request, baseUrlOf(baseURL));
  test.setTimeout(30_000 + pages.length * 5_000);
  // The not-found page is not in the sitemap but is a page readers see.
  const targets = [
    ...pages.map((url) => ({ url, status: 200 })),
    { url: missingPageUrl(baseUrlOf(baseURL)), status: 404 },
  ];
  const problems: string[] = [];
  await forEachLimit(targets, PAGE_CONCURRENCY, async ({ url, status }) => {
    const page = await context.newPage();
    const stop = watchPage(page, { documentStatus: status });
    await loadPage(page, url);
    await expect(page.locator('h1').first(), `${pathOf(url)} has a heading`).toBeVisible();
    problems.push(...stop().map((problem) => `${pathOf(url)}: ${problem}`));
    await page.close();
  });
  expect(problems, `${targets.length} pages checked`).toEqual([]);
});
