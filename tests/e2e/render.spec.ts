import {
  LinkChecker,
  PAGE_CONCURRENCY,
  baseUrlOf,
  expect,
  forEachLimit,
  listPages,
  loadPage,
  missingPageUrl,
  pathOf,
  referencedResources,
  test,
  watchPage,
} from './support';

test('every page renders without console errors or failed requests', async ({
  context,
  page: parser,
  request,
  baseURL,
}) => {
  const pages = await listPages(request, baseUrlOf(baseURL));
  test.setTimeout(30_000 + pages.length * 20_000);
  // The not-found page is not in the sitemap but is a page readers see.
  const targets = [
    ...pages.map((url) => ({ url, status: 200 })),
    { url: missingPageUrl(baseUrlOf(baseURL)), status: 404 },
  ];
  const resources = new LinkChecker(request, parser);
  const problems: string[] = [];
  /** Broken referenced resources, with the pages that refer to them. */
  const broken = new Map<string, string[]>();
  await forEachLimit(targets, PAGE_CONCURRENCY, async ({ url, status }) => {
    const page = await context.newPage();
    const stop = watchPage(page, { documentStatus: status });
    const busy = await loadPage(page, url);
    await expect(page.locator('h1').first(), `${pathOf(url)} has a heading`).toBeVisible();
    problems.push(...[...stop(), ...busy].map((problem) => `${pathOf(url)}: ${problem}`));
    for (const resource of await referencedResources(page)) {
      const code = await resources.status(resource);
      if (code === 200) continue;
      const key = `HTTP ${code} for ${pathOf(resource)}, referenced by`;
      broken.set(key, [...(broken.get(key) ?? []), pathOf(url)]);
    }
    await page.close();
  });
  for (const [key, from] of broken) {
    problems.push(`${key} ${from.length} page(s): ${from.slice(0, 3).join(', ')}`);
  }
  expect(problems, `${targets.length} pages checked`).toEqual([]);
});
