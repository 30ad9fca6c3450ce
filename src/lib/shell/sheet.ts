/**
 * The command sheet (명령어 모음): every command of the notes' shell blocks, one entry per
 * command line (with its `\` continuations and heredoc body), grouped by tool and by task.
 * Pure: the page and the tests build it from the same extracted blocks.
 */
import type { ShellBlock } from './blocks';
import { parseShellSession } from './session';

/** One command of the sheet. */
export interface SheetEntry {
  /** Exactly what the reader copies (placeholders kept as written). */
  command: string;
  /**
   * The comment right above it in the block; for a block of one command, else the prose line
   * above the block. A line above a block of several commands says what the block does, not
   * each command, so it is not repeated on each.
   */
  description: string | undefined;
  /** The heading of the section the command is in, to say where it comes from. */
  section: string | undefined;
  chapter: string;
  chapterTitle: string;
  /** Id of the block on its chapter page. */
  anchor: string;
  tool: string;
  task: string;
}

/** Tools in the order the sheet shows them; anything else is `기타`. */
export const TOOLS = ['docker', 'kubectl', 'kubeadm', '기타'] as const;

/** Task groups by subcommand: what the command is for, in the reader's words. */
const TASKS: Record<string, Record<string, string>> = {
  kubectl: {
    get: '조회',
    describe: '조회',
    logs: '조회',
    explain: '조회',
    top: '조회',
    'api-resources': '조회',
    create: '생성',
    apply: '생성',
    run: '생성',
    expose: '생성',
    edit: '수정',
    patch: '수정',
    label: '수정',
    annotate: '수정',
    set: '수정',
    replace: '수정',
    scale: '스케일링',
    autoscale: '스케일링',
    rollout: '롤아웃',
    delete: '삭제',
    exec: '컨테이너 접속',
    cp: '컨테이너 접속',
    'port-forward': '컨테이너 접속',
  },
  docker: {
    search: '이미지',
    pull: '이미지',
    images: '이미지',
    history: '이미지',
    rmi: '이미지',
    build: '이미지',
    tag: '레지스트리',
    push: '레지스트리',
    login: '레지스트리',
    ps: '조회',
    inspect: '조회',
    info: '조회',
    logs: '조회',
    create: '생성·실행',
    run: '생성·실행',
    start: '생성·실행',
    stop: '중지·삭제',
    rm: '중지·삭제',
    exec: '컨테이너 접속',
    cp: '컨테이너 접속',
  },
  kubeadm: { init: '클러스터 구성', join: '클러스터 구성', reset: '클러스터 구성', token: '토큰' },
};

/** Task groups in display order. */
export const TASK_ORDER = [
  '조회',
  '생성',
  '생성·실행',
  '수정',
  '스케일링',
  '롤아웃',
  '삭제',
  '중지·삭제',
  '컨테이너 접속',
  '이미지',
  '레지스트리',
  '클러스터 구성',
  '토큰',
  '기타',
];

/** The tool and subcommand of a command line: skips `sudo`, `VAR=value` and paths. */
export function toolOf(command: string): { tool: string; sub: string | undefined } {
  const words = command.split(/\s+/).filter((word) => word !== '');
  let i = 0;
  while (i < words.length && (/^(sudo|env|time|watch)$/.test(words[i]!) || /^-|=/.test(words[i]!)))
    i++;
  const name = (words[i] ?? '').split('/').pop()!;
  const tool = (TOOLS as readonly string[]).includes(name) ? name : '기타';
  const sub = words.slice(i + 1).find((word) => !word.startsWith('-'));
  return { tool, sub };
}

/** The task group of a command. */
export function taskOf(tool: string, sub: string | undefined): string {
  return (sub && TASKS[tool]?.[sub]) || '기타';
}

/** Splits a block's commands into sheet commands, each with the comment right above it. */
export function blockCommands(code: string): Array<{ command: string; comment?: string }> {
  const lines = parseShellSession(code).copyText.split('\n');
  const found: Array<{ command: string; comment?: string }> = [];
  let comment: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      comment = undefined;
      continue;
    }
    if (/^\s*#/.test(line)) {
      comment = line.replace(/^\s*#\s*/, '').trim();
      continue;
    }
    const unit = [line];
    // `\` continues the command; a heredoc runs to its delimiter line.
    while (/\\$/.test(unit.at(-1)!) && i + 1 < lines.length) unit.push(lines[++i]!);
    const heredoc = /<<-?\s*(['"]?)(\w+)\1/.exec(unit.join('\n'));
    if (heredoc) {
      while (i + 1 < lines.length && lines[i]!.trim() !== heredoc[2]) unit.push(lines[++i]!);
    }
    found.push({ command: unit.join('\n'), ...(comment ? { comment } : {}) });
    // A comment describes the one command right below it.
    comment = undefined;
  }
  return found;
}

/** A chapter's shell blocks with their anchors, as the sheet needs them. */
export interface SheetChapter {
  slug: string;
  title: string;
  blocks: Array<{ block: ShellBlock; anchor: string }>;
}

/**
 * Every command of the chapters as sheet entries, in reading order. A command that appears again
 * (the same text) is listed once, where it first appears, unless only the later one says what it
 * does.
 */
export function sheetEntries(chapters: readonly SheetChapter[]): SheetEntry[] {
  const entries: SheetEntry[] = [];
  const byCommand = new Map<string, SheetEntry>();
  for (const chapter of chapters) {
    for (const { block, anchor } of chapter.blocks) {
      const commands = blockCommands(block.code);
      for (const { command, comment } of commands) {
        const { tool, sub } = toolOf(command);
        const entry: SheetEntry = {
          command,
          description: comment ?? (commands.length === 1 ? block.description : undefined),
          section: block.heading,
          chapter: chapter.slug,
          chapterTitle: chapter.title,
          anchor,
          tool,
          task: taskOf(tool, sub),
        };
        const key = command.trim().replace(/\s+/g, ' ');
        const first = byCommand.get(key);
        if (!first) {
          byCommand.set(key, entry);
          entries.push(entry);
        } else if (!first.description && entry.description) {
          Object.assign(first, entry);
        }
      }
    }
  }
  return entries;
}

/** Entries grouped by tool, then task, both in display order. */
export function groupSheet(
  entries: readonly SheetEntry[],
): Array<{ tool: string; tasks: Array<{ task: string; entries: SheetEntry[] }> }> {
  return TOOLS.map((tool) => {
    const ofTool = entries.filter((entry) => entry.tool === tool);
    const tasks = TASK_ORDER.map((task) => ({
      task,
      entries: ofTool.filter((entry) => entry.task === task),
    })).filter((group) => group.entries.length > 0);
    return { tool, tasks };
  }).filter((group) => group.tasks.length > 0);
}
