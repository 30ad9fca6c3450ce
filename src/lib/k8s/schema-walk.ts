/**
 * Checks a parsed value against a schema table: types, required fields, enums, formats and,
 * unlike the OpenAPI-based tools, unknown fields. On the way it calls the semantic rules
 * registered for each object type it meets, so a rule on `v1.Container` runs for every container
 * wherever it sits (Pod, Deployment template, CronJob, a `Container` fragment).
 */
import { didYouMean } from './did-you-mean';
import { isBase64, isQuantity } from './formats';
import type { Rule, RuleIssue, RuleSet } from './rules/rule';
import type { SchemaTable, TypeExpr } from './schema-table';
import type { Path, Severity } from './types';

/** Where a finding points: the key, the value, or the object a path names as a whole. */
export type Target = 'key' | 'value' | 'self';

/** A finding before it has a file position. */
export interface Issue {
  path: Path;
  target: Target;
  rule: string;
  severity: Severity;
  message: string;
  hint?: string;
}

type Compiled =
  | { kind: 'any' | 'string' | 'boolean' | 'integer' | 'int32' | 'number' }
  | { kind: 'byte' | 'int-or-string' | 'quantity' | 'duration' }
  | { kind: 'list' | 'map'; of: Compiled }
  | { kind: 'enum'; values: Set<string>; text: string }
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
    compiled = { kind: 'enum', values: new Set(values), text: values.map(quote).join(', ') };
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

function quote(value: string): string {
  return JSON.stringify(value);
}

/** A short description of a value's JSON type, for "must be a string, not a number". */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
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
        if (typeof value !== 'string') this.typeError(path, 'a string', value);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') this.typeError(path, 'a boolean', value);
        return;
      case 'integer':
      case 'int32':
        if (typeof value !== 'number' || !Number.isInteger(value)) {
          this.typeError(path, 'an integer', value);
        } else if (type.kind === 'int32' && (value < INT32_MIN || value > INT32_MAX)) {
          this.issue(path, 'value', 'format', 'must fit in a 32-bit integer');
        }
        return;
      case 'number':
        if (typeof value !== 'number') this.typeError(path, 'a number', value);
        return;
      case 'byte':
        if (typeof value !== 'string') this.typeError(path, 'a base64 string', value);
        else if (!isBase64(value)) {
          this.issue(path, 'value', 'base64', 'must be base64-encoded data', {
            hint: 'Encode the value with `base64` (or put plain text under `stringData`).',
          });
        }
        return;
      case 'int-or-string':
        if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) {
          this.typeError(path, 'an integer or a string', value);
        }
        return;
      case 'quantity':
        if (typeof value === 'number') return;
        if (typeof value !== 'string') this.typeError(path, 'a quantity', value);
        else if (!isQuantity(value)) {
          this.issue(path, 'value', 'format', `${quote(value)} is not a valid quantity`, {
            hint: 'Write a number with an optional suffix, e.g. `500m`, `1`, `128Mi`, `1Gi`.',
          });
        }
        return;
      case 'duration':
        if (typeof value !== 'string') this.typeError(path, 'a duration string', value);
        else if (!GO_DURATION.test(value)) {
          this.issue(path, 'value', 'format', `${quote(value)} is not a valid duration`, {
            hint: 'Write a number with a unit, e.g. `20s`, `1m30s`, `2h`.',
          });
        }
        return;
      case 'enum':
        if (typeof value !== 'string') this.typeError(path, 'a string', value);
        else if (!type.values.has(value)) {
          this.issue(path, 'value', 'enum', `unsupported value ${quote(value)}`, {
            hint: `Use one of ${type.text}.`,
          });
        }
        return;
      case 'list':
        if (!Array.isArray(value)) {
          this.typeError(path, 'a list', value);
          return;
        }
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          if (value[i] === null && type.of.kind === 'object') {
            this.issue(path, 'self', 'type', 'must be an object, not null');
          } else {
            this.value(value[i], type.of, path);
          }
          path.pop();
        }
        return;
      case 'map':
        if (!isObject(value)) {
          this.typeError(path, 'a map', value);
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
      this.typeError(path, 'an object', value);
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
        this.issue(
          path,
          'key',
          'unknown-field',
          suggestion
            ? `unknown field ${quote(key)} in ${where} (did you mean ${quote(suggestion)}?)`
            : `unknown field ${quote(key)} in ${where}`,
          {
            severity: type.unknownFields ?? 'error',
            hint: suggestion
              ? `Rename ${quote(key)} to ${quote(suggestion)}.`
              : `Remove it, or check its indentation; ${where} has no such field.`,
          },
        );
      } else {
        this.value(value[key], compile(expr), path);
      }
      path.pop();
    }
    if (!fragment && type.required) {
      for (const field of type.required) {
        if (value[field] === undefined || value[field] === null) {
          this.issue(path, 'self', 'required', `missing required field ${quote(field)}`, {
            hint: `Add \`${field}\` to ${shortTypeName(name)}.`,
          });
        }
      }
    }
    const rules = this.options.rules.byType.get(name);
    if (rules) runRules(rules, value, name, path, { ...this.options, knownKind: true });
  }

  private typeError(path: Path, expected: string, value: unknown): void {
    const got = jsonType(value);
    const scalar = typeof value === 'number' || typeof value === 'boolean';
    this.issue(path, 'value', 'type', `must be ${expected}, not ${article(got)}`, {
      hint:
        expected === 'a string' && scalar
          ? `Quote the value: "${String(value)}".`
          : undefined,
    });
  }

  private issue(
    path: Path,
    target: Target,
    rule: string,
    message: string,
    extra: { hint?: string | undefined; severity?: Severity | undefined } = {},
  ): void {
    const issue: Issue = {
      path: [...path],
      target,
      rule,
      severity: extra.severity ?? 'error',
      message,
    };
    if (extra.hint) issue.hint = extra.hint;
    this.options.report(issue);
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
      report: (issue: RuleIssue) => {
        const reported: Issue = {
          path: [...at, ...(issue.at ?? [])],
          target: issue.target ?? 'self',
          rule: issue.rule ?? rule.id,
          severity: issue.severity ?? rule.severity ?? 'error',
          message: issue.message,
        };
        if (issue.hint) reported.hint = issue.hint;
        options.report(reported);
      },
    });
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : type === 'null' ? 'null' : `a ${type}`;
}

/** `apps/v1.DeploymentSpec` -> `DeploymentSpec (apps/v1)`, readable in a message. */
export function shortTypeName(name: string): string {
  const dot = name.indexOf('.', name.indexOf('/') + 1);
  if (dot < 0) return name;
  const version = name.slice(0, dot);
  const rest = name.slice(dot + 1);
  return /^(v\d|meta\/)/.test(version) || version.includes('/') ? `${rest} (${version})` : name;
}
