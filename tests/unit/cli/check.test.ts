import { describe, expect, it } from 'vitest';
import { checkShellText, reportedFindings } from '../../../src/lib/shell/check-blocks';
import { CLI_TABLES } from '../../../src/lib/cli/tables';

/** Findings of a one-block page, as `line:col rule message | hint`. */
function check(code: string, meta = ''): string[] {
  const page = `# t\n\n\`\`\`sh ${meta}\n${code}\n\`\`\`\n`;
  return reportedFindings(checkShellText('t.mdx', page)).map(
    (f) =>
      `${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}${f.hint ? ` | ${f.hint}` : ''}`,
  );
}

describe('shell command check', { timeout: 30_000 }, () => {
  it.each([
    'kubectl rollout undo deployment http-go --to-revision=1',
    "kubectl get pod --show-labels -l 'env!=test,rel=beta'",
    'kubectl create deploy --image alpine:3.4 alpine-deploy --dry-run=client -o yaml > a.yaml',
    'kubectl exec http-go-{code} -- curl {ip}:{port}',
    'kubectl delete pod {pod 이름}',
    'kubectl delete all --all',
    'kubectl run busybox -it --rm --image=busybox -- sh',
    'kubectl expose deploy nx --type=NodePort --port=80 --target-port=80',
    'kubectl scale deployment {이름} --replicas=3',
    'kubectl annotate pod {pod 이름} {key}={value}',
    'docker start {이미지 ID & 이미지 name}',
    'docker run -v {호스트 경로}:{컨테이너 내 경로}:{권한} {이미지 name}',
    'docker exec -it some-mysql mysql -u root -p',
    'docker stop `docker ps -a -q`',
    'docker cp {path} {to container}:{path}',
    'while true; do curl <ip>; sleep 1; done',
    'echo $(kubectl get pod -o name) | sudo tee x',
    'sudo ETCDCTL_API=3 ./etcdctl --endpoints 127.0.0.1:2379 get / --prefix --keys-only',
    'kubeadm init --token 123456.1234567890123456 --token-ttl 0 --pod-network-cidr=172.16.0.0/16',
    'kubeadm join 192.168.1.10:6443 --token abc --discovery-token-ca-cert-hash sha256:00',
    '[root@m-k8s ~]# kubectl get pod\nNAME   READY\nhttp-go 1/1',
  ])('accepts %s', (code) => {
    expect(check(code)).toEqual([]);
  });

  it('reports an unknown flag with a suggestion, at its position', () => {
    expect(check('kubectl rollout undo deployment x --ro-revision=1')).toEqual([
      '4:35 error unknown-flag unknown flag --ro-revision for kubectl rollout undo | did you mean --to-revision?',
    ]);
  });

  it('reports an unknown subcommand', () => {
    expect(check('kubectl rollot undo deploy x')[0]).toContain(
      'unknown-command unknown command "kubectl rollot" | did you mean `kubectl rollout`?',
    );
    expect(check('docker contianer ls')[0]).toContain('did you mean `docker container`?');
  });

  it('reports missing arguments', () => {
    expect(check('kubectl delete pod')[0]).toContain(
      'missing-argument kubectl delete pod needs a name, --all or -l',
    );
    expect(check('kubectl run --image=nginx')[0]).toContain('NAME is required for run');
    expect(check('kubectl exec mypod ls')[0]).toContain('the command must follow --');
    expect(check('docker rm')[0]).toContain('docker rm needs CONTAINER');
    expect(check('kubectl label pod x')[0]).toContain('at least one label update is required');
  });

  it('reports flag values of the wrong form', () => {
    expect(check('kubectl scale deploy x --replicas=abc')[0]).toContain(
      '--replicas takes a whole number, not "abc"',
    );
    expect(check('kubectl expose deploy x --type=Nodeport --port=80')[0]).toContain(
      'must be one of "ClusterIP", "NodePort", "LoadBalancer", "ExternalName", not "Nodeport" | ' +
        'did you mean --type=NodePort?',
    );
    expect(check('kubectl get pod -o yml')[0]).toContain('flag-value');
  });

  it('reports shell syntax errors with a hint', () => {
    expect(check('# 주석\nwhile true; curl x; done')).toEqual([
      '5:21 error shell-syntax shell syntax: "done" can only be used to end a loop | a loop is written `while COND; do COMMANDS; done`',
    ]);
  });

  it('finds commands after sudo, env assignments, in pipelines, $() and loops', () => {
    expect(check('sudo ETCDCTL_API=3 ./etcdctl gett x')[0]).toContain(
      'unknown command "etcdctl gett"',
    );
    expect(check('echo $(kubectl get pod --bogus)')[0]).toContain('unknown flag --bogus');
    expect(check('docker ps | grep x | kubectl get po --bogus')[0]).toContain('--bogus');
    expect(check('while true; do kubectl get po --bogus; done')[0]).toContain('--bogus');
    expect(check('docker stop `docker ps --bogus`')[0]).toContain('--bogus');
  });

  it('warns about deprecated flags without failing', () => {
    expect(check('kubectl create -f x.yaml --record=true')[0]).toMatch(/warning deprecated-flag/);
  });

  it('keeps errors of an expect-fail block out of the report, and wants one', () => {
    expect(check('kubectl delete pod', 'expect-fail')).toEqual([]);
    expect(check('kubectl get pod', 'expect-fail')[0]).toContain('warning expect-fail');
    // A server-side failure: the command is well-formed, so nothing to find.
    expect(check('kubectl label pod http-go-v2 rel=beta', 'expect-fail=runtime')).toEqual([]);
    expect(check('kubectl delete pod', 'expect-fail=runtime')[0]).toContain('error');
  });

  it('records the source and version of every table', () => {
    for (const table of Object.values(CLI_TABLES)) {
      expect(table.version).toMatch(/^v?\d+\.\d+/);
      expect(table.source.length).toBeGreaterThan(20);
    }
  });
});
