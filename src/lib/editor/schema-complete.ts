/**
 * What the page editor offers at the cursor, from the per-kind schema the validator uses: the
 * fields of the object being edited (required first), the values of an enum or a boolean, and
 * `apiVersion`/`kind` pairs. Pure: the caller fetches the schema table.
 */
import type { SchemaTable, TypeExpr } from '../k8s/schema-table';
import type { CursorContext, Step } from './yaml-context';

/** One completion: a field name or a value. */
export interface Offer {
  label: string;
  /** What is inserted. */
  apply: string;
  /** `property` for fields, `enum` for values, `type` for kinds. */
  type: 'property' | 'enum' | 'type';
  /** Short Korean detail shown beside the label, e.g. `int32 · 필수`. */
  detail?: string;
  /** Whether the field is required (sorted first). */
  required?: boolean;
}

/** The type expression at `path` below `type`, or undefined when the path leaves the schema. */
export function typeAt(table: SchemaTable, type: string, path: readonly Step[]): TypeExpr | undefined {
  let expr: TypeExpr = type;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!expr.startsWith('[]')) return undefined;
      expr = expr.slice(2);
      continue;
    }
    if (expr.startsWith('{}')) {
      expr = expr.slice(2);
      continue;
    }
    const fields = table.types[expr]?.fields;
    if (!fields || !Object.hasOwn(fields, step)) return undefined;
    expr = fields[step]!;
  }
  return expr;
}

/** A type expression in words a reader knows: `int32` -> `정수`, `[]v1.Container` -> `v1.Container 목록`. */
export function describeType(expr: TypeExpr): string {
  if (expr.startsWith('[]')) return `${describeType(expr.slice(2))} 목록`;
  if (expr.startsWith('{}')) return `문자열 → ${describeType(expr.slice(2))} 맵`;
  if (expr.startsWith('enum:')) return `${expr.slice(5).split('|').join(' | ')} 중 하나`;
  const words: Record<string, string> = {
    string: '문자열',
    boolean: 'true 또는 false',
    integer: '정수',
    int32: '정수(int32)',
    number: '숫자',
    byte: 'base64 문자열',
    'int-or-string': '정수 또는 문자열',
    quantity: '수량(예: 500m, 128Mi)',
    duration: '기간(예: 30s)',
    any: '임의의 값',
  };
  return words[expr] ?? expr;
}

/** True when a field of this type is written as a block below its key. */
function isBlock(table: SchemaTable, expr: TypeExpr): boolean {
  return expr.startsWith('[]') || expr.startsWith('{}') || Object.hasOwn(table.types, expr);
}

/** Field names for the mapping at the cursor. */
export function fieldOffers(
  table: SchemaTable,
  type: string,
  context: CursorContext,
  indentUnit = 2,
  column = 0,
): Offer[] {
  const expr = typeAt(table, type, context.path);
  const object = expr ? table.types[expr] : undefined;
  if (!object) return [];
  const required = new Set(object.required ?? []);
  const offers: Offer[] = [];
  for (const [name, fieldType] of Object.entries(object.fields)) {
    if (context.siblings.includes(name) || name === 'status') continue;
    const child = ' '.repeat(column + indentUnit);
    const block = isBlock(table, fieldType);
    offers.push({
      label: name,
      apply: block ? `${name}:\n${child}${fieldType.startsWith('[]') ? '- ' : ''}` : `${name}: `,
      type: 'property',
      detail: `${describeType(fieldType)}${required.has(name) ? ' · 필수' : ''}`,
      required: required.has(name),
    });
  }
  return offers.sort((a, b) => Number(b.required) - Number(a.required));
}

/** Values for the key at the cursor: enum members, booleans, and apiVersion/kind pairs. */
export function valueOffers(
  table: SchemaTable | undefined,
  type: string | undefined,
  context: CursorContext,
  kinds: SchemaTable['kinds'],
): Offer[] {
  if (context.path.length === 0 && context.key === 'kind') {
    const versions = context.apiVersion && kinds[context.apiVersion] ? [context.apiVersion] : Object.keys(kinds);
    const names = new Set(versions.flatMap((v) => Object.keys(kinds[v] ?? {})));
    return [...names]
      .filter((name) => !name.endsWith('List'))
      .sort()
      .map((name) => ({ label: name, apply: name, type: 'type' as const }));
  }
  if (context.path.length === 0 && context.key === 'apiVersion') {
    return Object.keys(kinds)
      .filter((v) => !context.kind || Object.hasOwn(kinds[v]!, context.kind))
      .sort()
      .map((v) => ({ label: v, apply: v, type: 'type' as const }));
  }
  if (!table || !type || context.key === undefined) return [];
  const expr = typeAt(table, type, [...context.path, context.key]);
  if (!expr) return [];
  if (expr.startsWith('enum:')) {
    return expr
      .slice(5)
      .split('|')
      .map((value) => ({ label: value, apply: value, type: 'enum' as const }));
  }
  if (expr === 'boolean') {
    return ['true', 'false'].map((value) => ({ label: value, apply: value, type: 'enum' as const }));
  }
  return [];
}
