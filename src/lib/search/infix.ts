/**
 * Parts of Korean words for search. Pagefind matches a query word against the start of indexed
 * words, so `레플리` finds `레플리카셋` but `플리카` does not. Indexing the word's suffixes
 * (`플리카셋`, `리카셋`, `카셋`) turns that prefix match into a match anywhere inside the word:
 * `플리카` is a prefix of `플리카셋`. Suffixes are taken inside one word only, so a part never
 * matches across two words.
 */

/** Shortest part a reader types to find a word by (two syllables). */
export const MIN_PART = 2;

/**
 * Longest word whose suffixes are indexed, in syllables: compounds in the notes are shorter
 * (`레플리케이션컨트롤러` has 10); longer Hangul runs are sentences typed without spaces.
 */
export const MAX_WORD = 12;

const HANGUL_WORD = /^\p{Script=Hangul}+$/u;

/**
 * The suffixes of `word` that a part of it can start, longest first, each `MIN_PART` syllables
 * or more: `레플리카셋` -> `플리카셋`, `리카셋`, `카셋`. Empty for words that are not all Hangul,
 * that are too short to have a part, or too long to be one word.
 */
export function wordSuffixes(word: string): string[] {
  if (!HANGUL_WORD.test(word)) return [];
  const syllables = [...word];
  if (syllables.length <= MIN_PART || syllables.length > MAX_WORD) return [];
  const suffixes: string[] = [];
  for (let start = 1; start <= syllables.length - MIN_PART; start++) {
    suffixes.push(syllables.slice(start).join(''));
  }
  return suffixes;
}
