/**
 * Counts and durations of workloads (apps validation ValidateDeploymentSpec,
 * ValidateReplicaSetSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec; core
 * ValidateReplicationControllerSpec, ValidatePodSpec; batch validateJobSpec,
 * validateCronJobSpec): replicas, minReadySeconds, revisionHistoryLimit, history limits,
 * parallelism, completions, backoffLimit, ttlSecondsAfterFinished, startingDeadlineSeconds and
 * terminationGracePeriodSeconds are >= 0; activeDeadlineSeconds is > 0; a Deployment's
 * progressDeadlineSeconds is greater than its minReadySeconds; an Indexed Job has completions.
 */
import type { Rule, RuleContext } from './rule';

/** Fields that must be >= 0, by the type they belong to. */
const NON_NEGATIVE: Record<string, readonly string[]> = {
  'apps/v1.DeploymentSpec': ['replicas', 'minReadySeconds', 'revisionHistoryLimit'],
  'apps/v1.ReplicaSetSpec': ['replicas', 'minReadySeconds'],
  'apps/v1.StatefulSetSpec': ['replicas', 'minReadySeconds', 'revisionHistoryLimit'],
  'apps/v1.DaemonSetSpec': ['minReadySeconds', 'revisionHistoryLimit'],
  'v1.ReplicationControllerSpec': ['replicas', 'minReadySeconds'],
  'v1.PodSpec': ['terminationGracePeriodSeconds'],
  'batch/v1.JobSpec': ['parallelism', 'completions', 'backoffLimit', 'ttlSecondsAfterFinished'],
  'batch/v1.CronJobSpec': [
    'startingDeadlineSeconds',
    'successfulJobsHistoryLimit',
    'failedJobsHistoryLimit',
  ],
};

/** Fields that must be > 0. */
const POSITIVE: Record<string, readonly string[]> = {
  'v1.PodSpec': ['activeDeadlineSeconds'],
  'batch/v1.JobSpec': ['activeDeadlineSeconds'],
};

function numberAt(context: RuleContext, field: string): number | undefined {
  const value = context.value[field];
  return typeof value === 'number' ? value : undefined;
}

export const counts: Rule = {
  id: 'counts',
  types: Object.keys(NON_NEGATIVE),
  check(context) {
    for (const field of NON_NEGATIVE[context.type] ?? []) {
      const value = numberAt(context, field);
      if (value !== undefined && value < 0) {
        context.report({
          at: [field],
          target: 'value',
          messageId: 'count.negative',
          data: { field, value },
        });
      }
    }
    for (const field of POSITIVE[context.type] ?? []) {
      const value = numberAt(context, field);
      if (value !== undefined && value <= 0) {
        context.report({
          at: [field],
          target: 'value',
          messageId: 'count.positive',
          data: { field, value },
        });
      }
    }
    if (context.type === 'apps/v1.DeploymentSpec') {
      const deadline = numberAt(context, 'progressDeadlineSeconds');
      const minReady = numberAt(context, 'minReadySeconds') ?? 0;
      if (deadline !== undefined && deadline <= minReady) {
        context.report({
          at: ['progressDeadlineSeconds'],
          target: 'value',
          messageId: 'count.not-greater',
          hintId: 'count.not-greater.hint',
          data: {
            field: 'progressDeadlineSeconds',
            value: deadline,
            other: 'minReadySeconds',
            otherValue: minReady,
          },
        });
      }
    }
    if (context.type === 'batch/v1.JobSpec' && context.value.completionMode === 'Indexed') {
      if (numberAt(context, 'completions') === undefined) {
        context.report({
          at: ['completionMode'],
          target: 'value',
          messageId: 'job.indexed-completions',
          hintId: 'job.indexed-completions.hint',
        });
      }
    }
  },
};
