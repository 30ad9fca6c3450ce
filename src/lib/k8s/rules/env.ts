/**
 * Environment variables (core validation ValidateEnv, validateEnvVarValueFrom): a name of
 * printable ASCII without '=' (the relaxed rule, GA since Kubernetes 1.34), `value` and
 * `valueFrom` not both, exactly one source in `valueFrom`, and valid ConfigMap/Secret keys.
 */
import { ref, type MessageRef } from '../../messages';
import { checkConfigMapKey } from '../formats';
import { asObject, listAt, type Rule } from './rule';

const SOURCES = [
  'fieldRef',
  'resourceFieldRef',
  'configMapKeyRef',
  'secretKeyRef',
  'fileKeyRef',
] as const;

function checkEnvName(name: string): MessageRef | undefined {
  if (name === '') return ref('problem.env-empty');
  if (name.includes('=')) return ref('problem.env-equals');
  if (!/^[\x20-\x7e]+$/.test(name)) return ref('problem.env-printable');
  return undefined;
}

/** The env-name rule (and value sources). */
export const env: Rule = {
  id: 'env-name',
  types: ['v1.Container', 'v1.EphemeralContainer'],
  check(context) {
    const seen = new Set<string>();
    listAt(context.value, 'env').forEach((raw, i) => {
      const variable = asObject(raw);
      if (!variable) return;
      const at = ['env', i];
      if (typeof variable.name === 'string') {
        const problem = checkEnvName(variable.name);
        if (problem) {
          context.report({
            at: [...at, 'name'],
            target: 'value',
            messageId: 'env-name.invalid',
            data: { name: variable.name, problem },
          });
        } else if (seen.has(variable.name)) {
          context.report({
            severity: 'warning',
            at: [...at, 'name'],
            target: 'value',
            messageId: 'env-name.duplicate',
            data: { name: variable.name },
          });
        }
        seen.add(variable.name);
      }
      const valueFrom = asObject(variable.valueFrom);
      if (!valueFrom) return;
      if (typeof variable.value === 'string' && variable.value !== '') {
        context.report({
          rule: 'env-source',
          at: [...at, 'valueFrom'],
          target: 'key',
          messageId: 'env-source.value-and-from',
        });
      }
      const used = SOURCES.filter((s) => valueFrom[s] !== undefined && valueFrom[s] !== null);
      if (used.length === 0) {
        context.report({
          rule: 'env-source',
          at: [...at, 'valueFrom'],
          target: 'key',
          messageId: 'env-source.none',
        });
      } else if (used.length > 1) {
        context.report({
          rule: 'env-source',
          at: [...at, 'valueFrom'],
          target: 'key',
          messageId: 'env-source.many',
          data: { sources: used },
        });
      }
      for (const ref of ['configMapKeyRef', 'secretKeyRef'] as const) {
        const key = asObject(valueFrom[ref])?.key;
        const problem = typeof key === 'string' ? checkConfigMapKey(key) : undefined;
        if (problem) {
          context.report({
            rule: 'env-source',
            at: [...at, 'valueFrom', ref, 'key'],
            target: 'value',
            messageId: 'env-source.key',
            data: { key: key as string, problem },
          });
        }
      }
    });
  },
};
