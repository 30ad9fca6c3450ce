import { AstroError } from 'astro/errors';
import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  MDX_PLUGIN,
  mdxConcurrencyPlugin,
} from '../../../src/integrations/mdx-concurrency/vite-plugin';

type Transform = (this: unknown, code: string, id: string) => Promise<string>;

/** A stand-in for @astrojs/mdx's plugin that records how many compiles run at once. */
function fakeMdx(fail?: string) {
  const seen = { running: 0, most: 0, contexts: [] as unknown[] };
  const handler: Transform = async function (code, id) {
    seen.running++;
    seen.most = Math.max(seen.most, seen.running);
    seen.contexts.push(this);
    await new Promise((done) => setTimeout(done, 5));
    seen.running--;
    if (id === fail) throw new Error(`cannot compile ${id}`);
    return `compiled ${code}`;
  };
  const plugin: Plugin = { name: MDX_PLUGIN, transform: { filter: { id: /\.mdx$/ }, handler } };
  return { plugin, seen };
}

/** Runs the bounding plugin's `configResolved` as Vite does: once per environment. */
function resolve(bounding: Plugin, plugins: Plugin[], environments = 3): void {
  const hook = bounding.configResolved as (config: ResolvedConfig) => void;
  for (let i = 0; i < environments; i++) hook({ plugins } as unknown as ResolvedConfig);
}

function transformOf(plugin: Plugin): Transform {
  const hook = plugin.transform as { handler: Transform };
  return hook.handler;
}

describe('mdxConcurrencyPlugin', () => {
  it('runs at most `limit` compiles at once, each with its own result and context', async () => {
    const { plugin, seen } = fakeMdx();
    resolve(mdxConcurrencyPlugin(3), [plugin]);
    const transform = transformOf(plugin);
    const contexts = Array.from({ length: 12 }, (_, i) => ({ chapter: i }));
    const results = await Promise.all(
      contexts.map((context, i) => transform.call(context, `chapter ${i}`, `/c/${i}.mdx`)),
    );
    expect(results).toEqual(contexts.map((_, i) => `compiled chapter ${i}`));
    expect(seen.most).toBe(3);
    expect(new Set(seen.contexts)).toEqual(new Set(contexts));
  });

  it('keeps the hook filter and wraps the hook once however many environments resolve', () => {
    const { plugin } = fakeMdx();
    const filter = (plugin.transform as { filter: unknown }).filter;
    const bounding = mdxConcurrencyPlugin(2);
    resolve(bounding, [plugin], 1);
    const once = transformOf(plugin);
    resolve(bounding, [plugin], 4);
    expect(transformOf(plugin)).toBe(once);
    expect((plugin.transform as { filter: unknown }).filter).toBe(filter);
  });

  it('frees the slot of a compile that fails and reports its error', async () => {
    const { plugin, seen } = fakeMdx('/c/1.mdx');
    resolve(mdxConcurrencyPlugin(1), [plugin]);
    const transform = transformOf(plugin);
    const outcomes = await Promise.allSettled(
      [0, 1, 2, 3].map((i) => transform.call(undefined, `chapter ${i}`, `/c/${i}.mdx`)),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toContain('cannot compile');
    expect(seen.most).toBe(1);
  });

  it('bounds a transform written as a plain function too', async () => {
    const { plugin, seen } = fakeMdx();
    plugin.transform = (plugin.transform as { handler: Transform }).handler;
    resolve(mdxConcurrencyPlugin(2), [plugin]);
    const transform = plugin.transform as unknown as Transform;
    await Promise.all([0, 1, 2, 3, 4].map((i) => transform.call(undefined, `${i}`, `/${i}.mdx`)));
    expect(seen.most).toBe(2);
  });

  it('fails with a hint naming the setting when the MDX plugin is not there', () => {
    const bounding = mdxConcurrencyPlugin(2);
    let error: unknown;
    try {
      resolve(bounding, [{ name: 'some-other-plugin' }], 1);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(AstroError);
    expect((error as AstroError).message).toContain(MDX_PLUGIN);
    expect((error as AstroError).hint).toContain('src/integrations/mdx-concurrency/vite-plugin.ts');
  });
});
