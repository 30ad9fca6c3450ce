/**
 * Arguments kubectl requires that its flag table cannot express, each checked the way kubectl
 * 1.32 itself checks it before talking to a server (the messages quote or follow kubectl's).
 */
import type { MessageId, Report } from '../../messages';
import { cliIssue, type CliIssue } from '../issue';
import type { Invocation } from '../invocation';

type Rule = (invocation: Invocation) => CliIssue | undefined;

/** A missing-argument issue at the last positional (or the tool's word). */
function missing<M extends MessageId, H extends MessageId = never>(
  invocation: Invocation,
  report: Report<M, H>,
): CliIssue {
  const last = invocation.positionals.at(-1)?.word ?? 0;
  return cliIssue(last, 'error', 'missing-argument', report);
}

/** `kubectl <command>: required flag --<flag> not set`. */
function requiredFlag(invocation: Invocation, flag: string, value: string): CliIssue {
  return missing(invocation, {
    messageId: 'missing-argument.required-flag',
    hintId: 'missing-argument.required-flag.hint',
    data: { command: ['kubectl', ...invocation.path].join(' '), flag, value },
  });
}

const has = (invocation: Invocation, ...names: string[]): boolean =>
  names.some((name) => invocation.flags.has(name));

/** Positionals before `--` (all of them when there is none). */
const beforeDash = (invocation: Invocation) =>
  invocation.positionals.slice(0, invocation.dashAt ?? invocation.positionals.length);

const rules: Record<string, Rule> = {
  delete: (invocation) => {
    if (has(invocation, 'filename', 'kustomize')) return undefined;
    const args = beforeDash(invocation);
    if (args.length === 0) {
      return missing(invocation, {
        messageId: 'missing-argument.delete',
        hintId: 'missing-argument.delete.hint',
      });
    }
    const only = args[0]!;
    const typeOnly =
      args.length === 1 &&
      only.value !== undefined &&
      !only.placeholder &&
      !only.value.includes('/');
    if (typeOnly && !has(invocation, 'all', 'selector', 'field-selector')) {
      return missing(invocation, {
        messageId: 'missing-argument.delete-name',
        hintId: 'missing-argument.delete-name.hint',
        data: { type: only.value! },
      });
    }
    return undefined;
  },
  run: (invocation) => {
    if (beforeDash(invocation).length === 0) {
      return missing(invocation, {
        messageId: 'missing-argument.run-name',
        hintId: 'missing-argument.run-name.hint',
      });
    }
    return has(invocation, 'image') ? undefined : requiredFlag(invocation, 'image', 'image');
  },
  exec: (invocation) => {
    const args = beforeDash(invocation);
    if (args.length === 0 && !has(invocation, 'filename')) {
      return missing(invocation, {
        messageId: 'missing-argument.exec-pod',
        hintId: 'missing-argument.exec-pod.hint',
      });
    }
    if (invocation.dashAt === undefined && args.length > 1) {
      return missing(invocation, {
        messageId: 'missing-argument.exec-dash',
        hintId: 'missing-argument.exec-dash.hint',
        data: { pod: args[0]?.value ?? '<pod>' },
      });
    }
    if (invocation.positionals.length - args.length === 0 && invocation.dashAt === undefined) {
      return missing(invocation, {
        messageId: 'missing-argument.exec-command',
        hintId: 'missing-argument.exec-command.hint',
      });
    }
    return undefined;
  },
  'create deployment': (invocation) => {
    if (invocation.positionals.length === 0) {
      return missing(invocation, {
        messageId: 'missing-argument.create-deployment-name',
        hintId: 'missing-argument.create-deployment-name.hint',
      });
    }
    return has(invocation, 'image') ? undefined : requiredFlag(invocation, 'image', 'image');
  },
  scale: (invocation) =>
    has(invocation, 'replicas') ? undefined : requiredFlag(invocation, 'replicas', 'count'),
  expose: (invocation) =>
    invocation.positionals.length > 0 || has(invocation, 'filename', 'kustomize')
      ? undefined
      : missing(invocation, {
          messageId: 'missing-argument.expose',
          hintId: 'missing-argument.expose.hint',
        }),
  label: (invocation) => labelRule(invocation, 'missing-argument.label-update'),
  annotate: (invocation) => labelRule(invocation, 'missing-argument.annotation-update'),
};

/** `kubectl label|annotate TYPE NAME key=value|key-`: at least one update after the object. */
function labelRule(
  invocation: Invocation,
  messageId: 'missing-argument.label-update' | 'missing-argument.annotation-update',
): CliIssue | undefined {
  const args = invocation.positionals;
  if (args.some((arg) => arg.value === undefined || arg.placeholder)) return undefined;
  const updates = args.filter((arg) => /=|-$/.test(arg.value!));
  if (updates.length === 0) {
    return missing(invocation, { messageId, hintId: 'missing-argument.update.hint' });
  }
  return undefined;
}

for (const sub of ['undo', 'history', 'status', 'restart', 'pause', 'resume']) {
  rules[`rollout ${sub}`] = (invocation) =>
    invocation.positionals.length > 0 || has(invocation, 'filename', 'kustomize')
      ? undefined
      : missing(invocation, {
          messageId: 'missing-argument.rollout',
          hintId: 'missing-argument.rollout.hint',
          data: { command: sub },
        });
}

/** The rule for a kubectl invocation's command path, if there is one. */
export function kubectlRule(invocation: Invocation): CliIssue | undefined {
  return rules[invocation.path.join(' ')]?.(invocation);
}
