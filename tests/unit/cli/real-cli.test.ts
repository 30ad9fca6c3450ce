import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkShellText, reportedFindings } from '../../../src/lib/shell/check-blocks';

const KUBECTL = '/usr/bin/kubectl';

/** Runs kubectl against an address nobody listens on: parsing errors come before any request. */
function kubectl(args: string): { status: number | null; output: string } {
  const run = spawnSync(
    KUBECTL,
    [...args.split(' '), '--server=http://127.0.0.1:1', '--request-timeout=2s'],
    {
      encoding: 'utf8',
      env: { ...process.env, KUBECONFIG: '/dev/null' },
      timeout: 20_000,
    },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const errorsOf = (command: string) =>
  reportedFindings(checkShellText('t.mdx', `\`\`\`sh\n${command}\n\`\`\`\n`)).filter(
    (finding) => finding.severity === 'error',
  );

/** Lines kubectl rejects before contacting a server, and lines it accepts as far as that. */
describe.skipIf(!existsSync(KUBECTL))(
  'the kubectl table agrees with the real kubectl',
  { timeout: 30_000 },
  () => {
    it.each([
      'rollout undo deployment x --ro-revision=1',
      'scale deploy x --replicas=abc',
      'run --image=nginx',
      'label pod x',
      'rollot undo deployment x',
      'get pod --bogus',
    ])('both reject kubectl %s', (args) => {
      const real = kubectl(args);
      expect(real.status).not.toBe(0);
      expect(real.output).not.toMatch(/connection refused|dial tcp/);
      expect(errorsOf(`kubectl ${args}`).length).toBeGreaterThan(0);
    });

    it.each([
      'rollout undo deployment x --to-revision=1',
      'scale deploy x --replicas=3',
      'get pod -o wide --show-labels -l app=x',
      'label pod x rel=beta',
    ])('both accept kubectl %s (kubectl fails only at connecting)', (args) => {
      expect(kubectl(args).output).toMatch(/connection refused|dial tcp|127\.0\.0\.1:1/);
      expect(errorsOf(`kubectl ${args}`)).toEqual([]);
    });
  },
);
