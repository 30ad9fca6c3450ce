import {
  baseUrlOf,
  expect,
  listPages,
  pickSearchWord,
  searchWithShortcut,
  test,
  watchPage,
} from './support';

test('Ctrl+K opens search, which finds a Korean word and leads to the page', async ({
  page,
  request,
  baseURL,
}) => {
  const base = baseUrlOf(baseURL);
  const pages = await listPages(request, base);
  const word = await pickSearchWord(request, pages);
  const stop = watchPage(page);
  await page.goto(base, { waitUntil: 'load' });
  const links = await searchWithShortcut(page, word);
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((a) => (a as HTMLAnchorElement).href),
  );
  const sitePaths = new Set(pages.map((url) => new URL(url).pathname));
  for (const href of hrefs) {
    expect(sitePaths, `result ${href} is a page of the site`).toContain(new URL(href).pathname);
  }
  const first = new URL(hrefs[0] as string);
  await links.first().click();
  await expect(page).toHaveURL((url) => url.pathname === first.pathname);
  await expect(page.locator('h1').first()).toBeVisible();
  // The result page contains the word (Pagefind matches prefixes, so look for it as a prefix).
  await expect(page.locator('main')).toContainText(word);
  expect(stop(), 'errors while searching').toEqual([]);
});
