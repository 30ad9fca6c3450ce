/** A problem with one command line, at one of its words (positions are added by the caller). */
import type { Severity } from '../k8s/types';

/** One issue; `word` indexes the command's words (0 is the tool). */
export interface CliIssue {
  word: number;
  severity: Severity;
  /** `unknown-command`, `unknown-flag`, `flag-value`, `missing-argument`, `deprecated-flag`. */
  rule: string;
  message: string;
  hint?: string;
}
