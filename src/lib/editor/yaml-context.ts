/**
 * Where the cursor is in a YAML manifest, read from indentation alone so that it works on the
 * half-typed text of an editor (which often does not parse): the document's apiVersion and
 * kind, the field path of the mapping the cursor is in, and whether a key or a value is being
 * typed. Pure, for the page editor's completion and field documentation.
 */

/** A step of a field path: a key, or `0` for "an item of this list". */
export type Step = string | number;

export interface CursorContext {
  apiVersion?: string;
  kind?: string;
  /** Path of the mapping whose key (or value) is at the cursor, e.g. `['spec']`. */
  path: Step[];
  /** `key`: typing a field name; `value`: typing the value of {@link key}. */
  position: 'key' | 'value';
  /** The key whose value is typed (position `value`). */
  key?: string;
  /** Offset where the word being typed starts, and the word so far. */
  from: number;
  prefix: string;
  /** Keys already present in the mapping at the cursor (not offered again). */
  siblings: string[];
}

interface Line {
  start: number;
  text: string;
  indent: number;
  /** Column where a key starts after `- ` markers, or -1 for a line with no content. */
  content: number;
  /** Columns of the `- ` markers on the line. */
  dashes: number[];
  key?: string;
  /** True when the key has no value on its line (a block mapping or list follows). */
  opens: boolean;
}

const KEY = /^("[^"]*"|'[^']*'|[^\s#:][^:#]*?)\s*:(?:\s+(.*)|$)/;

function unquote(key: string): string {
  return /^["'].*["']$/.test(key) ? key.slice(1, -1) : key;
}

function readLine(text: string, start: number, end: number): Line {
  const body = text.slice(start, end);
  let at = 0;
  while (body[at] === ' ') at++;
  const indent = at;
  const dashes: number[] = [];
  while (body[at] === '-' && (body[at + 1] === ' ' || at + 1 === body.length)) {
    dashes.push(at);
    at += 1;
    while (body[at] === ' ') at++;
  }
  const rest = body.slice(at);
  const line: Line = {
    start,
    text: body,
    indent,
    content: rest.trim() === '' || rest.startsWith('#') ? (dashes.length > 0 ? at : -1) : at,
    dashes,
    opens: false,
  };
  const match = KEY.exec(rest);
  if (match) {
    line.key = unquote(match[1]!.trim());
    const value = (match[2] ?? '').replace(/(^|\s)#.*$/, '').trim();
    line.opens = value === '' || value === '|' || value === '>' || /^[|>][-+]?\d*$/.test(value);
  }
  return line;
}

/** The lines of the YAML document (between `---` markers) that holds `offset`. */
function documentLines(text: string, offset: number): { lines: Line[]; cursor: number } {
  const lines: Line[] = [];
  let cursor = -1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    if (/^---(\s|$)/.test(raw) || /^\.\.\.(\s|$)/.test(raw)) {
      if (offset > end) lines.length = 0;
      else if (offset >= start && cursor < 0) {
        // On the marker itself: an empty document so far.
        return { lines: [readLine(text, end, end)], cursor: 0 };
      } else if (cursor >= 0) break;
    } else {
      if (offset >= start && offset <= end && cursor < 0) cursor = lines.length;
      lines.push(readLine(text, start, end));
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return { lines, cursor: Math.max(0, cursor) };
}

/** The context of the cursor at `offset` in `text`. */
export function cursorContext(text: string, offset: number): CursorContext {
  const { lines, cursor } = documentLines(text, offset);
  const here = lines[cursor] ?? readLine(text, offset, offset);
  const before = text.slice(here.start, offset);
  // The column the cursor's mapping starts at: after any `- ` markers typed so far.
  let column = 0;
  while (before[column] === ' ') column++;
  let afterDash = false;
  while (before[column] === '-' && before[column + 1] === ' ') {
    column += 2;
    afterDash = true;
    while (before[column] === ' ') column++;
  }
  const typed = before.slice(column);
  const value = /^("[^"]*"|'[^']*'|[^\s#:][^:#]*?)\s*:\s+(.*)$/.exec(typed);
  const context: CursorContext = {
    path: [],
    position: value ? 'value' : 'key',
    from: offset,
    prefix: '',
    siblings: [],
  };
  if (value) {
    context.key = unquote(value[1]!.trim());
    context.prefix = value[2]!;
    context.from = offset - context.prefix.length;
  } else {
    context.prefix = typed;
    context.from = offset - typed.length;
  }

  // Walk up: each line that opens a block at a smaller column is a parent.
  const path: Step[] = [];
  let limit = column;
  let strict = true;
  if (afterDash) {
    path.push(0);
    limit = column - 2;
    strict = false;
  }
  for (let i = cursor - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.content < 0 && line.dashes.length === 0) continue;
    const keyColumn = line.content;
    // A `- key: value` line whose item content is at the cursor's column: same mapping.
    const deepestDash = line.dashes.at(-1);
    if (deepestDash !== undefined && (strict ? deepestDash < limit : deepestDash <= limit)) {
      // The cursor is inside this list item (or a nested one).
      if (line.key !== undefined && keyColumn < limit && line.opens) {
        path.push(line.key);
      }
      for (let d = line.dashes.length - 1; d >= 0; d--) {
        const dash = line.dashes[d]!;
        if (strict ? dash < limit : dash <= limit) path.push(0);
      }
      limit = line.dashes[0]!;
      strict = false;
      continue;
    }
    if (line.key !== undefined && (strict ? keyColumn < limit : keyColumn <= limit)) {
      if (!strict && keyColumn === limit && !line.opens) continue;
      if (!line.opens) continue;
      path.push(line.key);
      limit = line.indent;
      strict = true;
    }
  }
  context.path = path.reverse();

  // Siblings: keys at the cursor's column in the same block.
  const sameBlock = (line: Line): boolean => line.content === column && line.key !== undefined;
  for (let i = cursor - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.content < 0) continue;
    if (line.content < column || (line.dashes.length > 0 && line.dashes.at(-1)! < column)) {
      if (line.content === column && line.key !== undefined) context.siblings.push(line.key);
      break;
    }
    if (sameBlock(line)) context.siblings.push(line.key!);
  }
  for (let i = cursor + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.content < 0) continue;
    if (line.content < column || line.dashes.length > 0) break;
    if (sameBlock(line)) context.siblings.push(line.key!);
  }

  for (const line of lines) {
    if (line.indent !== 0 || line.dashes.length > 0) continue;
    const match = /^(apiVersion|kind)\s*:\s*["']?([^"'#\s]+)/.exec(line.text);
    if (match) context[match[1] as 'apiVersion' | 'kind'] = match[2];
  }
  return context;
}
