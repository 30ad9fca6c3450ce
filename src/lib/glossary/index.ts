/** The glossary (용어집): data, spellings found in prose, anchors and order. */
import { MentionFinder } from './mentions';
import { GLOSSARY_ENTRIES } from './terms';
import type { GlossaryEntry } from './types';

export { GLOSSARY_ENTRIES } from './terms';
export type { GlossaryEntry } from './types';

/** Every entry by its id. */
export const ENTRY_BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(
  GLOSSARY_ENTRIES.map((entry) => [entry.id, entry]),
);

let finder: MentionFinder | undefined;

/** The finder of every term of the glossary, built once. */
export function glossaryFinder(): MentionFinder {
  finder ??= new MentionFinder(GLOSSARY_ENTRIES);
  return finder;
}

/** Whether entry `id` is linked on a chapter of `part` (`docker`, `kubernetes`, ...). */
export function linkedInPart(part: string): (id: string) => boolean {
  return (id) => ENTRY_BY_ID.get(id)?.scope !== 'kubernetes' || part !== 'docker';
}

/** Id of the first mention of entry `id` on a chapter page: where the glossary links to. */
export function mentionAnchor(id: string): string {
  return `gl-${id}`;
}

/** Id of the definition shown next to that mention. */
export function tipAnchor(id: string): string {
  return `gl-tip-${id}`;
}
