/**
 * Parses a shell script with mvdan-sh (the Go `mvdan.cc/sh` parser compiled to JavaScript) and
 * lists every simple command in it, including those in pipelines, `$(...)`, backticks and loop
 * bodies, with each word's static value and position. Placeholders are masked first.
 */
import sh from 'mvdan-sh';
import type { CallExpr, Node, WordPart } from 'mvdan-sh';
import { maskPlaceholders, touchesPlaceholder } from './placeholders';

/** One word of a command. */
export interface ShellWord {
  /** The word after quote removal; undefined when it depends on the shell (`$X`, `$(...)`). */
  value: string | undefined;
  /** The word as written. */
  raw: string;
  /** [start, end) in the script, UTF-16 units. */
  start: number;
  end: number;
  /** The word holds a placeholder for the reader to fill in. */
  placeholder: boolean;
}

/** A simple command: `NAME=value ... word ...`. */
export interface ShellCommand {
  assigns: string[];
  words: ShellWord[];
}

/** A syntax error at a script offset. */
export interface ShellSyntaxError {
  offset: number;
  message: string;
}

/** A parsed script: its commands, or the first syntax error. */
export type ParsedScript =
  { ok: true; commands: ShellCommand[] } | { ok: false; error: ShellSyntaxError };

const { syntax } = sh;
const parser = syntax.NewParser();

/** Maps UTF-8 byte offsets (what the Go parser reports) to string indices. */
function byteIndex(text: string): (byte: number) => number {
  const map: number[] = [];
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let b = 0; b < size; b++) map[bytes + b] = i;
    bytes += size;
    if (code >= 0x10000) i++;
  }
  map[bytes] = text.length;
  return (byte) => map[byte] ?? text.length;
}

/** The value of a word, or undefined when expansions make it dynamic. */
function staticValue(parts: readonly WordPart[]): string | undefined {
  let value = '';
  for (const part of parts) {
    const type = syntax.NodeType(part);
    if (type === 'Lit' || type === 'SglQuoted') value += part.Value ?? '';
    else if (type === 'DblQuoted') {
      const inner = staticValue(part.Parts ?? []);
      if (inner === undefined) return undefined;
      value += inner;
    } else return undefined;
  }
  // A literal keeps backslash escapes (`\"`); the shell removes the backslash.
  return value.replace(/\\(.)/g, '$1');
}

/** Parses `script` and returns its simple commands in source order. */
export function parseScript(script: string): ParsedScript {
  const { masked, spans } = maskPlaceholders(script);
  const index = byteIndex(masked);
  let file: Node;
  try {
    file = parser.Parse(masked, '');
  } catch (error) {
    const text = String((error as { Error?: () => string }).Error?.() ?? error);
    const match = /^(\d+):(\d+): (.*)$/s.exec(text);
    if (!match) return { ok: false, error: { offset: 0, message: text } };
    // Line and byte column to a string offset.
    const lineStart = masked
      .split('\n')
      .slice(0, Number(match[1]) - 1)
      .join('\n').length;
    const lineBytes = Buffer.byteLength(masked.slice(0, lineStart + (match[1] === '1' ? 0 : 1)));
    return {
      ok: false,
      error: { offset: index(lineBytes + Number(match[2]) - 1), message: match[3]! },
    };
  }
  const commands: ShellCommand[] = [];
  syntax.Walk(file, (node) => {
    if (node && syntax.NodeType(node) === 'CallExpr') {
      const call = node as CallExpr;
      commands.push({
        assigns: call.Assigns.map((assign) => assign.Name?.Value ?? ''),
        words: call.Args.map((word) => {
          const start = index(word.Pos().Offset());
          const end = index(word.End().Offset());
          return {
            value: staticValue(word.Parts),
            raw: script.slice(start, end),
            start,
            end,
            placeholder: touchesPlaceholder(spans, start, end),
          };
        }),
      });
    }
    return true;
  });
  commands.sort((a, b) => (a.words[0]?.start ?? 0) - (b.words[0]?.start ?? 0));
  return { ok: true, commands };
}
