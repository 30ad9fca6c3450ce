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
      messageId: inTemplate ? 'ephemeral-containers.template' : 'ephemeral-containers.create',
      hintId: 'ephemeral-containers.hint',
    });
  },
};
