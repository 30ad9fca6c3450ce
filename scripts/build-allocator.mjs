/**
 * Preloaded by `npm run build` (`node --import`), before Astro loads Rolldown: Rolldown's native
 * allocator (mimalloc) keeps memory it has freed for reuse and reads its settings from the
 * environment when it loads. After bundling 1,600 chapters it held ~0.9 GB that no later step
 * used (`MIMALLOC_SHOW_STATS=1` prints it at exit); returning freed pages at once lowers the
 * build's peak memory (`npm run bench:scale`). A value set by the caller wins.
 */
process.env.MIMALLOC_PURGE_DELAY ??= '0';
