import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../../src/lib/manifests/bundle';
import {
  isYamlFileName,
  manifestBaseName,
  safeStem,
  uniqueNames,
} from '../../../src/lib/manifests/naming';

describe('manifestBaseName', () => {
  it('prefers the file name the page gives, without its folder', () => {
    expect(manifestBaseName({ fileName: '/root/go-http-pod.yaml', kind: 'Pod', name: 'x' })).toBe(
      'go-http-pod.yaml',
    );
    expect(manifestBaseName({ fileName: 'test_ns.yaml' })).toBe('test_ns.yaml');
    expect(manifestBaseName({ fileName: 'app.YML' })).toBe('app.yaml');
  });

  it('falls back to kind and metadata.name', () => {
    expect(manifestBaseName({ kind: 'Pod', name: 'liveness-exec' })).toBe('pod-liveness-exec.yaml');
    expect(manifestBaseName({ kind: 'ReplicationController', name: 'nginx' })).toBe(
      'replicationcontroller-nginx.yaml',
    );
    expect(manifestBaseName({})).toBe('manifest.yaml');
  });

  it('never lets a name escape its folder', () => {
    expect(manifestBaseName({ fileName: '../../etc/passwd.yaml' })).toBe('passwd.yaml');
    expect(manifestBaseName({ kind: 'Pod', name: '../../x' })).toBe('pod-x.yaml');
    for (const hostile of ['../a.yaml', 'a/../../b.yaml', '..\\..\\c.yaml', '.hidden.yaml']) {
      const name = manifestBaseName({ fileName: hostile });
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.yaml$/);
      expect(name).not.toContain('/');
    }
    expect(safeStem('쿠버 네티스/..')).toBe('');
  });
});

describe('isYamlFileName', () => {
  it('accepts file names and rejects descriptions', () => {
    expect(isYamlFileName('nginx-rc.yaml')).toBe(true);
    expect(isYamlFileName('/etc/kubernetes/manifests/static-web.yaml')).toBe(true);
    expect(isYamlFileName('디플로이먼트 spec의 일부')).toBe(false);
    expect(isYamlFileName('/var/lib/kubelet/config.yaml의 일부')).toBe(false);
  });
});

describe('uniqueNames', () => {
  it('keeps the first name and numbers the rest, case-insensitively', () => {
    expect(uniqueNames(['pod-a.yaml', 'pod-a.yaml', 'Pod-A.yaml', 'pod-a-2.yaml'])).toEqual([
      'pod-a.yaml',
      'pod-a-2.yaml',
      'Pod-A-3.yaml',
      'pod-a-2-2.yaml',
    ]);
  });
});

describe('zipFiles', () => {
  it('round-trips and is byte-identical across calls', () => {
    const files = [
      { path: 'b/two.yaml', text: 'kind: B\n' },
      { path: 'a/one.yaml', text: 'kind: A\n' },
    ];
    const first = zipFiles(files);
    expect(zipFiles([...files].reverse())).toEqual(first);
    const unzipped = unzipSync(first);
    expect(Object.keys(unzipped)).toEqual(['a/one.yaml', 'b/two.yaml']);
    expect(strFromU8(unzipped['a/one.yaml']!)).toBe('kind: A\n');
  });

  it('refuses paths that leave the archive', () => {
    expect(() => zipFiles([{ path: '../x.yaml', text: '' }])).toThrow(/relative/);
  });
});
