import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { baseUrlOf, expect, test } from './support';

const CHAPTER = 'workloads/deployments/';
const FILE = 'http-go-deploy-v1.yaml';
const TYPO = 'imagePullPolicyy';

/** Opens the editor of the http-go Deployment and waits for its first check. */
async function openEditor(page: Page, baseURL: string | undefined) {
  await page.goto(new URL(CHAPTER, baseUrlOf(baseURL)).href);
  const block = page.locator('.manifest-block', {
    has: page.locator(`a.manifest-download[download="${FILE}"]`),
  });
  await block.getByRole('button', { name: '편집해서 검사하기' }).click();
  const editor = block.getByRole('textbox', { name: `${FILE} 편집` });
  await expect(editor).toBeFocused();
  await expect(block.locator('.live-check[data-checks]')).toBeVisible();
  return { block, editor };
}

/** Puts the cursor at the end of the first editor line that contains `text`. */
async function cursorAfter(block: Locator, text: string): Promise<void> {
  await block.locator('.cm-line', { hasText: text }).first().click();
  await block.page().keyboard.press('End');
}

test('a manifest edited in the page is checked as it is typed and downloads', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  const { block, editor } = await openEditor(page, baseURL);
  const status = block.getByRole('status');
  await expect(status).toHaveText(/검사 통과|오류 0건/);
  const badge = block.locator('.manifest-badge');
  const builtBadge = await badge.textContent();
  expect(builtBadge).toContain('검증 통과');

  // An unknown field right after the image line, typed as a reader would.
  await cursorAfter(block, 'image: gasbugs/http-go:v1');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`${TYPO}: Always`);
  await page.keyboard.press('Escape');

  // Underlined at the key itself, with the Korean message in the list and on hover.
  const underline = block.locator('.cm-lintRange-error', { hasText: TYPO });
  await expect(underline).toBeVisible({ timeout: 1_000 });
  await expect(underline).toHaveText(TYPO);
  const finding = block.locator('li.live-finding--error', { hasText: TYPO });
  await expect(finding).toContainText('없는 필드입니다');
  await expect(status).toHaveText(/오류 [1-9]/);
  await expect(badge).toHaveText(/^편집됨 · 오류 1건/);
  await underline.hover();
  await expect(page.locator('.cm-tooltip-lint')).toContainText('없는 필드입니다');

  // The list moves the cursor to the finding.
  await finding.getByRole('button').click();
  await expect(editor).toBeFocused();
  const lineText = await page.evaluate(() => {
    const selection = document.getSelection();
    return selection?.anchorNode?.parentElement?.closest('.cm-line')?.textContent ?? '';
  });
  expect(lineText).toContain(TYPO);

  const edited = (await editor.innerText()).replace(/\n+$/, '');
  const download = page.waitForEvent('download');
  await block.getByRole('button', { name: '편집한 파일 내려받기' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(FILE);
  const saved = await readFile(await file.path(), 'utf8');
  expect(saved).toContain(`        ${TYPO}: Always\n`);
  expect(saved.replace(/\n+$/, '')).toBe(edited);

  // Back to the original: the error goes away and the badge is the built one again.
  await block.getByRole('button', { name: '원래대로' }).click();
  await expect(underline).toHaveCount(0);
  await expect(badge).toHaveText(builtBadge ?? '');
  // What the reader typed never left the page.
  expect(requests.filter((request) => request.includes(TYPO))).toEqual([]);
});

test('the editor completes fields of the kind and explains them', async ({ page, baseURL }) => {
  const { block } = await openEditor(page, baseURL);
  const options = page.locator('.cm-tooltip-autocomplete li');
  // Remove `replicas: 3`, then a new key under the Deployment's spec offers `replicas` again.
  await cursorAfter(block, 'replicas: 3');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('rep');
  await expect(options.filter({ hasText: /^replicas/ })).toHaveCount(1);
  // CodeMirror ignores Enter for 75 ms after the list opens (no accidental accept).
  await page.waitForTimeout(200);
  await page.keyboard.press('Enter');
  await page.keyboard.type('3');
  await expect(block.locator('.cm-line', { hasText: /^\s*replicas: 3$/ })).toHaveCount(1);
  // Explicit completion on a new line of spec lists its fields, those already there left out.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  await expect(options.filter({ hasText: 'progressDeadlineSeconds' })).toHaveCount(1);
  await expect(options.filter({ hasText: /^replicas/ })).toHaveCount(0);
  // Accepting it writes the key; hovering the key shows the API's description and its type.
  await page.keyboard.type('progressD');
  await expect(options.first()).toContainText('progressDeadlineSeconds');
  await page.waitForTimeout(200);
  await page.keyboard.press('Enter');
  await page.keyboard.type('600');
  await page.keyboard.press('Escape');
  const key = block.locator('.cm-line', { hasText: 'progressDeadlineSeconds: 600' });
  await expect(key).toHaveCount(1);
  await key.getByText('progressDeadlineSeconds').hover();
  const tooltip = page.locator('.cm-tooltip-hover');
  await expect(tooltip).toContainText('The maximum time in seconds for a deployment');
  await expect(tooltip).toContainText('정수');
  // The same help under the editor when the cursor is on the key (keyboard, screen readers).
  await page.keyboard.press('Home');
  await expect(block.locator('.live-field')).toContainText('progressDeadlineSeconds');
  // Enum values of imagePullPolicy.
  await cursorAfter(block, 'image: gasbugs/http-go:v1');
  await page.keyboard.press('Enter');
  await page.keyboard.type('imagePullPolicy: ');
  await page.keyboard.press('Control+Space');
  await expect(options.filter({ hasText: 'IfNotPresent' })).toHaveCount(1);
});

test('the editor is usable with the keyboard alone', async ({ page, baseURL }) => {
  const { block, editor } = await openEditor(page, baseURL);
  // Tab indents inside the editor; Escape then Tab leaves it for the next control.
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(focused.length).toBeGreaterThan(0);
  await expect(block.getByRole('status')).toHaveAttribute('role', 'status');
});
