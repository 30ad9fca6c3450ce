import {
  expect,
  test as base,
  type APIRequestContext,
  type Locator,
  type Page,
} from '@playwright/test';

/** Options set per project in playwright.config.ts. */
export interface SiteOptions {
  /** The SITE_URL the build was made with (sitemap and canonical URLs start with it). */
  siteUrl: string;
  /** The base path the build was made with, `/` or e.g. `/k8s-notes/`. */
  basePath: string;
}

/** The Playwright `test` with the site options as fixtures. */
export const test = base.extend<SiteOptions>({
  siteUrl: ['https://k8s-notes.example.com', { option: true }],
  basePath: ['/', { option: true }],
});

export { expect };

/** How many pages one test loads at the same time (the CI machine has 2 cores). */
export const PAGE_CONCURRENCY = Math.max(1, Number(process.env.E2E_PAGE_CONCURRENCY ?? 2));

/** Words tried, in order, by the search tests; the first one present on the site is used. */
export const SEARCH_WORDS = ['컨테이너', '쿠버네티스', '파드', '도커'];

/** Base URL of the current project, always ending in `/`. */
export function baseUrlOf(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('baseURL is not set for this project');
  return baseURL.endsWith('/') ? baseURL : `${baseURL}/`;
}

/** Decode the five XML entities used in sitemap `<loc>` values. */
function decodeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** All `<loc>` values of a sitemap or sitemap index document. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) => decodeXml(m[1] ?? ''));
}

/** Map a public URL (with the configured site origin) onto the test server. */
export function toServerUrl(publicUrl: string, baseURL: string): string {
  const url = new URL(publicUrl);
  return new URL(`${url.pathname}${url.search}`, baseUrlOf(baseURL)).href;
}

/** Fetch a URL and fail with a readable message unless it answers 200. */
export async function fetchOk(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return response.text();
}

/** Every page listed by the built site's sitemaps, as URLs on the test server. */
export async function listPages(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const index = await fetchOk(request, new URL('sitemap-index.xml', baseUrlOf(baseURL)).href);
  const sitemaps = sitemapLocs(index);
  expect(sitemaps.length, 'sitemap-index.xml lists no sitemap').toBeGreaterThan(0);
  const pages: string[] = [];
  for (const sitemap of sitemaps) {
    pages.push(...sitemapLocs(await fetchOk(request, toServerUrl(sitemap, baseURL))));
  }
  expect(pages.length, 'the sitemaps list no page').toBeGreaterThan(0);
  return [...new Set(pages.map((page) => toServerUrl(page, baseURL)))];
}

/** URL of a page that does not exist, to get the site's 404 page. */
export function missingPageUrl(baseURL: string): string {
  return new URL('e2e-this-page-does-not-exist/', baseUrlOf(baseURL)).href;
}

/** Run `task` on every item, at most `limit` at a time. */
export async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Server path of a URL, for short messages. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return decodeURI(`${parsed.pathname}${parsed.search}${parsed.hash}`);
}

/** Options of {@link watchPage}. */
export interface WatchOptions {
  /** Status expected for the main document (404 for the not-found page). */
  documentStatus?: number;
}

/**
 * Record page errors, console errors, and failed same-origin requests of `page` into a list.
 * Returns a function that stops recording and gives the problems found.
 */
export function watchPage(page: Page, options: WatchOptions = {}): () => string[] {
  const problems: string[] = [];
  const origin = (): string => new URL(page.url()).origin;
  const sameOrigin = (url: string): boolean => {
    try {
      return new URL(url).origin === origin();
    } catch {
      return false;
    }
  };
  const onPageError = (error: Error): void => {
    problems.push(`page error: ${error.message}`);
  };
  const onConsole = (message: import('@playwright/test').ConsoleMessage): void => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    // The browser logs an error for a 404 document; its status is checked on its own below.
    if (where === page.url() && message.text().startsWith('Failed to load resource')) return;
    problems.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
  };
  const onResponse = (response: import('@playwright/test').Response): void => {
    const request = response.request();
    if (!sameOrigin(response.url())) return;
    const isDocument = request.isNavigationRequest() && request.frame() === page.mainFrame();
    const expected = isDocument ? (options.documentStatus ?? 200) : undefined;
    if (expected !== undefined ? response.status() !== expected : response.status() >= 400) {
      problems.push(`HTTP ${response.status()} for ${request.resourceType()} ${response.url()}`);
    }
  };
  const onRequestFailed = (request: import('@playwright/test').Request): void => {
    if (!sameOrigin(request.url())) return;
    problems.push(`request failed (${request.failure()?.errorText}): ${request.url()}`);
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  page.on('response', onResponse);
  page.on('requestfailed', onRequestFailed);
  return () => {
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
    page.off('response', onResponse);
    page.off('requestfailed', onRequestFailed);
    return problems;
  };
}

/** How long a loaded page may keep the network busy before that counts as a problem. */
const NETWORK_IDLE_TIMEOUT = 15_000;

/**
 * Load a page and wait until its network is quiet, so late requests are seen too. Returns the
 * requests still pending when the network did not settle in time (empty when it did).
 */
