/**
 * One JSON schema subset per Kubernetes kind (`/schemas/apps/v1/Deployment.json`), plus the kind
 * index and the metadata types, for the in-page manifest editor (src/lib/k8s/browser-source.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  KINDS_FILE,
  META_FILE,
  kindsIndex,
  metaSubset,
  schemaFiles,
} from '../../lib/k8s/browser-source';
import { CONFIG_TABLES } from '../../lib/k8s/schema-source';
import type { SchemaTable } from '../../lib/k8s/schema-table';
import k8sTable from '../../lib/k8s/schemas/k8s.json';

const TABLES: readonly SchemaTable[] = [k8sTable as unknown as SchemaTable, ...CONFIG_TABLES];

/** `schemas/apps/v1/Deployment.json` -> route param `apps/v1/Deployment`. */
const param = (path: string): string => path.slice('schemas/'.length, -'.json'.length);

export const getStaticPaths = (() => {
  const files: [string, unknown][] = [
    ...schemaFiles(TABLES),
    [KINDS_FILE, kindsIndex(TABLES)],
    [META_FILE, metaSubset(TABLES[0]!)],
  ];
  return files.map(([path, data]) => ({ params: { kind: param(path) }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['data']), {
    headers: { 'Content-Type': 'application/json' },
  });
