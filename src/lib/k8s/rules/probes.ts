/**
 * Probes (core validation validateProbe, validateInitContainers): exactly one handler,
 * non-negative numbers, successThreshold 1 for liveness and startup probes, no
 * terminationGracePeriodSeconds on readiness probes, and no probes on plain init containers.
 */
import { asObject, type Rule, type RuleContext } from './rule';

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const DEFAULTED: Record<string, number> = {
  periodSeconds: 10,
  timeoutSeconds: 1,
  successThreshold: 1,
  failureThreshold: 3,
};

function checkProbe(context: RuleContext, name: (typeof PROBES)[number]): void {
  const probe = asObject(context.value[name]);
  if (!probe) return;
  const handlers = HANDLERS.filter((h) => probe[h] !== undefined && probe[h] !== null);
  if (handlers.length === 0 && !context.fragment) {
    context.report({
      at: [name],
      target: 'key',
      messageId: 'probe.no-handler',
      data: { probe: name },
    });
  } else if (handlers.length > 1) {
    context.report({
      at: [name, handlers[1]!],
      target: 'key',
      messageId: 'probe.many-handlers',
      data: { probe: name, handlers },
    });
  }
  for (const field of [
    'initialDelaySeconds',
    'timeoutSeconds',
    'periodSeconds',
    'successThreshold',
    'failureThreshold',
  ]) {
    const n = probe[field];
    if (typeof n !== 'number') continue;
    if (n < 0) {
      context.report({
        at: [name, field],
        target: 'value',
        messageId: 'probe.negative',
        data: { field },
      });
    } else if (n === 0 && Object.hasOwn(DEFAULTED, field)) {
      context.report({
        severity: 'warning',
        at: [name, field],
        target: 'value',
        messageId: 'probe.zero-default',
        data: { field, default: DEFAULTED[field]! },
      });
    }
  }
  const success = probe.successThreshold;
  if (name !== 'readinessProbe' && typeof success === 'number' && success > 1) {
    context.report({
      at: [name, 'successThreshold'],
      target: 'value',
      messageId: 'probe.success-threshold',
      data: { kind: name.replace('Probe', '') },
    });
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (grace !== undefined && grace !== null) {
    if (name === 'readinessProbe') {
      context.report({
        at: [name, 'terminationGracePeriodSeconds'],
        target: 'key',
        messageId: 'probe.readiness-grace',
      });
    } else if (typeof grace === 'number' && grace <= 0) {
      context.report({
        at: [name, 'terminationGracePeriodSeconds'],
        target: 'value',
        messageId: 'probe.grace-positive',
      });
    }
  }
}

/** The probe rule. */
export const probes: Rule = {
  id: 'probe',
  types: ['v1.Container'],
  check(context) {
    const { path, value } = context;
    const inInit = path[path.length - 2] === 'initContainers';
    if (inInit && value.restartPolicy !== 'Always') {
      for (const name of [...PROBES, 'lifecycle']) {
        if (value[name] !== undefined && value[name] !== null) {
          context.report({
            at: [name],
            target: 'key',
            messageId: 'probe.init-container',
            data: { field: name },
          });
        }
      }
      return;
    }
    for (const name of PROBES) checkProbe(context, name);
  },
};
