/**
 * Checks a parsed value against a schema table: types, required fields, enums, formats and,
 * unlike the OpenAPI-based tools, unknown fields. On the way it calls the semantic rules
 * registered for each object type it meets, so a rule on `v1.Container` runs for every container
 * wherever it sits (Pod, Deployment template, CronJob, a `Container` fragment).
 */
import { ref, type MessageId, type MessageRef, type Report, type Reported } from '../messages';
import { didYouMean } from './did-you-mean';
import { isBase64, isQuantity } from './formats';
import type { ReportedIssue, Rule, RuleSet } from './rules/rule';
import type { SchemaTable, TypeExpr } from './schema-table';
import type { Path, Severity } from './types';

/** Where a finding points: the key, the value, or the object a path names as a whole. */
export type Target = 'key' | 'value' | 'self';

/** A finding before it has a file position: where, which check, and its message id and data. */
export interface Issue extends Reported {
  path: Path;
  target: Target;
  rule: string;
  severity: Severity;
}

type Compiled =
  | { kind: 'any' | 'string' | 'boolean' | 'integer' | 'int32' | 'number' }
  | { kind: 'byte' | 'int-or-string' | 'quantity' | 'duration' }
  | { kind: 'list' | 'map'; of: Compiled }
  | { kind: 'enum'; values: Set<string>; list: string[] }
  | { kind: 'object'; name: string };

const compiledCache = new Map<TypeExpr, Compiled>();

function compile(expr: TypeExpr): Compiled {
  const cached = compiledCache.get(expr);
  if (cached) return cached;
  let compiled: Compiled;
  if (expr.startsWith('[]')) compiled = { kind: 'list', of: compile(expr.slice(2)) };
  else if (expr.startsWith('{}')) compiled = { kind: 'map', of: compile(expr.slice(2)) };
  else if (expr.startsWith('enum:')) {
    const values = expr.slice(5).split('|');
    compiled = { kind: 'enum', values: new Set(values), list: values };
  } else {
    switch (expr) {
      case 'any':
      case 'string':
      case 'boolean':
      case 'integer':
      case 'int32':
      case 'number':
      case 'byte':
      case 'int-or-string':
      case 'quantity':
      case 'duration':
        compiled = { kind: expr };
        break;
      default:
        compiled = { kind: 'object', name: expr };
    }
  }
  compiledCache.set(expr, compiled);
  return compiled;
}

/** A value's JSON type as a message, for "must be a string, not an integer". */
export function jsonType(value: unknown): MessageRef {
  if (value === null) return ref('value.null');
  if (Array.isArray(value)) return ref('value.list');
  if (typeof value === 'object') return ref('value.object');
  if (typeof value === 'number') {
    return Number.isInteger(value) ? ref('value.integer') : ref('value.number');
  }
  if (typeof value === 'boolean') return ref('value.boolean');
  return ref('value.string');
}

/** True for a mapping (not a list, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const GO_DURATION = /^[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** The context a walk runs in. */
export interface WalkOptions {
  table: SchemaTable;
  rules: RuleSet;
  /** The document value (rules read it, e.g. for the kind or sibling fields). */
  root: unknown;
  apiVersion?: string | undefined;
  kind?: string | undefined;
  /** Fragments are excerpts: missing required fields are not reported. */
  fragment: boolean;
  report: (issue: Issue) => void;
}

/** Walks one value of a type; the path is the value's path from the document root. */
export function walkSchema(value: unknown, expr: TypeExpr, path: Path, options: WalkOptions): void {
  new Walker(options).value(value, compile(expr), [...path]);
}

class Walker {
  constructor(private readonly options: WalkOptions) {}

