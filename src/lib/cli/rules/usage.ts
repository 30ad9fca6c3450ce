/**
 * How many arguments a command needs, read from its usage line: docker's `CONTAINER [CONTAINER...]`
 * (upper-case words outside brackets) and etcdctl's `<key> [range_end]` (angle brackets).
 */
import { cliIssue, type CliIssue } from '../issue';
import type { Invocation } from '../invocation';

/** Required argument names of a usage line after the command words and `[OPTIONS]`. */
export function requiredArguments(usage: string, tool: string): string[] {
  let text = usage;
  // Drop optional groups, innermost first: `[OPTIONS]`, `[COMMAND] [ARG...]`, `[range_end]`.
  while (/\[[^[\]]*\]/.test(text)) text = text.replace(/\[[^[\]]*\]/g, ' ');
  // `PATH | URL | -` is one argument with alternatives.
  const words = text
    .replace(/\s*\|\s*/g, '|')
    .split(/\s+/)
    .filter((word) => word !== '');
  if (tool === 'etcdctl') return words.filter((word) => /^<[^>]+>$/.test(word));
  return words.filter((word) => /^[A-Z][A-Z_:|.-]*$/.test(word) && word !== 'OPTIONS');
}

/** Too few arguments for the usage line (docker and etcdctl). */
export function usageRule(invocation: Invocation): CliIssue | undefined {
  const { table, spec, positionals, path } = invocation;
  if (!spec.usage || spec.subcommands || (table.tool !== 'docker' && table.tool !== 'etcdctl')) {
    return undefined;
  }
  const required = requiredArguments(spec.usage, table.tool);
  if (positionals.length >= required.length) return undefined;
  return cliIssue(positionals.at(-1)?.word ?? 0, 'error', 'missing-argument', {
    messageId: 'missing-argument.usage',
    hintId: 'missing-argument.usage.hint',
    data: {
      command: [table.tool, ...path].join(' '),
      arguments: required.slice(positionals.length).join(' '),
      usage: spec.usage,
    },
  });
}

/** `docker cp` copies between a container and the host: one side must be `CONTAINER:PATH`. */
export function dockerCpRule(invocation: Invocation): CliIssue | undefined {
  const name = invocation.path.join(' ');
  if (name !== 'cp' && name !== 'container cp') return undefined;
  const [from, to] = invocation.positionals;
  if (!from || !to || from.value === undefined || to.value === undefined) return undefined;
  const side = (arg: typeof from): boolean => arg.placeholder || /^[^/.][^/]*:/.test(arg.value!);
  if (side(from) || side(to)) return undefined;
  return cliIssue(to.word, 'error', 'missing-argument', {
    messageId: 'missing-argument.docker-cp',
    hintId: 'missing-argument.docker-cp.hint',
  });
}
