/**
 * Tolerations (core validation ValidateTolerations): `Exists` takes no value, and the numeric
 * operators `Gt`/`Lt` need the alpha feature gate TaintTolerationComparisonOperators, which is
 * off by default in Kubernetes 1.36.
 */
import { asObject, listAt, type Rule } from './rule';

/** The tolerations rule. */
export const tolerations: Rule = {
  id: 'toleration',
  types: ['v1.PodSpec'],
  check(context) {
    listAt(context.value, 'tolerations').forEach((raw, i) => {
      const toleration = asObject(raw);
      if (!toleration) return;
      const at = ['tolerations', i];
      const operator = toleration.operator;
      if (operator === 'Exists' && typeof toleration.value === 'string' && toleration.value) {
        context.report({
          at: [...at, 'value'],
          target: 'value',
          messageId: 'toleration.exists-value',
        });
      }
      if (operator === 'Gt' || operator === 'Lt') {
        context.report({
          rule: 'feature-gate',
          at: [...at, 'operator'],
          target: 'value',
          messageId: 'feature-gate.toleration-operator',
          hintId: 'feature-gate.toleration-operator.hint',
          data: { operator },
        });
      }
      const seconds = toleration.tolerationSeconds;
      if (seconds !== undefined && seconds !== null && toleration.effect !== 'NoExecute') {
        context.report({
          at: toleration.effect ? [...at, 'effect'] : [...at, 'tolerationSeconds'],
          target: toleration.effect ? 'value' : 'key',
          messageId: 'toleration.seconds',
        });
      }
    });
  },
};
