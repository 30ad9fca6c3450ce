import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintServiceSelectors } from '../../../src/lib/k8s/lint/service-selectors';
import { formatJson, formatText } from '../../../src/lib/k8s/report';
import { KUBERNETES_VERSION, validateText, type Finding } from '../../../src/lib/k8s/validate';
import { localise } from '../../../src/lib/messages';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  processDeadlineSeconds: 600
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          resources: {limits: {cpu: 100m}}
`;

describe('validateText', () => {
  it('exposes the Kubernetes version of its schemas', () => {
    expect(KUBERNETES_VERSION).toBe('1.36');
  });

  it('points at the offending key in file coordinates', async () => {
    const [doc] = await validateText(deployment, { file: 'page.mdx', line: 20, column: 4 });
    expect(doc!.status).toBe('invalid');
    expect(doc!.findings).toEqual([
      {
        file: 'page.mdx',
        line: 25,
        column: 6,
        severity: 'error',
        rule: 'unknown-field',
        messageId: 'unknown-field.suggest',
        hintId: 'unknown-field.suggest.hint',
        data: {
          field: 'processDeadlineSeconds',
          type: 'DeploymentSpec (apps/v1)',
          suggestion: 'progressDeadlineSeconds',
        },
        message:
          'unknown field "processDeadlineSeconds" in DeploymentSpec (apps/v1) ' +
          '(did you mean "progressDeadlineSeconds"?)',
        hint: 'Rename "processDeadlineSeconds" to "progressDeadlineSeconds".',
        path: 'spec.processDeadlineSeconds',
      },
    ]);
    expect(localise(doc!.findings[0]!, 'ko')).toEqual({
      message:
        '`DeploymentSpec (apps/v1)`에 없는 필드입니다: `processDeadlineSeconds`. ' +
        '`progressDeadlineSeconds` 필드를 쓰려던 것인가요?',
      hint: '필드 이름을 바꾸세요: `processDeadlineSeconds` → `progressDeadlineSeconds`.',
    });
  });

  it('reports each document of a stream with its own position, identity and text', async () => {
    const clean = deployment.replace('  processDeadlineSeconds: 600\n', '');
    const text = `---\n${clean}---\n# empty\n---\nservices: {web: {}}\n`;
    const results = await validateText(text, { file: 'x.yaml' });
    expect(results.map((r) => [r.index, r.line, r.status, r.kind, r.name])).toEqual([
      [0, 2, 'valid', 'Deployment', 'web'],
      [1, 17, 'empty', undefined, undefined],
      [2, 20, 'not-object', undefined, undefined],
    ]);
    expect(results[0]!.source.startsWith('apiVersion: apps/v1\n')).toBe(true);
    expect(results[0]!.object).toMatchObject({ kind: 'Deployment' });
    expect(results[2]!.findings.map((f) => [f.severity, f.rule])).toEqual([
      ['warning', 'not-object'],
    ]);
  });

  it('never passes a kind without schema silently', async () => {
    const [doc] = await validateText(
      'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n',
      { file: 'cr.yaml' },
    );
    expect(doc!.status).toBe('no-schema');
    expect(doc!.findings.map((f) => [f.severity, f.rule])).toEqual([['warning', 'no-schema']]);
  });

  it('validates fragments as what they are part of', async () => {
    const cases: [string, string, string[]][] = [
      ['KubeletConfiguration', 'staticPodPath: /etc/kubernetes/manifests\n', []],
      ['kubeconfig.Context', '- context:\n    cluster: k\n    user: admin\n    namespace: t\n', []],
      ['Container', 'ports:\n- name: liveness-port\n  containerPort: 8080\n', []],
      ['DeploymentSpec', 'progressDeadlineSeconds: "600"\n', ['error type']],
      ['docker.daemon.json', '{ "exec-opts": ["native.cgroupdriver=systemd"] }\n', []],
      ['docker.daemon.json', "{ 'debug': true }\n", ['error json-syntax']],
    ];
    for (const [fragment, text, expected] of cases) {
      const results = await validateText(text, { file: 'f.md', fragment });
      expect(results.map((r) => r.status)).toEqual(['fragment']);
      expect(
        results[0]!.findings.map((f) => `${f.severity} ${f.rule}`),
        fragment,
      ).toEqual(expected);
    }
  });

  it('warns when an example marked as wrong has no error', async () => {
    const clean = deployment.replace('  processDeadlineSeconds: 600\n', '');
    const [doc] = await validateText(clean, { file: 'x.md', expectErrors: true });
    expect(doc!.findings.map((f) => f.rule)).toEqual(['expect-errors']);
    const [wrong] = await validateText(deployment, { file: 'x.md', expectErrors: true });
    expect(wrong!.findings.map((f) => f.rule)).toEqual(['unknown-field']);
  });
});

