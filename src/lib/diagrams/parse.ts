import { DiagramError, type DiagramIssue } from './errors';
import { BUILT_IN_CLASSES } from './classes';

/** Layout direction of a flowchart or of one subgraph. */
export type Direction = 'TD' | 'TB' | 'LR' | 'RL' | 'BT';
/** Node shapes of the supported Mermaid subset. */
export type NodeShape =
  | 'rectangle'
  | 'rounded'
  | 'stadium'
  | 'cylinder'
  | 'circle'
  | 'diamond'
  | 'hexagon'
  | 'subroutine';

/** A box of the diagram. */
export interface FlowNode {
  id: string;
  /** Display text; `\n` separates lines (`<br/>` in the source). */
  label: string;
  shape: NodeShape;
  /** Id of the innermost subgraph the node was defined in. */
  group: string | undefined;
  className: string | undefined;
  line: number;
}

/** A connection between two nodes. */
export interface FlowEdge {
  from: string;
  to: string;
  label: string | undefined;
  style: 'solid' | 'dotted' | 'thick';
  /** Where the arrow heads are. */
  heads: 'none' | 'end' | 'both';
  line: number;
}

/** A subgraph: a labelled frame around nodes. */
export interface FlowGroup {
  id: string;
  label: string;
  parent: string | undefined;
  line: number;
}

/** A checked flowchart, in source order. */
export interface Flowchart {
  direction: Direction;
  nodes: FlowNode[];
  edges: FlowEdge[];
  groups: FlowGroup[];
}

const DIRECTIONS = new Set(['TD', 'TB', 'LR', 'RL', 'BT']);
const ID = /^[A-Za-z][A-Za-z0-9_]*/;
const RESERVED = new Set([
  'end',
  'subgraph',
  'class',
  'classDef',
  'style',
  'linkStyle',
  'direction',
  'click',
  'graph',
  'flowchart',
]);
/** Opening and closing delimiters, longest first so that `([` wins over `(`. */
const SHAPES: ReadonlyArray<[open: string, close: string, shape: NodeShape]> = [
  ['([', '])', 'stadium'],
  ['[(', ')]', 'cylinder'],
  ['((', '))', 'circle'],
  ['[[', ']]', 'subroutine'],
  ['{{', '}}', 'hexagon'],
  ['[', ']', 'rectangle'],
  ['(', ')', 'rounded'],
  ['{', '}', 'diamond'],
];
/** Arrow operators, longest first. */
const ARROWS: ReadonlyArray<[op: string, style: FlowEdge['style'], heads: FlowEdge['heads']]> = [
  ['<-.->', 'dotted', 'both'],
  ['<-->', 'solid', 'both'],
  ['<==>', 'thick', 'both'],
  ['-.->', 'dotted', 'end'],
  ['-->', 'solid', 'end'],
  ['==>', 'thick', 'end'],
  ['---', 'solid', 'none'],
  ['-.-', 'dotted', 'none'],
  ['===', 'thick', 'none'],
];
const ARROW_LIST = '`-->`, `---`, `-.->`, `-.-`, `==>`, `<-->`';
const CLASS_LIST = Object.keys(BUILT_IN_CLASSES)
  .map((name) => `\`${name}\``)
  .join(', ');

/** Thrown inside one line to stop parsing it; collected as an issue. */
class LineError extends Error {
  constructor(readonly issue: DiagramIssue) {
    super(issue.message);
  }
}

/** Reads one source line left to right, knowing its columns. */
class Cursor {
  pos = 0;
  constructor(
    readonly text: string,
    readonly line: number,
  ) {}

  get column(): number {
    return this.pos + 1;
  }
  get done(): boolean {
    return this.pos >= this.text.length;
  }
  startsWith(token: string): boolean {
    return this.text.startsWith(token, this.pos);
  }
  /** Skips spaces and tabs; returns how many were skipped. */
  skipSpace(): number {
    const start = this.pos;
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
    return this.pos - start;
  }
  match(pattern: RegExp): string | undefined {
    const found = pattern.exec(this.text.slice(this.pos));
    if (!found) return undefined;
    this.pos += found[0].length;
    return found[0];
  }
  fail(message: string, hint: string, column = this.column): never {
    throw new LineError({ line: this.line, column, message, hint });
  }
}

