import {
  LinkChecker,
  anchorsOf,
  baseUrlOf,
  expect,
  listPages,
  loadPage,
  pathOf,
  pickSearchWord,
  referencedResources,
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
  // Soft assertions: one run reports every problem of both pages.
  for (const url of [base, chapter as string]) {
    const where = pathOf(url);
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
    tab.on('request', (sent) => requested.push(sent.url()));
    const busy = await loadPage(tab, url);
    await expect(tab.locator('h1').first()).toBeVisible();
    expect.soft([...stop(), ...busy], `${where} loads cleanly`).toEqual([]);
    const loaded = assets.join(', ');
    expect.soft(assets.some((a) => a.startsWith(`stylesheet ${basePath}`)), loaded).toBe(true);
    expect.soft(assets.some((a) => a.startsWith(`script ${basePath}`)), loaded).toBe(true);
    const origin = new URL(base).origin;
    const outside = requested.filter(
      (r) => new URL(r).origin === origin && !new URL(r).pathname.startsWith(basePath),
    );
    expect.soft(outside, `${where} requests nothing outside ${basePath}`).toEqual([]);
    // Starlight's stylesheet is applied (its custom properties exist on the root element).
    const navHeight = await tab.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--sl-nav-height').trim(),
    );
    expect.soft(navHeight, `${where}: Starlight CSS is applied`).not.toBe('');
    const resources = await referencedResources(tab);
    const links = await sameOriginLinks(tab);
    const anchors = await anchorsOf(tab);
    await tab.close();
    expect.soft(links.length, `${where} has internal links`).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const resource of resources) {
      if (!new URL(resource).pathname.startsWith(basePath)) {
        problems.push(`${where}: refers to ${pathOf(resource)}, outside ${basePath}`);
      }
      const code = await checker.status(resource);
      if (code !== 200) problems.push(`${where}: HTTP ${code} for ${pathOf(resource)}`);
    }
    for (const { raw, url: target } of links) {
      if (!new URL(target).pathname.startsWith(basePath)) {
        problems.push(`${where}: link "${raw}" leaves ${basePath}`);
      }
      const problem = await checker.check(url, raw, target, anchors);
      if (problem) problems.push(problem);
    }
    expect.soft(problems, `${where}: resources and links`).toEqual([]);
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
