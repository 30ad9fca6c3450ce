/**
 * kubeconfig files (`apiVersion: v1`, `kind: Config`, e.g. ~/.kube/config). No npm package ships
 * their schema; this table is transcribed from client-go tools/clientcmd/api/v1/types.go
 * (kubernetes/kubernetes staging, commit 03a3b6c76bbf7ce7ca39ee5c53cc27f0572911bc). kubectl
 * decodes kubeconfig leniently (unknown fields are dropped), so unknown fields are warnings, and
 * kubectl fills in missing entries, so nothing is required.
 */
import type { ObjectType, SchemaTable } from '../schema-table';

const lenient = (fields: Record<string, string>): ObjectType => ({
  unknownFields: 'warning',
  fields,
});

/** The kubeconfig table; `kubeconfig.Context` is one `- context: ...` list entry. */
export const KUBECONFIG_TABLE: SchemaTable = {
  source: {
    package: 'k8s.io/client-go (hand-transcribed)',
    version: '03a3b6c76bbf7ce7ca39ee5c53cc27f0572911bc',
    uses: ['tools/clientcmd/api/v1/types.go'],
    kubernetes: '1.36',
  },
  kinds: { v1: { Config: 'kubeconfig.Config' } },
  types: {
    'kubeconfig.Config': lenient({
      kind: 'string',
      apiVersion: 'string',
      preferences: 'kubeconfig.Preferences',
      clusters: '[]kubeconfig.Cluster',
      users: '[]kubeconfig.User',
      contexts: '[]kubeconfig.Context',
      'current-context': 'string',
      extensions: '[]kubeconfig.NamedExtension',
    }),
    'kubeconfig.Preferences': lenient({
      colors: 'boolean',
      extensions: '[]kubeconfig.NamedExtension',
    }),
    'kubeconfig.Cluster': lenient({ name: 'string', cluster: 'kubeconfig.ClusterInfo' }),
    'kubeconfig.ClusterInfo': lenient({
      server: 'string',
      'tls-server-name': 'string',
      'insecure-skip-tls-verify': 'boolean',
      'certificate-authority': 'string',
      'certificate-authority-data': 'byte',
      'proxy-url': 'string',
      'disable-compression': 'boolean',
      extensions: '[]kubeconfig.NamedExtension',
    }),
    'kubeconfig.User': lenient({ name: 'string', user: 'kubeconfig.AuthInfo' }),
    'kubeconfig.AuthInfo': lenient({
      'client-certificate': 'string',
      'client-certificate-data': 'byte',
      'client-key': 'string',
      'client-key-data': 'byte',
      token: 'string',
      tokenFile: 'string',
      as: 'string',
      'as-uid': 'string',
      'as-groups': '[]string',
      'as-user-extra': '{}[]string',
      username: 'string',
      password: 'string',
      'auth-provider': 'kubeconfig.AuthProviderConfig',
      exec: 'kubeconfig.ExecConfig',
      extensions: '[]kubeconfig.NamedExtension',
    }),
    'kubeconfig.Context': lenient({ name: 'string', context: 'kubeconfig.ContextInfo' }),
    'kubeconfig.ContextInfo': lenient({
      cluster: 'string',
      user: 'string',
      namespace: 'string',
      extensions: '[]kubeconfig.NamedExtension',
    }),
    'kubeconfig.NamedExtension': lenient({ name: 'string', extension: 'any' }),
    'kubeconfig.AuthProviderConfig': lenient({ name: 'string', config: '{}string' }),
    'kubeconfig.ExecConfig': lenient({
      command: 'string',
      args: '[]string',
      env: '[]kubeconfig.ExecEnvVar',
      apiVersion: 'string',
      installHint: 'string',
      provideClusterInfo: 'boolean',
      interactiveMode: 'enum:Never|IfAvailable|Always',
    }),
    'kubeconfig.ExecEnvVar': lenient({ name: 'string', value: 'string' }),
  },
};
