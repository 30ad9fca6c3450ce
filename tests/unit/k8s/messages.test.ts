/**
 * The message catalogs (src/lib/messages) are complete: every id has an English and a Korean
 * sentence with the same placeholders, and every finding the validator and the command checker
 * report renders in both languages with no `{{placeholder}}` left. The findings come from the
 * rule fixtures, the site's chapters, the notes, and the cases below, which also pin which
 * message each kind of mistake gets; every catalog id must be reached by one of them, so a new
 * id needs a case (or a reason in NOT_REPORTED).
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode, YAMLError } from 'yaml';
import { jsonSyntaxMessage, yamlMessage } from '../../../src/lib/k8s/syntax-errors';
import { validateText, type Finding } from '../../../src/lib/k8s/validate';
import { buildSiteManifests } from '../../../src/integrations/manifests/site-manifests';
import { collectFiles } from '../../../src/lib/input/collect';
import { readInput } from '../../../src/lib/input/read';
import { capFindings } from '../../../src/lib/k8s/input-limits';
import { validateFileText } from '../../../src/lib/manifests/validate-file';
import {
  LANGS,
  localise,
  render,
  type MessageData,
  type MessageId,
} from '../../../src/lib/messages';
import { en } from '../../../src/lib/messages/en';
import { groupOf } from '../../../src/lib/messages/groups';
import { ko } from '../../../src/lib/messages/ko';
import { checkShellText } from '../../../src/lib/shell/check-blocks';
import { shellSyntaxMessage } from '../../../src/lib/shell/syntax-messages';

const ROOT = new URL('../../../', import.meta.url).pathname;
const ids = Object.keys(en) as MessageId[];
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!))].sort();

/** Ids no input of this test reaches, and why. */
const NOT_REPORTED: Partial<Record<MessageId, string>> = {
  'check-failed': 'made by the page editor (src/scripts/live-check.ts) when the validator throws',
  'value.null': 'the schema walk skips null values (unset fields) before it names a type',
};

describe('message catalogs', () => {
  it('have a Korean sentence for every English id, and no other ids', () => {
    expect(Object.keys(ko).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(en[id].trim(), id).not.toBe('');
      expect(ko[id].trim(), id).not.toBe('');
    }
  });

  it('use the same placeholders in English and Korean', () => {
    const differ = ids.filter((id) => placeholders(en[id]).join() !== placeholders(ko[id]).join());
    expect(differ).toEqual([]);
  });

  it('write placeholders as {{name}} only', () => {
    for (const lang of [en, ko] as Record<MessageId, string>[]) {
      for (const id of ids) {
        const rest = lang[id].replace(/\{\{\w+\}\}/g, '');
        expect(rest, id).not.toMatch(/\{\{|\}\}/);
      }
    }
  });

  it('are Korean in Korean', () => {
    const notKorean = ids.filter((id) => !/[가-힣]/.test(ko[id]) && id !== 'value.null');
    expect(notKorean).toEqual([]);
  });

  it('keep each id in the group file its prefix names, in both languages', async () => {
    const groups = ['syntax', 'schema', 'rules', 'lint', 'commands', 'page', 'input'] as const;
    for (const group of groups) {
      for (const lang of ['en', 'ko']) {
        const module = (await import(`../../../src/lib/messages/${lang}/${group}.ts`)) as {
          default: Record<string, string>;
        };
        const elsewhere = Object.keys(module.default).filter((id) => groupOf(id) !== group);
        expect(elsewhere, `${lang}/${group}.ts`).toEqual([]);
      }
    }
  });

  it('load in the page by group, Korean only', async () => {
    const client = await import('../../../src/lib/messages/catalogs.client');
    expect(Object.keys(client.CATALOGS.ko)).toEqual(['check-failed']);
    expect(await client.loadGroups(['lint', 'commands'])).toBe(true);
    expect(client.CATALOGS.ko['resources.unset']).toBe(ko['resources.unset']);
    expect(client.CATALOGS.ko['unknown-flag']).toBeUndefined();
    expect(client.CATALOGS.en).toEqual({});
    expect(await client.loadGroups(['lint'])).toBe(false);
  });

  it('render lists, numbers and nested messages per language', () => {
    const data: MessageData = { value: 'x', values: ['ClusterIP', 'NodePort'] };
    expect(render('en', 'enum.unsupported.hint', data)).toBe('Use one of "ClusterIP", "NodePort".');
    expect(render('ko', 'enum.unsupported.hint', data)).toBe(
      '다음 중 하나를 쓰세요: `ClusterIP`, `NodePort`.',
    );
    const nested = { field: 'port', problem: { messageId: 'problem.port-number' as const } };
    expect(render('ko', 'port-range.number', nested)).toBe(
      '`port` 값이 잘못되었습니다. 포트 번호는 1부터 65535 사이여야 합니다.',
    );
    expect(render('en', 'problem.max-length', { max: 63 })).toBe(
      'must be no more than 63 characters',
    );
    expect(render('en', 'problem.max-length', {})).toBe('must be no more than {{max}} characters');
  });
});

