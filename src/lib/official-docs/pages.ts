import checked from './checked-pages.json';

/** A page of the official documentation the site links to, checked to exist. */
export interface OfficialPage {
  url: string;
  /** The page's title, as its documentation names it. */
  title: string;
  /** The file of the documentation repository that is this page. */
  file: string;
  /** The repository commit the file was checked at. */
  commit: string;
}

/** The sites whose links are checked, with the repository each is built from. */
export const CHECKED_SITES: Readonly<Record<string, { repository: string }>> = checked.sites;

/** Every checked page, by URL. */
export const CHECKED_PAGES: ReadonlyMap<string, OfficialPage> = new Map(
  checked.pages.map((page) => [page.url, page]),
);

/** Whether a URL points to a site whose links must be checked (kubernetes.io, docs.docker.com). */
export function isCheckedSite(url: string): boolean {
  try {
    return new URL(url).hostname in CHECKED_SITES;
  } catch {
    return false;
  }
}

/**
 * The checked page a link leads to: the scheme (`http:`), a `#fragment` and a `?query` do not
 * matter, a missing trailing slash does not either. Undefined when the page is not recorded.
 */
export function checkedPage(url: string): OfficialPage | undefined {
  const parsed = new URL(url);
  const path = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
  return CHECKED_PAGES.get(`https://${parsed.hostname}${path}`);
}

/** Whether the page is in Korean (kubernetes.io/ko); every other page is marked "(영문)". */
export function isKorean(url: string): boolean {
  return new URL(url).pathname.startsWith('/ko/');
}
