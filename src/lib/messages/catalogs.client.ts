/**
 * Where sentences come from in the page: only Korean (the page's language), and only the
 * groups the findings on screen need, fetched on first use like the per-kind schemas. English
 * is not shipped: a finding's `message` in the page is its Korean sentence. Chosen over
 * catalogs.ts by the `browser` condition of package.json `imports`.
 */
import type { Group } from './groups';
import page from './ko/page';

/** Sentences by language and message id; filled as groups load. */
export const CATALOGS: Record<'en' | 'ko', Record<string, string>> = { en: {}, ko: { ...page } };

const LOADERS: Record<Group, (() => Promise<{ default: Record<string, string> }>) | undefined> = {
  syntax: () => import('./ko/syntax'),
  schema: () => import('./ko/schema'),
  rules: () => import('./ko/rules'),
  lint: () => import('./ko/lint'),
  // The page runs no command check, and the editor's own sentences come with this module.
  commands: undefined,
  page: undefined,
  input: () => import('./ko/input'),
};

const loading = new Map<Group, Promise<void>>();

/** Loads the Korean sentences of these groups; true when any was not loaded before. */
export async function loadGroups(groups: readonly Group[]): Promise<boolean> {
  const fresh = groups.filter((group) => LOADERS[group] && !loading.has(group));
  for (const group of fresh) {
    loading.set(
      group,
      LOADERS[group]!().then(
        (module) => {
          Object.assign(CATALOGS.ko, module.default);
        },
        (error: unknown) => {
          loading.delete(group); // try again on the next check
          throw error;
        },
      ),
    );
  }
  await Promise.all(groups.map((group) => loading.get(group)));
  return fresh.length > 0;
}