/** State shared by the statements of one diagram. */
interface ParseState {
  chart: Flowchart;
  nodes: Map<string, FlowNode>;
  /** Open subgraphs, innermost last. */
  stack: FlowGroup[];
  /** Number of nodes and subgraphs defined directly in each subgraph. */
  members: Map<string, number>;
  /** Ids whose definition had an error: later uses are not reported again. */
  broken: Set<string>;
}

/**
 * Parses and checks a Mermaid flowchart written in the subset the site draws. Every problem is
 * collected with its line and column; if there is any, a {@link DiagramError} is thrown.
 */
export function parseFlowchart(source: string): Flowchart {
  const issues: DiagramIssue[] = [];
  const lines = source.split('\n');
  let state: ParseState | undefined;
  lines.forEach((raw, index) => {
    const text = raw.replace(/\s+$/, '');
    const indent = text.length - text.trimStart().length;
    const cursor = new Cursor(text, index + 1);
    cursor.pos = indent;
    if (cursor.done || cursor.startsWith('%%')) return;
    try {
      if (!state) state = parseHeader(cursor);
      else parseStatement(cursor, state);
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      issues.push(error.issue);
      // Without a header nothing else can be checked meaningfully.
      if (!state) state = emptyState('TD');
    }
  });
  if (!state) {
    issues.push({
      line: 1,
      column: 1,
      message: 'The diagram is empty.',
      hint: 'Start with `flowchart TD` (or LR) and define nodes such as `api["API 서버"]`.',
    });
    throw new DiagramError(issues);
  }
  finish(state, lines.length, issues);
  if (issues.length > 0) throw new DiagramError(issues);
  return state.chart;
}

function emptyState(direction: Direction): ParseState {
  return {
    chart: { direction, nodes: [], edges: [], groups: [] },
    nodes: new Map(),
    stack: [],
    members: new Map(),
    broken: new Set(),
  };
}

function parseHeader(cursor: Cursor): ParseState {
  const keyword = cursor.match(/^(flowchart|graph)\b/);
  if (!keyword) {
    cursor.fail(
      `Expected a flowchart header, found \`${cursor.text.trim()}\`.`,
      'Only flowcharts are drawn. Start the diagram with `flowchart TD` or `flowchart LR`.',
    );
  }
  cursor.skipSpace();
  const direction = cursor.match(/^[A-Z]{2}\b/);
  if (!direction || !DIRECTIONS.has(direction)) {
    cursor.fail(
      'The flowchart header needs a direction.',
      'Write `flowchart TD` (top to bottom) or `flowchart LR` (left to right).',
    );
  }
  expectEnd(cursor);
  return emptyState(direction as Direction);
}

function parseStatement(cursor: Cursor, state: ParseState): void {
  const start = cursor.pos;
  const word = cursor.match(/^[A-Za-z]+\b/);
  switch (word) {
    case 'subgraph':
      return parseSubgraph(cursor, state);
    case 'end':
      return parseEnd(cursor, state);
    case 'direction':
      return parseDirection(cursor, state);
    case 'class':
      return parseClass(cursor, state);
    case 'classDef':
    case 'style':
    case 'linkStyle':
      return cursor.fail(
        `\`${word}\` is not supported: diagram colours follow the site theme.`,
        `Mark the node with a built-in class: \`class nodeId accent\` (classes: ${CLASS_LIST}).`,
        start + 1,
      );
    case 'click':
      return cursor.fail(
        '`click` is not supported: diagrams are pictures without scripts.',
        'Link to the page in the text next to the diagram.',
        start + 1,
      );
    case 'flowchart':
    case 'graph':
      return cursor.fail(
        'A second flowchart header.',
        'Write one diagram per fence; remove this line.',
        start + 1,
      );
    default:
      cursor.pos = start;
      return parseChain(cursor, state);
  }
}

