import type { AstroIntegration } from 'astro';
import { mdxConcurrencyPlugin } from './vite-plugin';

/**
 * How many chapters the MDX compiler works on at once in a build. Measured at 1,600 chapters
 * (`npm run bench:scale -- 100`, 2 cores): unbounded, the bundling step held 0.8 GB of JavaScript
 * heap and the build's Node process peaked at 2.10-2.13 GB; with 4 at once, 0.48 GB and
 * 1.60-1.68 GB, and the build is no slower (the compiles share one thread). 2 gave the same.
 */
const CHAPTERS_AT_ONCE = 4;

/** Bounds the chapters compiled at once in a build, which bounds the build's memory at scale. */
export function mdxConcurrencyIntegration(): AstroIntegration {
  return {
    name: 'k8s-notes:mdx-concurrency',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [mdxConcurrencyPlugin(CHAPTERS_AT_ONCE)] } });
      },
    },
  };
}
