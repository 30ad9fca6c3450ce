/**
 * Which group file (en/*.ts, ko/*.ts) holds a message id, read from the id's first segment, so
 * the page can load the sentences a finding needs without a list of every id.
 */

/** The groups of the catalogs. */
export type Group = 'syntax' | 'schema' | 'rules' | 'lint' | 'commands' | 'page' | 'input';

const BY_PREFIX: Record<string, Group> = {};
const PREFIXES: Record<Exclude<Group, 'rules'>, string[]> = {
  syntax: ['yaml', 'json'],
  schema: [
    'expect-errors',
    'not-object',
    'type-meta',
    'type',
    'unknown-kind',
    'no-schema',
    'fragment',
    'removed-api',
    'value',
    'format',
    'base64',
    'enum',
    'unknown-field',
    'required',
    'problem',
  ],
  lint: ['resources', 'image-tag', 'service-selector'],
  commands: [
    'flag-value',
    'deprecated-flag',
    'unknown-flag',
    'unknown-command',
    'cli',
    'missing-argument',
    'shell-syntax',
    'expect-fail',
  ],
  page: ['check-failed'],
  input: ['io', 'input', 'manifest-name'],
};
for (const [group, prefixes] of Object.entries(PREFIXES)) {
  for (const prefix of prefixes) BY_PREFIX[prefix] = group as Group;
}

/** The group of a message id: by its part before the first `.`; rules are the rest. */
export function groupOf(id: string): Group {
  return BY_PREFIX[id.split('.')[0]!] ?? 'rules';
}
