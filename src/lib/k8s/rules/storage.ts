/**
 * Persistent volumes and claims (core ValidatePersistentVolumeClaimSpec, ValidatePersistentVolume
 * Spec): a claim has at least one access mode and a `storage` request; a volume has at least one
 * access mode and a `storage` capacity; ReadWriteOncePod is not combined with other modes.
 */
import { asObject, type Rule, type RuleContext } from './rule';

function checkAccessModes(context: RuleContext): void {
  const modes = context.value.accessModes;
  if (!Array.isArray(modes) || modes.length === 0) {
    context.report({ messageId: 'storage.access-modes', hintId: 'storage.access-modes.hint' });
  } else if (modes.includes('ReadWriteOncePod') && modes.length > 1) {
    context.report({ at: ['accessModes'], target: 'value', messageId: 'storage.rwop-alone' });
  }
}

export const storage: Rule = {
  id: 'storage',
  types: ['v1.PersistentVolumeClaimSpec', 'v1.PersistentVolumeSpec'],
  check(context) {
    if (context.fragment) return;
    checkAccessModes(context);
    if (context.type === 'v1.PersistentVolumeClaimSpec') {
      const requests = asObject(asObject(context.value.resources)?.requests);
      if (!requests || requests.storage === undefined) {
        context.report({
          messageId: 'storage.claim-size',
          hintId: 'storage.claim-size.hint',
        });
      }
    } else {
      const capacity = asObject(context.value.capacity);
      if (!capacity || capacity.storage === undefined) {
        context.report({
          messageId: 'storage.volume-capacity',
          hintId: 'storage.volume-capacity.hint',
        });
      }
    }
  },
};
