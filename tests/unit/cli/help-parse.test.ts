import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  enumFromDescription,
  parseDockerHelp,
  parseKubectlHelp,
} from '../../../src/lib/cli/help-parse';

const fixture = (name: string) => readFileSync(`tests/fixtures/cli-help/${name}.txt`, 'utf8');

describe('kubectl --help parsing', () => {
  it('reads subcommands of a command group', () => {
    expect(parseKubectlHelp(fixture('kubectl-rollout')).subcommands).toEqual([
      'history',
      'pause',
      'restart',
      'resume',
      'status',
      'undo',
    ]);
  });

  it('reads flags with their types from the defaults', () => {
    const page = parseKubectlHelp(fixture('kubectl-rollout-undo'));
    expect(page.flags['to-revision']).toEqual({ type: 'int' });
    expect(page.flags['filename']).toEqual({ type: 'list', short: 'f' });
    expect(page.flags['recursive']).toEqual({ type: 'bool', short: 'R' });
    expect(page.subcommands).toEqual([]);
    expect(page.usage).toMatch(/^kubectl rollout undo /);
  });

  it('reads enums from the description and aliases', () => {
    const expose = parseKubectlHelp(fixture('kubectl-expose'));
    expect(expose.flags['type']?.enum).toEqual([
      'ClusterIP',
      'NodePort',
      'LoadBalancer',
      'ExternalName',
    ]);
    expect(expose.flags['dry-run']?.enum).toEqual(['none', 'server', 'client']);
    expect(parseKubectlHelp(fixture('kubectl-create-deployment')).aliases).toContain('deploy');
  });

  it('finds value lists in prose', () => {
    expect(enumFromDescription('Output format. One of: (json, yaml, name).')).toEqual([
      'json',
      'yaml',
      'name',
    ]);
    expect(enumFromDescription('Must be "none", "server", or "client". If')).toEqual([
      'none',
      'server',
      'client',
    ]);
    expect(enumFromDescription('Name of the manager.')).toBeUndefined();
  });
});

describe('docker --help parsing', () => {
  it('reads every command section of the top-level help and the global options', () => {
    const page = parseDockerHelp(fixture('docker'));
    expect(page.subcommands).toEqual(
      expect.arrayContaining(['run', 'container', 'swarm', 'cp', 'rmi']),
    );
    expect(page.flags['log-level']).toEqual({ type: 'string', short: 'l' });
    expect(page.flags['debug']).toEqual({ type: 'bool', short: 'D' });
  });

  it('reads flags, types and usage of a command', () => {
    const page = parseDockerHelp(fixture('docker-ps'), ['ps']);
    expect(page.flags['all']).toEqual({ type: 'bool', short: 'a' });
    expect(page.flags['last']).toEqual({ type: 'int', short: 'n' });
    expect(page.flags['filter']).toEqual({ type: 'string', short: 'f' });
    expect(page.usage).toBe('docker ps [OPTIONS]');
  });
});
