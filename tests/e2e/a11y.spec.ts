import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from '@playwright/test';
import {
  PAGE_CONCURRENCY,
  baseUrlOf,
  expect,
  forEachLimit,
  listPages,
  missingPageUrl,
  pathOf,
  test,
} from './support';

/** WCAG levels the site promises, and axe's experimental rules (label in name, ...) too. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental'];

/**
 * axe is the slowest check, so each theme's pages are split into this many tests, which the
 * workers share; each part gets its own time budget.
 */
const PARTS = 2;

/** Time budget per page: loading plus one axe run, generous for a loaded 2-core machine. */
const PER_PAGE_MS = 30_000;

/** The theme Starlight should show. */
type Theme = 'light' | 'dark';

/** Load `url` in `theme` and describe every axe violation on it. */
async function axeProblems(context: BrowserContext, url: string, theme: Theme): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  // Expressive Code makes overflowing code blocks focusable from an idle callback; give it time
  // to do so. If it never does, axe reports `scrollable-region-focusable`.
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.expressive-code pre')].every(
          (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      null,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  // Legacy mode runs axe in the page in one go: about twice as fast, and all it gives up is
  // cross-origin frames, which the site does not have.
  const { violations } = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode()
    .analyze();
  await page.close();
  return violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
      .join('\n');
    const head = `${pathOf(url)}: [${violation.impact}] ${violation.id}: ${violation.help}`;
    return `${head} (${violation.nodes.length} nodes)\n${nodes}`;
  });
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    for (let part = 0; part < PARTS; part++) {
      test(`axe finds no WCAG A/AA violation (${theme}, part ${part + 1}/${PARTS})`, async ({
        context,
        request,
        baseURL,
      }) => {
        const base = baseUrlOf(baseURL);
        const all = [...(await listPages(request, base)), missingPageUrl(base)];
        const pages = all.filter((_, index) => index % PARTS === part);
        test.setTimeout(30_000 + pages.length * PER_PAGE_MS);
        // Starlight reads the theme from localStorage before the first paint.
        await context.addInitScript((value) => {
          localStorage.setItem('starlight-theme', value);
        }, theme);
        const problems: string[] = [];
        await forEachLimit(pages, PAGE_CONCURRENCY, async (url) => {
          problems.push(...(await axeProblems(context, url, theme)));
        });
        expect(problems.join('\n\n'), `axe violations on ${pages.length} pages`).toBe('');
      });
    }
  });
}
