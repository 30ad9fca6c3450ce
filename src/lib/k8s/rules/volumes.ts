/**
 * Volumes and mounts (core validation ValidateVolumes, ValidateVolumeMounts): volume names are
 * unique DNS-1123 labels, a volume has at most one source, every volumeMount and volumeDevice
 * names a volume of the pod (or, in a StatefulSet, a volumeClaimTemplate), mount paths are unique
 * per container, and subPath is relative without "..".
 */
import { checkDns1123Label } from '../formats';
import { asObject, getPath, listAt, type Rule } from './rule';

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** The volume rules (volume-name, volume-mount). */
export const volumes: Rule = {
  id: 'volume-name',
  types: ['v1.PodSpec'],
  check(context) {
    const { value, path, root, fragment } = context;
    const declared = new Set<string>();
    listAt(value, 'volumes').forEach((raw, i) => {
      const volume = asObject(raw);
      if (!volume) return;
      const name = volume.name;
      if (typeof name === 'string') {
        const problem = checkDns1123Label(name);
        if (problem) {
          context.report({
            at: ['volumes', i, 'name'],
            target: 'value',
            messageId: 'volume-name.invalid',
            data: { name, problem },
          });
        } else if (declared.has(name)) {
          context.report({
            at: ['volumes', i, 'name'],
            target: 'value',
            messageId: 'volume-name.duplicate',
            data: { name },
          });
        }
        declared.add(name);
      }
      const sources = Object.keys(volume).filter(
        (key) => key !== 'name' && volume[key] !== null && volume[key] !== undefined,
      );
      if (sources.length > 1) {
        context.report({
          rule: 'volume-source',
          at: ['volumes', i, sources[1]!],
          target: 'key',
          messageId: 'volume-source.many',
          data: { sources },
        });
      }
    });
    // A StatefulSet's pods also mount the claims of its volumeClaimTemplates.
    const inTemplate = path[path.length - 1] === 'spec' && path[path.length - 2] === 'template';
    if (inTemplate) {
      const owner = getPath(root, path.slice(0, -2));
      for (const claim of listAt(asObject(owner), 'volumeClaimTemplates')) {
        const name = asObject(asObject(claim)?.metadata)?.name;
        if (typeof name === 'string') declared.add(name);
      }
    }
    if (fragment && listAt(value, 'volumes').length === 0) return;
    for (const list of CONTAINER_LISTS) {
      listAt(value, list).forEach((rawContainer, c) => {
        const container = asObject(rawContainer);
        if (!container) return;
        const mountPaths = new Set<string>();
        listAt(container, 'volumeMounts').forEach((rawMount, m) => {
          const mount = asObject(rawMount);
          if (!mount) return;
          const at = [list, c, 'volumeMounts', m];
          if (typeof mount.name === 'string' && !declared.has(mount.name)) {
            context.report({
              rule: 'volume-mount',
              at: [...at, 'name'],
              target: 'value',
              messageId: 'volume-mount.unknown',
              hintId: 'volume-mount.unknown.hint',
              data: { name: mount.name },
            });
          }
          if (typeof mount.mountPath === 'string') {
            if (mountPaths.has(mount.mountPath)) {
              context.report({
                rule: 'volume-mount',
                at: [...at, 'mountPath'],
                target: 'value',
                messageId: 'volume-mount.mount-path',
                data: { path: mount.mountPath },
              });
            }
            mountPaths.add(mount.mountPath);
          }
          const subPath = mount.subPath;
          if (typeof subPath === 'string' && subPath !== '') {
            if (subPath.startsWith('/') || subPath.split('/').includes('..')) {
              context.report({
                rule: 'volume-mount',
                at: [...at, 'subPath'],
                target: 'value',
                messageId: 'volume-mount.sub-path',
              });
            }
          }
        });
        listAt(container, 'volumeDevices').forEach((rawDevice, d) => {
          const device = asObject(rawDevice);
          if (typeof device?.name === 'string' && !declared.has(device.name)) {
            context.report({
              rule: 'volume-mount',
              at: [list, c, 'volumeDevices', d, 'name'],
              target: 'value',
              messageId: 'volume-mount.device',
              data: { name: device.name },
            });
          }
        });
      });
    }
  },
};
