/**
 * Reads the field documentation of every object type of the schema table from the installed
 * `kubernetes-models` packages (build time, Node only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SchemaTable } from '../k8s/schema-table';
import { parseTypeDocs, type TypeDocs } from './field-docs';

/** The folder of an installed package, looked up the way Node does from `dir`. */
function packageRoot(name: string, dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const root = join(at, 'node_modules', name);
    if (existsSync(join(root, 'package.json'))) return root;
    if (dirname(at) === at) return undefined;
  }
}

/** Declaration files that may hold a type: `apps/v1.DeploymentSpec`, `meta/v1.ObjectMeta`. */
function candidates(type: string, models: string, machinery: string | undefined): string[] {
  const dot = type.lastIndexOf('.');
  const dir = type.slice(0, dot);
  const base = type.slice(dot + 1);
  const files = [join(models, dir, `${base}.d.ts`)];
  if (machinery) {
    for (const top of ['apis', 'api', 'util', '']) files.push(join(machinery, top, dir, `${base}.d.ts`));
  }
  return files;
}

/** Type name -> its docs, for every type of `table` with a declaration file. */
export function readTypeDocs(table: SchemaTable, root: string): Map<string, TypeDocs> {
  const models = packageRoot('kubernetes-models', root);
  const machinery = packageRoot('@kubernetes-models/apimachinery', models ?? root);
  const docs = new Map<string, TypeDocs>();
  if (!models) return docs;
  for (const type of Object.keys(table.types)) {
    const base = type.slice(type.lastIndexOf('.') + 1);
    for (const file of candidates(type, models, machinery)) {
      if (!existsSync(file)) continue;
      const parsed = parseTypeDocs(readFileSync(file, 'utf8'), `I${base}`);
      if (parsed) docs.set(type, parsed);
      break;
    }
  }
  return docs;
}
