/** kubernetes.io, Korean edition. */
const K8S = 'https://kubernetes.io/ko/docs';
/** Docker's documentation (English only). */
const DOCKER = 'https://docs.docker.com';

/**
 * 공식 문서 더 읽기: the official pages for the topics of each chapter, shown at its end
 * (src/integrations/satteri-official-docs.ts), most useful first. Korean pages of kubernetes.io
 * where translated; every URL is recorded in checked-pages.json, which a unit test enforces.
 */
export const CHAPTER_READING: Readonly<Record<string, readonly string[]>> = {
  'docker/microservices': [
    `${DOCKER}/get-started/docker-overview/`,
    `${DOCKER}/get-started/docker-concepts/the-basics/what-is-a-container/`,
    `${K8S}/concepts/overview/`,
    `${K8S}/concepts/containers/`,
  ],
  'docker/commands': [
    `${DOCKER}/get-started/docker-concepts/the-basics/what-is-an-image/`,
    `${DOCKER}/get-started/docker-concepts/the-basics/what-is-a-container/`,
    `${DOCKER}/get-started/docker-concepts/building-images/understanding-image-layers/`,
    `${DOCKER}/reference/cli/docker/container/run/`,
  ],
  'docker/services': [
    `${DOCKER}/get-started/docker-concepts/running-containers/overriding-container-defaults/`,
    `${DOCKER}/get-started/docker-concepts/running-containers/persisting-container-data/`,
    `${DOCKER}/get-started/docker-concepts/running-containers/sharing-local-files/`,
    `${DOCKER}/engine/storage/volumes/`,
  ],
  'docker/registry': [
    `${DOCKER}/get-started/docker-concepts/the-basics/what-is-a-registry/`,
    `${DOCKER}/get-started/docker-concepts/building-images/build-tag-and-publish-an-image/`,
    `${DOCKER}/docker-hub/`,
  ],
  'kubernetes/architecture': [
    `${K8S}/concepts/overview/`,
    `${K8S}/concepts/overview/components/`,
    `${K8S}/concepts/architecture/nodes/`,
    `${K8S}/concepts/architecture/controller/`,
  ],
  'kubernetes/kubectl': [
    `${K8S}/reference/kubectl/`,
    `${K8S}/reference/kubectl/cheatsheet/`,
    `${K8S}/concepts/overview/working-with-objects/object-management/`,
  ],
  'kubernetes/install': [
    `${K8S}/setup/production-environment/tools/kubeadm/install-kubeadm/`,
    `${K8S}/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/`,
    `${K8S}/setup/production-environment/container-runtimes/`,
    `${K8S}/concepts/cluster-administration/addons/`,
  ],
  'kubernetes/first-app': [
    `${DOCKER}/get-started/docker-concepts/building-images/writing-a-dockerfile/`,
    `${K8S}/concepts/workloads/pods/`,
    `${K8S}/concepts/workloads/controllers/deployment/`,
    `${K8S}/concepts/services-networking/service/`,
  ],
  'workloads/pods': [
    `${K8S}/concepts/workloads/pods/`,
    `${K8S}/concepts/overview/working-with-objects/kubernetes-objects/`,
    `${K8S}/concepts/workloads/pods/pod-lifecycle/`,
  ],
  'workloads/probes': [
    `${K8S}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
    `${K8S}/concepts/workloads/pods/pod-lifecycle/`,
  ],
  'workloads/labels': [`${K8S}/concepts/overview/working-with-objects/labels/`],
  'workloads/replicasets': [
    `${K8S}/concepts/workloads/controllers/replicaset/`,
    `${K8S}/concepts/workloads/controllers/replicationcontroller/`,
    `${K8S}/concepts/architecture/controller/`,
  ],
  'workloads/deployments': [
    `${K8S}/concepts/workloads/controllers/deployment/`,
    `${K8S}/reference/kubectl/cheatsheet/`,
  ],
  'cluster/namespaces': [
    `${K8S}/concepts/overview/working-with-objects/namespaces/`,
    `${K8S}/concepts/configuration/organize-cluster-access-kubeconfig/`,
  ],
  'cluster/services': [
    `${K8S}/concepts/services-networking/service/`,
    `${K8S}/concepts/services-networking/connect-applications-service/`,
    `${K8S}/concepts/services-networking/endpoint-slices/`,
  ],
  'cluster/control-plane': [
    `${K8S}/concepts/overview/components/`,
    `${K8S}/concepts/scheduling-eviction/kube-scheduler/`,
    `${K8S}/tasks/configure-pod-container/static-pod/`,
    `${K8S}/tasks/administer-cluster/configure-upgrade-etcd/`,
  ],
};
