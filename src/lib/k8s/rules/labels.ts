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
        messageId: 'labels.key',
        data: { key, problem: keyProblem },
      });
    }
    if (typeof value !== 'string') continue;
    const valueProblem = checkLabelValue(value);
    if (valueProblem) {
      context.report({
        rule,
        at: [...at, key],
        target: 'value',
        messageId: 'labels.value',
        data: { value, problem: valueProblem },
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
          messageId: 'annotations.key',
          data: { key, problem },
        });
      }
    }
    if (size > ANNOTATIONS_LIMIT) {
      context.report({
        rule: 'annotations',
        at: ['annotations'],
        target: 'key',
        messageId: 'annotations.size',
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
            messageId: 'label-selector.key',
            data: { key: expression.key, problem },
          });
        }
      }
      const values = Array.isArray(expression.values) ? expression.values : [];
      const operator = expression.operator;
      if (operator === 'In' || operator === 'NotIn') {
        if (values.length === 0) {
          context.report({
            at: [...at, 'values'],
            messageId: 'label-selector.values-required',
            data: { operator },
          });
        }
      } else if (operator === 'Exists' || operator === 'DoesNotExist') {
        if (values.length > 0) {
          context.report({
            at: [...at, 'values'],
            target: 'key',
            messageId: 'label-selector.values-forbidden',
            data: { operator },
          });
        }
      } else if (typeof operator === 'string') {
        context.report({
          at: [...at, 'operator'],
          target: 'value',
          messageId: 'label-selector.operator',
          hintId: 'label-selector.operator.hint',
          data: { operator },
        });
      }
      values.forEach((v, j) => {
        const problem = typeof v === 'string' ? checkLabelValue(v) : undefined;
        if (problem) {
          context.report({
            at: [...at, 'values', j],
            target: 'value',
            messageId: 'label-selector.value',
            data: { value: v as string, problem },
          });
        }
      });
    });
  },
};
