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

/**
 * Query shapes from issue 5, each with the chapter it must find among the first results: a
 * particle, a compound typed without its space, the other spelling of a loanword, English, a
 * flag. The full query set and its figures are in `npm run bench:search`.
 */
const KOREAN_QUERIES: readonly (readonly [string, string])[] = [
  ['레플리카셋이란', 'workloads/replicasets/'],
  ['롤링업데이트', 'workloads/deployments/'],
  ['프라이빗 레지스트리', 'docker/registry/'],
  ['라벨 셀렉터', 'workloads/labels/'],
  ['rollback', 'workloads/deployments/'],
  ['--to-revision', 'workloads/deployments/'],
];

/** How many result titles count as "the first results". */
const FIRST_RESULTS = 5;

for (const [query, chapter] of KOREAN_QUERIES) {
  test(`search for "${query}" finds ${chapter}`, async ({ page, baseURL }) => {
    const base = baseUrlOf(baseURL);
    const stop = watchPage(page);
    await page.goto(base, { waitUntil: 'load' });
    const links = await searchWithShortcut(page, query);
    const want = new URL(chapter, base).pathname;
    // Results appear as Pagefind loads fragments; wait until the expected one is among them.
    await expect(async () => {
      const paths = await links.evaluateAll((anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(paths.slice(0, FIRST_RESULTS)).toContain(want);
    }).toPass({ timeout: 10_000 });
    expect(stop(), 'errors while searching').toEqual([]);
  });
}

test('the part filter narrows results to one part of the notes', async ({ page, baseURL }) => {
  const base = baseUrlOf(baseURL);
  await page.goto(base, { waitUntil: 'load' });
  // 컨테이너 is in both parts, so the filter has something to remove.
  const links = await searchWithShortcut(page, '컨테이너');
  const paths = (): Promise<string[]> =>
    links.evaluateAll((anchors) =>
      anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
  const docker = new URL('docker/', base).pathname;
  await expect.poll(async () => (await paths()).some((p) => !p.startsWith(docker))).toBe(true);
  const dialog = page.locator('site-search dialog');
  const panel = dialog.locator('.pagefind-ui__filter-panel');
  await expect(panel).toContainText('분류');
  const group = panel.locator('details.pagefind-ui__filter-block', { hasText: '분류' });
  if (!(await group.evaluate((d: HTMLDetailsElement) => d.open))) {
    await group.locator('summary').click();
  }
  await group.getByLabel(/^도커/).check();
  await expect
    .poll(async () => {
      const now = await paths();
      return now.length > 0 && now.every((p) => p.startsWith(docker));
    })
    .toBe(true);
});

/**
 * Issue 12: a part of a word finds the word, and a command query puts the chapter that teaches
 * it first (the full query set and its figures: `npm run bench:search`).
 */
for (const [query, chapter] of [
  ['플리카', 'workloads/replicasets/'],
  ['kubectl rollout undo', 'workloads/deployments/'],
] as const) {
  test(`search for "${query}" puts ${chapter} first`, async ({ page, baseURL }) => {
    const base = baseUrlOf(baseURL);
    await page.goto(base, { waitUntil: 'load' });
    const links = await searchWithShortcut(page, query);
    const want = new URL(chapter, base).pathname;
    await expect
      .poll(async () => new URL((await links.first().getAttribute('href')) ?? '', base).pathname)
      .toBe(want);
  });
}
