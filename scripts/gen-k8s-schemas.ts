/**
 * `npm run gen:k8s-schemas`: regenerates src/lib/k8s/schemas/k8s.json from the installed
 * `kubernetes-models` package. A unit test fails when the committed file differs from a fresh run.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_TABLE_PATH, serializeTable } from './k8s-schemas/output';
import { generateK8sSchemaTable } from './k8s-schemas/generate';

const table = await generateK8sSchemaTable();
const path = fileURLToPath(SCHEMA_TABLE_PATH);
writeFileSync(path, serializeTable(table));
const kinds = Object.values(table.kinds).reduce((n, byKind) => n + Object.keys(byKind).length, 0);
console.log(
  `${path}: ${Object.keys(table.types).length} types, ${kinds} kinds ` +
    `(${table.source.package}@${table.source.version}, Kubernetes ${table.source.kubernetes})`,
);
