/** The contract of a semantic rule: one check of the API server that a schema cannot express. */
import type { MessageId, Report, Reported } from '../../messages';
import type { Path, Severity } from '../types';

/**
 * Where and how a rule reports, relative to the object it was called for. The words are a
 * message id and data (see {@link RuleContext.report}), never a sentence.
 */
export interface RuleIssue {
  /** Path below the visited object (default: the object itself). */
  at?: Path;
  /** Point at the key, the value, or the object the path names as a whole (default). */
  target?: 'key' | 'value' | 'self';
  /** Another rule id than the rule's own, for rules that check related things. */
  rule?: string;
  severity?: Severity;
}

/** A reported issue once its data has been checked: what reaches the validator. */
export type ReportedIssue = RuleIssue & Reported;

/** What a rule sees: one object of a type it registered for. */
export interface RuleContext {
  readonly value: Record<string, unknown>;
  /** The schema type name of `value`, e.g. `v1.Container`, or `*` for a document root. */
  readonly type: string;
  /** The path of `value` from the document root (do not modify). */
  readonly path: readonly (string | number)[];
  /** The whole document (or fragment) value. */
  readonly root: unknown;
  readonly apiVersion?: string | undefined;
  readonly kind?: string | undefined;
  /** True when validating a fragment: fields may be missing. */
  readonly fragment: boolean;
  /** False for a document root whose kind has no schema (custom resources, config files). */
  readonly knownKind: boolean;
  /**
   * Reports a finding: `report({ at, messageId: 'image-tag.none', hintId: 'image-tag.hint',
   * data: { image } })`. The ids must be in the catalogs (src/lib/messages) and `data` must
   * hold every placeholder of both sentences, or it does not compile.
   */
  report<M extends MessageId, H extends MessageId = never>(issue: RuleIssue & Report<M, H>): void;
}

/** A semantic rule, run for every object of the listed types (`*` = each document root). */
export interface Rule {
  id: string;
  /** Schema type names (`v1.PodSpec`, `apps/v1.DeploymentSpec`) or `*`. */
  types: readonly string[];
  /** Default severity of its findings (error unless said). */
  severity?: Severity;
  check(context: RuleContext): void;
}

/** Rules indexed by the type they run on. */
export interface RuleSet {
  byType: Map<string, Rule[]>;
}

/** Indexes rules by type. */
export function ruleSet(rules: readonly Rule[]): RuleSet {
  const byType = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const type of rule.types) {
      const list = byType.get(type) ?? [];
      list.push(rule);
      byType.set(type, list);
    }
  }
  return { byType };
}

/** Helpers shared by rules. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The list at `value[key]`, or an empty list when absent or not a list. */
export function listAt(value: Record<string, unknown> | undefined, key: string): unknown[] {
  const list = value?.[key];
  return Array.isArray(list) ? list : [];
}

/** Reads a nested value by path, undefined when any step is missing. */
export function getPath(value: unknown, path: Path): unknown {
  let at = value;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(at)) return undefined;
      at = at[step];
    } else {
      const object = asObject(at);
      if (!object) return undefined;
      at = object[step];
    }
  }
  return at;
}

/** The string map at `value[key]` (labels, selectors), or undefined. */
export function stringMap(value: unknown): Record<string, string> | undefined {
  const object = asObject(value);
  if (!object) return undefined;
  const map: Record<string, string> = {};
  for (const [key, entry] of Object.entries(object)) {
    map[key] = entry === null || entry === undefined ? '' : String(entry);
  }
  return map;
}
