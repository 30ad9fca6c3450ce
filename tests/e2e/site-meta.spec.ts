import {
  baseUrlOf,
  expect,
  fetchOk,
  missingPageUrl,
  sitemapLocs,
  test,
  toServerUrl,
} from './support';

test('an unknown URL gets the Korean 404 page with status 404', async ({ page, baseURL }) => {
  const response = await page.goto(missingPageUrl(baseUrlOf(baseURL)));
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('h1').first()).toBeVisible();
  // The message itself is Korean, not an English fallback.
  await expect(page.locator('main')).toContainText(/[\uAC00-\uD7A3]{2}/);
});

test('the sitemap lists the pages under the configured site URL', async ({
  request,
  baseURL,
  siteUrl,
  basePath,
}) => {
  const base = baseUrlOf(baseURL);
  const publicBase = new URL(basePath, siteUrl).href;
  const index = sitemapLocs(await fetchOk(request, new URL('sitemap-index.xml', base).href));
  expect(index.length, 'sitemaps in sitemap-index.xml').toBeGreaterThan(0);
  for (const sitemap of index) expect(sitemap.startsWith(publicBase), sitemap).toBe(true);
  const first = index.find((loc) => loc.endsWith('/sitemap-0.xml'));
  expect(first, 'sitemap-index.xml points to sitemap-0.xml').toBeDefined();
  const locs = sitemapLocs(await fetchOk(request, toServerUrl(first as string, base)));
  expect(locs, 'the home page is listed').toContain(publicBase);
  expect(locs.length, 'pages besides the home page').toBeGreaterThan(1);
  for (const loc of locs) {
    expect(loc.startsWith(publicBase), `${loc} starts with ${publicBase}`).toBe(true);
    expect(loc, 'the 404 page is not listed').not.toMatch(/\/404(\.html)?\/?$/);
    expect((await request.get(toServerUrl(loc, base))).status(), `${loc} is served`).toBe(200);
  }
});
