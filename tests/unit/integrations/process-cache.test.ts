import { describe, expect, it } from 'vitest';
import { oncePerRoot } from '../../../src/integrations/process-cache';

describe('oncePerRoot', () => {
  it('computes once per root for every copy of a module (same name), not per copy', () => {
    const calls: string[] = [];
    // Two copies of one module: the config's and the bundled pages', each with its own function.
    const fromConfig = oncePerRoot('test-shared', (root) => (calls.push(`config ${root}`), {}));
    const fromPages = oncePerRoot('test-shared', (root) => (calls.push(`pages ${root}`), {}));
    const first = fromConfig('/repo/');
    expect(fromPages('/repo')).toBe(first);
    expect(fromConfig('/repo/content/..')).toBe(first);
    expect(calls).toEqual(['config /repo/']);
    expect(fromPages('/other')).not.toBe(first);
    expect(calls).toEqual(['config /repo/', 'pages /other']);
  });

  it('keeps caches of different names apart', () => {
    const a = oncePerRoot('test-a', () => 'a');
    const b = oncePerRoot('test-b', () => 'b');
    expect([a('/repo'), b('/repo')]).toEqual(['a', 'b']);
  });

  it('shares a pending promise, so concurrent callers wait for one computation', async () => {
    let calls = 0;
    const load = oncePerRoot('test-async', async () => {
      calls++;
      await new Promise((done) => setTimeout(done, 5));
      return calls;
    });
    expect(await Promise.all([load('/r'), load('/r/'), load('/r')])).toEqual([1, 1, 1]);
  });
});