  value(value: unknown, type: Compiled, path: Path): void {
    // null means "unset" for the API server's JSON decoding; required fields are checked apart.
    if (value === null || value === undefined) return;
    switch (type.kind) {
      case 'any':
        return;
      case 'string':
        if (typeof value !== 'string') this.typeError(path, 'value.string', value);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') this.typeError(path, 'value.boolean', value);
        return;
      case 'integer':
      case 'int32':
        if (typeof value !== 'number' || !Number.isInteger(value)) {
          this.typeError(path, 'value.integer', value);
        } else if (type.kind === 'int32' && (value < INT32_MIN || value > INT32_MAX)) {
          this.issue(path, 'value', 'format', { messageId: 'format.int32' });
        }
        return;
      case 'number':
        if (typeof value !== 'number') this.typeError(path, 'value.number', value);
        return;
      case 'byte':
        if (typeof value !== 'string') this.typeError(path, 'value.base64', value);
        else if (!isBase64(value)) {
          this.issue(path, 'value', 'base64', {
            messageId: 'base64.invalid',
            hintId: 'base64.invalid.hint',
          });
        }
        return;
      case 'int-or-string':
        if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) {
          this.typeError(path, 'value.int-or-string', value);
        }
        return;
      case 'quantity':
        if (typeof value === 'number') return;
        if (typeof value !== 'string') this.typeError(path, 'value.quantity', value);
        else if (!isQuantity(value)) {
          this.issue(path, 'value', 'format', {
            messageId: 'format.quantity',
            hintId: 'format.quantity.hint',
            data: { value },
          });
        }
        return;
      case 'duration':
        if (typeof value !== 'string') this.typeError(path, 'value.duration', value);
        else if (!GO_DURATION.test(value)) {
          this.issue(path, 'value', 'format', {
            messageId: 'format.duration',
            hintId: 'format.duration.hint',
            data: { value },
          });
        }
        return;
      case 'enum':
        if (typeof value !== 'string') this.typeError(path, 'value.string', value);
        else if (!type.values.has(value)) {
          this.issue(path, 'value', 'enum', {
            messageId: 'enum.unsupported',
            hintId: 'enum.unsupported.hint',
            data: { value, values: type.list },
          });
        }
        return;
      case 'list':
        if (!Array.isArray(value)) {
          this.typeError(path, 'value.list', value);
          return;
        }
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          if (value[i] === null && type.of.kind === 'object') {
            this.issue(path, 'self', 'type', { messageId: 'type.null-item' });
          } else {
            this.value(value[i], type.of, path);
          }
          path.pop();
        }
        return;
      case 'map':
        if (!isObject(value)) {
          this.typeError(path, 'value.map', value);
          return;
        }
        for (const key of Object.keys(value)) {
          path.push(key);
          this.value(value[key], type.of, path);
          path.pop();
        }
        return;
      case 'object':
        this.object(value, type.name, path);
        return;
    }
  }

  object(value: unknown, name: string, path: Path): void {
    if (!isObject(value)) {
      this.typeError(path, 'value.object', value);
      return;
    }
    const { table, fragment } = this.options;
    const type = Object.hasOwn(table.types, name) ? table.types[name] : undefined;
    if (!type) return;
    for (const key of Object.keys(value)) {
      path.push(key);
      const expr = Object.hasOwn(type.fields, key) ? type.fields[key] : undefined;
      if (expr === undefined) {
        const suggestion = didYouMean(key, Object.keys(type.fields));
        const where = shortTypeName(name);
        const severity = type.unknownFields ?? 'error';
        if (suggestion) {
          this.issue(
            path,
            'key',
            'unknown-field',
            {
              messageId: 'unknown-field.suggest',
              hintId: 'unknown-field.suggest.hint',
              data: { field: key, type: where, suggestion },
            },
            severity,
          );
        } else {
          this.issue(
            path,
            'key',
            'unknown-field',
            {
              messageId: 'unknown-field',
              hintId: 'unknown-field.hint',
              data: { field: key, type: where },
            },
            severity,
          );
        }
      } else {
        this.value(value[key], compile(expr), path);
      }
      path.pop();
    }
    if (!fragment && type.required) {
      for (const field of type.required) {
        if (value[field] === undefined || value[field] === null) {
          this.issue(path, 'self', 'required', {
            messageId: 'required.missing',
            hintId: 'required.missing.hint',
            data: { field, type: shortTypeName(name) },
          });
        }
      }
    }
    const rules = this.options.rules.byType.get(name);
    if (rules) runRules(rules, value, name, path, { ...this.options, knownKind: true });
  }

  private typeError(path: Path, expected: MessageId, value: unknown): void {
    const data = { expected: { messageId: expected }, actual: jsonType(value) };
    const scalar = typeof value === 'number' || typeof value === 'boolean';
    if (expected === 'value.string' && scalar) {
      this.issue(path, 'value', 'type', {
        messageId: 'type.mismatch',
        hintId: 'type.mismatch.quote.hint',
        data: { ...data, value: String(value) },
      });
    } else {
      this.issue(path, 'value', 'type', { messageId: 'type.mismatch', data });
    }
  }

  private issue<M extends MessageId, H extends MessageId = never>(
    path: Path,
    target: Target,
    rule: string,
    report: Report<M, H>,
    severity: Severity = 'error',
  ): void {
    this.options.report({ ...reportedOf(report), path: [...path], target, rule, severity });
  }
}

/** What rules need besides the value: the document and how to report. */
export interface RuleRunOptions {
  root: unknown;
  apiVersion?: string | undefined;
  kind?: string | undefined;
  fragment: boolean;
  knownKind: boolean;
  report: (issue: Issue) => void;
}

/** Runs rules on one object; their paths are relative to `path`. */
export function runRules(
  rules: readonly Rule[],
  value: Record<string, unknown>,
  type: string,
  path: Path,
  options: RuleRunOptions,
): void {
  const at = [...path];
  for (const rule of rules) {
    rule.check({
      value,
      type,
      path: at,
      root: options.root,
      apiVersion: options.apiVersion,
      kind: options.kind,
      fragment: options.fragment,
      knownKind: options.knownKind,
      report: (issue: ReportedIssue) => {
        options.report({
          ...reportedOf(issue),
          path: [...at, ...(issue.at ?? [])],
          target: issue.target ?? 'self',
          rule: issue.rule ?? rule.id,
          severity: issue.severity ?? rule.severity ?? 'error',
        });
      },
    });
  }
}

/** Only the message fields of a report (ids and data), without undefined ones. */
export function reportedOf(report: Reported): Reported {
  const out: Reported = { messageId: report.messageId };
  if (report.hintId) out.hintId = report.hintId;
  if (report.data) out.data = report.data;
  return out;
}

/** `apps/v1.DeploymentSpec` -> `DeploymentSpec (apps/v1)`, readable in a message. */
export function shortTypeName(name: string): string {
  const dot = name.indexOf('.', name.indexOf('/') + 1);
  if (dot < 0) return name;
  const version = name.slice(0, dot);
  const rest = name.slice(dot + 1);
  return /^(v\d|meta\/)/.test(version) || version.includes('/') ? `${rest} (${version})` : name;
}
