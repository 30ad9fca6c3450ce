/** One problem in a diagram's source, at a 1-based line and column of that source. */
export interface DiagramIssue {
  line: number;
  column: number;
  /** What is wrong, in English (build output is read by the team). */
  message: string;
  /** What to write instead. */
  hint: string;
}

/**
 * A diagram that cannot be drawn. Positions are relative to the diagram's source; the
 * integration turns them into file positions (see {@link shiftIssue}).
 */
export class DiagramError extends Error {
  readonly issues: readonly DiagramIssue[];

  constructor(issues: readonly DiagramIssue[]) {
    super(issues.map((issue) => formatIssue(issue)).join('\n'));
    this.name = 'DiagramError';
    this.issues = issues;
  }

  /** The first problem, which the build reports as the error's location. */
  get first(): DiagramIssue {
    return this.issues[0] as DiagramIssue;
  }
}

/** `line:column message (hint)` for one issue. */
export function formatIssue(issue: DiagramIssue, file?: string): string {
  const where = `${file ? `${file}:` : ''}${issue.line}:${issue.column}`;
  return `${where} ${issue.message}\n  Hint: ${issue.hint}`;
}

/** Moves an issue from diagram coordinates to file coordinates. */
export function shiftIssue(issue: DiagramIssue, lineOffset: number, columnOffset: number) {
  return { ...issue, line: issue.line + lineOffset, column: issue.column + columnOffset };
}
