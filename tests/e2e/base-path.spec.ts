import {
  LinkChecker,
  baseUrlOf,
  expect,
  listPages,
  pathOf,
  pickSearchWord,
  sameOriginLinks,
  searchWithShortcut,
  test,
  watchPage,
} from './support';

test.beforeEach(({ basePath }) => {
  expect(basePath, 'this file runs in the base-path project only').not.toBe('/');
});

test('home and a chapter page load with their assets and links under the base path', async ({
  context,
  page,
  request,
  baseURL,
  basePath,
}) => {
  const base = baseUrlOf(baseURL);
  const pages = await listPages(request, base);
  const chapter = pages.find((url) => new URL(url).pathname.slice(basePath.length) !== '');
  expect(chapter, 'a chapter page in the sitemap').toBeDefined();
  const checker = new LinkChecker(request, page);
  for (const url of [base, chapter as string]) {
    const tab = await context.newPage();
    const stop = watchPage(tab);
    const assets: string[] = [];
    tab.on('response', (response) => {
      const type = response.request().resourceType();
      if ((type === 'stylesheet' || type === 'script') && response.status() === 200) {
        assets.push(`${type} ${new URL(response.url()).pathname}`);
      }
    });
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(request.url()));
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForLoadState('networkidle');
    await expect(tab.locator('h1').first()).toBeVisible();
    expect(stop(), `${pathOf(url)} loads cleanly`).toEqual([]);
    expect(assets.some((a) => a.startsWith(`stylesheet ${basePath}`)), assets.join()).toBe(true);
    expect(assets.some((a) => a.startsWith(`script ${basePath}`)), assets.join()).toBe(true);
    const origin = new URL(base).origin;
    const outside = requested.filter(
      (r) => new URL(r).origin === origin && !new URL(r).pathname.startsWith(basePath),
    );
    expect(outside, `${pathOf(url)} requests nothing outside ${basePath}`).toEqual([]);
    // Starlight's stylesheet is applied (its custom properties exist on the root element).
    const navHeight = await tab.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--sl-nav-height').trim(),
    );
    expect(navHeight, 'Starlight CSS is applied').not.toBe('');
    const links = await sameOriginLinks(tab);
    await tab.close();
    expect(links.length, `${pathOf(url)} has internal links`).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { raw, url: target } of links) {
      if (!new URL(target).pathname.startsWith(basePath)) {
        problems.push(`${pathOf(url)}: link "${raw}" leaves ${basePath}`);
      }
      const problem = await checker.check(url, raw, target);
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
  }
});

test('search results link under the base path', async ({ page, request, baseURL, basePath }) => {
  const base = baseUrlOf(baseURL);
  const word = await pickSearchWord(request, await listPages(request, base));
  const stop = watchPage(page);
  await page.goto(base, { waitUntil: 'load' });
  const links = await searchWithShortcut(page, word);
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((a) => a.getAttribute('href') ?? ''),
  );
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href, 'result link').toMatch(new RegExp(`^${basePath}`));
  const first = new URL(hrefs[0] as string, base);
  await links.first().click();
  await expect(page).toHaveURL((url) => url.pathname === first.pathname);
  await expect(page.locator('h1').first()).toBeVisible();
  expect(stop(), 'errors while searching').toEqual([]);
});
