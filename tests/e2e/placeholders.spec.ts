import { baseUrlOf, expect, test } from './support';
import type { Locator, Page } from '@playwright/test';

/** The chapter with `kubectl describe pod {pod 이름}` and other uses of `{pod 이름}`. */
const CHAPTER = 'kubernetes/kubectl/';
const PLACEHOLDER = '{pod 이름}';

/** The shell block holding exactly `kubectl describe pod {pod 이름}`. */
function describeBlock(page: Page): Locator {
  return page
    .locator('.expressive-code', { hasText: 'kubectl describe pod' })
    .filter({ has: page.locator(`input[placeholder="${PLACEHOLDER}"]`) })
    .first();
}

/** Clicks the block's copy button and returns what reached the clipboard. */
async function copy(page: Page, block: Locator): Promise<string> {
  const sentinel = '\u2063placeholder-sentinel\u2063';
  await page.evaluate((text) => navigator.clipboard.writeText(text), sentinel);
  await block.locator('.copy button').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(sentinel);
  return page.evaluate(() => navigator.clipboard.readText());
}

test('a typed placeholder value fills the commands, is copied, persists and resets', async ({
  context,
  page,
  baseURL,
}) => {
  const base = baseUrlOf(baseURL);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(base).origin,
  });
  await page.goto(new URL(CHAPTER, base).href);
  const block = describeBlock(page);
  const input = block.getByRole('textbox', { name: 'pod 이름 입력' });
  await expect(input).toBeVisible();
  await expect(input).toHaveValue('');

  // Nothing typed: the placeholder is copied as shown.
  expect(await copy(page, block)).toBe(`kubectl describe pod ${PLACEHOLDER}`);

  await input.fill('web-7d4b9');
  expect(await copy(page, block)).toBe('kubectl describe pod web-7d4b9');
  // Every occurrence of the same placeholder on the page shows the value.
  const all = page.locator(`input[placeholder="${PLACEHOLDER}"]`);
  expect(await all.count()).toBeGreaterThan(1);
  for (const other of await all.all()) await expect(other).toHaveValue('web-7d4b9');
  const annotate = page.locator('.expressive-code', { hasText: 'kubectl annotate pod' }).first();
  await annotate.getByRole('textbox', { name: 'key 입력' }).fill('team');
  expect(await copy(page, annotate)).toBe('kubectl annotate pod web-7d4b9 team={value}');

  await page.reload();
  await expect(describeBlock(page).getByRole('textbox', { name: 'pod 이름 입력' })).toHaveValue(
    'web-7d4b9',
  );
  expect(await copy(page, describeBlock(page))).toBe('kubectl describe pod web-7d4b9');

  await describeBlock(page).getByRole('button', { name: /입력값 지우기/ }).click();
  await expect(describeBlock(page).getByRole('textbox', { name: 'pod 이름 입력' })).toHaveValue('');
  expect(await copy(page, describeBlock(page))).toBe(`kubectl describe pod ${PLACEHOLDER}`);
  await page.reload();
  await expect(describeBlock(page).getByRole('textbox', { name: 'pod 이름 입력' })).toHaveValue('');
});

test('without JavaScript the placeholder is shown as written', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL(CHAPTER, baseUrlOf(baseURL)).href);
  await expect(page.locator('pre', { hasText: `kubectl describe pod ${PLACEHOLDER}` })).toHaveCount(
    1,
  );
  await expect(page.locator('input.ph-input')).toHaveCount(0);
  await context.close();
});

test('<ip> and {ip} on one page are one value', async ({ page, baseURL }) => {
  await page.goto(new URL('workloads/deployments/', baseUrlOf(baseURL)).href);
  const angle = page.locator('input.ph-input[placeholder="<ip>"]').first();
  const brace = page.locator('input.ph-input[placeholder="{ip}"]').first();
  await expect(angle).toBeVisible();
  await angle.fill('10.0.0.7');
  await expect(brace).toHaveValue('10.0.0.7');
  await brace.fill('');
  await expect(angle).toHaveValue('');
});
