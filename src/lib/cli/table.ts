/**
 * The shape of a CLI table: the subcommands and flags of one tool at one version, as data.
 * Tables for kubectl and docker are generated from their `--help` output
 * (scripts/gen-cli-tables.ts); kubeadm and etcdctl are written by hand from their references.
 */

/** How a flag's value must look; `bool` flags take no separate value. */
export type FlagType = 'bool' | 'string' | 'int' | 'list' | 'duration';

/** One flag: its type and, when the tool names them, the values it accepts. */
export interface FlagSpec {
  type: FlagType;
  /** One-letter form without the dash, e.g. `f` for `-f`. */
  short?: string;
  /** Accepted values; for `-o jsonpath=...` only the part before `=` is compared. */
  enum?: string[];
  /** The flag may stand alone (`--dry-run`) although it takes a value. */
  optionalValue?: boolean;
  /** Still accepted but hidden from `--help` and announced as going away. */
  deprecated?: string;
}

/** One command or subcommand. */
export interface CommandSpec {
  aliases?: string[];
  /** Keyed by long name without dashes (`replicas`); short-only flags by their letter. */
  flags: Record<string, FlagSpec>;
  subcommands?: Record<string, CommandSpec>;
  /** Has subcommands but also takes arguments (`kubeadm join <endpoint>` besides `join phase`). */
  takesArguments?: boolean;
  /** The usage line of the help, for hints. */
  usage?: string;
}

/** A whole tool. */
export interface CliTable {
  tool: string;
  version: string;
  /** Where the table comes from: the command that produced it or the document it follows. */
  source: string;
  /** Flags every command accepts. */
  globalFlags: Record<string, FlagSpec>;
  commands: Record<string, CommandSpec>;
}

/** Finds a subcommand by name or alias. */
export function findCommand(
  commands: Record<string, CommandSpec> | undefined,
  name: string,
): [string, CommandSpec] | undefined {
  if (!commands) return undefined;
  const direct = commands[name];
  if (direct) return [name, direct];
  for (const [key, spec] of Object.entries(commands)) {
    if (spec.aliases?.includes(name)) return [key, spec];
  }
  return undefined;
}
