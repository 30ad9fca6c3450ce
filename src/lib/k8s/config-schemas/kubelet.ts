/**
 * KubeletConfiguration (kubelet.config.k8s.io/v1beta1), the kubelet's config file
 * (/var/lib/kubelet/config.yaml). No npm package ships its schema, so this table is transcribed
 * from k8s.io/kubelet v0.36.3 (commit bbb4f8f0907ace5f317f33e06413a55a5f4636f6),
 * config/v1beta1/types.go: every field of KubeletConfiguration and of the small structs it holds,
 * with its Go type. Logging and tracing options are left free-form. The kubelet decodes its file
 * strictly first and falls back to lenient decoding with a log line, so unknown fields are
 * warnings here.
 */
import type { SchemaTable } from '../schema-table';

/** The KubeletConfiguration table. */
export const KUBELET_TABLE: SchemaTable = {
  source: {
    package: 'k8s.io/kubelet (hand-transcribed)',
    version: 'v0.36.3',
    uses: ['config/v1beta1/types.go'],
    kubernetes: '1.36',
  },
  kinds: {
    'kubelet.config.k8s.io/v1beta1': { KubeletConfiguration: 'kubelet.KubeletConfiguration' },
  },
  types: {
    'kubelet.KubeletConfiguration': {
      unknownFields: 'warning',
      fields: {
        apiVersion: 'string',
        kind: 'string',
        enableServer: 'boolean',
        staticPodPath: 'string',
        podLogsDir: 'string',
        syncFrequency: 'duration',
        fileCheckFrequency: 'duration',
        httpCheckFrequency: 'duration',
        staticPodURL: 'string',
        staticPodURLHeader: '{}[]string',
        address: 'string',
        port: 'int32',
        readOnlyPort: 'int32',
        tlsCertFile: 'string',
        tlsPrivateKeyFile: 'string',
        tlsCipherSuites: '[]string',
        tlsCurvePreferences: '[]int32',
        tlsMinVersion: 'string',
        rotateCertificates: 'boolean',
        serverTLSBootstrap: 'boolean',
        authentication: 'kubelet.KubeletAuthentication',
        authorization: 'kubelet.KubeletAuthorization',
        registryPullQPS: 'int32',
        registryBurst: 'int32',
        imagePullCredentialsVerificationPolicy:
          'enum:NeverVerify|NeverVerifyPreloadedImages|NeverVerifyAllowlistedImages|AlwaysVerify',
        preloadedImagesVerificationAllowlist: '[]string',
        eventRecordQPS: 'int32',
        eventBurst: 'int32',
        enableDebuggingHandlers: 'boolean',
        enableContentionProfiling: 'boolean',
        healthzPort: 'int32',
        healthzBindAddress: 'string',
        oomScoreAdj: 'int32',
        clusterDomain: 'string',
        clusterDNS: '[]string',
        streamingConnectionIdleTimeout: 'duration',
        nodeStatusUpdateFrequency: 'duration',
        nodeStatusReportFrequency: 'duration',
        nodeLeaseDurationSeconds: 'int32',
        imageMinimumGCAge: 'duration',
        imageMaximumGCAge: 'duration',
        imageGCHighThresholdPercent: 'int32',
        imageGCLowThresholdPercent: 'int32',
        volumeStatsAggPeriod: 'duration',
        kubeletCgroups: 'string',
        systemCgroups: 'string',
        cgroupRoot: 'string',
        cgroupsPerQOS: 'boolean',
        cgroupDriver: 'string',
        cpuManagerPolicy: 'string',
        singleProcessOOMKill: 'boolean',
        cpuManagerPolicyOptions: '{}string',
        cpuManagerReconcilePeriod: 'duration',
        memoryManagerPolicy: 'string',
        topologyManagerPolicy: 'string',
        topologyManagerScope: 'string',
        topologyManagerPolicyOptions: '{}string',
        qosReserved: '{}string',
        runtimeRequestTimeout: 'duration',
        hairpinMode: 'string',
        maxPods: 'int32',
        podCIDR: 'string',
        podPidsLimit: 'integer',
        resolvConf: 'string',
        runOnce: 'boolean',
        cpuCFSQuota: 'boolean',
        cpuCFSQuotaPeriod: 'duration',
        nodeStatusMaxImages: 'int32',
        maxOpenFiles: 'integer',
        contentType: 'string',
        kubeAPIQPS: 'int32',
        kubeAPIBurst: 'int32',
        serializeImagePulls: 'boolean',
        maxParallelImagePulls: 'int32',
        evictionHard: '{}string',
        evictionSoft: '{}string',
        evictionSoftGracePeriod: '{}string',
        evictionPressureTransitionPeriod: 'duration',
        evictionMaxPodGracePeriod: 'int32',
        evictionMinimumReclaim: '{}string',
        mergeDefaultEvictionSettings: 'boolean',
        podsPerCore: 'int32',
        enableControllerAttachDetach: 'boolean',
        protectKernelDefaults: 'boolean',
        makeIPTablesUtilChains: 'boolean',
        iptablesMasqueradeBit: 'int32',
        iptablesDropBit: 'int32',
        featureGates: '{}boolean',
        failSwapOn: 'boolean',
        memorySwap: 'kubelet.MemorySwapConfiguration',
        containerLogMaxSize: 'string',
        containerLogMaxFiles: 'int32',
        containerLogMaxWorkers: 'int32',
        containerLogMonitorInterval: 'duration',
        configMapAndSecretChangeDetectionStrategy: 'enum:Get|Cache|Watch',
        systemReserved: '{}string',
        kubeReserved: '{}string',
        reservedSystemCPUs: 'string',
        showHiddenMetricsForVersion: 'string',
        systemReservedCgroup: 'string',
        kubeReservedCgroup: 'string',
        enforceNodeAllocatable: '[]string',
        allowedUnsafeSysctls: '[]string',
        volumePluginDir: 'string',
        providerID: 'string',
        kernelMemcgNotification: 'boolean',
        logging: 'any',
        enableSystemLogHandler: 'boolean',
        enableSystemLogQuery: 'boolean',
        shutdownGracePeriod: 'duration',
        shutdownGracePeriodCriticalPods: 'duration',
        shutdownGracePeriodByPodPriority: '[]kubelet.ShutdownGracePeriodByPodPriority',
        crashLoopBackOff: 'kubelet.CrashLoopBackOffConfig',
        reservedMemory: '[]kubelet.MemoryReservation',
        enableProfilingHandler: 'boolean',
        enableDebugFlagsHandler: 'boolean',
        seccompDefault: 'boolean',
        memoryThrottlingFactor: 'number',
        memoryReservationPolicy: 'enum:None|TieredReservation',
        registerWithTaints: '[]any',
        registerNode: 'boolean',
        tracing: 'any',
        localStorageCapacityIsolation: 'boolean',
        containerRuntimeEndpoint: 'string',
        imageServiceEndpoint: 'string',
        failCgroupV1: 'boolean',
        userNamespaces: 'kubelet.UserNamespaces'
      },
    },
    'kubelet.KubeletAuthentication': {
      unknownFields: 'warning',
      fields: {
        x509: 'kubelet.KubeletX509Authentication',
        webhook: 'kubelet.KubeletWebhookAuthentication',
        anonymous: 'kubelet.KubeletAnonymousAuthentication'
      },
    },
    'kubelet.KubeletX509Authentication': {
      unknownFields: 'warning',
      fields: {
        clientCAFile: 'string'
      },
    },
    'kubelet.KubeletWebhookAuthentication': {
      unknownFields: 'warning',
      fields: {
        enabled: 'boolean',
        cacheTTL: 'duration'
      },
    },
    'kubelet.KubeletAnonymousAuthentication': {
      unknownFields: 'warning',
      fields: {
        enabled: 'boolean'
      },
    },
    'kubelet.KubeletAuthorization': {
      unknownFields: 'warning',
      fields: {
        mode: 'enum:AlwaysAllow|Webhook',
        webhook: 'kubelet.KubeletWebhookAuthorization'
      },
    },
    'kubelet.KubeletWebhookAuthorization': {
      unknownFields: 'warning',
      fields: {
        cacheAuthorizedTTL: 'duration',
        cacheUnauthorizedTTL: 'duration'
      },
    },
    'kubelet.MemoryReservation': {
      unknownFields: 'warning',
      fields: {
        numaNode: 'int32',
        limits: '{}quantity'
      },
    },
    'kubelet.ShutdownGracePeriodByPodPriority': {
      unknownFields: 'warning',
      fields: {
        priority: 'int32',
        shutdownGracePeriodSeconds: 'integer'
      },
    },
    'kubelet.MemorySwapConfiguration': {
      unknownFields: 'warning',
      fields: {
        swapBehavior: 'string'
      },
    },
    'kubelet.CrashLoopBackOffConfig': {
      unknownFields: 'warning',
      fields: {
        maxContainerRestartPeriod: 'duration'
      },
    },
    'kubelet.UserNamespaces': {
      unknownFields: 'warning',
      fields: {
        idsPerPod: 'integer'
      },
    },
  },
};
