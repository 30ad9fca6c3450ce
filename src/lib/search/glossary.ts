import { GLOSSARY_ENTRIES } from '../glossary/terms';

/**
 * Term groups the notes and their readers use for the same thing: Korean spellings of loanwords,
 * the English term, abbreviations. They come from the glossary (`src/lib/glossary/terms.ts`, the
 * one data file the glossary page and the chapters' first-mention links read too): one group per
 * entry of kind `term`, its spelling in the notes first. The first form of a group is its key:
 * indexing adds the key to every page that uses any form, and a query form is rewritten to the
 * key, so `파드`, `Pod` and `포드` all find a page that says `포드`. A key with a space
 * (`롤링 업데이트`) is searched as its words, which the chapter about it uses most. Forms match
 * case-insensitively, spaces ignored. kubectl subcommands are no group: queries that start with
 * a command are searched as typed.
 */
export const GLOSSARY: readonly (readonly string[])[] = GLOSSARY_ENTRIES.filter(
  (entry) => (entry.kind ?? 'term') === 'term',
).map((entry) => [
  entry.term,
  ...(entry.ko ?? []),
  entry.en,
  ...(entry.enAlt ?? []),
  ...(entry.short ?? []),
  ...(entry.searchOnly ?? []),
]);

/** Glossary form with spaces removed and lower-cased, the shape forms are compared in. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** Key of every glossary form (squashed), e.g. `파드` -> `포드`, `롤링업데이트` -> `롤링 업데이트`. */
export const FORM_TO_KEY: ReadonlyMap<string, string> = new Map(
  GLOSSARY.flatMap((group) => {
    const key = (group[0] as string).toLowerCase();
    return [[squash(key), key] as const, ...group.map((form) => [squash(form), key] as const)];
  }),
);

/** Every form of each key's group, e.g. `레플리카셋` -> `레플리카셋`, `replicaset`, `rs`, ... */
export const FORMS_OF_KEY: ReadonlyMap<string, readonly string[]> = new Map(
  GLOSSARY.map((group) => [(group[0] as string).toLowerCase(), group.map((f) => f.toLowerCase())]),
);

/** Longest form, in syllables/letters once squashed; bounds how far a query match looks. */
export const LONGEST_FORM = Math.max(...[...FORM_TO_KEY.keys()].map((form) => form.length));
