/**
 * The mutation benchmark of the validator: valid manifests, and single mistakes that the
 * Kubernetes API server refuses, each named after the validation function of kubernetes/
 * kubernetes (pkg/apis/<group>/validation, apimachinery validation, strict decoding) that refuses it.
 * `npm run bench:validate` prints the share the validator detects (at least one error); the unit
 * test tests/unit/k8s/mutations.test.ts keeps the detected ones detected.
 */

type Manifest = Record<string, any>;

const resources = { limits: { cpu: '100m', memory: '64Mi' } };
const container = () => ({ name: 'app', image: 'nginx:1.27', resources: structuredClone(resources) });
const podSpec = () => ({ containers: [container()] });
const template = () => ({ metadata: { labels: { app: 'web' } }, spec: podSpec() });

/** Valid manifests the mistakes are made in. */
export const BASES: Record<string, () => Manifest> = {
  deployment: () => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', labels: { app: 'web' } },
    spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: template() },
  }),
  pod: () => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'app' }, spec: podSpec() }),
  service: () => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
  }),
  job: () => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi' },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [container()] } } },
  }),
  cronjob: () => ({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'tick' },
    spec: {
      schedule: '*/5 * * * *',
      jobTemplate: {
        spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [container()] } } },
      },
    },
  }),
  hpa: () => ({
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicas: 1,
      maxReplicas: 5,
    },
  }),
  pdb: () => ({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'web' },
    spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } },
  }),
  ingress: () => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web' },
    spec: {
      rules: [
        {
          http: {
            paths: [
              {
                path: '/',
                pathType: 'Prefix',
                backend: { service: { name: 'web', port: { number: 80 } } },
              },
            ],
          },
        },
      ],
    },
  }),
  configmap: () => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'settings' },
    data: { mode: 'fast' },
  }),
  secret: () => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'token' },
    type: 'Opaque',
    data: { token: 'c2VjcmV0' },
  }),
  statefulset: () => ({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db' },
    spec: {
      serviceName: 'db',
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      template: template(),
    },
  }),
  daemonset: () => ({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent' },
    spec: { selector: { matchLabels: { app: 'web' } }, template: template() },
  }),
  namespace: () => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } }),
  pvc: () => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data' },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  }),
  networkpolicy: () => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'db' },
    spec: {
      podSelector: { matchLabels: { role: 'db' } },
      ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' } }], ports: [{ port: 5432 }] }],
    },
  }),
};

/** One single mistake. */
export interface Mutation {
  id: string;
  /** The validation function (kubernetes/kubernetes) that refuses it. */
  from: string;
  base: keyof typeof BASES;
  mutate: (object: Manifest) => void;
}

const c0 = (o: Manifest) => o.spec.template.spec.containers[0];
const pc0 = (o: Manifest) => o.spec.containers[0];