export async function loadPage(page: Page, url: string): Promise<string[]> {
  const pending = new Set<import('@playwright/test').Request>();
  const add = (request: import('@playwright/test').Request): void => void pending.add(request);
  const done = (request: import('@playwright/test').Request): void => void pending.delete(request);
  page.on('request', add);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: NETWORK_IDLE_TIMEOUT });
    return [];
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error;
    return [...pending].map((request) => `network busy after load: ${request.url()}`);
  } finally {
    page.off('request', add);
    page.off('requestfinished', done);
    page.off('requestfailed', done);
  }
}

/** Absolute targets of every `<a href>` on the page that stays on the page's origin. */
export async function sameOriginLinks(page: Page): Promise<{ raw: string; url: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => a.origin === location.origin)
      .map((a) => ({ raw: a.getAttribute('href') ?? '', url: a.href })),
  );
}

/**
 * Same-origin resources the page refers to (stylesheets, icons, scripts, images), whether or not
 * the browser fetched them: a headless browser skips some (e.g. the favicon, after the first).
 */
export async function referencedResources(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls = [
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((link) => link.href),
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
      ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((img) => img.src),
      ...[...document.querySelectorAll<HTMLSourceElement>('source[src]')].map((s) => s.src),
    ];
    return [...new Set(urls)].filter((url) => new URL(url).origin === location.origin);
  });
}

/** What a link target answered, with the ids and anchor names it defines. */
interface Target {
  status: number;
  anchors: ReadonlySet<string> | undefined;
}

/** Resolves link targets over HTTP once each, and checks their `#fragment`. */
export class LinkChecker {
  readonly #targets = new Map<string, Promise<Target>>();

  /** `parser` is any open page; it is used only for its DOMParser. */
  constructor(
    private readonly request: APIRequestContext,
    private readonly parser: Page,
  ) {}

  /**
   * Problems with one link found on `from`, or undefined when it resolves. Links within `from`
   * itself are checked against `fromAnchors`, the ids of the live page.
   */
  async check(
    from: string,
    raw: string,
    url: string,
    fromAnchors?: ReadonlySet<string>,
  ): Promise<string | undefined> {
    const target = new URL(url);
    const fragment = target.hash.slice(1);
    target.hash = '';
    const self = fromAnchors && target.href === new URL(from).href.replace(/#.*$/, '');
    const result = self ? { status: 200, anchors: fromAnchors } : await this.#fetch(target.href);
    const where = `${pathOf(from)}: link "${raw}"`;
    if (result.status !== 200) return `${where} -> HTTP ${result.status}`;
    if (!fragment || fragment.startsWith(':~:')) return undefined;
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      return `${where} -> malformed fragment`;
    }
    if (id.toLowerCase() === 'top') return undefined;
    if (!result.anchors) return `${where} -> #${id} on a document that is not HTML`;
    return result.anchors.has(id) ? undefined : `${where} -> no element with id "${id}"`;
  }

  /** HTTP status of `url` (fetched once). */
  async status(url: string): Promise<number> {
    return (await this.#fetch(url)).status;
  }

  #fetch(url: string): Promise<Target> {
    let pending = this.#targets.get(url);
    if (!pending) {
      pending = this.#load(url);
      this.#targets.set(url, pending);
    }
    return pending;
  }

  async #load(url: string): Promise<Target> {
    const response = await this.request.get(url);
    const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
    if (response.status() !== 200 || !isHtml) {
      return { status: response.status(), anchors: undefined };
    }
    const html = await response.text();
    const anchors = await this.parser.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const ids = [...doc.querySelectorAll('[id]')].map((element) => element.id);
      const names = [...doc.querySelectorAll('a[name]')].map((a) => a.getAttribute('name') ?? '');
      return [...ids, ...names];
    }, html);
    return { status: response.status(), anchors: new Set(anchors) };
  }
}

/** Ids and anchor names of the live page, for links to its own fragments. */
export async function anchorsOf(page: Page): Promise<Set<string>> {
  const anchors = await page.evaluate(() => [
    ...[...document.querySelectorAll('[id]')].map((element) => element.id),
    ...[...document.querySelectorAll('a[name]')].map((a) => a.getAttribute('name') ?? ''),
  ]);
  return new Set(anchors);
}

/** First word of {@link SEARCH_WORDS} that appears in the text of one of `pages`. */
export async function pickSearchWord(
  request: APIRequestContext,
  pages: readonly string[],
): Promise<string> {
  const texts = await Promise.all(pages.map(async (url) => (await request.get(url)).text()));
  const word = SEARCH_WORDS.find((candidate) => texts.some((text) => text.includes(candidate)));
  expect(word, `no page contains any of ${SEARCH_WORDS.join(', ')}`).toBeDefined();
  return word as string;
}

/**
 * Open the search dialog with Ctrl+K, type `word`, and return the result title links.
 * The Pagefind UI may be loaded lazily, so this waits for its input instead of assuming it.
 */
export async function searchWithShortcut(page: Page, word: string): Promise<Locator> {
  const dialog = page.locator('site-search dialog');
  // Until the search script has run, the shortcut does nothing: retry until the dialog opens.
  await expect(async () => {
    if (!(await dialog.evaluate((d: HTMLDialogElement) => d.open))) {
      await page.keyboard.press('Control+k');
    }
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const input = dialog.locator('input.pagefind-ui__search-input');
  await expect(input).toBeVisible({ timeout: 15_000 });
  await expect(input).toBeFocused();
  await input.fill(word);
  const links = dialog.locator('.pagefind-ui__result-title .pagefind-ui__result-link');
  await expect(links.first()).toBeVisible({ timeout: 15_000 });
  return links;
}
