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
      test.setTimeout(30_000 + pages.length * 8_000);
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
          const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
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
