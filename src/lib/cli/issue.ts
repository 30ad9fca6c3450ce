/** A problem with one command line, at one of its words (positions are added by the caller). */
import { describe, type Described, type MessageId, type Report } from '../messages';
import type { Severity } from '../k8s/types';

/**
 * One issue; `word` indexes the command's words (0 is the tool). Its words are a message id
 * and data (src/lib/messages), with the English `message` and `hint`.
 */
export interface CliIssue extends Described {
  word: number;
  severity: Severity;
  /** `unknown-command`, `unknown-flag`, `flag-value`, `missing-argument`, `deprecated-flag`. */
  rule: string;
}

/** Makes an issue, its data checked against the sentences of its ids. */
export function cliIssue<M extends MessageId, H extends MessageId = never>(
  word: number,
  severity: Severity,
  rule: string,
  report: Report<M, H>,
): CliIssue {
  return { word, severity, rule, ...describe(report) };
}
