/**
 * CustomResourceDefinitions (apiextensions validation ValidateCustomResourceDefinition): the
 * plural and singular names are lowercase DNS-1035 labels, metadata.name is
 * `<plural>.<group>`, and exactly one version is the storage version.
 */
import { checkDns1035Label } from '../formats';
import { asObject, listAt, type Rule } from './rule';

/** The crd-names rule. */
export const crdNames: Rule = {
  id: 'crd-names',
  types: ['apiextensions.k8s.io/v1.CustomResourceDefinition'],
  check(context) {
    const spec = asObject(context.value.spec);
    const names = asObject(spec?.names);
    if (!spec || !names) return;
    let pluralOk = true;
    for (const field of ['plural', 'singular'] as const) {
      const name = names[field];
      if (typeof name !== 'string' || name === '') continue;
      const problem = checkDns1035Label(name);
      if (problem) {
        if (field === 'plural') pluralOk = false;
        context.report({
          at: ['spec', 'names', field],
          target: 'value',
          messageId: 'crd-names.invalid',
          hintId: 'crd-names.invalid.hint',
          data: { field, name, problem, lower: name.toLowerCase() },
        });
      }
    }
    const plural = names.plural;
    const group = spec.group;
    const name = asObject(context.value.metadata)?.name;
    const named = typeof plural === 'string' && typeof group === 'string';
    if (named && pluralOk && typeof name === 'string') {
      const expected = `${plural}.${group}`;
      if (name !== expected) {
        context.report({
          at: ['metadata', 'name'],
          target: 'value',
          messageId: 'crd-names.metadata-name',
          data: { expected },
        });
      }
    }
    const versions = listAt(spec, 'versions');
    const storage = versions.filter((v) => asObject(v)?.storage === true).length;
    if (versions.length > 0 && storage !== 1) {
      context.report({
        at: ['spec', 'versions'],
        target: 'key',
        messageId: 'crd-names.storage',
        data: { count: storage },
      });
    }
  },
};
