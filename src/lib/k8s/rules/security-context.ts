/**
 * User and group IDs of security contexts (core ValidatePodSecurityContext,
 * ValidateSecurityContext, validateRunAsUser / validateFSGroup / ValidateSupplementalGroups):
 * runAsUser, runAsGroup, fsGroup and supplementalGroups are between 0 and 2147483647; a
 * privileged container cannot refuse privilege escalation (allowPrivilegeEscalation: false).
 */
import type { Rule, RuleContext } from './rule';

const MAX_ID = 2147483647;

function checkId(context: RuleContext, at: (string | number)[], value: unknown): void {
  if (typeof value !== 'number') return;
  if (value < 0 || value > MAX_ID) {
    context.report({
      at,
      target: 'value',
      messageId: 'security-context.id',
      data: { field: String(at[0]), value },
    });
  }
}

export const securityContext: Rule = {
  id: 'security-context',
  types: ['v1.PodSecurityContext', 'v1.SecurityContext'],
  check(context) {
    for (const field of ['runAsUser', 'runAsGroup', 'fsGroup']) {
      checkId(context, [field], context.value[field]);
    }
    const groups = context.value.supplementalGroups;
    if (Array.isArray(groups)) {
      groups.forEach((id: unknown, i) => checkId(context, ['supplementalGroups', i], id));
    }
    if (context.value.privileged === true && context.value.allowPrivilegeEscalation === false) {
      context.report({
        at: ['allowPrivilegeEscalation'],
        target: 'value',
        messageId: 'security-context.privileged-escalation',
        hintId: 'security-context.privileged-escalation.hint',
      });
    }
  },
};
