import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { baseUrlOf, expect, fetchOk, pathOf, test } from './support';

/** A manifest as the catalog page lists it. */
interface CatalogRow {
  kind: string;
  blockUrl: string;
  fileUrl: string;
  fileName: string;
}

/** Rows of the catalog table, with absolute URLs. */
async function catalogRows(page: import('@playwright/test').Page): Promise<CatalogRow[]> {
  return page.locator('.catalog-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const links = row.querySelectorAll('a');
      return {
        kind: (row as HTMLElement).dataset.kind ?? '',
        blockUrl: (links[0] as HTMLAnchorElement).href,
        fileUrl: (links[1] as HTMLAnchorElement).href,
        fileName: (links[1] as HTMLAnchorElement).getAttribute('download') ?? '',
      };
    }),
  );
}

/** The YAML a block shows: the code of a YAML fence, or the body of a shell heredoc. */
function shownYaml(code: string): string {
  const lines = code.split('\n');
  const heredoc = /<<-?\s*['"]?(\w+)['"]?/.exec(lines[0] ?? '');
  if (!heredoc) return code;
  const end = lines.indexOf(heredoc[1] ?? 'EOF', 1);
  return lines.slice(1, end).join('\n');
}

test.describe('manifest downloads', () => {
  test('every manifest block downloads a file equal to the YAML it shows', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(new URL('manifests/', baseUrlOf(baseURL)).href);
    const rows = await catalogRows(page);
    expect(rows.length, 'the catalog lists no manifest').toBeGreaterThan(10);
    const chapters = [...new Set(rows.map((row) => row.blockUrl.split('#')[0] ?? ''))];
    const problems: string[] = [];
    let checked = 0;
    for (const chapter of chapters) {
      await page.goto(chapter);
      const blocks = page.locator('.manifest-block');
      for (let index = 0; index < (await blocks.count()); index++) {
        const block = blocks.nth(index);
        const link = block.locator('a.manifest-download');
        if ((await link.count()) === 0) continue;
        checked++;
        const href = (await link.getAttribute('href')) ?? '';
        const code = ((await block.locator('.copy button').first().getAttribute('data-code')) ?? '')
          .replace(/\u007f/g, '\n');
        const served = await fetchOk(request, new URL(href, chapter).href);
        // The file is the shown YAML plus a final newline.
        if (served !== `${shownYaml(code).replace(/\n+$/, '')}\n`) {
          problems.push(`${pathOf(chapter)} ${href}: served file differs from the block`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(new Set(rows.map((row) => row.fileUrl)).size);
  });

  test('the download button saves the real file', async ({ page, baseURL }) => {
    await page.goto(new URL('workloads/pods/', baseUrlOf(baseURL)).href);
    const link = page.locator('a.manifest-download').first();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('go-http-pod.yaml');
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toContain('kind: Pod');
    expect(text).toContain('name: http-go');
  });

  test('the kubectl apply line copies the file URL where the page is served', async ({
    context,
    page,
    baseURL,
    basePath,
  }) => {
    const origin = new URL(baseUrlOf(baseURL)).origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(new URL('workloads/replicasets/', baseUrlOf(baseURL)).href);
    const block = page.locator('.manifest-block', { hasText: 'nginx-rc.yaml' }).first();
    await page.evaluate(() => navigator.clipboard.writeText('-'));
    await block.locator('.manifest-copy').click();
    const expected = `kubectl apply -f ${origin}${basePath}manifests/workloads/replicasets/nginx-rc.yaml`;
    await expect(block.locator('.manifest-apply code')).toHaveText(expected);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect(block.locator('.manifest-live')).toHaveText('복사 완료!');
  });

  test('catalog links land on their blocks and the kind filter works', async ({ page, baseURL }) => {
    await page.goto(new URL('manifests/', baseUrlOf(baseURL)).href);
    const rows = await catalogRows(page);
    for (const row of rows) {
      await page.goto(row.blockUrl);
      const id = decodeURIComponent(new URL(row.blockUrl).hash.slice(1));
      const target = page.locator(`[id="${id}"]`);
      await expect(target, pathOf(row.blockUrl)).toHaveCount(1);
      await expect(target.locator('a.manifest-download')).toHaveAttribute('download', row.fileName);
      await expect(target).toBeInViewport();
    }
    await page.goto(new URL('manifests/', baseUrlOf(baseURL)).href);
    await page.getByLabel('종류', { exact: true }).selectOption('Service');
    const visible = page.locator('.catalog-table tbody tr:visible');
    await expect(visible).toHaveCount(rows.filter((row) => row.kind === 'Service').length);
    for (const kind of await visible.evaluateAll((r) => r.map((e) => (e as HTMLElement).dataset.kind))) {
      expect(kind).toBe('Service');
    }
  });

  test('the catalog filter matches words as site search does: 파드 finds the Pods', async ({
    page,
    baseURL,
  }) => {
    await page.goto(new URL('manifests/', baseUrlOf(baseURL)).href);
    const rows = await catalogRows(page);
    const visible = page.locator('.catalog-table tbody tr:visible');
    await page.getByLabel('이름·장으로 찾기').fill('파드');
    const pods = rows.filter((row) => row.kind === 'Pod').length;
    expect(pods).toBeGreaterThan(0);
    await expect.poll(() => visible.count()).toBeLessThan(rows.length);
    const shown = await visible.evaluateAll((r) =>
      r.map((e) => `${(e as HTMLElement).dataset.kind} ${e.textContent ?? ''}`),
    );
    expect(shown.filter((text) => text.startsWith('Pod ')).length).toBe(pods);
    for (const text of shown) expect(text).toMatch(/^Pod |포드/);
    await expect(page).toHaveURL(/[?&]q=/);
    await page.getByLabel('이름·장으로 찾기').fill('없는이름xyz');
    await expect(visible).toHaveCount(0);
    await expect(page.locator('.catalog-count')).toHaveText('맞는 매니페스트가 없습니다');
  });

  test('the zips hold every manifest', async ({ page, request, baseURL }) => {
    await page.goto(new URL('manifests/', baseUrlOf(baseURL)).href);
    const rows = await catalogRows(page);
    const files = new Map<string, string>();
    for (const row of rows) {
      const path = new URL(row.fileUrl).pathname.split('/manifests/')[1] ?? '';
      files.set(path, await fetchOk(request, row.fileUrl));
    }
    const zipUrl = async (href: string) => {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const entries = unzipSync(new Uint8Array(await response.body()));
      return new Map(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
    };
    const all = await zipUrl(new URL('manifests/all.zip', baseUrlOf(baseURL)).href);
    expect([...all.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, text] of files) expect(all.get(path), path).toBe(text);
    const chapterZips = await page
      .locator('#zips ~ ul a[href$=".zip"]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const inChapters = new Map<string, string>();
    for (const href of chapterZips.filter((href) => !href.endsWith('/all.zip'))) {
      for (const [name, text] of await zipUrl(href)) inChapters.set(name, text);
    }
    expect([...inChapters.keys()].sort()).toEqual([...files.keys()].sort());
  });
});
