/**
 * Docker's daemon.json (/etc/docker/daemon.json). No npm package ships its schema; this table
 * lists the top-level keys of the "full example of the allowed configuration options on Linux"
 * in the dockerd reference (docker/cli docs/reference/commandline/dockerd.md, "Daemon
 * configuration file"), plus `cdi-spec-dirs` from its CDI section, with the types of the values
 * shown there. dockerd refuses to start on a key it does not know, but the example may lag
 * behind new releases, so an unknown key is a warning here (with a "did you mean" for typos).
 */
import type { SchemaTable } from '../schema-table';

const LIST = '[]string';
const MAP = '{}string';

/** The daemon.json table. */
export const DOCKER_DAEMON_TABLE: SchemaTable = {
  source: {
    package: 'docker/cli docs (hand-transcribed)',
    version: 'docs/reference/commandline/dockerd.md',
    uses: [],
    kubernetes: '1.36',
  },
  kinds: {},
  types: {
    'docker.daemon.json': {
      unknownFields: 'warning',
      fields: {
        'allow-nondistributable-artifacts': LIST,
        'api-cors-header': 'string',
        'authorization-plugins': LIST,
        bip: 'string',
        bridge: 'string',
        builder: 'any',
        'cdi-spec-dirs': LIST,
        'cgroup-parent': 'string',
        containerd: 'string',
        'containerd-namespace': 'string',
        'containerd-plugins-namespace': 'string',
        'data-root': 'string',
        debug: 'boolean',
        'default-address-pools': '[]docker.AddressPool',
        'default-cgroupns-mode': 'enum:private|host',
        'default-gateway': 'string',
        'default-gateway-v6': 'string',
        'default-network-opts': '{}{}string',
        'default-runtime': 'string',
        'default-shm-size': 'string',
        'default-ulimits': '{}docker.Ulimit',
        dns: LIST,
        'dns-opts': LIST,
        'dns-search': LIST,
        'exec-opts': LIST,
        'exec-root': 'string',
        experimental: 'boolean',
        features: '{}boolean',
        'fixed-cidr': 'string',
        'fixed-cidr-v6': 'string',
        group: 'string',
        'host-gateway-ip': 'string',
        hosts: LIST,
        proxies: 'docker.Proxies',
        icc: 'boolean',
        init: 'boolean',
        'init-path': 'string',
        'insecure-registries': LIST,
        ip: 'string',
        'ip-forward': 'boolean',
        'ip-masq': 'boolean',
        iptables: 'boolean',
        ip6tables: 'boolean',
        ipv6: 'boolean',
        labels: LIST,
        'live-restore': 'boolean',
        'log-driver': 'string',
        'log-format': 'enum:text|json',
        'log-level': 'enum:|debug|info|warn|error|fatal',
        'log-opts': MAP,
        'max-concurrent-downloads': 'integer',
        'max-concurrent-uploads': 'integer',
        'max-download-attempts': 'integer',
        mtu: 'integer',
        'no-new-privileges': 'boolean',
        'node-generic-resources': LIST,
        'oom-score-adjust': 'integer',
        pidfile: 'string',
        'raw-logs': 'boolean',
        'registry-mirrors': LIST,
        runtimes: '{}docker.Runtime',
        'seccomp-profile': 'string',
        'selinux-enabled': 'boolean',
        'shutdown-timeout': 'integer',
        'storage-driver': 'string',
        'storage-opts': LIST,
        'swarm-default-advertise-addr': 'string',
        tls: 'boolean',
        tlscacert: 'string',
        tlscert: 'string',
        tlskey: 'string',
        tlsverify: 'boolean',
        'userland-proxy': 'boolean',
        'userland-proxy-path': 'string',
        'userns-remap': 'string',
      },
    },
    'docker.AddressPool': { fields: { base: 'string', size: 'integer' } },
    'docker.Ulimit': { fields: { Name: 'string', Hard: 'integer', Soft: 'integer' } },
    'docker.Proxies': {
      fields: { 'http-proxy': 'string', 'https-proxy': 'string', 'no-proxy': 'string' },
    },
    'docker.Runtime': {
      fields: { path: 'string', runtimeArgs: LIST, runtimeType: 'string', options: 'any' },
    },
  },
};
