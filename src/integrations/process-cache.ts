import { resolve } from 'node:path';

/**
 * `compute(root)` once per project root and process, shared by every copy of the calling module.
 * A build loads our integrations and plugins with the config and the pages from Astro's bundle:
 * two copies of the same module, whose module-level caches would each compute the result (every
 * manifest and shell block of the site checked twice per build). `name` tells the caches apart;
 * roots are resolved, so `/repo` and `/repo/` are one entry.
 */
export function oncePerRoot<T>(name: string, compute: (root: string) => T): (root: string) => T {
  const store = globalThis as typeof globalThis & Record<symbol, Map<string, T> | undefined>;
  const key = Symbol.for(`k8s-notes:${name}`);
  return (root) => {
    const cache = (store[key] ??= new Map<string, T>());
    const path = resolve(root);
    if (!cache.has(path)) cache.set(path, compute(root));
    return cache.get(path) as T;
  };
}
