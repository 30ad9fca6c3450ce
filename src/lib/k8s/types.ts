/** The data the validator hands out: findings and per-document results. No logic here. */
import type { Described } from '../messages';

/** How bad a finding is: an error fails the build, a warning is shown. */
export type Severity = 'error' | 'warning';

/**
 * One problem, at a 1-based line and column of the file. Its words are a message id and data
 * (`messageId`, `data`, `hintId`; see src/lib/messages); `message` and `hint` are the English
 * sentences, `localise(finding, 'ko')` gives the Korean ones.
 */
export interface Finding extends Described {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable id of the check, e.g. `unknown-field`, `selector-match`. */
  rule: string;
  /** JSON path of the offending value, e.g. `spec.template.spec.containers[0].name`. */
  path?: string;
}

/** What one YAML document turned out to be. */
export type DocumentStatus =
  'valid' | 'invalid' | 'no-schema' | 'not-object' | 'empty' | 'fragment';

/** The result for one YAML document of a block or file. */
export interface DocumentResult {
  /** Document index in the block or file (multi-document `---`), from 0. */
  index: number;
  /** Where the document's content starts, in file coordinates. */
  line: number;
  column: number;
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  status: DocumentStatus;
  /** Errors and warnings, sorted by position. */
  findings: Finding[];
  /** The parsed value (for naming and downloads). */
  object?: unknown;
  /** The document's own text (for writing the file). */
  source: string;
  /** The file it comes from (`ValidateOptions.file`), for page-level lints. */
  file?: string;
}

/** Options of {@link validateText}. */
export interface ValidateOptions {
  /** The file the text comes from, as it should appear in findings. */
  file: string;
  /** The file line where the text starts (default 1). */
  line?: number;
  /** The file column where the text's column 1 is (default 1). */
  column?: number;
  /**
   * Validate as part of an object instead of a whole object: a schema type name such as
   * `Container`, `PodSpec`, `DeploymentSpec`, `ObjectMeta`, `apps/v1.DeploymentSpec`,
   * `kubeconfig.Context`, `KubeletConfiguration` or `docker.daemon.json`
   * (see FRAGMENT_NAMES in fragments.ts). A fragment may also be a list of such values.
   */
  fragment?: string;
  /** An intentionally wrong example: still validated and reported; the caller decides. */
  expectErrors?: boolean;
}

/** A JSON path as segments: field names and list indexes. */
export type Path = (string | number)[];
