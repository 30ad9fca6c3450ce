import { readFile } from 'node:fs/promises';
import { baseUrlOf, expect, test } from './support';

const CHAPTER = 'workloads/deployments/';
const FILE = 'http-go-deploy-v1.yaml';
const TYPO = 'imagePullPolicyy';

test('a manifest edited in the page is checked as it is typed and downloads', async ({
  page,
  baseURL,
}) => {
  await page.goto(new URL(CHAPTER, baseUrlOf(baseURL)).href);
  const block = page.locator('.manifest-block', {
    has: page.locator(`a.manifest-download[download="${FILE}"]`),
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));

  await block.getByRole('button', { name: '편집해서 검사하기' }).click();
  const editor = block.getByRole('textbox', { name: `${FILE} 편집` });
  await expect(editor).toBeFocused();
  const status = block.getByRole('status');
  await expect(status).toHaveText(/검사 통과|오류 0건/);
  const original = await editor.inputValue();
  expect(original).toContain('image: gasbugs/http-go:v1');

  // An unknown field right after the image line.
  const lines = original.split('\n');
  const imageLine = lines.findIndex((line) => line.includes('image: gasbugs/http-go:v1'));
  lines.splice(imageLine + 1, 0, `        ${TYPO}: Always`);
  const edited = lines.join('\n');
  const errorLine = imageLine + 2;
  const markerSelector = `.live-gutter [data-line="${errorLine}"].live-line--error`;
  // Timed in the page, from the input event to the marker, so a busy test runner does not count.
  const elapsed = await editor.evaluate(
    (area: HTMLTextAreaElement, { text, selector }) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        const poll = (): void => {
          const waited = performance.now() - started;
          if (area.closest('.manifest-block')?.querySelector(selector)) resolve(waited);
          else if (waited > 5_000) reject(new Error('no error marker after 5 s'));
          else setTimeout(poll, 5);
        };
        poll();
      }),
    { text: edited, selector: markerSelector },
  );
  expect(elapsed, 'ms from the keystroke to the error at its line').toBeLessThan(1_000);
  const marker = block.locator(markerSelector);
  await expect(marker).toBeVisible();
  await expect(block.locator(`li.live-finding--error[data-line="${errorLine}"]`)).toContainText(
    TYPO,
  );
  await expect(status).toHaveText(/오류 [1-9]/);
  await expect(editor).toHaveAttribute('aria-invalid', 'true');

  const download = page.waitForEvent('download');
  await block.getByRole('button', { name: '편집한 파일 내려받기' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(FILE);
  expect(await readFile(await file.path(), 'utf8')).toBe(edited);

  // Back to the original: the error goes away.
  await block.getByRole('button', { name: '원래대로' }).click();
  await expect(marker).toHaveCount(0);
  // What the reader typed never left the page.
  expect(requests.filter((request) => request.includes(TYPO))).toEqual([]);
});
