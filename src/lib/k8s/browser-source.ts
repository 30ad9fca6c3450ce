/**
 * Schemas for the browser: the site serves one JSON file per kind (`schemas/apps/v1/
 * Deployment.json`, a `kindSubset`) and an index of kinds (`schemas/kinds.json`); this source
 * fetches only what the documents being checked name, so an editor loads a few KB, not the table.
 */
import { resolveTypeName, type SchemaSource } from './schema-source';
import { kindTypeName, reachableTypes, splitByKind, type SchemaTable } from './schema-table';

/** Loads a JSON file by URL (fetch in the browser; a stub in tests). */
export type JsonLoader = (url: string) => Promise<unknown>;

/** Path of a kind's schema file under the site's base, e.g. `schemas/apps/v1/Deployment.json`. */
export function schemaFilePath(apiVersion: string, kind: string): string {
  return `schemas/${apiVersion}/${kind}.json`;
}

/** Path of the index of every apiVersion and kind. */
export const KINDS_FILE = 'schemas/kinds.json';

/** Path of the object-metadata types, for documents whose kind has no schema. */
export const META_FILE = 'schemas/meta.json';

/** The type the validator asks for by name when a kind has no schema. */
const META_TYPE = 'meta/v1.ObjectMeta';

/** The subset of a table that `meta/v1.ObjectMeta` reaches (the content of {@link META_FILE}). */
export function metaSubset(table: SchemaTable): SchemaTable {
  const types: SchemaTable['types'] = {};
  for (const name of reachableTypes(table, [META_TYPE])) types[name] = table.types[name]!;
  return { source: table.source, kinds: {}, types };
}

/** The files to serve: path -> per-kind table; the first table naming a kind wins. */
export function schemaFiles(tables: readonly SchemaTable[]): Map<string, SchemaTable> {
  const files = new Map<string, SchemaTable>();
  for (const table of tables) {
    for (const [key, subset] of splitByKind(table)) {
      const slash = key.lastIndexOf('/');
      const path = schemaFilePath(key.slice(0, slash), key.slice(slash + 1));
      if (!files.has(path)) files.set(path, subset);
    }
  }
  return files;
}

/** apiVersion -> kind -> type name over all tables (the content of {@link KINDS_FILE}). */
export function kindsIndex(tables: readonly SchemaTable[]): SchemaTable['kinds'] {
  const merged: SchemaTable['kinds'] = {};
  for (const table of tables) {
    for (const [apiVersion, kinds] of Object.entries(table.kinds)) {
      merged[apiVersion] = { ...kinds, ...merged[apiVersion] };
    }
  }
  return merged;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** A schema source over the per-kind files under `baseUrl` (ending in `/`). */
export function fetchSchemaSource(baseUrl: string, load: JsonLoader = fetchJson): SchemaSource {
  let index: Promise<SchemaTable['kinds']> | undefined;
  const tables = new Map<string, Promise<SchemaTable>>();
  const kinds = (): Promise<SchemaTable['kinds']> => {
    index ??= load(`${baseUrl}${KINDS_FILE}`) as Promise<SchemaTable['kinds']>;
    return index;
  };
  return {
    kinds,
    async forKind(apiVersion, kind) {
      // Only kinds the index lists are fetched: an unknown kind is an answer, not a 404.
      const known = await kinds();
      if (!Object.hasOwn(known, apiVersion) || !Object.hasOwn(known[apiVersion]!, kind)) {
        return undefined;
      }
      const path = schemaFilePath(apiVersion, kind);
      let table = tables.get(path);
      if (!table) {
        table = load(`${baseUrl}${path}`) as Promise<SchemaTable>;
        tables.set(path, table);
      }
      const loaded = await table;
      const type = kindTypeName(loaded, apiVersion, kind);
      return type ? { table: loaded, type } : undefined;
    },
    async forType(name) {
      // Fragments are not edited in the page: answer from the kinds fetched so far, and for
      // object metadata (asked for when a kind has no schema) from its own small file.
      for (const pending of tables.values()) {
        const table = await pending;
        const type = resolveTypeName(name, Object.keys(table.types));
        if (type) return { table, type };
      }
      if (name !== META_TYPE) return undefined;
      let meta = tables.get(META_FILE);
      if (!meta) {
        meta = load(`${baseUrl}${META_FILE}`) as Promise<SchemaTable>;
        tables.set(META_FILE, meta);
      }
      const table = await meta;
      return Object.hasOwn(table.types, name) ? { table, type: name } : undefined;
    },
  };
}
