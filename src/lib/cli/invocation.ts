/**
 * Reads a command line against its tool's table the way the tool's flag parser (cobra/pflag)
 * would: subcommands by name or alias, `--flag=value` / `--flag value` / `-abc` / `-oyaml`, `--`
 * ending the flags, and docker's run/exec style where flags stop at the image or container.
 */
import type { MessageValue } from '../messages';
import type { ShellWord } from '../shell/parse';
import { closest } from './suggest';
import { findCommand, type CliTable, type CommandSpec, type FlagSpec } from './table';
import { cliIssue, type CliIssue } from './issue';

/** A positional argument and the index of its word. */
export interface Positional {
  value: string | undefined;
  placeholder: boolean;
  word: number;
}

/** What a command line asks of its tool. */
export interface Invocation {
  table: CliTable;
  /** Subcommand path, e.g. `['rollout', 'undo']`. */
  path: string[];
  spec: CommandSpec;
  /** Given flags by long name (short ones resolved); bools as `true`. */
  flags: Map<string, string>;
  positionals: Positional[];
  /** How many positionals came before `--`, when the line has one. */
  dashAt: number | undefined;
}

const BOOL = /^(true|false|1|0|t|f|TRUE|FALSE|True|False)$/;
const DURATION = /^(0|(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+)$/;

/** The issue with a flag's value, if its form is wrong. */
function valueIssue(
  name: string,
  flag: FlagSpec,
  value: string,
  word: number,
): CliIssue | undefined {
  const wrong = (messageId: 'flag-value.bool' | 'flag-value.int' | 'flag-value.duration') =>
    cliIssue(word, 'error', 'flag-value', { messageId, data: { flag: name, value } });
  if (flag.type === 'bool' && !BOOL.test(value)) return wrong('flag-value.bool');
  if (flag.type === 'int' && !/^-?\d+$/.test(value)) return wrong('flag-value.int');
  if (flag.type === 'duration' && !DURATION.test(value)) return wrong('flag-value.duration');
  if (flag.enum) {
    const base = value.split('=')[0]!;
    if (!flag.enum.includes(base)) {
      const guess = closest(base, flag.enum);
      const data = { flag: name, value, values: flag.enum };
      return guess
        ? cliIssue(word, 'error', 'flag-value', {
            messageId: 'flag-value.enum',
            hintId: 'flag-value.enum.hint',
            data: { ...data, suggestion: value.replace(base, guess) },
          })
        : cliIssue(word, 'error', 'flag-value', { messageId: 'flag-value.enum', data });
    }
  }
  return undefined;
}

/** Deprecation notes of the tables that have a sentence in the catalogs. */
const DEPRECATION_NOTES: Record<string, MessageValue> = {
  '--record will be removed in the future': { messageId: 'deprecated-flag.record' },
};

/** Flag lookups over the command's own flags and the tool's global ones. */
function lookup(table: CliTable, spec: CommandSpec) {
  const all = { ...table.globalFlags, ...spec.flags };
  return {
    names: Object.keys(all),
    long: (name: string): FlagSpec | undefined => all[name],
    short: (letter: string): [string, FlagSpec] | undefined =>
      Object.entries(all).find(([key, flag]) => flag.short === letter || key === letter),
  };
}

/** docker run/create/exec take the container's command after the image: flags stop there. */
function flagsStopAtFirstArgument(table: CliTable, spec: CommandSpec): boolean {
  return table.tool === 'docker' && /COMMAND\]? \[ARG\.\.\.\]/.test(spec.usage ?? '');
}

