/**
 * Validates the YAML documents of a text (a file or a Markdown code block) as Kubernetes
 * objects or as fragments of one: YAML syntax, the schema of the apiVersion/kind (strict: unknown
 * fields are errors), removed APIs, and the API server's semantic rules. Pure: no Node APIs, the
 * same code runs in the build, the CLI and the browser.
 */
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { describe, described, loadSentences, type Described, type Reported } from '../messages';
import { addDuplicateKeyErrors } from './duplicate-keys';
import { MAX_DEPTH, tooDeepAt } from './input-limits';
import { docStart, Locator, offsetOf } from './locate';
import { removalMessage, removedApi } from './removed-apis';
import { ALL_RULES } from './rules';
import { ruleSet, type RuleSet } from './rules/rule';
import { defaultSchemaSource, type SchemaRef, type SchemaSource } from './schema-source';
import { isObject, runRules, walkSchema, type Issue, type Target } from './schema-walk';
import type { DocumentResult, Finding, Path, Severity, ValidateOptions } from './types';
import { jsonSyntaxMessage, yamlMessage, yamlValueMessage } from './syntax-errors';

export type { DocumentResult, Finding, Severity, ValidateOptions } from './types';
export { KUBERNETES_VERSION } from './version';
export { lintServiceSelectors } from './lint/service-selectors';

/** Options of {@link validateText} beyond the documented contract. */
export interface ValidateExtraOptions extends ValidateOptions {
  /** Where schemas come from (default: the generated table, loaded on first use). */
  schemas?: SchemaSource;
}

const RULES: RuleSet = ruleSet(ALL_RULES);

/** Validates every YAML document of `text`; positions are in the coordinates of `options`. */
export async function validateText(
  text: string,
  options: ValidateExtraOptions,
): Promise<DocumentResult[]> {
  const deep = tooDeepAt(text);
  if (deep >= 0) return [tooDeep(text, deep, options)];
  const source = options.schemas ?? (await defaultSchemaSource());
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    version: '1.2',
    // Duplicate keys are found by addDuplicateKeyErrors in linear time.
    uniqueKeys: false,
    merge: true,
    prettyErrors: false,
    lineCounter,
  });
  const locator = new Locator(lineCounter, options.line ?? 1, options.column ?? 1);
  const results: DocumentResult[] = [];
  const docs = Array.isArray(documents) ? documents : [];
  for (const doc of docs) addDuplicateKeyErrors(doc);
  for (let index = 0; index < docs.length; index++) {
    const doc = docs[index]!;
    results.push(await validateDocument(text, doc, index, locator, options, source));
  }
  if (options.expectErrors && !results.some((r) => r.findings.some(isError))) {
    const first = results[0];
    if (first) {
      first.findings.push({
        file: options.file,
        line: first.line,
        column: first.column,
        severity: 'warning',
        rule: 'expect-errors',
        ...describe({ messageId: 'expect-errors.none', hintId: 'expect-errors.none.hint' }),
      });
    }
  }
  // The page loads the sentences its findings need; render them again once they are there.
  if (await loadSentences(results.map((result) => result.findings))) {
    for (const result of results) {
      for (const finding of result.findings) Object.assign(finding, described(finding));
    }
  }
  return results;
}

/** The one result of a text nested deeper than {@link MAX_DEPTH}: it is not parsed at all. */
function tooDeep(text: string, offset: number, options: ValidateOptions): DocumentResult {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    lineCounter.addNewLine(at + 1);
  }
  const { line, column } = new Locator(lineCounter, options.line ?? 1, options.column ?? 1).at(
    offset,
  );
  const near = text.slice(offset, text.indexOf('\n', offset) >>> 0).trim().slice(0, 40);
  const finding: Finding = {
    file: options.file,
    line,
    column,
    severity: 'error',
    rule: 'too-deep',
    ...describe({
      messageId: 'input.too-deep',
      hintId: 'input.too-deep.hint',
      data: { limit: MAX_DEPTH, near },
    }),
  };
  return {
    index: 0,
    line,
    column,
    status: 'invalid',
    findings: [finding],
    source: text,
    file: options.file,
  };
}

