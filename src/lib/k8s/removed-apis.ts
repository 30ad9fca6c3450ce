/**
 * API versions that Kubernetes no longer serves. The schema package keeps the old schemas
 * (it merges old specs), so removals must be known separately. Sources: the Kubernetes
 * deprecated API migration guide, k8s.io/api `zz_generated.prerelease-lifecycle.go`
 * (APILifecycleRemoved) and k8s.io/apiserver `pkg/server/deleted_kinds.go`.
 */
import { describe, ref, type Described, type MessageRef } from '../messages';
import type { Severity } from './types';

/** One removed apiVersion/kind. */
export interface RemovedApi {
  /** The Kubernetes minor version that stopped serving it. */
  removedIn: string;
  /** What to use instead: an apiVersion, or a message when there is no direct successor. */
  replacement: string | MessageRef;
  /** Error for built-in APIs; a warning for APIs that come from a CRD we cannot see. */
  severity: Severity;
  /** Why it is no longer served, when Kubernetes itself did not remove it. */
  note?: MessageRef;
}

type Entry = [
  apiVersion: string,
  kinds: string[],
  removedIn: string,
  replacement: string | MessageRef,
];

const BUILT_IN: Entry[] = [
  ['extensions/v1beta1', ['DaemonSet', 'Deployment', 'ReplicaSet'], '1.16', 'apps/v1'],
  ['extensions/v1beta1', ['DeploymentRollback', 'Scale'], '1.16', 'apps/v1'],
  ['extensions/v1beta1', ['NetworkPolicy'], '1.16', 'networking.k8s.io/v1'],
  ['extensions/v1beta1', ['PodSecurityPolicy'], '1.16', ref('removed-api.use-psa-extensions')],
  ['extensions/v1beta1', ['Ingress'], '1.22', 'networking.k8s.io/v1'],
  [
    'apps/v1beta1',
    ['ControllerRevision', 'Deployment', 'DeploymentRollback', 'Scale', 'StatefulSet'],
    '1.16',
    'apps/v1',
  ],
  [
    'apps/v1beta2',
    ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'Scale', 'StatefulSet'],
    '1.16',
    'apps/v1',
  ],
  ['settings.k8s.io/v1alpha1', ['PodPreset'], '1.20', ref('removed-api.use-webhook')],
  ['batch/v2alpha1', ['CronJob', 'JobTemplate'], '1.21', 'batch/v1'],
  [
    'admissionregistration.k8s.io/v1beta1',
    ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    '1.22',
    'admissionregistration.k8s.io/v1',
  ],
  ['apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], '1.22', 'apiextensions.k8s.io/v1'],
  ['apiregistration.k8s.io/v1beta1', ['APIService'], '1.22', 'apiregistration.k8s.io/v1'],
  ['authentication.k8s.io/v1beta1', ['TokenReview'], '1.22', 'authentication.k8s.io/v1'],
  [
    'authorization.k8s.io/v1beta1',
    [
      'LocalSubjectAccessReview',
      'SelfSubjectAccessReview',
      'SelfSubjectRulesReview',
      'SubjectAccessReview',
    ],
    '1.22',
    'authorization.k8s.io/v1',
  ],
  ['certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], '1.22', 'certificates.k8s.io/v1'],
  ['coordination.k8s.io/v1beta1', ['Lease'], '1.22', 'coordination.k8s.io/v1'],
  ['networking.k8s.io/v1beta1', ['Ingress', 'IngressClass'], '1.22', 'networking.k8s.io/v1'],
  [
    'rbac.authorization.k8s.io/v1beta1',
    ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
    '1.22',
    'rbac.authorization.k8s.io/v1',
  ],
  [
    'rbac.authorization.k8s.io/v1alpha1',
    ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
    '1.22',
    'rbac.authorization.k8s.io/v1',
  ],
  ['scheduling.k8s.io/v1beta1', ['PriorityClass'], '1.22', 'scheduling.k8s.io/v1'],
  [
    'storage.k8s.io/v1beta1',
    ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'],
    '1.22',
    'storage.k8s.io/v1',
  ],
  ['batch/v1beta1', ['CronJob'], '1.25', 'batch/v1'],
  ['discovery.k8s.io/v1beta1', ['EndpointSlice'], '1.25', 'discovery.k8s.io/v1'],
  ['events.k8s.io/v1beta1', ['Event'], '1.25', 'events.k8s.io/v1'],
  ['autoscaling/v2beta1', ['HorizontalPodAutoscaler'], '1.25', 'autoscaling/v2'],
  ['policy/v1beta1', ['PodDisruptionBudget', 'Eviction'], '1.25', 'policy/v1'],
  ['policy/v1beta1', ['PodSecurityPolicy'], '1.25', ref('removed-api.use-psa')],
  ['node.k8s.io/v1beta1', ['RuntimeClass'], '1.25', 'node.k8s.io/v1'],
  ['autoscaling/v2beta2', ['HorizontalPodAutoscaler'], '1.26', 'autoscaling/v2'],
  [
    'flowcontrol.apiserver.k8s.io/v1beta1',
    ['FlowSchema', 'PriorityLevelConfiguration'],
    '1.26',
    'flowcontrol.apiserver.k8s.io/v1',
  ],
  ['storage.k8s.io/v1beta1', ['CSIStorageCapacity'], '1.27', 'storage.k8s.io/v1'],
  [
    'flowcontrol.apiserver.k8s.io/v1beta2',
    ['FlowSchema', 'PriorityLevelConfiguration'],
    '1.29',
    'flowcontrol.apiserver.k8s.io/v1',
  ],
  [
    'flowcontrol.apiserver.k8s.io/v1beta3',
    ['FlowSchema', 'PriorityLevelConfiguration'],
    '1.32',
    'flowcontrol.apiserver.k8s.io/v1',
  ],
  [
    'admissionregistration.k8s.io/v1alpha1',
    ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
    '1.32',
    'admissionregistration.k8s.io/v1',
  ],
  [
    'admissionregistration.k8s.io/v1beta1',
    ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
    '1.34',
    'admissionregistration.k8s.io/v1',
  ],
  [
    'storagemigration.k8s.io/v1alpha1',
    ['StorageVersionMigration'],
    '1.35',
    'storagemigration.k8s.io/v1beta1',
  ],
];

/** CRD-based APIs whose old versions current CRDs no longer serve (not built in: a warning). */
const FROM_CRDS: Entry[] = [
  [
    'snapshot.storage.k8s.io/v1alpha1',
    ['VolumeSnapshot', 'VolumeSnapshotClass', 'VolumeSnapshotContent'],
    '1.17',
    'snapshot.storage.k8s.io/v1',
  ],
];

function index(entries: Entry[], severity: Severity, note?: MessageRef): Map<string, RemovedApi> {
  const map = new Map<string, RemovedApi>();
  for (const [apiVersion, kinds, removedIn, replacement] of entries) {
    for (const kind of kinds) {
      const entry: RemovedApi = { removedIn, replacement, severity };
      if (note) entry.note = note;
      map.set(`${apiVersion}/${kind}`, entry);
    }
  }
  return map;
}

const REMOVED = new Map([
  ...index(BUILT_IN, 'error'),
  ...index(FROM_CRDS, 'warning', ref('removed-api.note-snapshot')),
]);

/** The removal of this apiVersion/kind, if Kubernetes no longer serves it. */
export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return REMOVED.get(`${apiVersion}/${kind}`);
}

/** "batch/v1beta1 CronJob was removed in Kubernetes 1.25; use batch/v1", with its hint. */
export function removalMessage(apiVersion: string, kind: string, removed: RemovedApi): Described {
  const use =
    typeof removed.replacement === 'string'
      ? ref('removed-api.use', { replacement: removed.replacement })
      : removed.replacement;
  const data = { apiVersion, kind, version: removed.removedIn, use };
  return removed.note
    ? describe({
        messageId: 'removed-api.not-served',
        hintId: 'removed-api.hint',
        data: { ...data, note: removed.note },
      })
    : describe({ messageId: 'removed-api.removed', hintId: 'removed-api.hint', data });
}
