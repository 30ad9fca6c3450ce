/**
 * Output formats for findings. Pure data in, text out: output never decides validity. Text is
 * in one language (`en` or `ko`; build logs use English); JSON carries every language.
 */
import { LANGS, localise, type Lang, type Localised } from '../messages';
import type { Finding } from './types';

/** `path:line:col: severity: message [rule]`, each finding's hint on the line after it. */
export function formatText(findings: readonly Finding[], lang: Lang = 'en'): string {
  return findings.map((finding) => formatFinding(finding, lang)).join('\n');
}

/**
 * One finding as `path:line:col: severity: message [rule]`. `error`/`warning` and the rule id
 * stay as they are in every language, so tools can match the line.
 */
export function formatLine(f: Finding, lang: Lang = 'en'): string {
  const { message } = localise(f, lang);
  return `${f.file}:${f.line}:${f.column}: ${f.severity}: ${message} [${f.rule}]`;
}

const HINT_LABEL: Record<Lang, string> = { en: 'hint', ko: '도움말' };

/** One finding for the CLI: {@link formatLine} plus its hint on the next line. */
export function formatFinding(finding: Finding, lang: Lang): string {
  const head = formatLine(finding, lang);
  const { hint } = localise(finding, lang);
  return hint ? `${head}\n    ${HINT_LABEL[lang]}: ${hint}` : head;
}

/** One finding for a build log, in English: {@link formatFinding} with `en`. */
export function describeFinding(finding: Finding): string {
  return formatFinding(finding, 'en');
}

/** One row of the JSON report. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: Finding['severity'];
  rule: string;
  /** JSON path of the offending value, when there is one. */
  path?: string;
  messageId: string;
  hintId?: string;
  /** The placeholder values of the message and hint (nested messages as `{ messageId, data }`). */
  data?: Finding['data'];
  /** The message and hint in the report's language. */
  message: string;
  hint?: string;
  /** The message and hint in every language. */
  messages: Record<Lang, Localised>;
}

/** The JSON report: an array of {@link JsonFinding}, message and hint in `lang` and in all. */
export function formatJson(findings: readonly Finding[], lang: Lang = 'en'): string {
  const rows = findings.map((finding): JsonFinding => {
    const messages = Object.fromEntries(
      LANGS.map((each) => [each, localise(finding, each)]),
    ) as Record<Lang, Localised>;
    const { file, line, column, severity, rule, path, messageId, hintId, data } = finding;
    return {
      file,
      line,
      column,
      severity,
      rule,
      ...(path ? { path } : {}),
      messageId,
      ...(hintId ? { hintId } : {}),
      ...(data ? { data } : {}),
      ...messages[lang],
      messages,
    };
  });
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
