/**
 * What the reader sees, page by page and state by state: the list the screenshot suite
 * (visual.spec.ts) and `npm run shots` both go through. A state opens a page and brings it into
 * one interactive state (search open with results, editor with errors, ...).
 */
import type { Page } from '@playwright/test';

/** Every page of the site, by path under the base. */
export const PAGES = [
  '',
  'commands/',
  'manifests/',
  'glossary/',
  'corrections/',
  'docker/microservices/',
  'docker/commands/',
  'docker/services/',
  'docker/registry/',
  'kubernetes/architecture/',
  'kubernetes/kubectl/',
  'kubernetes/install/',
  'kubernetes/first-app/',
  'workloads/pods/',
  'workloads/probes/',
  'workloads/labels/',
  'workloads/replicasets/',
  'workloads/deployments/',
  'cluster/namespaces/',
  'cluster/services/',
  'cluster/control-plane/',
] as const;

/** One interactive state: where, and what brings the page into it; `clip` is what to shoot. */
export interface State {
  name: string;
  path: string;
  act: (page: Page) => Promise<void>;
  /** Selector of the element to photograph (default: the viewport). */
  clip?: string;
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('dialog[open] input.pagefind-ui__search-input').first();
  await input.fill(query);
  // The message reads "… 검색 중…" while searching, then gives the count or says none.
  await page.waitForFunction(() =>
    /건|없습니다/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''),
  );
  // Results stream in; wait until they and the counts do not change for two looks in a row.
  let last = '';
  let steady = 0;
  for (let i = 0; i < 40 && steady < 2; i++) {
    const now = await page.evaluate(
      () =>
        `${document.querySelectorAll('.pagefind-ui__result').length}|` +
        [...document.querySelectorAll('.pagefind-ui__filter-label')]
          .map((label) => label.textContent)
          .join(','),
    );
    steady = now === last ? steady + 1 : 0;
    last = now;
    await page.waitForTimeout(250);
  }
  // Excerpts and sub-results render after the result cards.
  await page.waitForTimeout(300);
}

async function openEditor(page: Page, typo: boolean): Promise<void> {
  const block = page.locator('.manifest-block', {
    has: page.locator('a.manifest-download[download="http-go-deploy-v1.yaml"]'),
  });
  await block.locator('.manifest-edit').click();
  await block.locator('.live-check[data-checks]').waitFor();
  if (typo) {
    await block.locator('.cm-line', { hasText: 'image: gasbugs/http-go:v1' }).click();
    // A wrapped line (phone) needs End twice: to the wrap point, then to the line's end.
    await page.keyboard.press('End');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('imagePullPolicyy: Always');
    await block.locator('.cm-lintRange-error').first().waitFor();
    await block.locator('.live-check[data-state="error"]').waitFor();
  }
  await block.locator('.live-check').scrollIntoViewIfNeeded();
  await page.locator('.cm-content').blur();
  // The field help under the editor follows the cursor after a short pause; let it settle.
  await page.waitForTimeout(500);
}

export const STATES: readonly State[] = [
  { name: 'search-results', path: '', act: (page) => searchFor(page, '롤백') },
  // Pagefind also matches the start of a Korean query (`없는검색어` finds `없는`), so the empty
  // state needs syllables no page uses.
  { name: 'search-empty', path: '', act: (page) => searchFor(page, '뷁뛟쀍') },
  {
    name: 'search-filtered',
    path: '',
    act: async (page) => {
      await searchFor(page, '포드');
      // Narrow to the Kubernetes part (the filter group is a disclosure on a phone).
      const group = page.locator('.pagefind-ui__filter-name').first();
      if (await group.isVisible()) await group.click();
      await page
        .locator('.pagefind-ui__filter-checkbox[value="쿠버네티스"]')
        .evaluate((box) => (box as HTMLInputElement).click());
      await page.waitForTimeout(400);
    },
  },
  {
    name: 'editor-clean',
    path: 'workloads/deployments/',
    act: (page) => openEditor(page, false),
    clip: '.manifest-block:has(a[download="http-go-deploy-v1.yaml"])',
  },
  {
    name: 'editor-error',
    path: 'workloads/deployments/',
    act: (page) => openEditor(page, true),
    clip: '.manifest-block:has(a[download="http-go-deploy-v1.yaml"])',
  },
  {
    name: 'catalog-filtered',
    path: 'manifests/',
    act: async (page) => {
      await page.getByLabel('종류', { exact: true }).selectOption('Service');
      await page.getByLabel('이름·장으로 찾기').fill('http');
      await page.getByLabel('이름·장으로 찾기').blur();
      await page.locator('#list').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'sheet-filtered',
    path: 'commands/',
    act: async (page) => {
      await page.getByLabel('명령어 거르기').fill('rollout');
      await page.getByLabel('명령어 거르기').blur();
    },
  },
  {
    name: 'placeholder-filled',
    path: 'workloads/deployments/',
    act: async (page) => {
      const field = page.locator('input.ph-input').first();
      await field.fill('web-1');
      await field.blur();
      await field.scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'catalog-empty',
    path: 'manifests/',
    act: async (page) => {
      await page.getByLabel('이름·장으로 찾기').fill('없는이름');
      await page.getByLabel('이름·장으로 찾기').blur();
      await page.locator('#list').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'glossary-jump',
    path: 'glossary/',
    act: async (page) => {
      await page.getByRole('navigation', { name: '자음으로 이동' }).getByText('ㄹ').click();
      // The pointer stays where the button was; move it off the link now under it.
      await page.mouse.move(0, 0);
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'glossary-tooltip',
    path: 'workloads/replicasets/',
    act: async (page) => {
      // The tooltip of the first linked term, opened from the keyboard.
      const link = page.locator('main a.gl-term').first();
      await link.scrollIntoViewIfNeeded();
      await link.focus();
      await page.locator('main .gl-tip').first().waitFor({ state: 'visible' });
    },
  },
  // Diagrams: the picture in a desktop's column, the narrow layout in a phone's where the picture
  // would shrink (src/lib/diagrams/fit.ts). One of each kind: frames, edge labels, classes.
  ...(
    [
      ['architecture', 'kubernetes/architecture/', 1],
      ['probes', 'workloads/probes/', 1],
      ['replicasets', 'workloads/replicasets/', 2],
      ['namespaces', 'cluster/namespaces/', 1],
      ['microservices', 'docker/microservices/', 3],
      ['control-plane', 'cluster/control-plane/', 1],
    ] as const
  ).map(
    ([name, path, nth]): State => ({
      name: `diagram-${name}`,
      path,
      act: async () => {},
      clip: `:nth-match(figure.diagram, ${nth})`,
    }),
  ),
  {
    name: 'not-found',
    path: 'this-page-does-not-exist/',
    act: async () => {},
  },
];
