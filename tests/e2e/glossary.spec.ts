import { baseUrlOf, expect, searchWithShortcut, test, watchPage } from './support';

test('the jump bar of 용어집 moves to the terms of a consonant', async ({ page, baseURL }) => {
  const base = baseUrlOf(baseURL);
  const stop = watchPage(page);
  await page.goto(new URL('glossary/', base).href, { waitUntil: 'load' });
  const bar = page.getByRole('navigation', { name: '자음으로 이동' });
  await bar.getByRole('link', { name: 'ㄹ', exact: true }).click();
  await expect(page).toHaveURL(/#initial-r$/);
  const section = page.locator('section.glossary-initial', { has: page.locator('#initial-r') });
  await expect(page.locator('#initial-r')).toBeInViewport();
  await expect(section.locator('h3#replicaset')).toContainText('레플리카셋');
  await expect(section.locator('h3#replicaset')).toContainText('ReplicaSet');
  // A consonant no term starts with is shown, but is no link.
  const links = await bar.getByRole('link').count();
  const stops = await bar.locator('li').count();
  expect(links).toBeGreaterThan(10);
  expect(links).toBeLessThanOrEqual(stops);
  expect(stop(), 'errors on the glossary page').toEqual([]);
});

test('a first mention leads to its entry, which leads back to it', async ({ page, baseURL }) => {
  const base = baseUrlOf(baseURL);
  await page.goto(new URL('workloads/replicasets/', base).href, { waitUntil: 'load' });
  // The chapter first writes it "Replica Set": that mention is the one linked.
  const mention = page.locator('main a.gl-term[href$="/glossary/#replicaset"]');
  await expect(mention).toHaveCount(1);
  await mention.click();
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/glossary/') && url.hash === '#replicaset');
  const entry = page.locator('section.glossary-entry', { has: page.locator('h3#replicaset') });
  await expect(entry.locator('h3')).toBeInViewport();
  const back = entry.getByRole('link', { name: '레플리케이션 컨트롤러와 레플리카셋' });
  await back.click();
  await expect(page).toHaveURL((url) => url.hash === '#gl-replicaset');
  await expect(page.locator('#gl-replicaset')).toBeInViewport();
});

test('the tooltip of a first mention shows on keyboard focus and Esc hides it', async ({
  page,
  baseURL,
}) => {
  const base = baseUrlOf(baseURL);
  await page.goto(new URL('workloads/pods/', base).href, { waitUntil: 'load' });
  const first = page.locator('main a.gl-term').first();
  const tip = page.locator(`#${await first.getAttribute('aria-describedby')}`);
  await expect(tip).toBeHidden();
  // Reach the link with the keyboard: focus what is just before it, then Tab.
  await first.evaluate((link) => {
    const before = document.createElement('button');
    before.textContent = 'start';
    link.parentElement?.before(before);
    before.focus();
  });
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(first).toHaveAccessibleDescription((await tip.textContent()) ?? 'x');
  expect((await tip.textContent())?.length ?? 0).toBeGreaterThan(10);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(tip).toBeVisible();
});

test('every chapter ends with 공식 문서 더 읽기', async ({ page, baseURL }) => {
  const base = baseUrlOf(baseURL);
  await page.goto(new URL('workloads/probes/', base).href, { waitUntil: 'load' });
  const heading = page.getByRole('heading', { name: '공식 문서 더 읽기', level: 2 });
  await expect(heading).toBeVisible();
  const links = page.locator(
    'xpath=//main//*[h2[text()="공식 문서 더 읽기"]]/following-sibling::ul[1]//a',
  );
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    expect(href).toMatch(/^https:\/\/(kubernetes\.io\/ko\/docs|kubernetes\.io\/docs|docs\.docker\.com)\//);
  }
  // Nothing comes after it but the page footer.
  const last = await page.locator('.sl-markdown-content > :last-child').evaluate((el) => el.tagName);
  expect(last).toBe('UL');
});

test('searching an English term lists its glossary entry', async ({ page, baseURL }) => {
  const base = baseUrlOf(baseURL);
  await page.goto(base, { waitUntil: 'load' });
  const links = await searchWithShortcut(page, 'ReplicaSet');
  const dialog = page.locator('site-search dialog');
  const entry = dialog.locator('a[href*="/glossary/#replicaset"]');
  await expect(entry.first()).toBeVisible({ timeout: 10_000 });
  expect(await links.count()).toBeGreaterThan(0);
});
