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
      context.report({
        at: policy === undefined ? ['template', 'spec'] : ['template', 'spec', 'restartPolicy'],
        target: policy === undefined ? 'key' : 'value',
        message:
          policy === undefined
            ? 'a Job pod template needs restartPolicy Never or OnFailure (the default, ' +
              'Always, is not allowed)'
            : `restartPolicy ${JSON.stringify(policy)} is not allowed for a Job; ` +
              'use Never or OnFailure',
        hint: 'Add `restartPolicy: Never` (or OnFailure) to the pod template spec.',
      });
    } else if (policy !== undefined && policy !== null && policy !== 'Always') {
      context.report({
        at: ['template', 'spec', 'restartPolicy'],
        target: 'value',
        message: `restartPolicy ${JSON.stringify(policy)} is not allowed here; only Always`,
      });
    }
  },
};
