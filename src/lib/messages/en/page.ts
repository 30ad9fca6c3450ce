/**
 * English sentences: The page editor.
 */
export default {
  'check-failed': 'could not check: {{detail}}',
} as const;
