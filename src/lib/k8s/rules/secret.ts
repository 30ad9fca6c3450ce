/**
 * Secrets and ConfigMaps (core validation ValidateSecret, ValidateConfigMap): keys are valid
 * config keys, a ConfigMap key is not in both data and binaryData, and typed Secrets hold the
 * keys (or annotation) their type requires. Base64 of `data` is checked by the schema (`byte`).
 */
import { checkConfigMapKey } from '../formats';
import { asObject, type Rule, type RuleContext } from './rule';

const REQUIRED_KEYS: Record<string, string[][]> = {
  'kubernetes.io/tls': [['tls.crt'], ['tls.key']],
  'kubernetes.io/dockerconfigjson': [['.dockerconfigjson']],
  'kubernetes.io/dockercfg': [['.dockercfg']],
  'kubernetes.io/ssh-auth': [['ssh-privatekey']],
  'kubernetes.io/basic-auth': [['username', 'password']],
};

function checkKeys(context: RuleContext, field: string, rule: string): string[] {
  const map = asObject(context.value[field]);
  if (!map) return [];
  for (const key of Object.keys(map)) {
    const problem = checkConfigMapKey(key);
    if (problem) {
      context.report({
        rule,
        at: [field, key],
        target: 'key',
        messageId: 'config-key.invalid',
        data: { key, problem },
      });
    }
  }
  return Object.keys(map);
}

/** The secret rule. */
export const secret: Rule = {
  id: 'secret',
  types: ['v1.Secret'],
  check(context) {
    const keys = new Set([
      ...checkKeys(context, 'data', 'secret'),
      ...checkKeys(context, 'stringData', 'secret'),
    ]);
    const type = context.value.type;
    if (typeof type !== 'string') return;
    for (const alternatives of REQUIRED_KEYS[type] ?? []) {
      if (alternatives.some((key) => keys.has(key))) continue;
      const at = context.value.data !== undefined ? ['data'] : ['type'];
      if (alternatives.length === 1) {
        context.report({
          at,
          target: 'key',
          messageId: 'secret.required-key',
          data: { type, key: alternatives[0]! },
        });
      } else {
        context.report({
          at,
          target: 'key',
          messageId: 'secret.required-key-any',
          data: { type, keys: alternatives },
        });
      }
    }
    if (type === 'kubernetes.io/service-account-token') {
      const annotations = asObject(asObject(context.value.metadata)?.annotations);
      if (typeof annotations?.['kubernetes.io/service-account.name'] !== 'string') {
        context.report({
          at: ['type'],
          target: 'value',
          messageId: 'secret.service-account-token',
        });
      }
    }
  },
};

/** The configmap rule. */
export const configMap: Rule = {
  id: 'configmap',
  types: ['v1.ConfigMap'],
  check(context) {
    const data = new Set(checkKeys(context, 'data', 'configmap'));
    for (const key of checkKeys(context, 'binaryData', 'configmap')) {
      if (data.has(key)) {
        context.report({
          at: ['binaryData', key],
          target: 'key',
          messageId: 'configmap.both',
          data: { key },
        });
      }
    }
  },
};
