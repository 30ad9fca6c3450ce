import { describe, expect, it } from 'vitest';
import { extractShellBlocks } from '../../../src/lib/shell/blocks';
import { blockCommands, groupSheet, sheetEntries, toolOf } from '../../../src/lib/shell/sheet';

const PAGE = `---
title: t
---
## 조회

- 포드 목록 보기

  \`\`\`sh
  kubectl get pod
  \`\`\`

## 배포

\`\`\`sh
# 이미지 올리기
docker push {name}
sudo kubeadm init --token-ttl 0 \\
  --pod-network-cidr=10.0.0.0/16
cat <<EOF > a.yaml
kind: Pod
EOF
\`\`\`

\`\`\`sh
[root@m-k8s ~]# kubectl rollout undo deploy x
deployment.apps/x rolled back
\`\`\`
`;

describe('command sheet', () => {
  const blocks = extractShellBlocks(PAGE, 'content/workloads/t.mdx');

  it('splits blocks into commands with continuations, heredocs and comments', () => {
    expect(blockCommands(blocks[1]!.code)).toEqual([
      { command: 'docker push {name}', comment: '이미지 올리기' },
      { command: 'sudo kubeadm init --token-ttl 0 \\\n  --pod-network-cidr=10.0.0.0/16' },
      { command: 'cat <<EOF > a.yaml\nkind: Pod\nEOF' },
    ]);
    // Prompts and output are not part of the command.
    expect(blockCommands(blocks[2]!.code)).toEqual([{ command: 'kubectl rollout undo deploy x' }]);
  });

  it('finds the tool behind sudo and the subcommand', () => {
    expect(toolOf('sudo ETCDCTL_API=3 ./etcdctl get x')).toEqual({ tool: '기타', sub: 'get' });
    expect(toolOf('sudo kubeadm init')).toEqual({ tool: 'kubeadm', sub: 'init' });
  });

  it('describes each command and groups by tool and task', () => {
    const entries = sheetEntries([
      {
        slug: 'workloads/t',
        title: 'T',
        blocks: blocks.map((block, i) => ({ block, anchor: `cmd-workloads-t-${i + 1}` })),
      },
    ]);
    expect(entries.map((e) => [e.command.split('\n')[0], e.description, e.tool, e.task])).toEqual([
      ['kubectl get pod', '포드 목록 보기', 'kubectl', '조회'],
      ['docker push {name}', '이미지 올리기', 'docker', '레지스트리'],
      // A heading or a line above a block of several commands is not each command's description.
      ['sudo kubeadm init --token-ttl 0 \\', undefined, 'kubeadm', '클러스터 구성'],
      ['cat <<EOF > a.yaml', undefined, '기타', '기타'],
      ['kubectl rollout undo deploy x', undefined, 'kubectl', '롤아웃'],
    ]);
    expect(entries.map((e) => e.section)).toEqual(['조회', '배포', '배포', '배포', '배포']);
    expect(groupSheet(entries).map((group) => group.tool)).toEqual([
      'docker',
      'kubectl',
      'kubeadm',
      '기타',
    ]);
    expect(groupSheet(entries)[1]!.tasks.map((task) => task.task)).toEqual(['조회', '롤아웃']);
  });

  it('lists a command that appears again once, with the description one of them has', () => {
    const again = extractShellBlocks(
      '## A\n\n```sh\nkubectl rollout history deploy x\n```\n\n## B\n\n이력 보기\n\n' +
        '```sh\nkubectl  rollout history deploy x\n```\n',
      'content/workloads/u.mdx',
    );
    const entries = sheetEntries([
      {
        slug: 'workloads/u',
        title: 'U',
        blocks: again.map((block, i) => ({ block, anchor: `cmd-${i}` })),
      },
    ]);
    expect(entries.map((e) => [e.command, e.description, e.anchor])).toEqual([
      ['kubectl  rollout history deploy x', '이력 보기', 'cmd-1'],
    ]);
  });
});
