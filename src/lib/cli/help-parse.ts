/**
 * Reads the subcommands, aliases, usage line and flags out of `--help` text of kubectl (its
 * `name=default:` flag layout) and docker (its `name type  description` layout). Pure text in,
 * data out, so the generator's parsing is tested on fixture text without the tools.
 */
import type { FlagSpec, FlagType } from './table';

/** What one `--help` page says. */
export interface HelpPage {
  subcommands: string[];
  aliases: string[];
  usage: string;
  flags: Record<string, FlagSpec>;
}

/** Values listed in a flag's description: `One of: (a, b)`, `Must be "a", "b", or "c"`. */
export function enumFromDescription(description: string): string[] | undefined {
  const text = description.replace(/\s+/g, ' ');
  const oneOf =
    /One of:? \(([^)]+)\)/.exec(text) ?? /Must be ((?:"[\w-]+",? )+or "[\w-]+")/.exec(text);
  // kubectl expose --type: "Type for this service: ClusterIP, NodePort, LoadBalancer, or ..."
  const prose = /: ((?:[A-Z]\w+, )+or [A-Z]\w+)\./.exec(text);
  const list = oneOf?.[1] ?? prose?.[1];
  if (!list) return undefined;
  return list
    .split(/,\s*|\s+or\s+/)
    .map((item) =>
      item
        .replace(/^or\s+/, '')
        .replace(/"/g, '')
        .trim(),
    )
    .filter((item) => item !== '');
}

/** A kubectl default (`false`, `[]`, `0`, `5s`, `''`) tells the flag's type. */
function kubectlType(value: string): FlagType {
  if (value === 'false' || value === 'true') return 'bool';
  if (value.startsWith('[')) return 'list';
  if (/^-?\d+$/.test(value)) return 'int';
  if (/^\d+(\.\d+)?(ns|us|ms|s|m|h)$/.test(value)) return 'duration';
  return 'string';
}

/** Lines of the section that starts with a heading matching `heading`, until a blank heading. */
function section(text: string, heading: RegExp): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return [];
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    body.push(line);
  }
  return body;
}

/** Parses `kubectl [command] --help` (and `kubectl options`). */
export function parseKubectlHelp(text: string): HelpPage {
  const lines = text.split('\n');
  const subcommands: string[] = [];
  const usageAt = lines.findIndex((line) => /^Usage:/.test(line));
  // Top-level help groups commands under several headings; subcommand help under one.
  const commandLines = usageAt < 0 ? lines : lines.slice(0, usageAt);
  let inCommands = false;
  for (const line of commandLines) {
    if (/^\S.*(Commands|\)):\s*$/.test(line)) inCommands = true;
    else if (/^\S/.test(line)) inCommands = false;
    const match = /^ {2}([a-z][\w-]*)\s{2,}\S/.exec(line);
    if (inCommands && match) subcommands.push(match[1]!);
  }
  const aliases = (section(text, /^Aliases:/)[0] ?? '')
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
  const aliasLine = lines.findIndex((line) => /^Aliases:/.test(line));
  if (aliasLine >= 0 && aliases.length === 0) {
    // kubectl prints the aliases on the line after the heading, unindented.
    aliases.push(...(lines[aliasLine + 1] ?? '').split(',').map((alias) => alias.trim()));
  }
  const usage = usageAt >= 0 ? (lines[usageAt + 1] ?? '').trim() : '';
  const flags: Record<string, FlagSpec> = {};
  for (let i = 0; i < lines.length; i++) {
    const match = /^ {4}(?:-(\w), )?--([\w-]+)=(.*):\s*$/.exec(lines[i]!);
    if (!match) continue;
    const [, short, name, rawDefault] = match;
    const value = rawDefault!.replace(/^'(.*)'$/, '$1');
    const description: string[] = [];
    for (let j = i + 1; j < lines.length && lines[j]!.trim() !== ''; j++) {
      description.push(lines[j]!.trim());
    }
    const spec: FlagSpec = { type: kubectlType(value) };
    if (short) spec.short = short;
    const values = enumFromDescription(description.join(' '));
    if (values && spec.type === 'string') spec.enum = values;
    flags[name!] = spec;
  }
  return { subcommands, aliases: aliases.filter((a) => a !== ''), usage, flags };
}

/** Docker names value types after the flag; anything else there is the description. */
const DOCKER_TYPES: Record<string, FlagType> = {
  string: 'string',
  int: 'int',
  uint: 'int',
  uint16: 'int',
  uint64: 'int',
  int64: 'int',
  duration: 'duration',
  list: 'list',
  strings: 'list',
  stringArray: 'list',
};

/** Parses `docker [command] --help`. */
export function parseDockerHelp(text: string, command: string[] = []): HelpPage {
  const lines = text.split('\n');
  const subcommands: string[] = [];
  let inCommands = false;
  for (const line of lines) {
    if (/^(?:[A-Z][\w ]* )?Commands:\s*$/.test(line)) inCommands = true;
    else if (/^\S/.test(line)) inCommands = false;
    const match = /^ {2}([a-z][\w-]*)\*?\s{2,}\S/.exec(line);
    if (inCommands && match) subcommands.push(match[1]!);
  }
  const prefix = ['docker', ...command.slice(0, -1)].join(' ');
  const aliases = (section(text, /^Aliases:/)[0] ?? '')
    .split(',')
    .map((alias) => alias.trim())
    .filter(
      (alias) => alias.startsWith(`${prefix} `) && !alias.slice(prefix.length + 1).includes(' '),
    )
    .map((alias) => alias.slice(prefix.length + 1))
    .filter((alias) => alias !== command[command.length - 1]);
  const usage = (/^Usage:\s+(.*)$/m.exec(text)?.[1] ?? '').trim();
  const flags: Record<string, FlagSpec> = {};
  for (const line of lines) {
    const match = /^ {2}(?:-(\w), | {4})--([\w-]+)(?: ([a-zA-Z]\w*))?(?:\s{2,}|$)/.exec(line);
    if (!match) continue;
    const [, short, name, word] = match;
    // A type word is followed by two spaces; a one-word description would not be a type.
    const type: FlagType = word ? (DOCKER_TYPES[word] ?? 'string') : 'bool';
    const spec: FlagSpec = { type };
    if (short) spec.short = short;
    flags[name!] = spec;
  }
  return { subcommands, aliases, usage, flags };
}
