/**
 * HorizontalPodAutoscaler (autoscaling validateHorizontalPodAutoscalerSpec): minReplicas is at
 * least 1 (0 only behind a feature gate), maxReplicas at least 1 and not below minReplicas, and
 * the v1 targetCPUUtilizationPercentage at least 1.
 */
import type { Rule } from './rule';

export const autoscaling: Rule = {
  id: 'autoscaling',
  types: ['autoscaling/v2.HorizontalPodAutoscalerSpec', 'autoscaling/v1.HorizontalPodAutoscalerSpec'],
  check(context) {
    const min = context.value.minReplicas;
    const max = context.value.maxReplicas;
    if (typeof min === 'number' && min < 1) {
      context.report({
        at: ['minReplicas'],
        target: 'value',
        messageId: 'hpa.min-replicas',
        data: { value: min },
      });
    }
    if (typeof max === 'number' && max < 1) {
      context.report({
        at: ['maxReplicas'],
        target: 'value',
        messageId: 'count.positive',
        data: { field: 'maxReplicas', value: max },
      });
    } else if (typeof max === 'number' && typeof min === 'number' && max < min) {
      context.report({
        at: ['maxReplicas'],
        target: 'value',
        messageId: 'hpa.max-below-min',
        hintId: 'hpa.max-below-min.hint',
        data: { max, min },
      });
    }
    const target = context.value.targetCPUUtilizationPercentage;
    if (typeof target === 'number' && target < 1) {
      context.report({
        at: ['targetCPUUtilizationPercentage'],
        target: 'value',
        messageId: 'count.positive',
        data: { field: 'targetCPUUtilizationPercentage', value: target },
      });
    }
  },
};
