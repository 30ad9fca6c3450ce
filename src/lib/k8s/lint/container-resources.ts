/**
 * kube-linter style `unset-cpu-requirements`/`unset-memory-requirements`: a container without
 * resource requests or limits gets no scheduling guarantee and no ceiling.
 */
import { asObject, getPath, type Rule } from '../rules/rule';

/** The resources lint. */
export const containerResourcesLint: Rule = {
  id: 'resources',
  severity: 'warning',
  types: ['v1.Container'],
  check(context) {
    const { value, path, root, fragment } = context;
    if (fragment) return;
    const resources = asObject(value.resources);
    const has = (field: string) => Object.keys(asObject(resources?.[field]) ?? {}).length > 0;
    if (has('requests') || has('limits')) return;
    // Pod-level resources (spec.resources) cover the containers.
    const podSpec = asObject(getPath(root, path.slice(0, -2)));
    if (asObject(podSpec?.resources)) return;
    context.report({
      at: value.resources !== undefined ? ['resources'] : ['name'],
      target: 'key',
      messageId: 'resources.unset',
      hintId: 'resources.unset.hint',
    });
  },
};
