/**
 * The committed schema table is exactly what the generator makes from the installed
 * kubernetes-models (drift fails here), records its source, and splits into per-kind parts
 * small enough for the browser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateK8sSchemaTable } from '../../../scripts/k8s-schemas/generate';
import { SCHEMA_TABLE_PATH, serializeTable } from '../../../scripts/k8s-schemas/output';
import { kindSubset, splitByKind, type SchemaTable } from '../../../src/lib/k8s/schema-table';
import { resolveTypeName } from '../../../src/lib/k8s/schema-source';
import { KUBERNETES_VERSION } from '../../../src/lib/k8s/validate';

const committedText = readFileSync(fileURLToPath(SCHEMA_TABLE_PATH), 'utf8');
const committed = JSON.parse(committedText) as SchemaTable;

describe('generated Kubernetes schema table', () => {
  // After updating kubernetes-models, run `npm run gen:k8s-schemas`.
  it('equals a fresh generation', async () => {
    const fresh = serializeTable(await generateK8sSchemaTable());
    expect(fresh === committedText).toBe(true);
  }, 180_000);

  it('records its source and Kubernetes version', () => {
    expect(committed.source.package).toBe('kubernetes-models');
    expect(committed.source.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(committed.source.kubernetes).toBe(KUBERNETES_VERSION);
  });

  it('knows field types, required fields, enums and formats', () => {
    const spec = committed.types['apps/v1.DeploymentSpec']!;
    expect(spec.fields.progressDeadlineSeconds).toBe('int32');
    expect(spec.required).toEqual(['selector', 'template']);
    expect(committed.types['v1.ServicePort']!.fields.targetPort).toBe('int-or-string');
    expect(committed.types['v1.Secret']!.fields.data).toBe('{}byte');
    expect(committed.types['v1.Container']!.fields.imagePullPolicy).toBe(
      'enum:Always|IfNotPresent|Never',
    );
    expect(committed.kinds['apps/v1']!.Deployment).toBe('apps/v1.Deployment');
  });

  it('splits per kind within the browser budget (<= 60 KB gzipped for a Deployment)', () => {
    const deployment = kindSubset(committed, 'apps/v1', 'Deployment');
    const size = gzipSync(JSON.stringify(deployment)).length;
    expect(size).toBeLessThan(60_000);
    expect(Object.keys(deployment.types)).toContain('v1.Container');
    expect(splitByKind(committed).size).toBeGreaterThan(200);
  });

  it('resolves fragment names to the GA type', () => {
    const names = Object.keys(committed.types);
    expect(resolveTypeName('DeploymentSpec', names)).toBe('apps/v1.DeploymentSpec');
    expect(resolveTypeName('Container', names)).toBe('v1.Container');
    expect(resolveTypeName('ObjectMeta', names)).toBe('meta/v1.ObjectMeta');
    expect(resolveTypeName('Ingress', names)).toBe('networking.k8s.io/v1.Ingress');
    expect(resolveTypeName('NoSuchType', names)).toBeUndefined();
  });
});
