/**
 * The mutation benchmark (tests/mutations): the base manifests are valid, and every single
 * mistake the API server refuses is an error here, reported by a rule (not by a crash).
 */
import { describe, expect, it } from 'vitest';
import { MUTATIONS } from '../../mutations/mutations';
import { baseErrors, runMutations } from '../../mutations/run';

describe('mutation benchmark', () => {
  it('has at least 80 mistakes, each with the validation function it comes from', () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(MUTATIONS.map((m) => m.id)).size).toBe(MUTATIONS.length);
    for (const mutation of MUTATIONS) expect(mutation.from, mutation.id).not.toBe('');
  });

  it('starts from manifests without errors', async () => {
    for (const [name, rules] of Object.entries(await baseErrors())) expect(rules, name).toEqual([]);
  });

  it('detects every mistake', async () => {
    const missed = (await runMutations()).filter((result) => !result.detected);
    expect(missed.map((result) => result.mutation.id)).toEqual([]);
  }, 60_000);
});
