/**
 * English sentences: input that is not a manifest to check — unreadable paths, files too large or
 * not text, nesting too deep, empty files, the cap on findings, colliding download names.
 */
export default {
  'io.missing': 'no such file or folder: {{path}}',
  'io.missing.hint': 'Check the path; relative paths are read from the folder you ran the command in.',
  'io.dangling-link': 'symbolic link to a missing file or folder: {{target}}',
  'io.dangling-link.hint': 'Remove the link or point it at an existing file.',
  'io.link-loop': 'symbolic link loop: this folder was already visited as {{first}}',
  'io.link-loop.hint': 'Each folder is checked once; remove the link that points back to a parent folder.',
  'io.unreadable': 'cannot read: {{detail}}',
  'io.unreadable.hint': 'Check the permissions of the file or folder.',
  'input.too-large': 'file too large: {{size}} MB, the limit is {{limit}} MB',
  'input.too-large.hint': 'Split the file, or raise the limit with --max-size=<MB>.',
  'input.not-text': 'not a text file: {{reason}}',
  'input.not-text.hint': 'Manifests are UTF-8 text; check that this is the right file and save it as UTF-8.',
  'input.nul-byte': 'it contains a NUL byte (byte {{offset}})',
  'input.bad-utf8': 'it is not valid UTF-8',
  'input.too-deep': 'nesting too deep: more than {{limit}} levels (at "{{near}}")',
  'input.too-deep.hint': 'A Kubernetes object is never nested this deep; check the indentation and the brackets.',
  'input.empty': 'the file holds no YAML document',
  'input.empty.hint': 'Write a manifest with apiVersion and kind, or remove the file.',
  'input.too-many-findings': '{{count}} more findings in this file are not shown (the first {{shown}} are)',
  'input.too-many-findings.hint': 'Fix the first findings and run again, or show more with --max-findings=<n>.',
  'manifest-name.collision': 'two manifests are named {{name}}: this one and the one at {{first}}',
  'manifest-name.collision.hint': 'Give one of them a different title="..." (or heredoc file name), so each download has its own name.',
} as const;
