import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractShellBlocks } from '../../src/lib/shell/blocks';
import { blockCommands } from '../../src/lib/shell/sheet';
import { PARTS } from '../../src/lib/site/chapters';
import { baseUrlOf, expect, test } from './support';

/** Every command of the chapters' shell blocks, as the extractor finds them in content/. */
function commandsInContent(): string[] {
  const files = PARTS.flatMap((part) =>
    readdirSync(join('content', part.id))
      .filter((name) => /^[^_].*\.mdx?$/.test(name))
      .map((name) => join('content', part.id, name)),
  );
  const all = files.flatMap((file) =>
    extractShellBlocks(readFileSync(file, 'utf8'), file).flatMap((block) =>
      blockCommands(block.code).map((entry) => entry.command),
    ),
  );
  // The sheet lists a command that appears again once.
  const seen = new Set<string>();
  return all.filter((command) => {
    const key = command.trim().replace(/\s+/g, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

test.describe('command sheet (명령어 모음)', () => {
  test('lists every command of the notes, each linking to its block', async ({ page, baseURL }) => {
    await page.goto(`${baseUrlOf(baseURL)}commands/`);
    // What each copy button copies (the shown text has inputs in place of placeholders).
    const shown = await page
      .locator('.sheet-entry .sheet-copy')
      .evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset['code']));
    expect([...shown].sort()).toEqual(commandsInContent().sort());
    // Spot-check a link: it lands on the chapter and the block with that id exists there.
    const link = page.locator('.sheet-entry a.sheet-source').first();
    const href = await link.getAttribute('href');
    await link.click();
    const id = decodeURIComponent(new URL(href!, page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  });

  test('filters as you type and shows all again when cleared', async ({ page, baseURL }) => {
    await page.goto(`${baseUrlOf(baseURL)}commands/`);
    const entries = page.locator('.sheet-entry');
    const total = await entries.count();
    const input = page.getByLabel('명령어 거르기');
    await input.fill('rollout undo');
    const visible = page.locator('.sheet-entry:not([hidden])');
    await expect(visible.first()).toBeVisible();
    const texts = await visible.locator('pre code').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(total);
    for (const text of texts) expect(text).toContain('rollout undo');
    await expect(page.locator('.sheet-tool[data-tool="docker"]')).toBeHidden();
    await input.fill('');
    await expect(visible).toHaveCount(total);
  });

  test('the copy button copies the command', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrlOf(baseURL)).origin,
    });
    await page.goto(`${baseUrlOf(baseURL)}commands/`);
    await page.getByLabel('명령어 거르기').fill('--to-revision=1');
    const entry = page.locator('.sheet-entry:not([hidden])').first();
    const command = await entry.locator('pre code').textContent();
    await entry.getByRole('button', { name: '복사' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
    expect(command).toContain('kubectl rollout undo');
  });

  test('filters with the site search normaliser: 파드 finds the 포드 commands', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${baseUrlOf(baseURL)}commands/`);
    await page.getByLabel('명령어 거르기').fill('파드를');
    const visible = page.locator('.sheet-entry:not([hidden])');
    await expect(visible.first()).toBeVisible();
    const texts = await visible.evaluateAll((items) => items.map((item) => item.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((text) => text.includes('포드'))).toBe(true);
  });

  test('placeholders on the sheet are fields, and the copy button copies the filled command', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrlOf(baseURL)).origin,
    });
    await page.goto(`${baseUrlOf(baseURL)}commands/`);
    const entry = page.locator('.sheet-entry', { has: page.locator('input.ph-input') }).first();
    const field = entry.locator('input.ph-input').first();
    const placeholder = (await field.getAttribute('placeholder')) ?? '';
    const before = (await entry.locator('.sheet-copy').getAttribute('data-code')) ?? '';
    expect(before).toContain(placeholder);
    await field.fill('web-1');
    await entry.getByRole('button', { name: '복사' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('web-1');
    expect(copied).not.toContain(placeholder);
  });

  test('a block that fails on purpose is labelled for the reader', async ({ page, baseURL }) => {
    await page.goto(`${baseUrlOf(baseURL)}workloads/labels/`);
    const block = page.locator('[data-expect-fail]');
    await expect(block).toHaveCount(1);
    await expect(block.locator('.shell-expect-fail')).toContainText('오류가 나는 것이 정상입니다');
    await expect(block).toContainText('kubectl label pod http-go-v2 rel=beta');
  });
});
