/** Output formats for findings. Pure data in, text out: output never decides validity. */
import type { Finding } from './types';

/** `path:line:col: error|warning: message [rule]`, one finding a line. */
export function formatText(findings: readonly Finding[]): string {
  return findings.map(formatLine).join('\n');
}

/** One finding as `path:line:col: severity: message [rule]`. */
export function formatLine(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.rule}]`;
}

/** One finding for a build log: {@link formatLine} plus its hint on the next line. */
export function describeFinding(finding: Finding): string {
  const head = formatLine(finding);
  return finding.hint ? `${head}\n    hint: ${finding.hint}` : head;
}

/** The JSON report: an array of `{file, line, column, severity, rule, message}`. */
export function formatJson(findings: readonly Finding[]): string {
  const rows = findings.map(({ file, line, column, severity, rule, message }) => ({
    file,
    line,
    column,
    severity,
    rule,
    message,
  }));
  return JSON.stringify(rows, null, 2);
}

/** Counts for a summary line. */
export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

/** Sorts findings by file, then position (stable for equal positions). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}
