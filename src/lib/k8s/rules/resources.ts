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
          message: podLevel
            ? `unsupported pod-level resource ${JSON.stringify(name)}: pod-level resources ` +
              'support only cpu, memory and hugepages-*'
            : `invalid resource name ${JSON.stringify(name)}: must be a standard resource ` +
              '(cpu, memory, ephemeral-storage, hugepages-*) or a domain-qualified one',
        });
        continue;
      }
      const amount = quantityValue(quantity);
      if (amount !== undefined && amount < 0) {
        context.report({
          at: [...at, field, name],
          target: 'value',
          message: `${name} must be greater than or equal to 0`,
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
          message: `${name} is an extended resource: its limit must be set and equal the request`,
        });
      }
      continue;
    }
    if (requested !== undefined && limit !== undefined && requested > limit) {
      context.report({
        at: [...at, 'requests', name],
        target: 'value',
        message: `${name} request ${String(request)} must be less than or equal to the limit ` +
          `${String(limits[name])}`,
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