function isError(finding: Finding): boolean {
  return finding.severity === 'error';
}

/** An issue at a text offset: its check and message, no path. */
interface Located extends Reported {
  rule: string;
  severity: Severity;
}

/** Collects findings of one document, converting paths to file positions. */
class Collector {
  readonly findings: Finding[] = [];

  constructor(
    private readonly doc: Document.Parsed,
    private readonly locator: Locator,
    private readonly file: string,
  ) {}

  add(issue: Issue): void {
    this.push(offsetOf(this.doc, issue.path, issue.target), issue, issue.path);
  }

  at(offset: number, issue: Located, path?: Path): void {
    this.push(offset, issue, path);
  }

  private push(offset: number, issue: Located, path?: Path): void {
    const { line, column } = this.locator.at(offset);
    const finding: Finding = {
      file: this.file,
      line,
      column,
      severity: issue.severity,
      rule: issue.rule,
      ...described(issue),
    };
    if (path && path.length > 0) finding.path = formatPath(path);
    this.findings.push(finding);
  }

  sorted(): Finding[] {
    return this.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

/** `spec.template.spec.containers[0].name`, with odd keys quoted: `labels["app.k8s.io/x"]`. */
export function formatPath(path: Path): string {
  let text = '';
  for (const step of path) {
    if (typeof step === 'number') text += `[${step}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(step)) text += text ? `.${step}` : step;
    else text += `[${JSON.stringify(step)}]`;
  }
  return text;
}

/** The document's own text, without a leading `---` or a trailing `...` marker. */
function documentSource(text: string, doc: Document.Parsed): string {
  let body = text.slice(doc.range[0], doc.range[2]);
  body = body.replace(/^---[ \t]*(\r?\n)?/, '').replace(/(^|\n)\.\.\.[ \t]*(\r?\n)?$/, '$1');
  return body.endsWith('\n') || body === '' ? body : `${body}\n`;
}

async function validateDocument(
  text: string,
  doc: Document.Parsed,
  index: number,
  locator: Locator,
  options: ValidateExtraOptions,
  source: SchemaSource,
): Promise<DocumentResult> {
  const start = locator.at(docStart(doc));
  const result: DocumentResult = {
    index,
    line: start.line,
    column: start.column,
    status: 'valid',
    findings: [],
    source: documentSource(text, doc),
    file: options.file,
  };
  const out = new Collector(doc, locator, options.file);
  const finish = (status: DocumentResult['status']): DocumentResult => {
    result.findings = out.sorted();
    result.status =
      (status === 'valid' || status === 'no-schema') && result.findings.some(isError)
        ? 'invalid'
        : status;
    return result;
  };

  for (const error of doc.errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    out.at(skipIndent(text, error.pos[0]), {
      rule: duplicate ? 'duplicate-key' : 'yaml-syntax',
      severity: 'error',
      ...yamlMessage(error, text),
    });
  }
  for (const warning of doc.warnings) {
    out.at(warning.pos[0], { rule: 'yaml', severity: 'warning', ...yamlMessage(warning, text) });
  }
  if (doc.errors.length > 0) return finish(options.fragment ? 'fragment' : 'invalid');

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    out.at(docStart(doc), { rule: 'yaml-syntax', severity: 'error', ...yamlValueMessage(error) });
    return finish(options.fragment ? 'fragment' : 'invalid');
  }
  if (value !== null && value !== undefined) result.object = value;

  if (options.fragment) {
    await validateFragment(value, options.fragment, text, doc, out, source);
    return finish('fragment');
  }
  if (value === null || value === undefined) return finish('empty');

  const status = await validateObject(value, [], out, source, true);
  if (isObject(value)) {
    if (typeof value.apiVersion === 'string') result.apiVersion = value.apiVersion;
    if (typeof value.kind === 'string') result.kind = value.kind;
    const metadata = isObject(value.metadata) ? value.metadata : {};
    if (typeof metadata.name === 'string') result.name = metadata.name;
    if (typeof metadata.namespace === 'string') result.namespace = metadata.namespace;
  }
  return finish(status);
}

/** An offset in a line's indentation moved to the line's first character (spaces only). */
function skipIndent(text: string, offset: number): number {
  let at = offset;
  while (text[at] === ' ') at++;
  return text[at] === '\n' || at >= text.length ? offset : at;
}

/** Built-in API groups (the core group is ''). Custom resources use other groups. */
function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

function versionOf(apiVersion: string): string {
  return apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
}

/** Validates one object (a document, or an item of a `List`) at `path`. */
async function validateObject(
  value: unknown,
  path: Path,
  out: Collector,
  source: SchemaSource,
  topLevel: boolean,
): Promise<DocumentResult['status']> {
  if (!isObject(value)) {
    out.add({
      path,
      target: 'self',
      rule: 'not-object',
      severity: topLevel ? 'warning' : 'error',
      ...describe({ messageId: 'not-object.type', data: { type: valueKind(value) } }),
    });
    return 'not-object';
  }
  const { apiVersion, kind } = value;
  if (apiVersion === undefined && kind === undefined) {
    out.add({
      path,
      target: 'self',
      rule: 'not-object',
      severity: topLevel ? 'warning' : 'error',
      ...describe({
        messageId: 'not-object.no-type-meta',
        hintId: 'not-object.no-type-meta.hint',
      }),
    });
    return 'not-object';
  }
  let typeMetaOk = true;
  for (const [field, fieldValue] of [
    ['apiVersion', apiVersion],
    ['kind', kind],
  ] as const) {
    if (fieldValue === undefined || fieldValue === null) {
      out.add({
        path,
        target: 'self',
        rule: 'type-meta',
        severity: 'error',
        ...describe({
          messageId: 'type-meta.missing',
          hintId: 'type-meta.missing.hint',
          data: { field },
        }),
      });
      typeMetaOk = false;
    } else if (typeof fieldValue !== 'string' || fieldValue === '') {
      out.add({
        path: [...path, field],
        target: 'value',
        rule: 'type-meta',
        severity: 'error',
        ...describe({ messageId: 'type-meta.not-string', data: { field } }),
      });
      typeMetaOk = false;
    }
  }
  if (!typeMetaOk || typeof apiVersion !== 'string' || typeof kind !== 'string') {
    const meta = await source.forType('meta/v1.ObjectMeta');
    if (meta && value.metadata !== undefined) walkMetadata(value, path, meta, out);
    return 'invalid';
  }

  const removed = removedApi(apiVersion, kind);
  if (removed) {
    out.add({
      path: [...path, 'apiVersion'],
      target: 'value',
      rule: 'removed-api',
      severity: removed.severity,
      ...removalMessage(apiVersion, kind, removed),
    });
  }

  if (apiVersion === 'v1' && kind === 'List') {
    const items = value.items;
    if (!Array.isArray(items)) {
      out.add({
        path: [...path, 'items'],
        target: 'self',
        rule: 'type',
        severity: 'error',
        ...describe({ messageId: 'type.list-items' }),
      });
      return 'invalid';
    }
    let status: DocumentResult['status'] = 'valid';
    for (let i = 0; i < items.length; i++) {
      const itemStatus = await validateObject(items[i], [...path, 'items', i], out, source, false);
      if (itemStatus === 'no-schema' && status === 'valid') status = 'no-schema';
    }
    return status;
  }

  const schema = await source.forKind(apiVersion, kind);
  const context = { root: value, apiVersion, kind, fragment: false };
  if (schema) {
    walkSchema(value, schema.type, path, {
      ...context,
      table: schema.table,
      rules: RULES,
      report: (issue) => out.add(issue),
    });
    // Config-file kinds (kubeconfig, KubeletConfiguration) have no metadata and need no name.
    const rootFields = schema.table.types[schema.type]?.fields ?? {};
    runRules(RULES.byType.get('*') ?? [], value, '*', path, {
      ...context,
      knownKind: Object.hasOwn(rootFields, 'metadata'),
      report: (issue) => out.add(issue),
    });
    return 'valid';
  }

  const kinds = await source.kinds();
  const group = groupOf(apiVersion);
  const builtInGroup = group === '' || Object.keys(kinds).some((v) => groupOf(v) === group);
  const stable = /^v\d+$/.test(versionOf(apiVersion));
  if (builtInGroup && stable && !removed) {
    out.add({
      path: [...path, 'kind'],
      target: 'value',
      rule: 'unknown-kind',
      severity: 'error',
      ...suggestKind(kind, apiVersion, kinds),
    });
  } else if (!removed) {
    out.add({
      path: [...path, 'kind'],
      target: 'value',
      rule: 'no-schema',
      severity: 'warning',
      ...describe({
        messageId: builtInGroup ? 'no-schema.beta' : 'no-schema.custom',
        data: { apiVersion, kind },
      }),
    });
  }
  const meta = await source.forType('meta/v1.ObjectMeta');
  if (meta && value.metadata !== undefined) walkMetadata(value, path, meta, out);
  runRules(RULES.byType.get('*') ?? [], value, '*', path, {
    ...context,
    knownKind: false,
    report: (issue) => out.add(issue),
  });
  return 'no-schema';
}

function walkMetadata(
  value: Record<string, unknown>,
  path: Path,
  meta: SchemaRef,
  out: Collector,
): void {
  walkSchema(value.metadata, meta.type, [...path, 'metadata'], {
    table: meta.table,
    rules: RULES,
    root: value,
    fragment: false,
    report: (issue) => out.add(issue),
  });
}

/** The unknown-kind message, with a hint naming the kinds it may have meant. */
function suggestKind(
  kind: string,
  apiVersion: string,
  kinds: Record<string, Record<string, string>>,
): Described {
  const lower = kind.toLowerCase();
  const matches: string[] = [];
  for (const [version, byKind] of Object.entries(kinds)) {
    for (const name of Object.keys(byKind)) {
      if (name.toLowerCase() === lower && /^([a-z0-9.-]+\/)?v\d+$/.test(version)) {
        matches.push(`apiVersion: ${version}, kind: ${name}`);
      }
    }
  }
  return matches.length > 0
    ? describe({
        messageId: 'unknown-kind',
        hintId: 'unknown-kind.did-you-mean.hint',
        data: { kind, apiVersion, candidates: matches },
      })
    : describe({
        messageId: 'unknown-kind',
        hintId: 'unknown-kind.check.hint',
        data: { kind, apiVersion },
      });
}

/** What a document that is not a mapping is, as a message value. */
function valueKind(value: unknown): Reported {
  if (Array.isArray(value)) return { messageId: 'value.list' };
  if (typeof value === 'string') return { messageId: 'value.string' };
  if (typeof value === 'boolean') return { messageId: 'value.boolean' };
  return { messageId: 'value.number' };
}

/** Validates a fragment: a value (or a list of values) of the named type. */
async function validateFragment(
  value: unknown,
  name: string,
  text: string,
  doc: Document.Parsed,
  out: Collector,
  source: SchemaSource,
): Promise<void> {
  const schema = await source.forType(name);
  if (!schema) {
    out.at(docStart(doc), {
      rule: 'fragment',
      severity: 'error',
      ...describe({
        messageId: 'fragment.unknown-type',
        hintId: 'fragment.unknown-type.hint',
        data: { name },
      }),
    });
    return;
  }
  if (schema.type === 'docker.daemon.json') checkJsonSyntax(text, doc, out);
  if (value === null || value === undefined) return;
  const context = { root: value, fragment: true, table: schema.table, rules: RULES };
  const report = (issue: Issue): void => out.add(issue);
  if (Array.isArray(value) && !schema.type.startsWith('docker.')) {
    value.forEach((item, i) => walkSchema(item, schema.type, [i], { ...context, report }));
  } else {
    walkSchema(value, schema.type, [], { ...context, report });
  }
}

/** daemon.json is JSON, not YAML: comments, trailing commas and bare words are errors. */
function checkJsonSyntax(text: string, doc: Document.Parsed, out: Collector): void {
  const body = text.slice(doc.range[0], doc.range[2]);
  try {
    JSON.parse(body);
  } catch (error) {
    const { offset, ...report } = jsonSyntaxMessage((error as Error).message, body);
    out.at(doc.range[0] + offset, { rule: 'json-syntax', severity: 'error', ...report });
  }
}

export type { Target };
