/**
 * Containers of a pod spec (core validation validateContainers/validateInitContainers): at least
 * one container, names unique across containers, init and ephemeral containers and each a
 * DNS-1123 label, and an image on every container.
 */
import { checkDns1123Label } from '../formats';
import { asObject, listAt, type Rule } from './rule';

const LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** The container-name rule (and image presence). */
export const containers: Rule = {
  id: 'container-name',
  types: ['v1.PodSpec'],
  check(context) {
    const { value, fragment } = context;
    if (Array.isArray(value.containers) && value.containers.length === 0 && !fragment) {
      context.report({
        rule: 'required',
        at: ['containers'],
        target: 'key',
        messageId: 'required.containers-empty',
      });
    }
    const names = new Set<string>();
    for (const list of LISTS) {
      listAt(value, list).forEach((raw, i) => {
        const container = asObject(raw);
        if (!container) return;
        const name = container.name;
        if (typeof name === 'string') {
          const problem = checkDns1123Label(name);
          if (problem) {
            context.report({
              at: [list, i, 'name'],
              target: 'value',
              messageId: 'container-name.invalid',
              data: { name, problem },
            });
          } else if (names.has(name)) {
            context.report({
              at: [list, i, 'name'],
              target: 'value',
              messageId: 'container-name.duplicate',
              data: { name },
            });
          }
          names.add(name);
        }
        if (list === 'ephemeralContainers' || fragment) return;
        const image = container.image;
        if (image === undefined || image === null || image === '') {
          context.report({
            rule: 'image',
            at: [list, i],
            messageId: 'image.required',
            hintId: 'image.required.hint',
          });
        } else if (typeof image === 'string' && image.trim() !== image) {
          context.report({
            rule: 'image',
            at: [list, i, 'image'],
            target: 'value',
            messageId: 'image.whitespace',
          });
        }
      });
    }
  },
};
