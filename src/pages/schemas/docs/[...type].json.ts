/**
 * The API's description of each field, one file per object type
 * (`/schemas/docs/apps/v1.DeploymentSpec.json`), fetched by the page editor when a reader hovers
 * or focuses a field (src/lib/editor/field-docs.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readTypeDocs } from '../../../lib/editor/docs-files';
import type { SchemaTable } from '../../../lib/k8s/schema-table';
import k8sTable from '../../../lib/k8s/schemas/k8s.json';

export const getStaticPaths = (() => {
  const docs = readTypeDocs(k8sTable as unknown as SchemaTable, process.cwd());
  return [...docs].map(([type, data]) => ({ params: { type }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['data']), {
    headers: { 'Content-Type': 'application/json' },
  });
