/**
 * What the reader sees, checked on every page and in every interactive state, at 375 and 1280 px
 * in both themes: screenshot baselines (tests/e2e/visual.spec.ts-snapshots, looked at by a person
 * before they were committed; `npm run shots` writes them all for a look) and assertions on the
 * classes of defect a screenshot shows but a functional test does not (tests/e2e/defects.ts).
 * Update baselines with `npx playwright test tests/e2e/visual.spec.ts --update-snapshots` and
 * look at every changed image before committing.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { findDefects, type Defect } from './defects';
import { PAGES, STATES } from './states';
import { baseUrlOf, expect, test } from './support';

/** Hides the sticky bars while an element taller than the viewport is photographed. */
const STICKY_HIDDEN = fileURLToPath(new URL('./screenshot.css', import.meta.url));
/** Gives the masked part-filter labels one width (their counts are Pagefind's, see `masked`). */
const FIXED_COUNTS = fileURLToPath(new URL('./screenshot-counts.css', import.meta.url));

const VIEWS = [
  { width: 375, height: 812, theme: 'light' },
  { width: 375, height: 812, theme: 'dark' },
  { width: 1280, height: 800, theme: 'light' },
  { width: 1280, height: 800, theme: 'dark' },
] as const;

/**
 * A tablet's width: the column without Starlight's sidebar at its widest. Checked for defects
 * on every page; not screenshotted (the two widths above already show both layouts).
 */
const TABLET = { width: 768, height: 1024, theme: 'dark' } as const;

/**
 * Pixels a screenshot may differ by. Renders are identical run to run with Debian's Chromium and
 * fonts-noto-cjk (the whole suite passes at 0); a changed digit or word differs by 50+ pixels, so
 * a count this small still catches it, where a ratio of the page (0.2 % was 600–2,000 pixels) let
 * "결과 4건" become "5건" unseen.
 */
const MAX_DIFF_PIXELS = 30;

/** Opens `path` at a view, theme set before any script runs, fonts loaded. */
async function open(page: Page, base: string, path: string, theme: string): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  await page.goto(new URL(path, base).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
}

/** What depends on where the test server runs (the `kubectl apply -f` URL holds its port). */
function masked(page: Page) {
  return [
    page.locator('.manifest-apply code'),
    // Pagefind's UI sometimes leaves the part counts at their totals after a search with no
    // results, and updates them at its own pace after one with results: the screenshot checks
    // the filter's place and look, not Pagefind's numbers.
    page.locator('.pagefind-ui__filter-label'),
  ];
}

function describe(defects: Defect[]): string[] {
  return defects.map((defect) => `${defect.kind}: ${defect.detail} @ ${defect.where}`);
}

test.describe('what the reader sees', () => {
  test.skip(({ basePath }) => basePath !== '/', 'checked once, on the root build');

  for (const view of VIEWS) {
    const tag = `${view.width}-${view.theme}`;
    test.describe(tag, () => {
      test.use({ viewport: { width: view.width, height: view.height } });

      for (const path of PAGES) {
        const name = path === '' ? 'home' : path.replace(/\/$/, '').replace(/\//g, '-');
        test(`page ${name}`, async ({ page, baseURL }) => {
          await open(page, baseUrlOf(baseURL), path, view.theme);
          expect(describe(await page.evaluate(findDefects))).toEqual([]);
          await expect(page).toHaveScreenshot(`${name}-${tag}.png`, {
            animations: 'disabled',
            caret: 'hide',
            maxDiffPixels: MAX_DIFF_PIXELS,
            mask: masked(page),
            stylePath: FIXED_COUNTS,
          });
        });
      }

      for (const state of STATES) {
        test(`state ${state.name}`, async ({ page, baseURL }) => {
          await open(page, baseUrlOf(baseURL), state.path, view.theme);
          await state.act(page);
          expect(describe(await page.evaluate(findDefects))).toEqual([]);
          const target = state.clip ? page.locator(state.clip).first() : page;
          await expect(target).toHaveScreenshot(`${state.name}-${tag}.png`, {
            animations: 'disabled',
            caret: 'hide',
            maxDiffPixels: MAX_DIFF_PIXELS,
            mask: masked(page),
            stylePath: state.clip ? [FIXED_COUNTS, STICKY_HIDDEN] : FIXED_COUNTS,
          });
        });
      }
    });
  }
});

test.describe(`no defects at ${TABLET.width} px`, () => {
  test.skip(({ basePath }) => basePath !== '/', 'checked once, on the root build');
  test.use({ viewport: { width: TABLET.width, height: TABLET.height } });
  for (const path of PAGES) {
    test(`page /${path}`, async ({ page, baseURL }) => {
      await open(page, baseUrlOf(baseURL), path, TABLET.theme);
      expect(describe(await page.evaluate(findDefects))).toEqual([]);
    });
  }
});
