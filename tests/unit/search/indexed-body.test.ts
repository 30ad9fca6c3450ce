import { describe, expect, it } from 'vitest';
import { indexedBody, pageOfBody } from '../../../src/lib/search/indexed-body';

describe('indexedBody', () => {
  it('cuts out the indexed element with nested elements of the same name', () => {
    const page =
      '<!doctype html><html lang="ko" dir="ltr"><head><title>x</title></head><body>' +
      '<nav><main>sidebar</main></nav>' +
      '<main data-pagefind-body class="a"><h1>제목</h1><main id="inner"><p>안</p></main>' +
      '<p title="a > b">끝</p></main><footer>x</footer></body></html>';
    const body = indexedBody(page);
    expect(body?.lang).toBe('ko');
    expect(body?.html).toBe(
      '<main data-pagefind-body class="a"><h1>제목</h1><main id="inner"><p>안</p></main>' +
        '<p title="a > b">끝</p></main>',
    );
    const head = '<head><meta charset="utf-8"></head>';
    expect(pageOfBody(body!)).toBe(
      `<!doctype html><html lang="ko">${head}<body>${body!.html}</body></html>`,
    );
  });

  it('does not take a longer tag name for the element (<divx>)', () => {
    const page = '<html><body><div data-pagefind-body><divx></divx><p>x</p></div></body></html>';
    expect(indexedBody(page)?.html).toBe('<div data-pagefind-body><divx></divx><p>x</p></div>');
  });

  it('gives nothing for a page without an indexed element or with an unclosed one', () => {
    expect(indexedBody('<html><body><main>x</main></body></html>')).toBeUndefined();
    expect(indexedBody('<main data-pagefind-body><p>x</p>')).toBeUndefined();
  });
});
