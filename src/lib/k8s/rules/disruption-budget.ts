/**
 * PodDisruptionBudget (policy ValidatePodDisruptionBudgetSpec): minAvailable and maxUnavailable
 * are not both set; each is a non-negative integer or a percentage of at most 100 %.
 */
import { isPercent } from '../formats';
import type { Rule } from './rule';

export const disruptionBudget: Rule = {
  id: 'disruption-budget',
  types: ['policy/v1.PodDisruptionBudgetSpec'],
  check(context) {
    const { minAvailable, maxUnavailable } = context.value;
    if (minAvailable !== undefined && minAvailable !== null && maxUnavailable != null) {
      context.report({
        at: ['maxUnavailable'],
        target: 'key',
        messageId: 'pdb.both',
        hintId: 'pdb.both.hint',
      });
    }
    for (const field of ['minAvailable', 'maxUnavailable'] as const) {
      const value = context.value[field];
      if (typeof value === 'number' && value < 0) {
        context.report({
          at: [field],
          target: 'value',
          messageId: 'count.negative',
          data: { field, value },
        });
      } else if (typeof value === 'string') {
        const percent = isPercent(value) ? Number(value.slice(0, -1)) : undefined;
        if (percent === undefined || percent > 100) {
          context.report({
            at: [field],
            target: 'value',
            messageId: 'pdb.percent',
            data: { field, value },
          });
        }
      }
    }
  },
};
