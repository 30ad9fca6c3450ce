/**
 * Ephemeral containers are added to a running Pod through its ephemeralcontainers subresource
 * (`kubectl debug`); a Pod may not be created with them, and pod templates may not hold them
 * (core validation ValidatePodCreate, ValidatePodTemplateSpec).
 */
import { type Rule } from './rule';

/** The ephemeral-containers rule. */
export const ephemeralContainers: Rule = {
  id: 'ephemeral-containers',
  types: ['v1.PodSpec'],
  check(context) {
    const list = context.value.ephemeralContainers;
    if (!Array.isArray(list) || list.length === 0) return;
    const inTemplate = context.path.includes('template');
    context.report({
      at: ['ephemeralContainers'],
      target: 'key',
      message: inTemplate
        ? 'ephemeral containers are not allowed in pod templates'
        : 'ephemeralContainers cannot be set on create',
      hint: 'Add ephemeral containers to a running Pod with `kubectl debug`.',
    });
  },
};
