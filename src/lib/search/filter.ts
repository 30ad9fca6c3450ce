import { indexTerms, normaliseQuery } from './terms';

/**
 * The in-page filters of the command sheet and the manifest catalog, matching as site search
 * does: `파드를` finds what says 포드, `deploy` what says Deployment, and a part of a word finds
 * the word (the filters compare substrings). Flags, values and paths are matched as typed.
 */

/** What a filter searches for an entry whose text is `text`: the text and its search forms. */
export function filterText(text: string): string {
  return `${text} ${indexTerms(text).join(' ')}`.toLowerCase();
}

/** The typed query as words, each with the forms it may match (any one of them will do). */
export function queryForms(query: string): string[][] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      /^[\p{L}]+$/u.test(word)
        ? [...new Set([word, ...normaliseQuery(word).toLowerCase().split(' ')])].filter(Boolean)
        : [word],
    );
}

/** Whether an entry's `filterText` holds every word of the query in one of its forms. */
export function matchesFilter(text: string, forms: readonly (readonly string[])[]): boolean {
  return forms.every((each) => each.some((form) => text.includes(form)));
}
