/**
 * Checks one command line against its tool's table: subcommands, flags, flag values and the
 * arguments each command needs. Which tools are known, and how a line reaches its tool through
 * `sudo`, `env`, `VAR=value` or `watch`, is decided here too.
 */
import type { ShellCommand, ShellWord } from '../shell/parse';
import type { CliIssue } from './issue';
import { readInvocation, type Invocation } from './invocation';
import { kubectlRule } from './rules/kubectl';
import { dockerCpRule, usageRule } from './rules/usage';
import { CLI_TABLES } from './tables';
import type { CliTable } from './table';

/** Where in a command the checked tool starts. */
export interface ToolCall {
  tool: string;
  /** Index of the tool's word in the command's words. */
  start: number;
}

/** Wrappers that run the rest of the line as a command, with the options they take a value for. */
const WRAPPERS: Record<string, RegExp> = {
  sudo: /^-[ugCDhprT]$/,
  env: /^-[uCS]$/,
  time: /^$/,
  nohup: /^$/,
  watch: /^-[nd]$|^--(interval|differences)$/,
};

/** Finds a known tool in a command: `kubectl ...`, `sudo ETCDCTL_API=3 ./etcdctl ...`. */
export function findToolCall(
  command: ShellCommand,
  tables: Record<string, CliTable> = CLI_TABLES,
): ToolCall | undefined {
  const words = command.words;
  let i = 0;
  while (i < words.length) {
    const value = words[i]!.value;
    if (value === undefined) return undefined;
    const name = value.split('/').pop()!;
    if (tables[name]) return { tool: name, start: i };
    const takesValue = WRAPPERS[name];
    if (!takesValue) return undefined;
    i++;
    // The wrapper's own options and `VAR=value` assignments come before the command.
    while (i < words.length) {
      const word = words[i]!.value ?? '';
      if (takesValue.test(word)) i += 2;
      else if (word.startsWith('-') || /^[A-Za-z_]\w*=/.test(word)) i++;
      else break;
    }
  }
  return undefined;
}

/** Rules beyond the flag table, for whichever tool the invocation is. */
function argumentIssues(invocation: Invocation): CliIssue[] {
  const found = [kubectlRule, usageRule, dockerCpRule].map((rule) =>
    invocation.table.tool === 'kubectl' || rule !== kubectlRule ? rule(invocation) : undefined,
  );
  return found.filter((issue): issue is CliIssue => issue !== undefined);
}

/** Checks the words of one tool call (the tool's word first). */
export function checkWords(table: CliTable, words: readonly ShellWord[]): CliIssue[] {
  const { invocation, issues } = readInvocation(table, words);
  if (issues.some((issue) => issue.rule === 'unknown-command')) return issues;
  return [...issues, ...argumentIssues(invocation)];
}

/** Checks a parsed command; issues' `word` indexes `command.words`. */
export function checkCommand(
  command: ShellCommand,
  tables: Record<string, CliTable> = CLI_TABLES,
): CliIssue[] {
  const call = findToolCall(command, tables);
  if (!call) return [];
  const words = command.words.slice(call.start);
  return checkWords(tables[call.tool]!, words).map((issue) => ({
    ...issue,
    word: issue.word + call.start,
  }));
}