/** A YAML text validated as a file, with the message each mistake must get. */
interface Case {
  text: string;
  fragment?: string;
  expectErrors?: boolean;
  ids: MessageId[];
}

const pod = (spec: string, meta = 'name: p') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {${meta}}\nspec:\n${spec}`;
const container = (extra: string) =>
  pod(`  containers:\n    - name: c\n      image: nginx:1.27\n${extra}`);
const deployment = (spec: string) =>
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n' +
  `  selector: {matchLabels: {app: a}}\n${spec}`;

const YAML_CASES: Case[] = [
  { text: 'a: [1, 2\n', ids: ['yaml.flow-unclosed'] },
  { text: 'a: "abc\nb: 1\n', ids: ['yaml.missing-quote'] },
  { text: 'a:\n  b: 1\n  c\n', ids: ['yaml.missing-value'] },
  { text: 'a: "x"# c\n', ids: ['yaml.comment-space'] },
  { text: 'a: b: c\n', ids: ['yaml.block-as-key'] },
  { text: 'a:\n  - b: 1\n    - c\n', ids: ['yaml.seq-as-key'] },
  { text: 'a\nb: 1\n', ids: ['yaml.multiline-key'] },
  { text: 'a: {b: c: d}\n', ids: ['yaml.block-in-flow'] },
  { text: 'a: ["x" "y"]\n', ids: ['yaml.flow-separator'] },
  { text: 'a: `x`\n', ids: ['yaml.bad-scalar-start'] },
  { text: 'a: "\\q"\n', ids: ['yaml.bad-escape'] },
  { text: 'a: "x" y\n', ids: ['yaml.unexpected'] },
  { text: 'a: &\n', ids: ['yaml.anchor'] },
  { text: 'a: !foo x\n', ids: ['yaml.tag'] },
  { text: '%FOO bar\n---\na: 1\n', ids: ['yaml.error'] },
  { text: 'a: *nope\n', ids: ['yaml.value'] },
  { text: 'a: 1\n\tb: 2\n', ids: ['yaml.tab-indent', 'yaml.tab-indent.hint'] },
  { text: '{"debug": true,}\n', fragment: 'docker.daemon.json', ids: ['json.property-name'] },
  {
    text: '{\n  # no\n  "debug": true\n}\n',
    fragment: 'docker.daemon.json',
    ids: ['json.comment'],
  },
  { text: '{"debug": True}\n', fragment: 'docker.daemon.json', ids: ['json.syntax', 'json.hint'] },
  { text: 'name: c\n', fragment: 'NoSuchType', ids: ['fragment.unknown-type'] },
  { text: 'syncFrequency: 5x\n', fragment: 'KubeletConfiguration', ids: ['format.duration'] },
  { text: 'syncFrequency: 5\n', fragment: 'KubeletConfiguration', ids: ['value.duration'] },
  { text: container(''), expectErrors: true, ids: ['expect-errors.none'] },
  { text: '- a\n', ids: ['not-object.type'] },
  { text: 'apiVersion: apps/v1beta1\nkind: Foo\nmetadata: {name: f}\n', ids: ['no-schema.beta'] },
  {
    text: 'apiVersion: snapshot.storage.k8s.io/v1alpha1\nkind: VolumeSnapshot\nmetadata: {name: s}\n',
    ids: ['removed-api.not-served', 'removed-api.note-snapshot'],
  },
  {
    text: 'apiVersion: settings.k8s.io/v1alpha1\nkind: PodPreset\nmetadata: {name: p}\n',
    ids: ['removed-api.use-webhook'],
  },
  {
    text: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\n',
    ids: ['removed-api.use-psa'],
  },
  {
    text: container('      zzzzzzzzzz: 1\n').replace('name: p', 'name: p, labels: [a]'),
    ids: ['unknown-field', 'unknown-field.hint', 'value.map'],
  },
  { text: 'apiVersion: 1\nkind: Pod\n', ids: ['type-meta.not-string'] },
  { text: 'apiVersion: v1\nkind: List\nitems: x\n', ids: ['type.list-items'] },
  { text: 'apiVersion: v1\nkind: Nope\n', ids: ['unknown-kind.check.hint'] },
  {
    text: 'apiVersion: extensions/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\n',
    ids: ['removed-api.use-psa-extensions'],
  },
  { text: pod('  containers:\n    -\n'), ids: ['type.null-item'] },
  { text: deployment('  replicas: 1.5\n'), ids: ['value.number'] },
  {
    text: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: 1}\n',
    ids: ['value.base64'],
  },
  {
    text: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80, targetPort: true}]\n',
    ids: ['value.int-or-string'],
  },
  { text: container('      resources: {limits: {cpu: true}}\n'), ids: ['value.quantity'] },
  {
    text: container('      resources: {limits: {cpu: 1x, memory: -1}}\n'),
    ids: ['format.quantity', 'format.quantity.hint', 'resource-requirements.negative'],
  },
  { text: container('      ports: [{containerPort: 99999999999}]\n'), ids: ['format.int32'] },
  {
    text: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: ".."}\n',
    ids: ['problem.not-dots', 'name-format.path-segment'],
  },
  {
    text: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: "a%b"}\n',
    ids: ['problem.no-slash-percent'],
  },
  {
    text: pod(
      '  containers: [{name: c, image: "nginx:1.27"}]\n',
      `name: p, labels: {"/a": x, "A_B/x": y, "a/": z, "${'x'.repeat(64)}": w}`,
    ),
    ids: [
      'problem.prefix-empty',
      'problem.prefix',
      'problem.name-empty',
      'problem.name-part-length',
    ],
  },
  {
    text: container(
      '      ports:\n        - {containerPort: 80, name: HTTP}\n        - {containerPort: 81, name: a--b}\n' +
        '        - {containerPort: 82, name: -ab}\n        - {containerPort: 83, name: "123"}\n',
    ),
    ids: [
      'problem.port-name-chars',
      'problem.port-name-hyphens',
      'problem.port-name-ends',
      'problem.port-name-letter',
    ],
  },
  {
    text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {"..a": x}\n',
    ids: ['problem.config-key-dotdot'],
  },
  { text: container('      env: [{name: "é", value: x}]\n'), ids: ['problem.env-printable'] },
  {
    text: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: A}\n',
    ids: ['name-format.rfc1123-label'],
  },
  {
    text:
      `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: ${'c'.repeat(53)}}\n` +
      'spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n' +
      '        spec:\n          restartPolicy: Never\n' +
      '          containers: [{name: c, image: "nginx:1.27"}]\n',
    ids: ['object-name.cronjob-length'],
  },
  {
    text: pod(
      '  containers: [{name: c, image: "nginx:1.27"}]\n',
      `name: p, annotations: {a: ${'x'.repeat(262145)}}`,
    ),
    ids: ['annotations.size'],
  },
  {
    text: deployment(
      '  template:\n    metadata: {labels: {app: a}}\n    spec:\n' +
        '      containers: [{name: c, image: "nginx:1.27"}]\n',
    ).replace(
      '{matchLabels: {app: a}}',
      '{matchLabels: {app: a}, matchExpressions: [{key: "a b", operator: In, values: ["a b"]}]}',
    ),
    ids: ['label-selector.key', 'label-selector.value'],
  },
  {
    text: deployment(
      '  template:\n    spec:\n      containers: [{name: c, image: "nginx:1.27"}]\n',
    ),
    ids: ['labels.none'],
  },
  {
    text: deployment(
      '  template:\n    metadata: {labels: {app: a}}\n    spec:\n' +
        '      containers: [{name: c, image: "nginx:1.27"}]\n',
    ).replace('{matchLabels: {app: a}}', '{}'),
    ids: ['selector-match.empty', 'selector-match.empty.hint'],
  },
  { text: pod('  containers: []\n'), ids: ['required.containers-empty'] },
  {
    text: pod('  containers: [{name: c}, {name: d, image: " nginx:1"}]\n'),
    ids: ['image.required', 'image.required.hint', 'image.whitespace'],
  },
  {
    text: deployment(
      '  template:\n    metadata: {labels: {app: a}}\n    spec:\n' +
        '      containers: [{name: c, image: "nginx:1.27"}]\n' +
        '      ephemeralContainers: [{name: e, image: "busybox:1"}]\n',
    ),
    ids: ['ephemeral-containers.template'],
  },
  {
    text: container(
      '      env:\n        - name: A\n          valueFrom:\n            fieldRef: {fieldPath: x}\n' +
        '            secretKeyRef: {name: s, key: k}\n',
    ),
    ids: ['env-source.many'],
  },
  {
    text:
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n' +
      '    - {name: a, port: 80}\n    - {name: a, port: 80}\n',
    ids: ['port-name.duplicate', 'service.duplicate-port'],
  },
  {
    text:
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n' +
      '  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 0}}\n',
    ids: ['service.affinity-timeout'],
  },
  {
    text: container(
      '      livenessProbe:\n        exec: {command: [x]}\n        periodSeconds: 0\n' +
        '        terminationGracePeriodSeconds: 0\n',
    ),
    ids: ['probe.zero-default', 'probe.grace-positive'],
  },
  {
    text:
      'apiVersion: v1\nkind: LimitRange\nmetadata: {name: l}\nspec:\n' +
      '  limits: [{type: "a b"}]\n',
    ids: ['limit-range.type'],
  },
  {
    text: deployment(
      '  strategy: {rollingUpdate: {maxSurge: -1}}\n  template:\n' +
        '    metadata: {labels: {app: a}}\n    spec:\n' +
        '      containers: [{name: c, image: "nginx:1.27"}]\n',
    ),
    ids: ['rolling-update.negative'],
  },
  {
    text:
      'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: kubernetes.io/basic-auth\n' +
      'stringData: {other: x}\n',
    ids: ['secret.required-key-any'],
  },
  {
    text: container('      volumeDevices: [{name: nope, devicePath: /dev/x}]\n'),
    ids: ['volume-mount.device'],
  },
];

/** Shell blocks checked as a page, with the message each mistake must get. */
const SHELL_CASES: { code: string; meta?: string; ids: MessageId[] }[] = [
  { code: 'kubectl get pod --watch=maybe', ids: ['flag-value.bool'] },
  { code: 'kubectl scale deploy x --replicas=abc', ids: ['flag-value.int'] },
  { code: 'kubectl wait pod x --for=delete --timeout=5x', ids: ['flag-value.duration'] },
  {
    code: 'kubectl expose deploy x --type=Nodeport --port=80',
    ids: ['flag-value.enum', 'flag-value.enum.hint'],
  },
  { code: 'kubectl get pod -n', ids: ['flag-value.missing'] },
  {
    code: 'kubectl rollout undo deployment x --ro-revision=1',
    ids: ['unknown-flag', 'unknown-flag.did-you-mean.hint'],
  },
  { code: 'kubectl get pod --zzzzzzzzzzzz', ids: ['unknown-flag', 'cli.see-help.hint'] },
  { code: 'kubectl get pod -Z', ids: ['unknown-flag.shorthand'] },
  {
    code: 'kubectl rollot undo deploy x',
    ids: ['unknown-command', 'unknown-command.did-you-mean.hint'],
  },
  { code: 'docker rm', ids: ['missing-argument.usage', 'missing-argument.usage.hint'] },
  { code: 'docker cp a b', ids: ['missing-argument.docker-cp', 'missing-argument.docker-cp.hint'] },
  {
    code: 'kubectl scale deploy x',
    ids: ['missing-argument.required-flag', 'missing-argument.required-flag.hint'],
  },
  { code: 'kubectl delete', ids: ['missing-argument.delete', 'missing-argument.delete.hint'] },
  {
    code: 'kubectl delete pod',
    ids: ['missing-argument.delete-name', 'missing-argument.delete-name.hint'],
  },
  {
    code: 'kubectl run --image=nginx',
    ids: ['missing-argument.run-name', 'missing-argument.run-name.hint'],
  },
  { code: 'kubectl exec', ids: ['missing-argument.exec-pod', 'missing-argument.exec-pod.hint'] },
  {
    code: 'kubectl exec mypod ls',
    ids: ['missing-argument.exec-dash', 'missing-argument.exec-dash.hint'],
  },
  {
    code: 'kubectl exec mypod',
    ids: ['missing-argument.exec-command', 'missing-argument.exec-command.hint'],
  },
  {
    code: 'kubectl create deployment --image=nginx',
    ids: [
      'missing-argument.create-deployment-name',
      'missing-argument.create-deployment-name.hint',
    ],
  },
  { code: 'kubectl expose', ids: ['missing-argument.expose', 'missing-argument.expose.hint'] },
  {
    code: 'kubectl label pod x',
    ids: ['missing-argument.label-update', 'missing-argument.update.hint'],
  },
  { code: 'kubectl annotate pod x', ids: ['missing-argument.annotation-update'] },
  {
    code: 'kubectl rollout undo',
    ids: ['missing-argument.rollout', 'missing-argument.rollout.hint'],
  },
  { code: 'echo "abc', ids: ['shell-syntax.unclosed-quote', 'shell-syntax.quote.hint'] },
  { code: 'echo $(ls', ids: ['shell-syntax.unmatched'] },
  { code: 'ls &&', ids: ['shell-syntax.followed-by', 'shell-syntax.statement'] },
  { code: 'echo $((1 + ))', ids: ['shell-syntax.expression'] },
  { code: 'case', ids: ['shell-syntax.word'] },
  { code: 'for', ids: ['shell-syntax.literal'] },
  { code: 'while true; do ls', ids: ['shell-syntax.statement-end', 'shell-syntax.loop.hint'] },
  { code: 'if true; ls; fi', ids: ['shell-syntax.misplaced', 'shell-syntax.if.hint'] },
  { code: 'x=1 (y)', ids: ['shell-syntax.not-a-word', 'shell-syntax.placeholder.hint'] },
  { code: 'echo ${', ids: ['shell-syntax.other'] },
  {
    code: 'kubectl get pod',
    meta: 'expect-fail',
    ids: ['expect-fail.clean', 'expect-fail.clean.hint'],
  },
];

/** Library sentences that are hard to provoke from a whole text, by the message they get. */
const YAML_ERRORS: [ErrorCode, string, MessageId][] = [
  ['BAD_INDENT', 'All mapping items must start at the same column', 'yaml.bad-indent.map'],
  ['BAD_INDENT', 'All sequence items must start at the same column', 'yaml.bad-indent.seq'],
  ['BAD_INDENT', 'Block scalars in collections must be indented', 'yaml.bad-indent'],
  ['MISSING_CHAR', 'Flow sequence must end with a ]', 'yaml.flow-unclosed'],
  ['MISSING_CHAR', 'Sequence item without - indicator', 'yaml.seq-without-dash'],
  ['MISSING_CHAR', 'Missing , between flow map items', 'yaml.flow-separator'],
  ['MISSING_CHAR', 'Missing directives-end indicator line', 'yaml.error'],
  ['DUPLICATE_KEY', 'Map keys must be unique', 'yaml.duplicate-key'],
  ['RESOURCE_EXHAUSTION', 'Excessive alias count', 'yaml.error'],
];

const JSON_ERRORS: [string, string, MessageId][] = [
  [
    '{"a": 1 // x\n}',
    "Expected ',' or '}' after property value in JSON at position 8",
    'json.comment',
  ],
  [
    '{"a": 1 "b": 2}',
    "Expected ',' or '}' after property value in JSON at position 8",
    'json.comma',
  ],
  ['{"a": 1', 'Unexpected end of JSON input', 'json.end'],
  ['{a: 1}', "Expected property name or '}' in JSON at position 1", 'json.property-name'],
];

const SHELL_ERRORS: [string, MessageId][] = [
  ['statements must be separated by &, ; or a newline', 'shell-syntax.separator'],
  ['"}" is not a valid start for a statement', 'shell-syntax.bad-start'],
];

/**
 * Odd input met before any YAML is read (src/lib/input), and the site-wide name check: the
 * findings of a folder with a missing path, a dangling link and a link loop, files that are too
 * large, binary or not UTF-8, an empty file, a too deep nesting, a capped list, and the fixture
 * site whose two blocks give the same file name.
 */
async function inputFindings(): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'messages-'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'sub', 'dangling.yaml'));
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  writeFileSync(join(dir, 'nul.yaml'), 'a: 1\0\n');
  writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'empty.yaml'), '---\n');
  const found = collectFiles(['missing.yaml', 'sub'], dir).problems;
  const reads = [
    ['nul.yaml', 32],
    ['latin1.yaml', 32],
    ['nul.yaml', 1e-6],
    ['sub', 32],
  ] as const;
  for (const [name, maxSizeMb] of reads) {
    const read = readInput(join(dir, name), name, maxSizeMb);
    if ('finding' in read) found.push(read.finding);
  }
  found.push(...(await validateFileText('empty.yaml', '---\n')).findings);
  const deep = `${'['.repeat(300)}${']'.repeat(300)}\n`;
  found.push(...(await validateText(deep, { file: 'deep.yaml' })).flatMap((r) => r.findings));
  found.push(...capFindings([...found], 1).slice(1));
  const root = join(ROOT, 'tests/fixtures/sites/broken-manifest');
  found.push(...(await buildSiteManifests(root)).errors);
  return found;
}

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
    });
}

/** Every message id in a finding: its own ids and the ids of nested messages in its data. */
function idsOf(value: unknown, into: Set<string>): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record.messageId === 'string') into.add(record.messageId);
  if (typeof record.hintId === 'string') into.add(record.hintId);
  for (const entry of Object.values(record)) idsOf(entry, into);
}

describe('every finding', () => {
  const findings: Finding[] = [];
  const caseIds = new Map<string, Set<string>>();
  const shellPage = (code: string, meta = '') => `# t\n\n\`\`\`sh ${meta}\n${code}\n\`\`\`\n`;

  beforeAll(async () => {
    const inputs = [
      ...files(join(ROOT, 'tests/fixtures/k8s-rules'), /\.ya?ml$/),
      ...files(join(ROOT, 'content'), /\.mdx$/),
      join(ROOT, 'tests/fixtures/notes.md'),
    ];
    for (const path of inputs) {
      const text = readFileSync(path, 'utf8');
      findings.push(...(await validateFileText(path, text)).findings);
      if (path.endsWith('.md') || path.endsWith('.mdx')) {
        findings.push(...checkShellText(path, text).flatMap((block) => block.findings));
      }
    }
    for (const [i, item] of YAML_CASES.entries()) {
      const results = await validateText(item.text, {
        file: `case-${i}.yaml`,
        ...(item.fragment ? { fragment: item.fragment } : {}),
        ...(item.expectErrors ? { expectErrors: true } : {}),
      });
      const found = results.flatMap((result) => result.findings);
      findings.push(...found);
      const reached = new Set<string>();
      found.forEach((finding) => idsOf(finding, reached));
      caseIds.set(`yaml ${i}`, reached);
    }
    findings.push(...(await inputFindings()));
    for (const [i, item] of SHELL_CASES.entries()) {
      const found = checkShellText('t.mdx', shellPage(item.code, item.meta)).flatMap(
        (block) => block.findings,
      );
      findings.push(...found);
      const reached = new Set<string>();
      found.forEach((finding) => idsOf(finding, reached));
      caseIds.set(`shell ${i}`, reached);
    }
  }, 120_000);

  it.each(YAML_CASES.map((item, i) => [i, item.ids.join(', '), item] as const))(
    'YAML case %i gets %s',
    (i, _ids, item) => {
      const reached = caseIds.get(`yaml ${i}`)!;
      for (const id of item.ids) expect([...reached], item.text.slice(0, 80)).toContain(id);
    },
  );

  it.each(SHELL_CASES.map((item) => [item.code, item.ids.join(', '), item] as const))(
    'shell `%s` gets %s',
    (_code, _ids, item) => {
      const reached = caseIds.get(`shell ${SHELL_CASES.indexOf(item)}`)!;
      for (const id of item.ids) expect([...reached]).toContain(id);
    },
  );

  it('maps yaml, JSON and shell parser sentences to their messages', () => {
    for (const [code, message, id] of YAML_ERRORS) {
      const error = { code, message, pos: [0, 1] } as unknown as YAMLError;
      expect(yamlMessage(error, 'a: 1\n').messageId, message).toBe(id);
    }
    for (const [body, message, id] of JSON_ERRORS) {
      expect(jsonSyntaxMessage(message, body).messageId, message).toBe(id);
    }
    for (const [message, id] of SHELL_ERRORS) {
      expect(shellSyntaxMessage(message).messageId, message).toBe(id);
    }
  });

  it('renders in every language without a leftover placeholder', () => {
    const broken: string[] = [];
    for (const finding of findings) {
      for (const lang of LANGS) {
        const { message, hint } = localise(finding, lang);
        const text = `${message} ${hint ?? ''}`;
        if (/\{\{\w+\}\}/.test(text)) broken.push(`${lang} ${finding.messageId}: ${text}`);
      }
      expect(localise(finding, 'en').message).toBe(finding.message);
    }
    expect(broken).toEqual([]);
  });

  it('reaches every message id of the catalogs', () => {
    const reached = new Set<string>();
    findings.forEach((finding) => idsOf(finding, reached));
    for (const [, , id] of YAML_ERRORS) reached.add(id);
    for (const [, , id] of JSON_ERRORS) reached.add(id);
    for (const [, id] of SHELL_ERRORS) reached.add(id);
    const missing = ids.filter((id) => !reached.has(id) && !NOT_REPORTED[id]);
    expect(missing).toEqual([]);
  });
});