function parseSubgraph(cursor: Cursor, state: ParseState): void {
  if (cursor.skipSpace() === 0 || cursor.done) {
    cursor.fail('`subgraph` needs an id and a label.', 'Write `subgraph cp["컨트롤 플레인"]`.');
  }
  const idColumn = cursor.column;
  const id = readId(cursor, 'subgraph');
  cursor.skipSpace();
  if (!cursor.startsWith('[')) {
    cursor.fail(
      `Subgraph \`${id}\` has no label.`,
      `Give it a Korean label: \`subgraph ${id}["컨트롤 플레인"]\`.`,
    );
  }
  cursor.pos += 1;
  const label = readLabel(cursor, ']');
  expectEnd(cursor);
  if (state.nodes.has(id) || state.chart.groups.some((group) => group.id === id)) {
    cursor.fail(
      `The id \`${id}\` is already used.`,
      'Give every node and subgraph its own id.',
      idColumn,
    );
  }
  const parent = state.stack.at(-1);
  const group: FlowGroup = { id, label, parent: parent?.id, line: cursor.line };
  if (parent) state.members.set(parent.id, (state.members.get(parent.id) ?? 0) + 1);
  state.chart.groups.push(group);
  state.stack.push(group);
}

function parseEnd(cursor: Cursor, state: ParseState): void {
  expectEnd(cursor);
  if (!state.stack.pop()) {
    cursor.fail(
      '`end` without an open `subgraph`.',
      'Remove this `end` or open a subgraph above.',
      1,
    );
  }
}

function parseDirection(cursor: Cursor, state: ParseState): void {
  cursor.skipSpace();
  const direction = cursor.match(/^[A-Z]{2}\b/);
  if (!direction || !DIRECTIONS.has(direction)) {
    cursor.fail('Unknown direction.', 'Write `direction TB` or `direction LR`.');
  }
  expectEnd(cursor);
  if (state.stack.length === 0) {
    cursor.fail(
      '`direction` outside a subgraph.',
      "Set the whole diagram's direction in the header (`flowchart LR`).",
      1,
    );
  }
}

function parseClass(cursor: Cursor, state: ParseState): void {
  const ids: Array<[string, number]> = [];
  for (;;) {
    cursor.skipSpace();
    const column = cursor.column;
    ids.push([readId(cursor, 'node'), column]);
    cursor.skipSpace();
    if (!cursor.startsWith(',')) break;
    cursor.pos += 1;
  }
  const column = cursor.column;
  const name = cursor.match(/^[A-Za-z]+/);
  if (!name) {
    cursor.fail(
      '`class` needs a class name.',
      `Write \`class a,b accent\` (classes: ${CLASS_LIST}).`,
    );
  }
  expectEnd(cursor);
  checkClassName(cursor, name, column);
  for (const [id, idColumn] of ids) {
    const node = state.nodes.get(id);
    if (!node) {
      cursor.fail(`Node \`${id}\` is not defined.`, 'Define the node above this line.', idColumn);
    }
    node.className = name;
  }
}

/** A line of nodes and edges: `a --> b & c -->|label| d`. */
function parseChain(cursor: Cursor, state: ParseState): void {
  let sources = parseNodeGroup(cursor, state);
  while (!cursor.done) {
    const spaces = cursor.skipSpace();
    if (cursor.done) break;
    const arrowColumn = cursor.column;
    const arrow = ARROWS.find(([op]) => cursor.startsWith(op));
    if (!arrow) {
      if (/^[-=.<>]/.test(cursor.text.slice(cursor.pos))) {
        cursor.fail(
          'Unknown arrow.',
          `Use one of ${ARROW_LIST}; put labels in pipes: \`-->|label|\`.`,
        );
      }
      cursor.fail(
        `Unexpected \`${cursor.text.slice(cursor.pos)}\`.`,
        'Write one node definition or one chain of edges per line, e.g. `a --> b`.',
      );
    }
    if (spaces === 0) {
      cursor.fail('Put a space before the arrow.', 'Write `a --> b`, not `a-->b`.', arrowColumn);
    }
    cursor.pos += arrow[0].length;
    let label: string | undefined;
    if (cursor.startsWith('|')) {
      cursor.pos += 1;
      label = readLabel(cursor, '|');
    }
    if (cursor.skipSpace() === 0 || cursor.done) {
      cursor.fail('An arrow needs a node after it, after a space.', 'Write `a --> b`.');
    }
    const targets = parseNodeGroup(cursor, state);
    for (const from of sources) {
      for (const to of targets) {
        state.chart.edges.push({
          from,
          to,
          label,
          style: arrow[1],
          heads: arrow[2],
          line: cursor.line,
        });
      }
    }
    sources = targets;
  }
}