export const MUTATIONS: readonly Mutation[] = [
  // apps: Deployment
  { id: 'deploy-replicas-negative', from: 'ValidateDeploymentSpec', base: 'deployment', mutate: (o) => { o.spec.replicas = -1; } },
  { id: 'deploy-min-ready-negative', from: 'ValidateDeploymentSpec', base: 'deployment', mutate: (o) => { o.spec.minReadySeconds = -1; } },
  { id: 'deploy-history-negative', from: 'ValidateDeploymentSpec', base: 'deployment', mutate: (o) => { o.spec.revisionHistoryLimit = -1; } },
  { id: 'deploy-progress-deadline', from: 'ValidateDeploymentSpec', base: 'deployment', mutate: (o) => { o.spec.minReadySeconds = 30; o.spec.progressDeadlineSeconds = 30; } },
  { id: 'deploy-selector-mismatch', from: 'ValidateDeploymentSpec', base: 'deployment', mutate: (o) => { o.spec.selector.matchLabels.app = 'api'; } },
  { id: 'deploy-selector-empty', from: 'ValidateDeploymentSpec', base: 'deployment', mutate: (o) => { o.spec.selector = {}; } },
  { id: 'deploy-recreate-rolling', from: 'ValidateDeploymentStrategy', base: 'deployment', mutate: (o) => { o.spec.strategy = { type: 'Recreate', rollingUpdate: { maxSurge: 1 } }; } },
  { id: 'deploy-surge-unavailable-zero', from: 'ValidateRollingUpdateDeployment', base: 'deployment', mutate: (o) => { o.spec.strategy = { rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }; } },
  { id: 'deploy-unavailable-over-100', from: 'ValidateRollingUpdateDeployment', base: 'deployment', mutate: (o) => { o.spec.strategy = { rollingUpdate: { maxUnavailable: '150%' } }; } },
  { id: 'deploy-surge-not-percent', from: 'ValidatePositiveIntOrPercent', base: 'deployment', mutate: (o) => { o.spec.strategy = { rollingUpdate: { maxSurge: 'abc' } }; } },
  { id: 'deploy-name-invalid', from: 'ValidateObjectMeta (NameIsDNSSubdomain)', base: 'deployment', mutate: (o) => { o.metadata.name = 'Web_App'; } },
  { id: 'deploy-label-value', from: 'ValidateLabels', base: 'deployment', mutate: (o) => { o.metadata.labels.app = 'bad value!'; } },
  { id: 'deploy-label-key', from: 'ValidateLabels', base: 'deployment', mutate: (o) => { o.metadata.labels['-bad'] = 'x'; } },
  { id: 'deploy-restart-never', from: 'ValidatePodTemplateSpecForReplicaSet', base: 'deployment', mutate: (o) => { o.spec.template.spec.restartPolicy = 'Never'; } },
  { id: 'deploy-replicas-string', from: 'strict decoding (type)', base: 'deployment', mutate: (o) => { o.spec.replicas = 'three'; } },
  { id: 'deploy-unknown-field', from: 'strict decoding (unknown field)', base: 'deployment', mutate: (o) => { o.spec.replica = 2; } },
  { id: 'deploy-annotation-key', from: 'ValidateAnnotations', base: 'deployment', mutate: (o) => { o.metadata.annotations = { 'bad key': 'x' }; } },
  { id: 'deploy-namespace-invalid', from: 'ValidateObjectMeta (namespace)', base: 'deployment', mutate: (o) => { o.metadata.namespace = 'My_NS'; } },
  // core: containers of a pod template
  { id: 'container-name-invalid', from: 'validateContainerCommon (IsDNS1123Label)', base: 'deployment', mutate: (o) => { c0(o).name = 'App'; } },
  { id: 'container-name-duplicate', from: 'validateContainers', base: 'deployment', mutate: (o) => { o.spec.template.spec.containers.push(container()); } },
  { id: 'container-image-missing', from: 'validateContainers', base: 'deployment', mutate: (o) => { delete c0(o).image; } },
  { id: 'container-port-zero', from: 'validateContainerPorts', base: 'deployment', mutate: (o) => { c0(o).ports = [{ containerPort: 0 }]; } },
  { id: 'container-port-too-big', from: 'validateContainerPorts', base: 'deployment', mutate: (o) => { c0(o).ports = [{ containerPort: 70000 }]; } },
  { id: 'container-port-name-duplicate', from: 'validateContainerPorts', base: 'deployment', mutate: (o) => { c0(o).ports = [{ name: 'http', containerPort: 80 }, { name: 'http', containerPort: 81 }]; } },
  { id: 'container-port-name-invalid', from: 'validateContainerPorts (IsValidPortName)', base: 'deployment', mutate: (o) => { c0(o).ports = [{ name: 'HTTP_PORT', containerPort: 80 }]; } },
  { id: 'container-port-protocol', from: 'validateContainerPorts (protocol)', base: 'deployment', mutate: (o) => { c0(o).ports = [{ containerPort: 80, protocol: 'HTTP' }]; } },
  { id: 'env-name-equals', from: 'ValidateEnv (IsEnvVarName)', base: 'deployment', mutate: (o) => { c0(o).env = [{ name: 'MY=VAR', value: 'x' }]; } },
  { id: 'env-value-and-from', from: 'validateEnvVarValueFrom', base: 'deployment', mutate: (o) => { c0(o).env = [{ name: 'A', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }]; } },
  { id: 'env-source-many', from: 'validateEnvVarValueFrom', base: 'deployment', mutate: (o) => { c0(o).env = [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, secretKeyRef: { name: 's', key: 'k' } } }]; } },
  { id: 'resources-request-over-limit', from: 'ValidateResourceRequirements', base: 'deployment', mutate: (o) => { c0(o).resources = { requests: { cpu: '2' }, limits: { cpu: '1' } }; } },
  { id: 'resources-negative', from: 'ValidateResourceQuantityValue', base: 'deployment', mutate: (o) => { c0(o).resources = { limits: { memory: '-64Mi' } }; } },
  { id: 'resources-bad-quantity', from: 'resource.ParseQuantity', base: 'deployment', mutate: (o) => { c0(o).resources = { limits: { cpu: '1 core' } }; } },
  { id: 'probe-no-handler', from: 'validateProbe (validateHandler)', base: 'deployment', mutate: (o) => { c0(o).livenessProbe = { periodSeconds: 5 }; } },
  { id: 'probe-two-handlers', from: 'validateHandler', base: 'deployment', mutate: (o) => { c0(o).livenessProbe = { exec: { command: ['true'] }, tcpSocket: { port: 80 } }; } },
  { id: 'probe-liveness-success-threshold', from: 'validateLivenessProbe', base: 'deployment', mutate: (o) => { c0(o).livenessProbe = { exec: { command: ['true'] }, successThreshold: 2 }; } },
  { id: 'probe-period-negative', from: 'validateProbe', base: 'deployment', mutate: (o) => { c0(o).readinessProbe = { exec: { command: ['true'] }, periodSeconds: -1 }; } },
  { id: 'probe-readiness-grace', from: 'validateReadinessProbe', base: 'deployment', mutate: (o) => { c0(o).readinessProbe = { exec: { command: ['true'] }, terminationGracePeriodSeconds: 10 }; } },
  { id: 'probe-port-zero', from: 'ValidatePortNumOrName', base: 'deployment', mutate: (o) => { c0(o).livenessProbe = { httpGet: { path: '/', port: 0 } }; } },
  { id: 'image-pull-policy', from: 'validatePullPolicy', base: 'deployment', mutate: (o) => { c0(o).imagePullPolicy = 'Sometimes'; } },
  // core: volumes of a pod
  { id: 'mount-unknown-volume', from: 'ValidateVolumeMounts', base: 'pod', mutate: (o) => { pc0(o).volumeMounts = [{ name: 'data', mountPath: '/data' }]; } },
  { id: 'volume-duplicate', from: 'ValidateVolumes', base: 'pod', mutate: (o) => { o.spec.volumes = [{ name: 'a', emptyDir: {} }, { name: 'a', emptyDir: {} }]; } },
  { id: 'volume-two-sources', from: 'validateVolumeSource', base: 'pod', mutate: (o) => { o.spec.volumes = [{ name: 'a', emptyDir: {}, hostPath: { path: '/tmp' } }]; } },
  { id: 'volume-name-invalid', from: 'ValidateVolumes (IsDNS1123Label)', base: 'pod', mutate: (o) => { o.spec.volumes = [{ name: 'Data', emptyDir: {} }]; } },
  { id: 'mount-path-duplicate', from: 'ValidateVolumeMounts', base: 'pod', mutate: (o) => { o.spec.volumes = [{ name: 'a', emptyDir: {} }, { name: 'b', emptyDir: {} }]; pc0(o).volumeMounts = [{ name: 'a', mountPath: '/d' }, { name: 'b', mountPath: '/d' }]; } },
  { id: 'mount-sub-path-dotdot', from: 'validateLocalDescendingPath', base: 'pod', mutate: (o) => { o.spec.volumes = [{ name: 'a', emptyDir: {} }]; pc0(o).volumeMounts = [{ name: 'a', mountPath: '/d', subPath: '../etc' }]; } },
  { id: 'pod-grace-negative', from: 'ValidatePodSpec', base: 'pod', mutate: (o) => { o.spec.terminationGracePeriodSeconds = -1; } },
  { id: 'pod-active-deadline-zero', from: 'ValidatePodSpec', base: 'pod', mutate: (o) => { o.spec.activeDeadlineSeconds = 0; } },
  { id: 'pod-run-as-user-negative', from: 'ValidatePodSecurityContext', base: 'pod', mutate: (o) => { o.spec.securityContext = { runAsUser: -1 }; } },
  { id: 'pod-fs-group-too-big', from: 'ValidatePodSecurityContext', base: 'pod', mutate: (o) => { o.spec.securityContext = { fsGroup: 2147483648 }; } },
  { id: 'container-privileged-escalation', from: 'ValidateSecurityContext', base: 'pod', mutate: (o) => { pc0(o).securityContext = { privileged: true, allowPrivilegeEscalation: false }; } },
  { id: 'pod-restart-policy-enum', from: 'validateRestartPolicy', base: 'pod', mutate: (o) => { o.spec.restartPolicy = 'Sometimes'; } },
  { id: 'pod-dns-policy-enum', from: 'validateDNSPolicy', base: 'pod', mutate: (o) => { o.spec.dnsPolicy = 'Google'; } },
  { id: 'toleration-exists-value', from: 'ValidateTolerations', base: 'pod', mutate: (o) => { o.spec.tolerations = [{ key: 'k', operator: 'Exists', value: 'v' }]; } },
  { id: 'toleration-seconds-effect', from: 'ValidateTolerations', base: 'pod', mutate: (o) => { o.spec.tolerations = [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 60 }]; } },
  { id: 'pod-containers-empty', from: 'validateContainers (required)', base: 'pod', mutate: (o) => { o.spec.containers = []; } },
  { id: 'pod-ephemeral-at-create', from: 'ValidatePodCreate', base: 'pod', mutate: (o) => { o.spec.ephemeralContainers = [{ name: 'debug', image: 'busybox:1.36' }]; } },
  // core: Service
  { id: 'service-no-ports', from: 'ValidateService', base: 'service', mutate: (o) => { o.spec.ports = []; } },
  { id: 'service-port-zero', from: 'validateServicePort', base: 'service', mutate: (o) => { o.spec.ports[0].port = 0; } },
  { id: 'service-port-duplicate', from: 'ValidateService', base: 'service', mutate: (o) => { o.spec.ports.push({ name: 'http2', port: 80 }); } },
  { id: 'service-ports-unnamed', from: 'validateServicePort (name required)', base: 'service', mutate: (o) => { o.spec.ports = [{ port: 80 }, { port: 443 }]; } },
  { id: 'service-node-port-cluster-ip', from: 'ValidateService', base: 'service', mutate: (o) => { o.spec.ports[0].nodePort = 30080; } },
  { id: 'service-port-name-invalid', from: 'validateServicePort (IsDNS1123Label)', base: 'service', mutate: (o) => { o.spec.ports[0].name = 'HTTP'; } },
  { id: 'service-target-port-zero', from: 'validateServicePort', base: 'service', mutate: (o) => { o.spec.ports[0].targetPort = 0; } },
  { id: 'service-protocol-enum', from: 'validateServicePort (protocol)', base: 'service', mutate: (o) => { o.spec.ports[0].protocol = 'HTTP'; } },
  { id: 'service-type-enum', from: 'ValidateService (type)', base: 'service', mutate: (o) => { o.spec.type = 'Public'; } },
  { id: 'service-affinity-timeout', from: 'validateClientIPAffinityConfig', base: 'service', mutate: (o) => { o.spec.sessionAffinity = 'ClientIP'; o.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 0 } }; } },
  { id: 'service-selector-value', from: 'ValidateService (selector labels)', base: 'service', mutate: (o) => { o.spec.selector.app = 'web app'; } },
  // batch
  { id: 'job-parallelism-negative', from: 'validateJobSpec', base: 'job', mutate: (o) => { o.spec.parallelism = -1; } },
  { id: 'job-backoff-negative', from: 'validateJobSpec', base: 'job', mutate: (o) => { o.spec.backoffLimit = -1; } },
  { id: 'job-indexed-no-completions', from: 'validateJobSpec', base: 'job', mutate: (o) => { o.spec.completionMode = 'Indexed'; } },
  { id: 'job-restart-always', from: 'validateJobSpec (restartPolicy)', base: 'job', mutate: (o) => { o.spec.template.spec.restartPolicy = 'Always'; } },
  { id: 'job-active-deadline-zero', from: 'validateJobSpec', base: 'job', mutate: (o) => { o.spec.activeDeadlineSeconds = 0; } },
  { id: 'job-ttl-negative', from: 'validateJobSpec', base: 'job', mutate: (o) => { o.spec.ttlSecondsAfterFinished = -1; } },
  { id: 'job-completions-negative', from: 'validateJobSpec', base: 'job', mutate: (o) => { o.spec.completions = -2; } },
  { id: 'cron-schedule-fields', from: 'validateScheduleFormat', base: 'cronjob', mutate: (o) => { o.spec.schedule = '*/5 * * *'; } },
  { id: 'cron-schedule-range', from: 'validateScheduleFormat', base: 'cronjob', mutate: (o) => { o.spec.schedule = '60 * * * *'; } },
  { id: 'cron-schedule-tz', from: 'validateScheduleFormat (TZ)', base: 'cronjob', mutate: (o) => { o.spec.schedule = 'CRON_TZ=UTC 0 * * * *'; } },
  { id: 'cron-name-too-long', from: 'ValidateCronJobCreate (name length)', base: 'cronjob', mutate: (o) => { o.metadata.name = 'c'.repeat(53); } },
  { id: 'cron-deadline-negative', from: 'validateCronJobSpec', base: 'cronjob', mutate: (o) => { o.spec.startingDeadlineSeconds = -1; } },
  { id: 'cron-history-negative', from: 'validateCronJobSpec', base: 'cronjob', mutate: (o) => { o.spec.successfulJobsHistoryLimit = -1; } },
  { id: 'cron-concurrency-enum', from: 'validateConcurrencyPolicy', base: 'cronjob', mutate: (o) => { o.spec.concurrencyPolicy = 'Sometimes'; } },
  // autoscaling, policy, networking
  { id: 'hpa-min-zero', from: 'validateHorizontalPodAutoscalerSpec', base: 'hpa', mutate: (o) => { o.spec.minReplicas = 0; } },
  { id: 'hpa-max-below-min', from: 'validateHorizontalPodAutoscalerSpec', base: 'hpa', mutate: (o) => { o.spec.minReplicas = 5; o.spec.maxReplicas = 3; } },
  { id: 'hpa-max-zero', from: 'validateHorizontalPodAutoscalerSpec', base: 'hpa', mutate: (o) => { o.spec.maxReplicas = 0; } },
  { id: 'pdb-both', from: 'ValidatePodDisruptionBudgetSpec', base: 'pdb', mutate: (o) => { o.spec.maxUnavailable = 1; } },
  { id: 'pdb-percent-over-100', from: 'ValidatePodDisruptionBudgetSpec', base: 'pdb', mutate: (o) => { o.spec.minAvailable = '150%'; } },
  { id: 'ingress-path-relative', from: 'validateHTTPIngressRuleValue', base: 'ingress', mutate: (o) => { o.spec.rules[0].http.paths[0].path = 'app'; } },
  { id: 'ingress-port-both', from: 'validateIngressBackend', base: 'ingress', mutate: (o) => { o.spec.rules[0].http.paths[0].backend.service.port.name = 'http'; } },
  { id: 'ingress-port-none', from: 'validateIngressBackend', base: 'ingress', mutate: (o) => { o.spec.rules[0].http.paths[0].backend.service.port = {}; } },
  { id: 'ingress-path-type-missing', from: 'validateHTTPIngressRuleValue (pathType required)', base: 'ingress', mutate: (o) => { delete o.spec.rules[0].http.paths[0].pathType; } },
  // core: ConfigMap, Secret, Namespace
  { id: 'configmap-key-space', from: 'ValidateConfigMap (IsConfigMapKey)', base: 'configmap', mutate: (o) => { o.data['bad key'] = 'x'; } },
  { id: 'configmap-key-dotdot', from: 'ValidateConfigMap (IsConfigMapKey)', base: 'configmap', mutate: (o) => { o.data['..'] = 'x'; } },
  { id: 'configmap-key-both', from: 'ValidateConfigMap', base: 'configmap', mutate: (o) => { o.binaryData = { mode: 'eA==' }; } },
  { id: 'secret-not-base64', from: 'strict decoding (base64)', base: 'secret', mutate: (o) => { o.data.token = 'not base64!'; } },
  { id: 'secret-basic-auth-keys', from: 'ValidateSecret (basic-auth)', base: 'secret', mutate: (o) => { o.type = 'kubernetes.io/basic-auth'; } },
  { id: 'secret-tls-keys', from: 'ValidateSecret (tls)', base: 'secret', mutate: (o) => { o.type = 'kubernetes.io/tls'; o.data = { 'tls.crt': 'eA==' }; } },
  { id: 'statefulset-ondelete-rolling', from: 'ValidateStatefulSetUpdateStrategy', base: 'statefulset', mutate: (o) => { o.spec.updateStrategy = { type: 'OnDelete', rollingUpdate: { partition: 0 } }; } },
  { id: 'statefulset-replicas-negative', from: 'ValidateStatefulSetSpec', base: 'statefulset', mutate: (o) => { o.spec.replicas = -1; } },
  { id: 'daemonset-both-zero', from: 'ValidateRollingUpdateDaemonSet', base: 'daemonset', mutate: (o) => { o.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }; } },
  { id: 'namespace-uppercase', from: 'ValidateNamespace (IsDNS1123Label)', base: 'namespace', mutate: (o) => { o.metadata.name = 'Team-A'; } },
  { id: 'pvc-no-access-modes', from: 'ValidatePersistentVolumeClaimSpec', base: 'pvc', mutate: (o) => { delete o.spec.accessModes; } },
  { id: 'pvc-no-storage-request', from: 'ValidatePersistentVolumeClaimSpec', base: 'pvc', mutate: (o) => { o.spec.resources = { requests: {} }; } },
  { id: 'pvc-rwop-combined', from: 'ValidatePersistentVolumeClaimSpec', base: 'pvc', mutate: (o) => { o.spec.accessModes = ['ReadWriteOncePod', 'ReadOnlyMany']; } },
  { id: 'netpol-bad-cidr', from: 'ValidateIPBlock', base: 'networkpolicy', mutate: (o) => { o.spec.ingress[0].from[0].ipBlock.cidr = '10.0.0.0/40'; } },
  { id: 'netpol-peer-both', from: 'ValidateNetworkPolicyPeer', base: 'networkpolicy', mutate: (o) => { o.spec.ingress[0].from[0].podSelector = {}; } },
  { id: 'netpol-end-port-order', from: 'ValidateNetworkPolicyPort', base: 'networkpolicy', mutate: (o) => { o.spec.ingress[0].ports[0].endPort = 5000; } },
  { id: 'namespace-too-long', from: 'ValidateNamespace (IsDNS1123Label)', base: 'namespace', mutate: (o) => { o.metadata.name = 'n'.repeat(64); } },
];
