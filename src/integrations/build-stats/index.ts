import type { AstroIntegration } from 'astro';

/** Time spent in one build step that runs inside Astro's render (a Markdown plugin). */
export interface StepStats {
  count: number;
  ms: number;
}

const KEY = Symbol.for('k8s-notes.build-stats');

/**
 * The per-process counters of the steps: on `globalThis`, so the plugin instances Astro's
 * Markdown pipeline runs and this integration share them whatever module copy they come from.
 */
function stats(): Map<string, StepStats> {
  const global = globalThis as { [KEY]?: Map<string, StepStats> };
  global[KEY] ??= new Map();
  return global[KEY];
}

/** Adds `ms` spent on `count` items of `step` (e.g. one diagram drawn). */
export function recordStep(step: string, ms: number, count = 1): void {
  const entry = stats().get(step) ?? { count: 0, ms: 0 };
  entry.count += count;
  entry.ms += ms;
  stats().set(step, entry);
}

/**
 * Logs, at the end of the build, the time of the steps that run inside Astro's render, so that
 * `npm run bench:scale` can tell them apart from the render itself.
 */
export function buildStatsIntegration(): AstroIntegration {
  return {
    name: 'k8s-notes:build-stats',
    hooks: {
      'astro:build:done': ({ logger }) => {
        for (const [step, { count, ms }] of stats()) {
          logger.info(`${step}: ${count} in ${Math.round(ms)} ms.`);
        }
      },
    },
  };
}
