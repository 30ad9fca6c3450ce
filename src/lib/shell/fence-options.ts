/**
 * How a shell block asks to be checked, from its fence meta: `expect-fail` marks a command that
 * fails on purpose and the check must find why; `expect-fail=runtime` one that is well-formed but
 * fails against a cluster (e.g. a label that exists already), so the check must find nothing;
 * `no-check` skips the block.
 */

/** Check options of a shell block. */
export interface ShellFenceOptions {
  expectFail?: 'static' | 'runtime';
  skip?: boolean;
}

/** Reads `expect-fail`, `expect-fail=runtime` and `no-check` from a fence meta string. */
export function shellFenceOptions(meta: string): ShellFenceOptions {
  const options: ShellFenceOptions = {};
  const expect = /(?:^|\s)expect-fail(?:=(\w+))?(?=\s|$)/.exec(meta);
  if (expect) options.expectFail = expect[1] === 'runtime' ? 'runtime' : 'static';
  if (/(?:^|\s)no-check(?:\s|$)/.test(meta)) options.skip = true;
  return options;
}
