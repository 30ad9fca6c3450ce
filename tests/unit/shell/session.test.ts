import { describe, expect, it } from 'vitest';
import { parseShellSession } from '../../../src/lib/shell/session';

describe('parseShellSession', () => {
  it('treats a block without prompts as commands only', () => {
    const session = parseShellSession('docker ps\ndocker images');
    expect(session.hasPrompts).toBe(false);
    expect(session.lines.map((l) => l.kind)).toEqual(['command', 'command']);
    expect(session.copyText).toBe('docker ps\ndocker images');
  });

  it('strips a bracketed root prompt and drops the output lines', () => {
    const session = parseShellSession(
      '[root@m-k8s ~]#  ls /etc/kubernetes/manifests/\netcd.yaml  kube-apiserver.yaml',
    );
    expect(session.hasPrompts).toBe(true);
    expect(session.lines[0]).toEqual({
      kind: 'command',
      prompt: '[root@m-k8s ~]#  ',
      text: 'ls /etc/kubernetes/manifests/',
    });
    expect(session.lines[1]?.kind).toBe('output');
    expect(session.copyText).toBe('ls /etc/kubernetes/manifests/');
  });

  it('keeps backslash continuations of a prompted command', () => {
    const session = parseShellSession('$ kubeadm init \\\n  --token-ttl 0\nok\n$ kubectl get nodes');
    expect(session.lines.map((l) => l.kind)).toEqual([
      'command',
      'continuation',
      'output',
      'command',
    ]);
    expect(session.copyText).toBe('kubeadm init \\\n  --token-ttl 0\nkubectl get nodes');
  });

  it('recognises user@host:dir$ prompts', () => {
    const session = parseShellSession('vagrant@ubuntu:~$ sudo -i\nroot@ubuntu:~# whoami\nroot');
    expect(session.copyText).toBe('sudo -i\nwhoami');
  });

  it('does not take a comment or a variable for a prompt', () => {
    const session = parseShellSession('# list pods\n$HOME/bin/tool --help');
    expect(session.hasPrompts).toBe(false);
    expect(session.copyText).toBe('# list pods\n$HOME/bin/tool --help');
  });
});
