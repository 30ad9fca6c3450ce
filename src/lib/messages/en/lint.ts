/**
 * English sentences: The lints of src/lib/k8s/lint (warnings).
 */
export default {
  'resources.unset': 'container has no resource requests or limits',
  'resources.unset.hint': 'Add `resources.requests` (and `limits`) for cpu and memory.',
  'image-tag.none': 'image "{{image}}" has no tag, so it means :latest',
  'image-tag.latest': 'image "{{image}}" uses the :latest tag',
  'image-tag.hint': 'Pin a version, e.g. `nginx:1.27`, so the manifest always runs the same image.',
  'service-selector.no-match': 'Service "{{name}}" selects {{selector}}, but no pod template on this page has these labels',
  'service-selector.no-template': 'Service "{{name}}" selects {{selector}}, but no pod template is on this page',
  'service-selector.hint': 'Check the selector against the labels of the pods it should reach.',
} as const;
