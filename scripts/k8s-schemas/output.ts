import type { SchemaTable } from '../../src/lib/k8s/schema-table';

/** Where the committed table lives. */
export const SCHEMA_TABLE_PATH = new URL('../../src/lib/k8s/schemas/k8s.json', import.meta.url);

/**
 * The file text of a table: one type per line, so that a schema update reads as a small diff
 * while the file stays compact.
 */
export function serializeTable(table: SchemaTable): string {
  const lines = ['{'];
  if (table.$comment) lines.push(`"$comment": ${JSON.stringify(table.$comment)},`);
  lines.push(`"source": ${JSON.stringify(table.source)},`);
  lines.push('"kinds": {');
  const kinds = Object.entries(table.kinds);
  kinds.forEach(([apiVersion, byKind], i) => {
    const comma = i < kinds.length - 1 ? ',' : '';
    lines.push(`  ${JSON.stringify(apiVersion)}: ${JSON.stringify(byKind)}${comma}`);
  });
  lines.push('},');
  lines.push('"types": {');
  const types = Object.entries(table.types);
  types.forEach(([name, type], i) => {
    const comma = i < types.length - 1 ? ',' : '';
    lines.push(`  ${JSON.stringify(name)}: ${JSON.stringify(type)}${comma}`);
  });
  lines.push('}');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
