import { baseUrlOf, expect, listPages, pathOf, test } from './support';

/** Shell prompts that must never reach the clipboard. */
const PROMPTS: { name: string; pattern: RegExp }[] = [
  { name: '`$ ` prompt', pattern: /^\s*\$\s/m },
  { name: '`[user@host dir]#` prompt', pattern: /^\s*\[[^\]\n]*@[^\]\n]*\][#$]/m },
  { name: '`host$`/`host#` prompt', pattern: /^[\w.-]+@[\w.-]+:[^\n]*[#$]\s/m },
  { name: 'leading `> ` continuation prompt', pattern: /^\s*>\s/m },
];

/** Placeholder written to the clipboard before each copy, so stale content cannot pass. */
const SENTINEL = '\u2063e2e-clipboard-sentinel\u2063';

test('the copy button of a shell block copies exactly the command', async ({
  context,
  page,
  request,
  baseURL,
}) => {
  const pages = await listPages(request, baseUrlOf(baseURL));
  test.setTimeout(30_000 + pages.length * 5_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseUrlOf(baseURL)).origin,
  });
  const problems: string[] = [];
  let blocks = 0;
  // One tab, one page at a time: the clipboard is shared by the whole browser.
  for (const url of pages) {
    await page.goto(url, { waitUntil: 'load' });
    const frames = page.locator('figure.frame.is-terminal');
    const count = await frames.count();
    for (let index = 0; index < count; index++) {
      blocks++;
      const frame = frames.nth(index);
      const where = `${pathOf(url)} shell block #${index + 1}`;
      const button = frame.locator('.copy button');
      const expected = ((await button.getAttribute('data-code')) ?? '').replace(/\u007f/g, '\n');
      const visibleLines = await frame
        .locator('pre code .ec-line .code')
        .evaluateAll((lines) => lines.map((line) => (line.textContent ?? '').trimEnd()));
      await page.evaluate((text) => navigator.clipboard.writeText(text), SENTINEL);
      await button.click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: where })
        .not.toBe(SENTINEL);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      if (copied !== expected) {
        const detail = `copied ${JSON.stringify(copied)}, expected ${JSON.stringify(expected)}`;
        problems.push(`${where}: ${detail}`);
      }
      if (copied.trim() === '') problems.push(`${where}: copied nothing`);
      for (const { name, pattern } of PROMPTS) {
        if (pattern.test(copied)) problems.push(`${where}: ${name} in ${JSON.stringify(copied)}`);
      }
      // What is copied must be what the reader sees, minus lines the copy leaves out (comments).
      let cursor = 0;
      for (const line of copied.split('\n').map((text) => text.trimEnd())) {
        while (cursor < visibleLines.length && visibleLines[cursor] !== line) cursor++;
        if (cursor === visibleLines.length) {
          problems.push(`${where}: copied line ${JSON.stringify(line)} is not shown in the block`);
          break;
        }
        cursor++;
      }
    }
  }
  expect(blocks, 'shell code blocks (figure.frame.is-terminal) on the site').toBeGreaterThan(0);
  expect(problems, `${blocks} shell blocks checked`).toEqual([]);
});
