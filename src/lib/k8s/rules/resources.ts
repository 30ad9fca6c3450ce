/**
 * Resource requirements (core validation ValidateResourceRequirements, validatePodResources):
 * resource names are standard (cpu, memory, ephemeral-storage, hugepages-*) or
 * domain-qualified extended resources; quantities are non-negative; requests are at most the
 * limits; extended resources need limits equal to their requests; pod-level resources only
 * support cpu, memory and hugepages.
 */
import { quantityValue } from '../formats';
import { asObject, type Rule, type RuleContext } from './rule';

const STANDARD = new Set(['cpu', 'memory', 'ephemeral-storage']);
const POD_LEVEL = new Set(['cpu', 'memory']);

function isHugePages(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** Extended resources: `example.com/gpu` (qualified, not in the kubernetes.io namespace). */
function isExtended(name: string): boolean {
  const slash = name.indexOf('/');
  if (slash <= 0) return false;
  const domain = name.slice(0, slash);
  return !(domain === 'kubernetes.io' || domain.endsWith('.kubernetes.io'));
}

function checkRequirements(context: RuleContext, at: string[], podLevel: boolean): void {
  const resources = asObject(at.reduce<unknown>((v, k) => asObject(v)?.[k], context.value));
  if (!resources) return;
  const limits = asObject(resources.limits) ?? {};
  const requests = asObject(resources.requests) ?? {};
  for (const [field, map] of [
    ['limits', limits],
    ['requests', requests],
  ] as const) {
    for (const [name, quantity] of Object.entries(map)) {
      const ok = podLevel
        ? POD_LEVEL.has(name) || isHugePages(name)
        : STANDARD.has(name) || isHugePages(name) || isExtended(name);
      if (!ok) {
        context.report({
          at: [...at, field, name],
          target: 'key',
          messageId: podLevel
            ? 'resource-requirements.pod-level-name'
            : 'resource-requirements.name',
          data: { name },
        });
        continue;
      }
      const amount = quantityValue(quantity);
      if (amount !== undefined && amount < 0) {
        context.report({
          at: [...at, field, name],
          target: 'value',
          messageId: 'resource-requirements.negative',
          data: { name },
        });
      }
    }
  }
  for (const [name, request] of Object.entries(requests)) {
    const requested = quantityValue(request);
    const hasLimit = Object.hasOwn(limits, name);
    const limit = hasLimit ? quantityValue(limits[name]) : undefined;
    if (isExtended(name) && !podLevel) {
      if (!hasLimit || (limit !== undefined && requested !== undefined && limit !== requested)) {
        context.report({
          at: [...at, 'requests', name],
          target: 'value',
          messageId: 'resource-requirements.extended',
          data: { name },
        });
      }
      continue;
    }
    if (requested !== undefined && limit !== undefined && requested > limit) {
      context.report({
        at: [...at, 'requests', name],
        target: 'value',
        messageId: 'resource-requirements.request-over-limit',
        data: { name, request: String(request), limit: String(limits[name]) },
      });
    }
  }
}

/** The resource-requirements rule. */
export const resourceRequirements: Rule = {
  id: 'resource-requirements',
  types: ['v1.Container', 'v1.PodSpec'],
  check(context) {
    if (context.type === 'v1.PodSpec') checkRequirements(context, ['resources'], true);
    else checkRequirements(context, ['resources'], false);
  },
};
