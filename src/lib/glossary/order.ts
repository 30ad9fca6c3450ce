import type { GlossaryEntry } from './types';

/** A section of the glossary page and a stop of its jump bar. */
export interface Initial {
  /** What the jump bar shows: the consonant (`ㄱ`), or `A–Z` for terms written in Latin. */
  label: string;
  /** The section's anchor (ASCII: romanised consonant, or `latin`). */
  id: string;
}

/** The 14 basic consonants in dictionary order, then the Latin terms (`kubectl`, `etcd`). */
export const INITIALS: readonly Initial[] = [
  { label: 'ㄱ', id: 'initial-g' },
  { label: 'ㄴ', id: 'initial-n' },
  { label: 'ㄷ', id: 'initial-d' },
  { label: 'ㄹ', id: 'initial-r' },
  { label: 'ㅁ', id: 'initial-m' },
  { label: 'ㅂ', id: 'initial-b' },
  { label: 'ㅅ', id: 'initial-s' },
  { label: 'ㅇ', id: 'initial-ng' },
  { label: 'ㅈ', id: 'initial-j' },
  { label: 'ㅊ', id: 'initial-ch' },
  { label: 'ㅋ', id: 'initial-k' },
  { label: 'ㅌ', id: 'initial-t' },
  { label: 'ㅍ', id: 'initial-p' },
  { label: 'ㅎ', id: 'initial-h' },
  { label: 'A–Z', id: 'initial-latin' },
];

/** The 19 initial consonants of Hangul syllables, tense ones folded into their plain one. */
const SYLLABLE_INITIALS = 'ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ';

/** The jump-bar label of a term: the initial consonant of its first syllable, or `A–Z`. */
export function initialOf(term: string): string {
  const code = term.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) {
    return SYLLABLE_INITIALS[Math.floor((code - 0xac00) / 588)] as string;
  }
  return 'A–Z';
}

const collator = new Intl.Collator('ko', { sensitivity: 'base', numeric: true });

/** Entries grouped by initial in 가나다 order (Latin terms last, alphabetical), empty groups kept. */
export function groupByInitial(
  entries: readonly GlossaryEntry[],
): Array<Initial & { entries: GlossaryEntry[] }> {
  return INITIALS.map((initial) => ({
    ...initial,
    entries: entries
      .filter((entry) => initialOf(entry.term) === initial.label)
      .sort((a, b) => collator.compare(a.term, b.term)),
  }));
}
