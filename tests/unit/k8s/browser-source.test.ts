/**
 * The browser's schema source fetches only the per-kind files a document names and validates
 * exactly as the build's default source does.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  KINDS_FILE,
  META_FILE,
  fetchSchemaSource,
  kindsIndex,
  metaSubset,
  schemaFilePath,
  schemaFiles,
} from '../../../src/lib/k8s/browser-source';
import { CONFIG_TABLES } from '../../../src/lib/k8s/schema-source';
import type { SchemaTable } from '../../../src/lib/k8s/schema-table';
import k8sTable from '../../../src/lib/k8s/schemas/k8s.json';
import { validateText } from '../../../src/lib/k8s/validate';

const TABLES: SchemaTable[] = [k8sTable as unknown as SchemaTable, ...CONFIG_TABLES];
const BASE = 'https://example.test/site/';

/** The site's files in memory, recording which URLs were loaded. */
function site(): { load: (url: string) => Promise<unknown>; loaded: string[] } {
  const files = new Map<string, unknown>([
    ...schemaFiles(TABLES),
    [KINDS_FILE, kindsIndex(TABLES)],
    [META_FILE, metaSubset(TABLES[0]!)],
  ]);
  const loaded: string[] = [];
  return {
    loaded,
    load: async (url) => {
      loaded.push(url.slice(BASE.length));
      const data = files.get(url.slice(BASE.length));
      if (data === undefined) throw new Error(`404 ${url}`);
      return JSON.parse(JSON.stringify(data));
    },
  };
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          portz: 80
`;

describe('fetchSchemaSource', () => {
  it('serves one file per kind under schemas/<apiVersion>/<kind>.json', () => {
    const files = schemaFiles(TABLES);
    expect(schemaFilePath('apps/v1', 'Deployment')).toBe('schemas/apps/v1/Deployment.json');
    expect(files.get('schemas/apps/v1/Deployment.json')?.kinds).toEqual({
      'apps/v1': { Deployment: 'apps/v1.Deployment' },
    });
    expect(files.has('schemas/v1/Pod.json')).toBe(true);
  });

  it('finds the same problems as the build’s source, loading only the kind it needs', async () => {
    const { load, loaded } = site();
    const options = { file: 'web.yaml', line: 1, column: 1 };
    const schemas = fetchSchemaSource(BASE, load);
    const browser = await validateText(DEPLOYMENT, { ...options, schemas });
    const build = await validateText(DEPLOYMENT, options);
    expect(browser.flatMap((r) => r.findings)).toEqual(build.flatMap((r) => r.findings));
    expect(browser[0]?.findings.map((f) => [f.line, f.rule])).toContainEqual([16, 'unknown-field']);
    expect(loaded).toEqual([KINDS_FILE, 'schemas/apps/v1/Deployment.json']);
  });

  it('reports an unknown kind without fetching a file for it', async () => {
    const { load, loaded } = site();
    const text = 'apiVersion: v1\nkind: Pood\nmetadata:\n  name: x\n';
    const results = await validateText(text, {
      file: 'x.yaml',
      schemas: fetchSchemaSource(BASE, load),
    });
    expect(results[0]?.findings.map((f) => f.rule)).toContain('unknown-kind');
    expect(loaded).not.toContain('schemas/v1/Pood.json');
  });

  it('keeps a Deployment’s schema data small (gzipped)', () => {
    const deployment = schemaFiles(TABLES).get('schemas/apps/v1/Deployment.json');
    const index = kindsIndex(TABLES);
    expect(gzipSync(JSON.stringify(deployment)).length).toBeLessThan(8 * 1024);
    expect(gzipSync(JSON.stringify(index)).length).toBeLessThan(4 * 1024);
  });
});
