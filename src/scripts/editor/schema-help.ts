/**
 * Schema help in the page editor: completion of field names, enum values and apiVersion/kind
 * pairs, and the API's description of the field under the pointer or the cursor. The schemas
 * are the per-kind files the validator uses; descriptions come one type at a time.
 */
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { EditorState } from '@codemirror/state';
import { fetchSchemaSource } from '../../lib/k8s/browser-source';
import type { SchemaTable } from '../../lib/k8s/schema-table';
import { typeDocsPath, type TypeDocs } from '../../lib/editor/field-docs';
import { describeType, fieldOffers, typeAt, valueOffers } from '../../lib/editor/schema-complete';
import { cursorContext } from '../../lib/editor/yaml-context';

/** What the reader sees about one field. */
export interface FieldHelp {
  field: string;
  type: string;
  required: boolean;
  description?: string;
}

export interface SchemaHelp {
  complete(context: CompletionContext): Promise<CompletionResult | null>;
  /** Help for the field whose key is at `pos`, if the pointer or cursor is on a key. */
  fieldAt(state: EditorState, pos: number): Promise<FieldHelp | undefined>;
}

export function schemaHelp(site: string): SchemaHelp {
  const source = fetchSchemaSource(site);
  const docs = new Map<string, Promise<TypeDocs | undefined>>();
  const docsOf = (type: string): Promise<TypeDocs | undefined> => {
    let pending = docs.get(type);
    if (!pending) {
      pending = fetch(`${site}${typeDocsPath(type)}`).then(
        (response) => (response.ok ? (response.json() as Promise<TypeDocs>) : undefined),
        () => undefined,
      );
      docs.set(type, pending);
    }
    return pending;
  };
  const schemaOf = async (
    apiVersion: string | undefined,
    kind: string | undefined,
  ): Promise<{ table: SchemaTable; type: string } | undefined> => {
    if (!apiVersion || !kind) return undefined;
    return source.forKind(apiVersion, kind).catch(() => undefined);
  };

  return {
    async complete(completion) {
      const text = completion.state.doc.toString();
      const context = cursorContext(text, completion.pos);
      if (!completion.explicit && context.position === 'key' && context.prefix === '') return null;
      const kinds = await source.kinds().catch(() => ({}));
      const schema = await schemaOf(context.apiVersion, context.kind);
      const line = completion.state.doc.lineAt(context.from);
      const offers =
        context.position === 'key'
          ? schema
            ? fieldOffers(schema.table, schema.type, context, 2, context.from - line.from)
            : []
          : valueOffers(schema?.table, schema?.type, context, kinds);
      if (offers.length === 0) return null;
      return {
        from: context.from,
        options: offers.map((offer) => ({
          label: offer.label,
          apply: offer.apply,
          type: offer.type,
          ...(offer.detail ? { detail: offer.detail } : {}),
          boost: offer.required ? 1 : 0,
        })),
        validFor: /^[\w./-]*$/,
      };
    },

    async fieldAt(state, pos) {
      const line = state.doc.lineAt(pos);
      const match = /^(\s*(?:- )*)("[^"]*"|[\w./-]+)\s*:/.exec(line.text);
      if (!match) return undefined;
      const start = line.from + match[1]!.length;
      const end = start + match[2]!.length;
      if (pos < start || pos > end) return undefined;
      const field = match[2]!.replace(/^"|"$/g, '');
      const context = cursorContext(state.doc.toString(), start);
      const schema = await schemaOf(context.apiVersion, context.kind);
      if (!schema) return undefined;
      const parent = typeAt(schema.table, schema.type, context.path);
      const object = parent ? schema.table.types[parent] : undefined;
      const type = object?.fields[field];
      if (!parent || !object || !type) return undefined;
      const help: FieldHelp = {
        field,
        type: describeType(type),
        required: object.required?.includes(field) ?? false,
      };
      const description = (await docsOf(parent))?.fields[field];
      if (description) help.description = description;
      return help;
    },
  };
}
