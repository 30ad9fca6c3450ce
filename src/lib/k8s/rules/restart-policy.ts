/**
 * restartPolicy of pod templates (batch validation ValidateJobSpec, apps validation
 * ValidatePodTemplateSpecForReplicaSet & co.): a Job's pods must use Never or OnFailure (the
 * default Always is rejected); a Deployment's, ReplicaSet's, StatefulSet's, DaemonSet's or
 * ReplicationController's pods only Always.
 */
import { getPath, type Rule } from './rule';

/** The restart-policy rule. */
export const restartPolicy: Rule = {
  id: 'restart-policy',
  types: [
    'batch/v1.JobSpec',
    'apps/v1.DeploymentSpec',
    'apps/v1.ReplicaSetSpec',
    'apps/v1.StatefulSetSpec',
    'apps/v1.DaemonSetSpec',
    'v1.ReplicationControllerSpec',
  ],
  check(context) {
    const { value, type, fragment } = context;
    const podSpec = getPath(value, ['template', 'spec']);
    if (podSpec === undefined || podSpec === null) return;
    const policy = getPath(podSpec, ['restartPolicy']);
    if (type === 'batch/v1.JobSpec') {
      if (policy === 'Never' || policy === 'OnFailure' || (policy === undefined && fragment)) {
        return;
      }
      if (policy === undefined) {
        context.report({
          at: ['template', 'spec'],
          target: 'key',
          messageId: 'restart-policy.job-missing',
          hintId: 'restart-policy.job.hint',
        });
      } else {
        context.report({
          at: ['template', 'spec', 'restartPolicy'],
          target: 'value',
          messageId: 'restart-policy.job',
          hintId: 'restart-policy.job.hint',
          data: { policy: String(policy) },
        });
      }
    } else if (policy !== undefined && policy !== null && policy !== 'Always') {
      context.report({
        at: ['template', 'spec', 'restartPolicy'],
        target: 'value',
        messageId: 'restart-policy.always-only',
        data: { policy: String(policy) },
      });
    }
  },
};
