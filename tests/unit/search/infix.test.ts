import { describe, expect, it } from 'vitest';
import { wordSuffixes } from '../../../src/lib/search/infix';
import { indexTerms, normaliseQuery, words } from '../../../src/lib/search/terms';

/**
 * Pagefind matches a query word against the start of indexed words. This does the same over a
 * text's own words plus its extra terms: whether `query` would find a page with `text`.
 */
function finds(text: string, query: string): boolean {
  const indexed = [...words(text), ...indexTerms(text)];
  return normaliseQuery(query)
    .split(' ')
    .every((term) => indexed.some((word) => word.startsWith(term)));
}

describe('parts of Korean words', () => {
  it('lists the suffixes of a word that a part of two syllables or more can start', () => {
    expect(wordSuffixes('레플리카셋')).toEqual(['플리카셋', '리카셋', '카셋']);
    expect(wordSuffixes('포드')).toEqual([]);
    expect(wordSuffixes('kubectl')).toEqual([]);
    expect(wordSuffixes('가'.repeat(20))).toEqual([]);
  });

  it.each([
    ['레플리카셋을 만든다', '플리카'],
    ['레플리카셋을 만든다', '리카셋'],
    ['디플로이먼트로 배포', '플로이먼트'],
    ['네임스페이스의 목록', '임스페이스'],
    ['모놀리식 아키텍처의 단점', '놀리식'],
  ])('a part finds its word: %s <- %s', (text, part) => {
    expect(finds(text, part)).toBe(true);
  });

  it.each([
    // `카셋` ends 레플리카셋 and `만든` starts 만든다: the part spans the space between them.
    ['레플리카셋 만든다', '카셋만든'],
    ['레플리카 셋', '리카셋'],
    ['이미지 레이어', '지레이'],
  ])('a part never matches across two words: %s <- %s', (text, part) => {
    expect(finds(text, part)).toBe(false);
  });
});
