/**
 * The Kubernetes version the schemas describe. It is recorded by the generator in
 * schemas/k8s.json (`source.kubernetes`, from the kubernetes-models release); a unit test keeps
 * this constant equal to it, so the browser need not load the table to show the version.
 */
export const KUBERNETES_VERSION = '1.36';
