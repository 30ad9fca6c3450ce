import { describe, expect, it } from 'vitest';
import {
  fillCopyCode,
  fillText,
  findPlaceholders,
  isShared,
  placeholderKey,
  placeholderLabel,
} from '../../../src/lib/shell/fill';

const texts = (line: string): string[] => findPlaceholders(line).map((match) => match.text);

describe('findPlaceholders', () => {
  it.each([
    ['kubectl describe pod {pod 이름}', ['{pod 이름}']],
    ['docker rm {컨테이너 ID 또는 이름}', ['{컨테이너 ID 또는 이름}']],
    ['kubectl annotate pod {pod 이름} {key}={value}', ['{pod 이름}', '{key}', '{value}']],
    ['docker push {DockerHubId/name}:{version}', ['{DockerHubId/name}', '{version}']],
    ['kubectl exec http-go-{code} -- curl {ip}:{port}', ['{code}', '{ip}', '{port}']],
    ['while true; do curl <ip>; sleep 1; done', ['<ip>']],
    ['kubectl create deploy {서브이름} --image={이름}', ['{서브이름}', '{이름}']],
    [
      'docker run -v {호스트 경로}:{컨테이너 내 경로}:{권한} x',
      ['{호스트 경로}', '{컨테이너 내 경로}', '{권한}'],
    ],
  ])('finds the placeholders of %s', (line, expected) => {
    expect(texts(line)).toEqual(expected);
  });

  it.each([
    ['echo ${HOME} ${name}', 'a parameter expansion'],
    ['touch file{a,b}.txt', 'a brace expansion with commas'],
    ['echo {1..3}', 'a sequence expansion'],
    ["awk '{print $1}'", 'an awk program'],
    ["kubectl patch svc x -p '{\"spec\":{\"type\":\"NodePort\"}}'", 'JSON'],
    ["kubectl get pods -o go-template='{{.metadata.name}}'", 'a Go template'],
    ['cat <<EOF > pod.yaml', 'a heredoc and a redirection'],
    ['sort < input.txt 2>&1', 'redirections'],
    ['echo {app: web}', 'a YAML flow map'],
    ['find . -exec rm {} \\;', 'find’s empty braces'],
    ['echo { a }', 'a brace group with spaces'],
  ])('leaves %s alone (%s)', (line) => {
    expect(texts(line)).toEqual([]);
  });

  it('reports positions in the original text', () => {
    expect(findPlaceholders('curl {ip}:{port}')).toEqual([
      { start: 5, end: 9, text: '{ip}' },
      { start: 10, end: 16, text: '{port}' },
    ]);
  });
});

describe('filling', () => {
  it('replaces every occurrence of a placeholder that has a value', () => {
    const values = { name: 'web', ip: '10.0.0.1' };
    expect(fillText('docker tag {name} {ip}:{port}/{name}', values)).toBe(
      'docker tag web 10.0.0.1:{port}/web',
    );
  });

  it('keeps the placeholder as shown when its value is empty or missing', () => {
    expect(fillText('kubectl delete pod {pod 이름}', { 'pod 이름': '' })).toBe(
      'kubectl delete pod {pod 이름}',
    );
    expect(fillText('curl <ip>', {})).toBe('curl <ip>');
  });

  it('does not touch shell syntax that looks like a placeholder', () => {
    expect(fillText('echo ${name} {name}', { name: 'x' })).toBe('echo ${name} x');
  });

  it('fills copy-button text line by line, keeping the \\u007f separator', () => {
    const code = 'kubectl get pods\u007fkubectl describe pod {pod 이름}';
    expect(fillCopyCode(code, { 'pod 이름': 'web-1' })).toBe(
      'kubectl get pods\u007fkubectl describe pod web-1',
    );
  });

  it('labels and scopes placeholders', () => {
    expect(placeholderLabel('{pod 이름}')).toBe('pod 이름');
    expect(placeholderLabel('<ip>')).toBe('ip');
    expect(isShared('{pod 이름}')).toBe(true);
    expect(isShared('{name}')).toBe(false);
  });

  it('fills <ip> and {ip} from one value: the notes write the same value both ways', () => {
    expect(placeholderKey('<ip>')).toBe(placeholderKey('{ip}'));
    expect(fillText('curl <ip>:{port} && ping {ip}', { ip: '10.0.0.9', port: '80' })).toBe(
      'curl 10.0.0.9:80 && ping 10.0.0.9',
    );
    expect(isShared('<ip>')).toBe(true);
  });
});
