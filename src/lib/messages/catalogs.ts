/**
 * Where sentences come from in Node (the build, the CLI, tests): every language, loaded with the
 * module. The page gets catalogs.client.ts instead (package.json `imports`, `browser` condition).
 */
import { en } from './en';
import type { Group } from './groups';
import { ko } from './ko';

/** Sentences by language and message id. */
export const CATALOGS: Record<'en' | 'ko', Readonly<Record<string, string>>> = { en, ko };

/** Loads the sentences of these groups; nothing to do here, everything is loaded. */
export async function loadGroups(groups: readonly Group[]): Promise<boolean> {
  void groups;
  return false;
}