/** `a`, `a["라벨"]` or `a & b`; returns the ids. */
function parseNodeGroup(cursor: Cursor, state: ParseState): string[] {
  const ids = [parseNode(cursor, state)];
  for (;;) {
    const save = cursor.pos;
    cursor.skipSpace();
    if (!cursor.startsWith('&')) {
      cursor.pos = save;
      return ids;
    }
    cursor.pos += 1;
    cursor.skipSpace();
    ids.push(parseNode(cursor, state));
  }
}

function parseNode(cursor: Cursor, state: ParseState): string {
  const column = cursor.column;
  const id = readId(cursor, 'node');
  const shape = SHAPES.find(([open]) => cursor.startsWith(open));
  if (!shape) {
    if (!state.nodes.has(id) && !state.broken.has(id)) {
      cursor.fail(
        `Node \`${id}\` is used before it is defined.`,
        `Define it first with a label, e.g. \`${id}["라벨"]\`, on its own line above.`,
        column,
      );
    }
  } else {
    const [open, close, kind] = shape;
    cursor.pos += open.length;
    state.broken.add(id);
    const label = readLabel(cursor, close);
    state.broken.delete(id);
    defineNode(cursor, state, { id, label, shape: kind }, column);
  }
  if (cursor.startsWith(':::')) {
    cursor.pos += 3;
    const classColumn = cursor.column;
    const name = cursor.match(/^[A-Za-z]+/) ?? '';
    checkClassName(cursor, name, classColumn);
    (state.nodes.get(id) as FlowNode).className = name;
  }
  return id;
}

function defineNode(
  cursor: Cursor,
  state: ParseState,
  node: Pick<FlowNode, 'id' | 'label' | 'shape'>,
  column: number,
): void {
  const existing = state.nodes.get(node.id);
  if (existing) {
    if (existing.label === node.label && existing.shape === node.shape) return;
    cursor.fail(
      `Node \`${node.id}\` is defined again with a different label or shape` +
        ` (first on line ${existing.line}).`,
      `Refer to it by its id alone (\`${node.id}\`), or give the new node another id.`,
      column,
    );
  }
  if (state.chart.groups.some((group) => group.id === node.id)) {
    cursor.fail(
      `The id \`${node.id}\` is already a subgraph.`,
      'Give the node another id.',
      column,
    );
  }
  const group = state.stack.at(-1);
  const defined: FlowNode = {
    ...node,
    group: group?.id,
    className: undefined,
    line: cursor.line,
  };
  if (group) state.members.set(group.id, (state.members.get(group.id) ?? 0) + 1);
  state.nodes.set(node.id, defined);
  state.chart.nodes.push(defined);
}

function readId(cursor: Cursor, what: 'node' | 'subgraph'): string {
  const column = cursor.column;
  const id = cursor.match(ID);
  if (!id) {
    const found = cursor.text.slice(cursor.pos).split(/\s/)[0] ?? '';
    cursor.fail(
      `Expected a ${what} id, found \`${found}\`.`,
      'Ids are ASCII letters, digits and `_`, starting with a letter (e.g. `apiServer`); ' +
        'put Korean text in the label: `apiServer["API 서버"]`.',
      column,
    );
  }
  if (cursor.startsWith('-') && !/^-[-.>]/.test(cursor.text.slice(cursor.pos))) {
    cursor.fail('Ids cannot contain `-`.', 'Use `_` or camelCase: `kube_proxy`, `kubeProxy`.');
  }
  if (RESERVED.has(id)) {
    cursor.fail(
      `\`${id}\` is a keyword and cannot be an id.`,
      `Use another id, e.g. \`${id}Node\`.`,
      column,
    );
  }
  return id;
}

/** Reads a label up to `close` (already past the opening delimiter). */
/** Tags Mermaid renders as markup in a label (`<br>` is a line break and allowed). */
const HTML_TAG =
  /<\/?(a|abbr|b|big|code|del|div|em|font|h[1-6]|i|img|ins|kbd|mark|p|pre|q|s|small|span|strike|strong|sub|sup|u)(\s[^<>]*)?\/?>/i;

