/**
 * Arguments kubectl requires that its flag table cannot express, each checked the way kubectl
 * 1.32 itself checks it before talking to a server (the messages quote or follow kubectl's).
 */
import type { CliIssue } from '../issue';
import type { Invocation } from '../invocation';

type Rule = (invocation: Invocation) => CliIssue | undefined;

function missing(invocation: Invocation, message: string, hint: string): CliIssue {
  const last = invocation.positionals.at(-1)?.word ?? 0;
  return { word: last, severity: 'error', rule: 'missing-argument', message, hint };
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
      return missing(
        invocation,
        'kubectl delete needs a resource type and name, or -f',
        'e.g. `kubectl delete pod <name>`',
      );
    }
    const only = args[0]!;
    const typeOnly =
      args.length === 1 &&
      only.value !== undefined &&
      !only.placeholder &&
      !only.value.includes('/');
    if (typeOnly && !has(invocation, 'all', 'selector', 'field-selector')) {
      return missing(
        invocation,
        `kubectl delete ${only.value} needs a name, --all or -l <selector>`,
        `name it: \`kubectl delete ${only.value} <name>\`, or \`--all\` to delete them all`,
      );
    }
    return undefined;
  },
  run: (invocation) => {
    if (beforeDash(invocation).length === 0) {
      return missing(
        invocation,
        'kubectl run needs a name: NAME is required for run',
        'e.g. `kubectl run nginx --image=nginx`',
      );
    }
    if (!has(invocation, 'image')) {
      return missing(
        invocation,
        'kubectl run: required flag --image not set',
        'add `--image=<image>`',
      );
    }
    return undefined;
  },
  exec: (invocation) => {
    const args = beforeDash(invocation);
    if (args.length === 0 && !has(invocation, 'filename')) {
      return missing(
        invocation,
        'kubectl exec needs a pod name',
        'e.g. `kubectl exec <pod> -- <command>`',
      );
    }
    if (invocation.dashAt === undefined && args.length > 1) {
      return missing(
        invocation,
        'exec [POD] [COMMAND] is not supported anymore: the command must follow --',
        `write \`-- \` before the command: \`kubectl exec ${args[0]?.value ?? '<pod>'} -- ...\``,
      );
    }
    if (invocation.positionals.length - args.length === 0 && invocation.dashAt === undefined) {
      return missing(
        invocation,
        'kubectl exec: you must specify at least one command for the container',
        'add `-- <command>`',
      );
    }
    return undefined;
  },
  'create deployment': (invocation) => {
    if (invocation.positionals.length === 0) {
      return missing(
        invocation,
        'kubectl create deployment needs a NAME',
        'e.g. `kubectl create deployment web --image=nginx`',
      );
    }
    if (!has(invocation, 'image')) {
      return missing(
        invocation,
        'kubectl create deployment: required flag --image not set',
        'add `--image=<image>`',
      );
    }
    return undefined;
  },
  scale: (invocation) =>
    has(invocation, 'replicas')
      ? undefined
      : missing(
          invocation,
          'kubectl scale: required flag --replicas not set',
          'add `--replicas=<count>`',
        ),
  expose: (invocation) =>
    invocation.positionals.length > 0 || has(invocation, 'filename', 'kustomize')
      ? undefined
      : missing(
          invocation,
          'kubectl expose needs a resource (TYPE NAME) or -f',
          'e.g. `kubectl expose deployment web --port=80`',
        ),
  label: (invocation) => labelRule(invocation, 'label'),
  annotate: (invocation) => labelRule(invocation, 'annotation'),
};

/** `kubectl label|annotate TYPE NAME key=value|key-`: at least one update after the object. */
function labelRule(invocation: Invocation, what: string): CliIssue | undefined {
  const args = invocation.positionals;
  if (args.some((arg) => arg.value === undefined || arg.placeholder)) return undefined;
  const updates = args.filter((arg) => /=|-$/.test(arg.value!));
  if (updates.length === 0) {
    return missing(
      invocation,
      `at least one ${what} update is required`,
      'add `key=value` (or `key-` to remove)',
    );
  }
  return undefined;
}

for (const sub of ['undo', 'history', 'status', 'restart', 'pause', 'resume']) {
  rules[`rollout ${sub}`] = (invocation) =>
    invocation.positionals.length > 0 || has(invocation, 'filename', 'kustomize')
      ? undefined
      : missing(
          invocation,
          `kubectl rollout ${sub} needs a resource, e.g. deployment/<name>`,
          `e.g. \`kubectl rollout ${sub} deployment <name>\``,
        );
}

/** The rule for a kubectl invocation's command path, if there is one. */
export function kubectlRule(invocation: Invocation): CliIssue | undefined {
  return rules[invocation.path.join(' ')]?.(invocation);
}