describe('lintServiceSelectors', () => {
  it('warns about a Service that selects no pod template of the page', async () => {
    const service = (app: string) =>
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\n' +
      `spec:\n  selector: {app: ${app}}\n  ports: [{port: 80}]\n`;
    const clean = deployment.replace('  processDeadlineSeconds: 600\n', '');
    const page = [
      ...(await validateText(clean, { file: 'p.md' })),
      ...(await validateText(service('web'), { file: 'p.md', line: 40 })),
      ...(await validateText(service('api'), { file: 'p.md', line: 50 })),
    ];
    expect(lintServiceSelectors(page, 'p.md').map((f) => [f.line, f.rule])).toEqual([
      [50, 'service-selector'],
    ]);
  });
});

describe('report', () => {
  const findings: Finding[] = [
    {
      file: 'a.yaml',
      line: 3,
      column: 5,
      severity: 'error',
      rule: 'type',
      path: 'spec.replicas',
      messageId: 'type.mismatch',
      hintId: 'type.mismatch.quote.hint',
      data: {
        expected: { messageId: 'value.string' },
        actual: { messageId: 'value.integer' },
        value: '3',
      },
      message: 'must be a string, not an integer',
      hint: 'Quote the value: "3".',
    },
  ];
  it('formats text with the hint on the next line, in English or Korean', () => {
    expect(formatText(findings)).toBe(
      'a.yaml:3:5: error: must be a string, not an integer [type]\n' +
        '    hint: Quote the value: "3".',
    );
    expect(formatText(findings, 'ko')).toBe(
      'a.yaml:3:5: error: 값의 타입이 맞지 않습니다: 문자열 값이어야 하는데 정수 값입니다. [type]\n' +
        '    도움말: 문자열로 쓰려면 따옴표로 감싸세요: `"3"`.',
    );
  });
  it('formats JSON with the message and hint in every language', () => {
    expect(JSON.parse(formatJson(findings, 'ko'))).toEqual([
      {
        file: 'a.yaml',
        line: 3,
        column: 5,
        severity: 'error',
        rule: 'type',
        path: 'spec.replicas',
        messageId: 'type.mismatch',
        hintId: 'type.mismatch.quote.hint',
        data: findings[0]!.data,
        message: '값의 타입이 맞지 않습니다: 문자열 값이어야 하는데 정수 값입니다.',
        hint: '문자열로 쓰려면 따옴표로 감싸세요: `"3"`.',
        messages: {
          en: { message: 'must be a string, not an integer', hint: 'Quote the value: "3".' },
          ko: {
            message: '값의 타입이 맞지 않습니다: 문자열 값이어야 하는데 정수 값입니다.',
            hint: '문자열로 쓰려면 따옴표로 감싸세요: `"3"`.',
          },
        },
      },
    ]);
  });
});

describe('validate CLI', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'validate-'));
  writeFileSync(join(dir, 'bad.yaml'), deployment);
  writeFileSync(
    join(dir, 'page.md'),
    `# x\n\n\`\`\`yaml\n${deployment.replace('  processDeadlineSeconds: 600\n', '')}\`\`\`\n`,
  );

  it('exits 2 on bad usage, 1 on errors, 0 without', () => {
    const usage = run('--frobnicate', dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage:');
    expect(run().status).toBe(2);
    const bad = run('--format', 'json', join(dir, 'bad.yaml'));
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)[0]).toMatchObject({ line: 6, column: 3, rule: 'unknown-field' });
    const ok = run(join(dir, 'page.md'));
    expect(ok.status).toBe(0);
  }, 180_000);
});
