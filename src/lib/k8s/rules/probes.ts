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
      message: `${name} must specify a handler (exec, httpGet, tcpSocket or grpc)`,
    });
  } else if (handlers.length > 1) {
    context.report({
      at: [name, handlers[1]!],
      target: 'key',
      message: `${name} may not specify more than 1 handler type (found ${handlers.join(', ')})`,
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
        message: `${field} must be greater than or equal to 0`,
      });
    } else if (n === 0 && Object.hasOwn(DEFAULTED, field)) {
      context.report({
        severity: 'warning',
        at: [name, field],
        target: 'value',
        message: `${field}: 0 is replaced by the default (${DEFAULTED[field]}); the minimum is 1`,
      });
    }
  }
  const success = probe.successThreshold;
  if (name !== 'readinessProbe' && typeof success === 'number' && success > 1) {
    context.report({
      at: [name, 'successThreshold'],
      target: 'value',
      message: `successThreshold must be 1 for ${name.replace('Probe', '')} probes`,
    });
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (grace !== undefined && grace !== null) {
    if (name === 'readinessProbe') {
      context.report({
        at: [name, 'terminationGracePeriodSeconds'],
        target: 'key',
        message: 'terminationGracePeriodSeconds must not be set for readiness probes',
      });
    } else if (typeof grace === 'number' && grace <= 0) {
      context.report({
        at: [name, 'terminationGracePeriodSeconds'],
        target: 'value',
        message: 'terminationGracePeriodSeconds must be greater than 0',
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
            message: `${name} may not be set for init containers without restartPolicy=Always`,
          });
        }
      }
      return;
    }
    for (const name of PROBES) checkProbe(context, name);
  },
};
