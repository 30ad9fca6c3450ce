/** The CLI tables the checker knows, by the command name a script calls. */
import docker from './tables/docker.json';
import etcdctl from './tables/etcdctl.json';
import kubeadm from './tables/kubeadm.json';
import kubectl from './tables/kubectl.json';
import type { CliTable } from './table';

/** kubectl and docker from their `--help` (generated), kubeadm and etcdctl by hand. */
export const CLI_TABLES: Record<string, CliTable> = {
  kubectl: kubectl as CliTable,
  docker: docker as CliTable,
  kubeadm: kubeadm as CliTable,
  etcdctl: etcdctl as CliTable,
};
