/**
 * Finds YAML in Markdown/MDX: fenced `yaml`/`yml` blocks, YAML written by shell heredocs
 * (`cat <<EOF > pod.yaml` in sh/bash/shell/console fences, or in other fences that hold one),
 * and fences of any other language (or none) that hold a Kubernetes object, even a broken one.
 * Positions are file positions, so validation findings point into the page.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseAllDocuments } from 'yaml';

/** One piece of YAML found in a Markdown file. */
export interface YamlBlock {
  /** Path as given (e.g. 'content/workloads/pods.mdx'). */
  file: string;
  /** 0-based index of the fenced code block in the file (all fences counted, any language). */
  index: number;
  /** 1-based file line of the first YAML line. */
  line: number;
  /** 1-based file column where YAML column 1 is (fence indentation + 1). */
  column: number;
  /** Fence language ('' when none). */
  lang: string;
  /** Fence meta string. */
  meta: string;
  /** The YAML text. */
  source: string;
  origin: 'fence' | 'heredoc';
  /** Heredoc target basename, or the basename of title="x.yaml" from the meta. */
  fileName?: string;
}

interface CodeNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number; column: number; offset?: number } };
  children?: CodeNode[];
}

const YAML_LANGS = new Set(['yaml', 'yml']);
const SHELL_LANGS = new Set(['sh', 'bash', 'shell', 'console', 'zsh', 'shell-session']);
const YAML_FILE = /\.ya?ml$/i;
/** `<<EOF`, `<< 'EOF'`, `<<-"EOF"`: group 1 is `-`, group 3 the delimiter. */
const HEREDOC = /<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/;

function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The `title="..."` (or `title='...'`) of a fence meta string. */
export function metaTitle(meta: string): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * A line that starts a Kubernetes object: `apiVersion:` or `kind:` at column 0, as a YAML key.
 * A fence with one is a manifest even when it does not parse, so its YAML error is reported
 * instead of the fence being skipped in silence.
 */
const TYPE_META_LINE = /^(["']?)(apiVersion|kind)\1[ \t]*:(?=[ \t]|$)/m;

/** True when text parses as YAML with a document that has apiVersion or kind. */
function looksLikeManifest(text: string): boolean {
  try {
    for (const doc of parseAllDocuments(text, { version: '1.2' }) as unknown as {
      errors: unknown[];
      toJS(): unknown;
    }[]) {
      if (doc.errors.length > 0) continue;
      const value = doc.toJS() as Record<string, unknown> | null;
      if (value && typeof value === 'object' && ('apiVersion' in value || 'kind' in value)) {
        return true;
      }
    }
  } catch {
    return false;
  }
  return false;
}

/** Fenced code nodes in document order; indented code blocks are not fences (nor MDX). */
function fences(markdown: string, tree: CodeNode): CodeNode[] {
  const found: CodeNode[] = [];
  const visit = (node: CodeNode): void => {
    if (node.type === 'code') {
      const offset = node.position?.start.offset ?? 0;
      const opening = markdown.slice(offset, offset + 3);
      if (opening === '```' || opening === '~~~') found.push(node);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** The target file of a heredoc command: `> f`, `>f`, `tee f`, `tee -a f`. */
function heredocTarget(command: string): string | undefined {
  const redirect = /(?:^|[^>0-9&])>>?\s*([^\s;|&<>]+)/.exec(command);
  if (redirect) return redirect[1];
  const tee = /\btee\s+(?:-a\s+)?([^\s;|&<>-][^\s;|&<>]*)/.exec(command);
  return tee?.[1];
}

/** YAML written by heredocs in a shell fence. */
function heredocs(
  node: CodeNode,
  file: string,
  index: number,
  firstLine: number,
  column: number,
): YamlBlock[] {
  const blocks: YamlBlock[] = [];
  const lines = (node.value ?? '').split('\n');
  const console = node.lang === 'console' || node.lang === 'shell-session';
  for (let i = 0; i < lines.length; i++) {
    const command = console ? lines[i]!.replace(/^\s*[$#]\s?/, '') : lines[i]!;
    const match = HEREDOC.exec(command);
    if (!match) continue;
    const stripTabs = match[1] === '-';
    const delimiter = match[3]!;
    let end = i + 1;
    const body: string[] = [];
    let prompt = false;
    for (; end < lines.length; end++) {
      let text = lines[end]!;
      if (console && /^> ?/.test(text)) {
        text = text.replace(/^> ?/, '');
        prompt = true;
      }
      if (stripTabs) text = text.replace(/^\t+/, '');
      if (text === delimiter) break;
      body.push(text);
    }
    const source = body.length > 0 ? `${body.join('\n')}\n` : '';
    const target = heredocTarget(command);
    const pipedToKubectl = /\|\s*kubectl\b|kubectl\s+\S.*-f\s+-/.test(command);
    const isYaml =
      (target !== undefined && YAML_FILE.test(target)) ||
      (pipedToKubectl && source !== '') ||
      ((target === undefined || !/\.[a-z]+$/i.test(target)) && looksLikeManifest(source));
    if (isYaml && source.trim() !== '') {
      const block: YamlBlock = {
        file,
        index,
        line: firstLine + i + 1,
        column: column + (prompt ? 2 : 0),
        lang: node.lang ?? '',
        meta: node.meta ?? '',
        source,
        origin: 'heredoc',
      };
      if (target && YAML_FILE.test(target)) block.fileName = basename(target);
      blocks.push(block);
    }
    i = end;
  }
  return blocks;
}

/**
 * Every YAML block of a Markdown/MDX file, in file order. `index` counts all fenced blocks,
 * so a block can be matched with the code block the site renders.
 */
export function extractYamlBlocks(markdown: string, file: string): YamlBlock[] {
  // MDX has no indented code and no HTML blocks; turning them off keeps fences inside JSX
  // components (`<Tabs>` ...) visible to the CommonMark parser.
  const tree = fromMarkdown(markdown, {
    extensions: [{ disable: { null: ['codeIndented', 'htmlFlow'] } }],
  }) as unknown as CodeNode;
  const blocks: YamlBlock[] = [];
  fences(markdown, tree).forEach((node, index) => {
    const lang = (node.lang ?? '').toLowerCase();
    const meta = node.meta ?? '';
    const start = node.position?.start ?? { line: 1, column: 1 };
    const firstLine = start.line + 1;
    const column = start.column;
    const title = metaTitle(meta);
    if (SHELL_LANGS.has(lang)) {
      blocks.push(...heredocs(node, file, index, firstLine, column));
      return;
    }
    const isDaemonJson =
      lang === 'json' && title !== undefined && basename(title) === 'daemon.json';
    const source = node.value ?? '';
    if (!YAML_LANGS.has(lang) && !isDaemonJson) {
      // A command that writes a manifest with a heredoc, in a fence not marked as shell.
      if (source.split('\n').some((line) => HEREDOC.test(line))) {
        blocks.push(...heredocs(node, file, index, firstLine, column));
        return;
      }
      const candidate = TYPE_META_LINE.test(source) || (lang === '' && looksLikeManifest(source));
      if (!candidate) return;
    }
    const block: YamlBlock = {
      file,
      index,
      line: firstLine,
      column,
      lang: node.lang ?? '',
      meta,
      source: source.endsWith('\n') || source === '' ? source : `${source}\n`,
      origin: 'fence',
    };
    if (title && (YAML_FILE.test(title) || isDaemonJson) && !/\s/.test(title)) {
      block.fileName = basename(title);
    }
    blocks.push(block);
  });
  return blocks;
}