/** Parses `words` (the tool's name first) into an invocation and the issues found on the way. */
export function readInvocation(
  table: CliTable,
  words: readonly ShellWord[],
): { invocation: Invocation; issues: CliIssue[] } {
  const issues: CliIssue[] = [];
  const path: string[] = [];
  let spec: CommandSpec = { flags: {}, subcommands: table.commands };
  const flags = new Map<string, string>();
  const positionals: Positional[] = [];
  let dashAt: number | undefined;
  let flagsDone = false;
  const invocation = (): Invocation => ({ table, path, spec, flags, positionals, dashAt });
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const value = word.value;
    const isFlag = value !== undefined && /^-[^\d]/.test(value) && !flagsDone;
    if (value === '--' && !flagsDone) {
      dashAt = positionals.length;
      flagsDone = true;
      continue;
    }
    if (isFlag) {
      const flagsHere = lookup(table, spec);
      // A flag that takes a value and has none inline takes the next word.
      const take = (name: string, flag: FlagSpec, inline: string | undefined): void => {
        let given = inline;
        let at = i;
        let placeholder = word.placeholder;
        if (given === undefined && flag.type !== 'bool' && !flag.optionalValue) {
          const next = words[i + 1];
          if (!next) {
            issues.push(
              cliIssue(i, 'error', 'flag-value', {
                messageId: 'flag-value.missing',
                data: { flag: name },
              }),
            );
            return;
          }
          given = next.value;
          placeholder = next.placeholder;
          at = ++i;
        }
        flags.set(name, given ?? 'true');
        if (flag.deprecated) {
          issues.push(
            cliIssue(at, 'warning', 'deprecated-flag', {
              messageId: 'deprecated-flag',
              data: {
                flag: name,
                tool: table.tool,
                version: table.version,
                reason: DEPRECATION_NOTES[flag.deprecated] ?? flag.deprecated,
              },
            }),
          );
        }
        if (given !== undefined && !placeholder) {
          const issue = valueIssue(name, flag, given, at);
          if (issue) issues.push(issue);
        }
      };
      if (value.startsWith('--')) {
        const eq = value.indexOf('=');
        const name = eq < 0 ? value.slice(2) : value.slice(2, eq);
        const flag = flagsHere.long(name);
        if (!flag) {
          const guess = closest(name, flagsHere.names);
          const command = [table.tool, ...path].join(' ');
          issues.push(
            guess
              ? cliIssue(i, 'error', 'unknown-flag', {
                  messageId: 'unknown-flag',
                  hintId: 'unknown-flag.did-you-mean.hint',
                  data: { flag: name, command, suggestion: guess },
                })
              : cliIssue(i, 'error', 'unknown-flag', {
                  messageId: 'unknown-flag',
                  hintId: 'cli.see-help.hint',
                  data: { flag: name, command, helpCommand: command },
                }),
          );
          continue;
        }
        take(name, flag, eq < 0 ? undefined : value.slice(eq + 1));
        continue;
      }
      for (let c = 1; c < value.length; c++) {
        const found = flagsHere.short(value[c]!);
        if (!found) {
          const parent = [table.tool, ...path].join(' ');
          issues.push(
            cliIssue(i, 'error', 'unknown-flag', {
              messageId: 'unknown-flag.shorthand',
              hintId: 'cli.see-help.hint',
              data: { letter: value[c]!, word: value, command: parent, helpCommand: parent },
            }),
          );
          break;
        }
        const [name, flag] = found;
        if (flag.type !== 'bool') {
          const rest = value.slice(c + 1).replace(/^=/, '');
          take(name, flag, rest === '' ? undefined : rest);
          break;
        }
        flags.set(name, 'true');
      }
      continue;
    }
    if (spec.subcommands && positionals.length === 0 && value !== undefined && !word.placeholder) {
      const found = findCommand(spec.subcommands, value);
      if (found) {
        path.push(found[0]);
        spec = found[1];
        continue;
      }
      if (!spec.takesArguments) {
        const names = Object.entries(spec.subcommands).flatMap(([key, sub]) => [
          key,
          ...(sub.aliases ?? []),
        ]);
        const guess = closest(value, names);
        // Commands that take only subcommands; `kubectl create` also takes -f, not a name.
        const command = [table.tool, ...path, value].join(' ');
        issues.push(
          guess
            ? cliIssue(i, 'error', 'unknown-command', {
                messageId: 'unknown-command',
                hintId: 'unknown-command.did-you-mean.hint',
                data: { command, suggestion: [table.tool, ...path, guess].join(' ') },
              })
            : cliIssue(i, 'error', 'unknown-command', {
                messageId: 'unknown-command',
                hintId: 'cli.see-help.hint',
                data: { command, helpCommand: [table.tool, ...path].join(' ') },
              }),
        );
        return { invocation: invocation(), issues };
      }
    }
    positionals.push({ value, placeholder: word.placeholder, word: i });
    if (flagsStopAtFirstArgument(table, spec)) flagsDone = true;
  }
  return { invocation: invocation(), issues };
}
