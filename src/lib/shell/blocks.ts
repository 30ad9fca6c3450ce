/**
 * Finds the shell code blocks of a Markdown/MDX page (sh, bash, shell, zsh, console fences),
 * with their file position, fence options, the nearest heading above and the prose line right
 * above, which describes the commands (the notes put "what it does" on the line before a block).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

/** Fence languages whose blocks are shell commands. */
export const SHELL_LANGS = new Set(['sh', 'bash', 'shell', 'zsh', 'console', 'shell-session']);

/** One shell block of a page. */
export interface ShellBlock {
  file: string;
  /** 0-based index among the page's fenced blocks (all languages). */
  index: number;
  /** 0-based index among the page's shell blocks. */
  shellIndex: number;
  /** 1-based file line of the block's first code line. */
  line: number;
  /** 1-based file column where the code's column 1 is. */
  column: number;
  lang: string;
  meta: string;
  code: string;
  /** Text of the nearest heading above, if any. */
  heading: string | undefined;
  /** The prose line right above the block (list markers and inline code marks removed). */
  description: string | undefined;
}

interface MdNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  depth?: number;
  position?: { start: { line: number; column: number; offset?: number } };
  children?: MdNode[];
}

/** The plain text of a line of Markdown: no list marker, emphasis or code marks. */
function plainLine(line: string): string {
  return line
    .trim()
    .replace(/^(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/^#+\s+/, '')
    .replace(/[`*_]/g, '')
    .trim();
}

/** The line above a fence that says what it does: skips blanks, stops at fences and JSX. */
function lineAbove(lines: readonly string[], fenceLine: number): string | undefined {
  for (let i = fenceLine - 2; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    // A heading names the section (kept as `heading`), not what the block does.
    if (/^(```|~~~|<|\{|import |---|#)/.test(line)) return undefined;
    const text = plainLine(line);
    return text === '' ? undefined : text;
  }
  return undefined;
}

/** Every shell block of a page, in order. */
export function extractShellBlocks(markdown: string, file: string): ShellBlock[] {
  const tree = fromMarkdown(markdown, {
    extensions: [{ disable: { null: ['codeIndented', 'htmlFlow'] } }],
  }) as unknown as MdNode;
  const lines = markdown.split('\n');
  const blocks: ShellBlock[] = [];
  let index = 0;
  let heading: string | undefined;
  const visit = (node: MdNode): void => {
    if (node.type === 'heading') {
      const text = (node.children ?? []).map((child) => child.value ?? '').join('');
      heading = text.trim() || heading;
    }
    if (node.type === 'code') {
      const offset = node.position?.start.offset ?? 0;
      const opening = markdown.slice(offset, offset + 3);
      if (opening !== '```' && opening !== '~~~') return;
      const lang = (node.lang ?? '').toLowerCase();
      const start = node.position?.start ?? { line: 1, column: 1 };
      if (SHELL_LANGS.has(lang)) {
        blocks.push({
          file,
          index,
          shellIndex: blocks.length,
          line: start.line + 1,
          column: start.column,
          lang,
          meta: node.meta ?? '',
          code: node.value ?? '',
          heading,
          description: lineAbove(lines, start.line),
        });
      }
      index++;
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return blocks;
}
