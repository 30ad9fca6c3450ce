/**
 * Label and annotation syntax on every ObjectMeta (top level and pod templates), and label
 * selectors (apimachinery ValidateLabels, ValidateAnnotations, ValidateLabelSelector).
 */
import { checkLabelValue, checkQualifiedName } from '../formats';
import { asObject, type Rule, type RuleContext } from './rule';

const ANNOTATIONS_LIMIT = 256 * 1024;

/** Reports bad keys and values of a label map at `at`. */
export function checkLabelMap(
  context: RuleContext,
  at: (string | number)[],
  rule = 'labels',
): void {
  const labels = asObject(at.reduce<unknown>((v, k) => asObject(v)?.[k as string], context.value));
  if (!labels) return;
  for (const [key, value] of Object.entries(labels)) {
    const keyProblem = checkQualifiedName(key);
    if (keyProblem) {
      context.report({
        rule,
        at: [...at, key],
        target: 'key',
        message: `invalid label key ${JSON.stringify(key)}: ${keyProblem}`,
      });
    }
    if (typeof value !== 'string') continue;
    const valueProblem = checkLabelValue(value);
    if (valueProblem) {
      context.report({
        rule,
        at: [...at, key],
        target: 'value',
        message: `invalid label value ${JSON.stringify(value)}: ${valueProblem}`,
      });
    }
  }
}

/** The labels/annotations rule. */
export const labels: Rule = {
  id: 'labels',
  types: ['meta/v1.ObjectMeta'],
  check(context) {
    checkLabelMap(context, ['labels']);
    const annotations = asObject(context.value.annotations);
    if (!annotations) return;
    let size = 0;
    for (const [key, value] of Object.entries(annotations)) {
      size += key.length + (typeof value === 'string' ? value.length : 0);
      const problem = checkQualifiedName(key.toLowerCase());
      if (problem) {
        context.report({
          rule: 'annotations',
          at: ['annotations', key],
          target: 'key',
          message: `invalid annotation key ${JSON.stringify(key)}: ${problem}`,
        });
      }
    }
    if (size > ANNOTATIONS_LIMIT) {
      context.report({
        rule: 'annotations',
        at: ['annotations'],
        target: 'key',
        message: 'annotations may not exceed 256 KiB in total',
      });
    }
  },
};

/** The label-selector rule. */
export const labelSelector: Rule = {
  id: 'label-selector',
  types: ['meta/v1.LabelSelector'],
  check(context) {
    checkLabelMap(context, ['matchLabels'], 'label-selector');
    const expressions = context.value.matchExpressions;
    if (!Array.isArray(expressions)) return;
    expressions.forEach((raw, i) => {
      const expression = asObject(raw);
      if (!expression) return;
      const at = ['matchExpressions', i];
      if (typeof expression.key === 'string') {
        const problem = checkQualifiedName(expression.key);
        if (problem) {
          context.report({
            at: [...at, 'key'],
            target: 'value',
            message: `invalid key ${JSON.stringify(expression.key)}: ${problem}`,
          });
        }
      }
      const values = Array.isArray(expression.values) ? expression.values : [];
      const operator = expression.operator;
      if (operator === 'In' || operator === 'NotIn') {
        if (values.length === 0) {
          context.report({
            at: [...at, 'values'],
            message: `values must be non-empty when operator is ${operator}`,
          });
        }
      } else if (operator === 'Exists' || operator === 'DoesNotExist') {
        if (values.length > 0) {
          context.report({
            at: [...at, 'values'],
            target: 'key',
            message: `values must be empty when operator is ${operator}`,
          });
        }
      } else if (typeof operator === 'string') {
        context.report({
          at: [...at, 'operator'],
          target: 'value',
          message: `unsupported operator ${JSON.stringify(operator)}`,
          hint: 'Use In, NotIn, Exists or DoesNotExist.',
        });
      }
      values.forEach((v, j) => {
        const problem = typeof v === 'string' ? checkLabelValue(v) : undefined;
        if (problem) {
          context.report({
            at: [...at, 'values', j],
            target: 'value',
            message: `invalid value ${JSON.stringify(v)}: ${problem}`,
          });
        }
      });
    });
  },
};
