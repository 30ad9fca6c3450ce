/**
 * Where the validator gets its schemas. The default source loads the whole generated table on
 * first use; a browser can pass its own source that fetches one per-kind subset at a time
 * (see `kindSubset`/`typeSubset`), since the validator only needs the types a document reaches.
 */
import { DOCKER_DAEMON_TABLE } from './config-schemas/docker-daemon';
import { KUBECONFIG_TABLE } from './config-schemas/kubeconfig';
import { KUBELET_TABLE } from './config-schemas/kubelet';
import { kindTypeName, type SchemaTable } from './schema-table';
import k8sTable from './schemas/k8s.json';

/** A table together with the name of the type to validate against. */
export interface SchemaRef {
  table: SchemaTable;
  type: string;
}

/** Supplies schemas on demand. */
export interface SchemaSource {
  /** The schema of a kind, or undefined when none is known. */
  forKind(apiVersion: string, kind: string): Promise<SchemaRef | undefined>;
  /** The schema of a type by full name (`v1.Container`) or fragment name (`Container`). */
  forType(name: string): Promise<SchemaRef | undefined>;
  /** Every apiVersion -> kinds known, for "unknown kind" checks and suggestions. */
  kinds(): Promise<SchemaTable['kinds']>;
}

/** The hand-written config-file tables (kubeconfig, kubelet, daemon.json). */
export const CONFIG_TABLES: readonly SchemaTable[] = [
  KUBECONFIG_TABLE,
  KUBELET_TABLE,
  DOCKER_DAEMON_TABLE,
];

/** Friendly fragment names that do not follow the `<version>.<Type>` pattern. */
const FRAGMENT_ALIASES: Record<string, string> = {
  KubeletConfiguration: 'kubelet.KubeletConfiguration',
  'kubelet.KubeletConfiguration': 'kubelet.KubeletConfiguration',
  'kubeconfig.Context': 'kubeconfig.Context',
  'kubeconfig.Cluster': 'kubeconfig.Cluster',
  'kubeconfig.User': 'kubeconfig.User',
  'kubeconfig.Config': 'kubeconfig.Config',
  kubeconfig: 'kubeconfig.Config',
  'docker.daemon.json': 'docker.daemon.json',
  'daemon.json': 'docker.daemon.json',
};

/** `v1`, `apps/v1`, `networking.k8s.io/v1beta1`, `meta/v1`: the part before a type's name. */
const VERSION_PREFIX = /^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/;

/** Rank of a type's version for choosing among same-named types: GA core first, alpha last. */
function versionRank(name: string): number {
  const version = name.slice(0, name.indexOf('.', name.indexOf('/') + 1));
  const v = version.slice(version.lastIndexOf('/') + 1);
  const group = version.includes('/') ? version.slice(0, version.lastIndexOf('/')) : '';
  let rank = /^v\d+$/.test(v) ? 0 : /beta/.test(v) ? 10 : 20;
  if (group !== '' && group !== 'meta') rank += 1;
  return rank;
}

/**
 * Resolves a fragment or type name against the type names of the given tables: an exact
 * name, an alias, or a short name (`DeploymentSpec`) matched to the GA version first.
 */
export function resolveTypeName(name: string, typeNames: Iterable<string>): string | undefined {
  const names = [...typeNames];
  if (names.includes(name)) return name;
  if (Object.hasOwn(FRAGMENT_ALIASES, name)) return FRAGMENT_ALIASES[name];
  const candidates = names.filter(
    (n) => n.endsWith(`.${name}`) && VERSION_PREFIX.test(n.slice(0, -name.length - 1)),
  );
  candidates.sort((a, b) => versionRank(a) - versionRank(b) || (a < b ? -1 : 1));
  return candidates[0];
}

/** A source over tables held in memory. */
export function tableSource(tables: readonly SchemaTable[]): SchemaSource {
  return {
    async forKind(apiVersion, kind) {
      for (const table of tables) {
        const type = kindTypeName(table, apiVersion, kind);
        if (type) return { table, type };
      }
      return undefined;
    },
    async forType(name) {
      const all = tables.flatMap((table) => Object.keys(table.types));
      const type = resolveTypeName(name, all);
      const table = type ? tables.find((t) => Object.hasOwn(t.types, type)) : undefined;
      return table && type ? { table, type } : undefined;
    },
    async kinds() {
      const merged: SchemaTable['kinds'] = {};
      for (const table of tables) {
        for (const [apiVersion, kinds] of Object.entries(table.kinds)) {
          merged[apiVersion] = { ...kinds, ...merged[apiVersion] };
        }
      }
      return merged;
    },
  };
}

let defaultSource: SchemaSource | undefined;

/**
 * The generated Kubernetes table plus the config tables. The JSON is imported statically: a
 * dynamic import would fail when the validator runs inside an Astro hook, after the module
 * runner that loaded the config has closed. The browser passes its own per-kind source instead.
 */
export function defaultSchemaSource(): Promise<SchemaSource> {
  defaultSource ??= tableSource([k8sTable as unknown as SchemaTable, ...CONFIG_TABLES]);
  return Promise.resolve(defaultSource);
}
