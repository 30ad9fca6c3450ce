import { baseUrlOf, expect, listPages, pathOf, test } from './support';

/** Shell prompts that must never reach the clipboard. */
const PROMPTS: { name: string; pattern: RegExp }[] = [
  { name: '`$ ` prompt', pattern: /^\s*\$\s/m },
  { name: '`[user@host dir]#` prompt', pattern: /^\s*\[[^\]\n]*@[^\]\n]*\][#$]/m },
  { name: '`host$`/`host#` prompt', pattern: /^[\w.-]+@[\w.-]+:[^\n]*[#$]\s/m },
  { name: 'leading `> ` continuation prompt', pattern: /^\s*>\s/m },
];

/** Lines that carry a command: trimmed, without blank and whole-line comment lines. */
function significant(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/** Placeholder written to the clipboard before each copy, so stale content cannot pass. */
const SENTINEL = '\u2063e2e-clipboard-sentinel\u2063';

test('the copy button of a shell block copies exactly the command', async ({
  context,
  page,
  request,
  baseURL,
}) => {
  const pages = await listPages(request, baseUrlOf(baseURL));
  test.setTimeout(30_000 + pages.length * 15_000);
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
      // The command as the reader sees it: the selectable text of each line. Prompts and
      // output are shown with `user-select: none`, so they drop out here. A placeholder is an
      // input showing its text (`{pod 이름}`) until the reader types a value; none is typed here,
      // so the clipboard must hold the placeholder as shown (tests/e2e/placeholders.spec.ts
      // covers typed values).
      const shownCommand = await frame.locator('pre code').evaluate((code) =>
        [...code.querySelectorAll('.ec-line')].map((line) => {
          const content = line.querySelector('.code') ?? line;
          const walker = document.createTreeWalker(
            content,
            NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
          );
          let text = '';
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node instanceof HTMLInputElement) {
              text += node.value || node.placeholder;
              continue;
            }
            if (node.nodeType !== Node.TEXT_NODE) continue;
            const parent = node.parentElement;
            if (parent && getComputedStyle(parent).userSelect === 'none') continue;
            text += node.textContent ?? '';
          }
          return text;
        }),
      );
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
      // Apart from blank and comment lines (which Expressive Code leaves out), the clipboard
      // holds the selectable lines of the block, in order.
      const copiedLines = significant(copied.split('\n'));
      const shownLines = significant(shownCommand);
      if (JSON.stringify(copiedLines) !== JSON.stringify(shownLines)) {
        const detail = `${JSON.stringify(copiedLines)} != shown ${JSON.stringify(shownLines)}`;
        problems.push(`${where}: copied lines ${detail}`);
      }
    }
  }
  expect(blocks, 'shell code blocks (figure.frame.is-terminal) on the site').toBeGreaterThan(0);
  expect(problems, `${blocks} shell blocks checked`).toEqual([]);
});
