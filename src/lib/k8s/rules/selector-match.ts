/**
 * A controller's selector must select its own pod template (pkg/apis/apps/validation
 * ValidateDeploymentSpec & co., core ValidateReplicationControllerSpec, batch ValidateJobSpec):
 * "selector does not match template labels".
 */
import {
  formatLabels,
  isEmptySelector,
  labelSelectorMatches,
  mapSelectorMatches,
} from '../selectors';
import { asObject, getPath, stringMap, type Rule, type RuleContext } from './rule';

function templateLabels(context: RuleContext): Record<string, string> {
  return stringMap(getPath(context.value, ['template', 'metadata', 'labels'])) ?? {};
}

function mismatch(context: RuleContext, labels: Record<string, string>): void {
  const where = asObject(getPath(context.value, ['template', 'metadata']))?.labels
    ? ['template', 'metadata', 'labels']
    : ['template'];
  context.report({
    at: where,
    target: 'key',
    messageId: 'selector-match.mismatch',
    hintId: 'selector-match.mismatch.hint',
    data: { labels: formatLabels(labels) },
  });
}

/** The selector-match rule. */
export const selectorMatch: Rule = {
  id: 'selector-match',
  types: [
    'apps/v1.DeploymentSpec',
    'apps/v1.ReplicaSetSpec',
    'apps/v1.StatefulSetSpec',
    'apps/v1.DaemonSetSpec',
    'v1.ReplicationControllerSpec',
    'batch/v1.JobSpec',
  ],
  check(context) {
    const { value, type, fragment } = context;
    const selector = value.selector;
    if (type === 'v1.ReplicationControllerSpec') {
      const map = stringMap(selector);
      if (map && Object.keys(map).length > 0 && value.template) {
        const labels = templateLabels(context);
        if (!mapSelectorMatches(map, labels)) mismatch(context, labels);
      }
      return;
    }
    if (selector === undefined || selector === null) return;
    if (type !== 'batch/v1.JobSpec' && isEmptySelector(selector)) {
      context.report({
        at: ['selector'],
        target: 'key',
        messageId: 'selector-match.empty',
        hintId: 'selector-match.empty.hint',
      });
      return;
    }
    if (fragment && !value.template) return;
    const labels = templateLabels(context);
    if (!labelSelectorMatches(selector, labels)) mismatch(context, labels);
  },
};
