/**
 * Environment variables (core validation ValidateEnv, validateEnvVarValueFrom): a name of
 * printable ASCII without '=' (the relaxed rule, GA since Kubernetes 1.34), `value` and
 * `valueFrom` not both, exactly one source in `valueFrom`, and valid ConfigMap/Secret keys.
 */
import { checkConfigMapKey } from '../formats';
import { asObject, listAt, type Rule } from './rule';

const SOURCES = [
  'fieldRef',
  'resourceFieldRef',
  'configMapKeyRef',
  'secretKeyRef',
  'fileKeyRef',
] as const;

function checkEnvName(name: string): string | undefined {
  if (name === '') return 'must not be empty';
  if (name.includes('=')) return 'must not contain "="';
  if (!/^[\x20-\x7e]+$/.test(name)) return 'must consist of printable ASCII characters';
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
            message: `invalid environment variable name ${JSON.stringify(variable.name)}: ` +
              problem,
          });
        } else if (seen.has(variable.name)) {
          context.report({
            severity: 'warning',
            at: [...at, 'name'],
            target: 'value',
            message: `environment variable ${JSON.stringify(variable.name)} is defined twice; ` +
              'the later one wins',
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
          message: 'valueFrom may not be specified when value is not empty',
        });
      }
      const used = SOURCES.filter((s) => valueFrom[s] !== undefined && valueFrom[s] !== null);
      if (used.length !== 1) {
        context.report({
          rule: 'env-source',
          at: [...at, 'valueFrom'],
          target: 'key',
          message:
            used.length === 0
              ? 'valueFrom must specify one source (fieldRef, resourceFieldRef, ' +
                'configMapKeyRef, secretKeyRef or fileKeyRef)'
              : `valueFrom may not have more than one source (found ${used.join(', ')})`,
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
            message: `invalid key ${JSON.stringify(key)}: ${problem}`,
          });
        }
      }
    });
  },
};