function readLabel(cursor: Cursor, close: string): string {
  const column = cursor.column;
  let text: string;
  if (cursor.startsWith('"')) {
    const end = cursor.text.indexOf('"', cursor.pos + 1);
    if (end < 0) cursor.fail('Unclosed `"` in a label.', 'Close the label with `"`.', column);
    text = cursor.text.slice(cursor.pos + 1, end);
    cursor.pos = end + 1;
    if (!cursor.startsWith(close)) {
      cursor.fail(
        `Expected \`${close}\` after the quoted label.`,
        `Write \`["라벨"]\`-style labels.`,
      );
    }
    if (text.includes(close[0] as string)) {
      cursor.fail(
        `The label contains \`${close[0]}\`, which ends it.`,
        'Use another character, e.g. full-width 「」 or （）.',
        column,
      );
    }
  } else {
    const end = cursor.text.indexOf(close, cursor.pos);
    if (end < 0) {
      cursor.fail(`Unclosed label: expected \`${close}\`.`, `Close it with \`${close}\`.`, column);
    }
    text = cursor.text.slice(cursor.pos, end);
    const bad = /[[\](){}|"]/.exec(text);
    if (bad) {
      cursor.fail(
        `\`${bad[0]}\` in an unquoted label.`,
        'Quote the label: `a["etcd (키-값 저장소)"]`.',
        column + bad.index,
      );
    }
    cursor.pos = end;
  }
  cursor.pos += close.length;
  const label = text.replace(/<br\s*\/?>/gi, '\n');
  // `a > b` and `<port>` are text; only HTML markup Mermaid would render is refused.
  if (HTML_TAG.test(label)) {
    cursor.fail('HTML in a label.', 'Only `<br/>` (a line break) is allowed in labels.', column);
  }
  if (/\*\*|~~|(^|\s)\*\S/.test(label)) {
    cursor.fail('Markdown in a label.', 'Labels are plain text; remove `*` and `~~`.', column);
  }
  if (label.split('\n').some((part) => part.trim() === '')) {
    cursor.fail(
      'Empty label or empty line in a label.',
      'Write some text, e.g. `["API 서버"]`.',
      column,
    );
  }
  return label
    .split('\n')
    .map((part) => part.trim())
    .join('\n');
}

function checkClassName(cursor: Cursor, name: string, column: number): void {
  if (!Object.hasOwn(BUILT_IN_CLASSES, name)) {
    cursor.fail(`Unknown class \`${name}\`.`, `Use one of ${CLASS_LIST}.`, column);
  }
}

function expectEnd(cursor: Cursor): void {
  cursor.skipSpace();
  if (cursor.done) return;
  if (cursor.startsWith(';')) {
    cursor.fail('`;` is not needed.', 'End statements with a line break; remove the `;`.');
  }
  cursor.fail(
    `Unexpected \`${cursor.text.slice(cursor.pos)}\`.`,
    'Remove it or move it to a line of its own.',
  );
}

/** Checks that need the whole diagram: open subgraphs, empty ones, a diagram with no node. */
function finish(state: ParseState, lineCount: number, issues: DiagramIssue[]): void {
  for (const group of state.stack) {
    issues.push({
      line: group.line,
      column: 1,
      message: `Subgraph \`${group.id}\` is never closed.`,
      hint: 'Close it with a line `end`.',
    });
  }
  for (const group of state.chart.groups) {
    // An unclosed subgraph is reported as such; whether it is empty is not known.
    if (state.stack.includes(group)) continue;
    if ((state.members.get(group.id) ?? 0) === 0) {
      issues.push({
        line: group.line,
        column: 1,
        message: `Subgraph \`${group.id}\` is empty.`,
        hint: 'Define at least one node between `subgraph` and `end`.',
      });
    }
  }
  if (state.chart.nodes.length === 0 && issues.length === 0) {
    issues.push({
      line: lineCount,
      column: 1,
      message: 'The diagram has no node.',
      hint: 'Define nodes such as `api["API 서버"]`.',
    });
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
}
