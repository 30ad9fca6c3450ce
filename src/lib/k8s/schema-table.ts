/**
 * The shape of the generated Kubernetes schema table (src/lib/k8s/schemas/*.json) and pure helpers
 * over it. A table lists object types by a short name (`apps/v1.DeploymentSpec`, `v1.Container`,
 * `meta/v1.ObjectMeta`) with their exact fields, so that unknown fields can be errors.
 *
 * A field type is a string:
 * - a primitive: `string`, `boolean`, `integer` (int64), `int32`, `number`, `byte` (base64 text),
 *   `int-or-string`, `quantity` (resource.Quantity), `duration` (a Go duration such as `20s`, only
 *   in the hand-written config tables), `any` (free-form JSON);
 * - `[]T` (list of T), `{}T` (map from string to T), `enum:A|B|C` (one of these strings);
 * - anything else is the name of an object type in `types`.
 */

/** A field type expression; see the module comment for the grammar. */
export type TypeExpr = string;

/** One object type: its fields in declaration order and the names of the required ones. */
export interface ObjectType {
  fields: Record<string, TypeExpr>;
  required?: string[];
  /** How an unknown field is reported; the API server's strict decoding makes it an error. */
  unknownFields?: 'error' | 'warning';
}

/** Where a table comes from: recorded inside the data so a reader can check it. */
export interface TableSource {
  /** The npm package the table is generated from, e.g. `kubernetes-models`. */
  package: string;
  version: string;
  /** Further packages read, `name@version`. */
  uses: string[];
  /** The Kubernetes minor version the package's schemas describe, e.g. `1.36`. */
  kubernetes: string;
}

/** A whole table, or the per-kind subset of one (same shape, fewer kinds and types). */
export interface SchemaTable {
  $comment?: string;
  source: TableSource;
  /** apiVersion -> kind -> name of the kind's type in `types`. */
  kinds: Record<string, Record<string, string>>;
  types: Record<string, ObjectType>;
}

const PRIMITIVES = new Set([
  'string',
  'boolean',
  'integer',
  'int32',
  'number',
  'byte',
  'int-or-string',
  'quantity',
  'duration',
  'any',
]);

/** True when a type expression names an object type rather than a primitive, list or map. */
export function isTypeName(expr: TypeExpr): boolean {
  if (PRIMITIVES.has(expr)) return false;
  return !expr.startsWith('[]') && !expr.startsWith('{}') && !expr.startsWith('enum:');
}

/** The object type names an expression refers to (through lists and maps), if any. */
export function referencedType(expr: TypeExpr): string | undefined {
  let inner = expr;
  while (inner.startsWith('[]') || inner.startsWith('{}')) inner = inner.slice(2);
  return isTypeName(inner) ? inner : undefined;
}

/** The name of the type of `apiVersion`/`kind` in the table, if the table has that kind. */
export function kindTypeName(
  table: SchemaTable,
  apiVersion: string,
  kind: string,
): string | undefined {
  return Object.hasOwn(table.kinds, apiVersion) && Object.hasOwn(table.kinds[apiVersion]!, kind)
    ? table.kinds[apiVersion]![kind]
    : undefined;
}

/** Every type reachable from the given roots, roots included, in a stable order. */
export function reachableTypes(table: SchemaTable, roots: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name) || !Object.hasOwn(table.types, name)) continue;
    seen.add(name);
    for (const expr of Object.values(table.types[name]!.fields)) {
      const ref = referencedType(expr);
      if (ref && !seen.has(ref)) stack.push(ref);
    }
  }
  return [...seen].sort();
}

/**
 * The part of a table one kind needs: that kind and only the types it reaches. This is what a
 * browser loads on demand (one JSON per kind), and the validator accepts it like a whole table.
 */
export function kindSubset(table: SchemaTable, apiVersion: string, kind: string): SchemaTable {
  const root = kindTypeName(table, apiVersion, kind);
  const types: Record<string, ObjectType> = {};
  if (root) for (const name of reachableTypes(table, [root])) types[name] = table.types[name]!;
  return {
    source: table.source,
    kinds: root ? { [apiVersion]: { [kind]: root } } : {},
    types,
  };
}

/** Splits a table into one subset per kind, keyed `apiVersion/kind` (`apps/v1/Deployment`). */
export function splitByKind(table: SchemaTable): Map<string, SchemaTable> {
  const parts = new Map<string, SchemaTable>();
  for (const [apiVersion, kinds] of Object.entries(table.kinds)) {
    for (const kind of Object.keys(kinds)) {
      parts.set(`${apiVersion}/${kind}`, kindSubset(table, apiVersion, kind));
    }
  }
  return parts;
}
