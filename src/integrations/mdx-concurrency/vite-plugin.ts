import { AstroError } from 'astro/errors';
import pLimit from 'p-limit';
import type { Plugin } from 'vite';

/** The plugin of `@astrojs/mdx` whose `transform` compiles a chapter. */
export const MDX_PLUGIN = '@mdx-js/rolldown';

type Handler = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Lets at most `limit` chapters be compiled at once during a build. The bundler asks for the
 * transform of every chapter it finds, and `@astrojs/mdx` starts each compile at once, so with
 * many chapters most of them are half compiled at the same time, each holding its syntax trees,
 * highlighted code and diagrams. Compiles past the limit wait their turn; what each produces is
 * unchanged. Vite resolves the config once per environment with the same plugin objects, so the
 * hook is wrapped only the first time.
 */
export function mdxConcurrencyPlugin(limit: number): Plugin {
  const bounded = new WeakSet<object>();
  return {
    name: 'k8s-notes:mdx-concurrency',
    apply: 'build',
    configResolved({ plugins }) {
      const mdx = plugins.find((plugin) => plugin.name === MDX_PLUGIN);
      const hook = mdx?.transform;
      if (!mdx || !hook) {
        throw new AstroError(
          `The MDX compiler's Vite plugin "${MDX_PLUGIN}" was not found, so the number of ` +
            'chapters compiled at once cannot be bounded.',
          'The plugin of @astrojs/mdx has likely been renamed in a new version: set MDX_PLUGIN ' +
            'in src/integrations/mdx-concurrency/vite-plugin.ts to its new name.',
        );
      }
      if (bounded.has(mdx)) return;
      bounded.add(mdx);
      const run = pLimit(limit);
      const handler = (typeof hook === 'function' ? hook : hook.handler) as Handler;
      const limited = function (this: unknown, ...args: unknown[]) {
        return run(() => handler.apply(this, args));
      };
      if (typeof hook === 'function') mdx.transform = limited as typeof hook;
      else hook.handler = limited as typeof hook.handler;
    },
  };
}
