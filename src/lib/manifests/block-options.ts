/**
 * How a YAML block asks to be validated, read from its fence meta string. A proposal the site
 * and the CLI share: `fragment=Container` (or `fragment="kubeconfig.Context"`) validates the
 * block as part of an object, `expect-errors` marks an intentionally wrong example, and
 * `no-validate` skips the block. A `daemon.json` block is Docker's daemon configuration.
 */
import type { YamlBlock } from './extract';

/** Validation options a block declares. */
export interface BlockOptions {
  fragment?: string;
  expectErrors?: boolean;
  skip?: boolean;
}

/** Reads `fragment=`, `expect-errors` and `no-validate` from a block's meta. */
export function blockOptions(block: Pick<YamlBlock, 'meta' | 'fileName'>): BlockOptions {
  const options: BlockOptions = {};
  const fragment = /(?:^|\s)fragment=(?:"([^"]+)"|'([^']+)'|(\S+))/.exec(block.meta);
  if (fragment) options.fragment = fragment[1] ?? fragment[2] ?? fragment[3];
  else if (block.fileName === 'daemon.json') options.fragment = 'docker.daemon.json';
  if (/(?:^|\s)expect-errors(?:\s|$|=true)/.test(block.meta)) options.expectErrors = true;
  if (/(?:^|\s)no-validate(?:\s|$|=true)/.test(block.meta)) options.skip = true;
  return options;
}
