import { describe, expect, it } from 'vitest';
import { extractYamlBlocks, metaTitle } from '../../../src/lib/manifests/extract';
import { blockOptions } from '../../../src/lib/manifests/block-options';
import { validateFileText } from '../../../src/lib/manifests/validate-file';

const page = [
  '# Title', //  1
  '', //  2
  '```yaml title="pod.yaml"', //  3
  'apiVersion: v1', //  4
  'kind: Pod', //  5
  '```', //  6
  '', //  7
  '```sh', //  8
  'kubectl get pods', //  9
  'cat << EOF > /root/go-http-pod.yaml', // 10
  'apiVersion: v1', // 11
  'kind: Pod', // 12
  'EOF', // 13
  "cat <<-'END' >notes.txt", // 14
  'not yaml', // 15
  'END', // 16
  '```', // 17
  '', // 18
  '1. A step', // 19
  '', // 20
  '   ```', // 21
  '   apiVersion: apps/v1', // 22
  '   kind: Deployment', // 23
  '   ```', // 24
  '', // 25
  '```', // 26
  'just text', // 27
  '```', // 28
  '', // 29
  '```console', // 30
  '$ cat <<EOF | kubectl apply -f -', // 31
  '> kind: ConfigMap', // 32
  '> EOF', // 33
  '```', // 34
  '', // 35
  '```json title="/etc/docker/daemon.json"', // 36
  '{ "debug": true }', // 37
  '```', // 38
  '', // 39
  '```go', // 40
  'func main() {}', // 41
  '```', // 42
].join('\n');

describe('extractYamlBlocks', () => {
  const blocks = extractYamlBlocks(page, 'content/x.mdx');

  it('finds fences, heredocs, manifest-looking unlabeled fences and daemon.json', () => {
    expect(blocks.map((b) => [b.index, b.origin, b.lang, b.line, b.column, b.fileName])).toEqual([
      [0, 'fence', 'yaml', 4, 1, 'pod.yaml'],
      [1, 'heredoc', 'sh', 11, 1, 'go-http-pod.yaml'],
      [2, 'fence', '', 22, 4, undefined],
      [4, 'heredoc', 'console', 32, 3, undefined],
      [5, 'fence', 'json', 37, 1, 'daemon.json'],
    ]);
  });

  it('keeps the YAML text and the fence meta', () => {
    expect(blocks[0]!.source).toBe('apiVersion: v1\nkind: Pod\n');
    expect(blocks[0]!.meta).toBe('title="pod.yaml"');
    expect(blocks[1]!.source).toBe('apiVersion: v1\nkind: Pod\n');
    expect(blocks[2]!.source).toBe('apiVersion: apps/v1\nkind: Deployment\n');
    expect(blocks[3]!.source).toBe('kind: ConfigMap\n');
    expect(blocks.every((b) => b.file === 'content/x.mdx')).toBe(true);
  });

  it('reads titles and block options from the meta', () => {
    expect(metaTitle('title="a b.yaml" download')).toBe('a b.yaml');
    expect(metaTitle("title='x.yaml'")).toBe('x.yaml');
    expect(blockOptions({ meta: 'title="x" fragment=Container expect-errors' })).toEqual({
      fragment: 'Container',
      expectErrors: true,
    });
    expect(blockOptions({ meta: 'fragment="kubeconfig.Context"' }).fragment).toBe(
      'kubeconfig.Context',
    );
    expect(blockOptions({ meta: '', fileName: 'daemon.json' }).fragment).toBe('docker.daemon.json');
    expect(blockOptions({ meta: 'no-validate' }).skip).toBe(true);
  });
});

describe('extractYamlBlocks never drops a manifest', () => {
  const broken = [
    '~~~', //  1
    'apiVersion: v1', //  2
    'kind: Service', //  3
    'spec:', //  4
    '  ports:', //  5
    '    - port: 80', //  6
    '    selector:', //  7
    '      app: web', //  8
    '~~~', //  9
    '', // 10
    '```text', // 11
    'kind: Pod', // 12
    'metadata: [', // 13
    '```', // 14
    '', // 15
    '~~~', // 16
    'cat << EOF > /root/pod.yaml', // 17
    'apiVersion: v1', // 18
    'kind: Pod', // 19
    'EOF', // 20
    '~~~', // 21
    '', // 22
    '```', // 23
    'This fence only talks about it: the kind: field names the type.', // 24
    '  kind: indented is no top-level key', // 25
    'kindness: 1', // 26
    '```', // 27
    '', // 28
    '```sh', // 29
    'echo "', // 30
    'kind: Pod', // 31
    '"', // 32
    '```', // 33
  ].join('\n');
  const blocks = extractYamlBlocks(broken, 'notes.md');

  it('takes fences of any language with a top-level apiVersion or kind, even broken ones', () => {
    expect(blocks.map((b) => [b.index, b.origin, b.lang, b.line])).toEqual([
      [0, 'fence', '', 2],
      [1, 'fence', 'text', 12],
      [2, 'heredoc', '', 18],
    ]);
    expect(blocks[2]!.fileName).toBe('pod.yaml');
  });

  it('so the broken Service gets its YAML error at its file position', async () => {
    const { findings } = await validateFileText('notes.md', broken);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.line, f.column, f.messageId])).toContainEqual([
      7,
      5,
      'yaml.bad-indent.map',
    ]);
    // The unclosed `[` of line 13 is reported where the fence's YAML ends.
    expect(errors.map((f) => [f.line, f.messageId])).toContainEqual([14, 'yaml.flow-unclosed']);
  });
});
