import AxeBuilder from '@axe-core/playwright';
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

/** WCAG levels the site promises. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`axe finds no WCAG A/AA violation on any page (${theme})`, async ({
      context,
      request,
      baseURL,
    }) => {
      const pages = await listPages(request, baseUrlOf(baseURL));
      test.setTimeout(30_000 + pages.length * 15_000);
      // Starlight reads the theme from localStorage before the first paint.
      await context.addInitScript((value) => {
        localStorage.setItem('starlight-theme', value);
      }, theme);
      const problems: string[] = [];
      await forEachLimit(
        [...pages, missingPageUrl(baseUrlOf(baseURL))],
        PAGE_CONCURRENCY,
        async (url) => {
          const page = await context.newPage();
          await page.goto(url, { waitUntil: 'load' });
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          // Expressive Code makes overflowing code blocks focusable from an idle callback; give
          // it time to do so. If it never does, axe reports `scrollable-region-focusable`.
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
          // Legacy mode runs axe in the page in one go: about twice as fast, and the site has
          // no cross-origin frames, which is all it gives up.
          const { violations } = await new AxeBuilder({ page })
            .withTags(AXE_TAGS)
            .setLegacyMode()
            .analyze();
          for (const violation of violations) {
            const nodes = violation.nodes
              .slice(0, 5)
              .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
              .join('\n');
            problems.push(
              `${pathOf(url)}: [${violation.impact}] ${violation.id}: ${violation.help}` +
                ` (${violation.nodes.length} nodes)\n${nodes}`,
            );
          }
          await page.close();
        },
      );
      expect(problems.join('\n\n'), `axe violations in the ${theme} theme`).toBe('');
    });
  });
}
