/**
 * metadata.name and metadata.namespace of a document (pkg/apis/core/validation ValidateObjectMeta
 * with each kind's name validator): a name is required unless generateName is set, and its
 * format depends on the kind.
 */
import { ref, type MessageRef } from '../../messages';
import {
  checkDns1035Label,
  checkDns1123Label,
  checkDns1123Subdomain,
  checkPathSegmentName,
} from '../formats';
import { asObject, type Rule } from './rule';

/** Kinds created without a name: reviews answered at once, never stored. */
const NAMELESS = new Set([
  'TokenReview',
  'SubjectAccessReview',
  'SelfSubjectAccessReview',
  'SelfSubjectRulesReview',
  'LocalSubjectAccessReview',
  'SelfSubjectReview',
  'TokenRequest',
]);

const PATH_SEGMENT_KINDS = new Set([
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'CertificateSigningRequest',
]);

function nameCheck(kind: string | undefined): {
  check: (name: string) => MessageRef | undefined;
  format: MessageRef;
} {
  if (kind === 'Service') {
    return { check: checkDns1035Label, format: ref('name-format.rfc1035-label') };
  }
  if (kind === 'Namespace') {
    return { check: checkDns1123Label, format: ref('name-format.rfc1123-label') };
  }
  if (kind && PATH_SEGMENT_KINDS.has(kind)) {
    return { check: checkPathSegmentName, format: ref('name-format.path-segment') };
  }
  return { check: checkDns1123Subdomain, format: ref('name-format.rfc1123-subdomain') };
}

/** The object-name rule. */
export const objectName: Rule = {
  id: 'object-name',
  types: ['*'],
  check({ value, kind, knownKind, report }) {
    const metadata = asObject(value.metadata);
    const name = metadata?.name;
    const generateName = metadata?.generateName;
    if (name === undefined || name === null || name === '') {
      if (knownKind && !NAMELESS.has(kind ?? '') && !generateName) {
        report({
          at: metadata ? ['metadata'] : [],
          messageId: 'object-name.required',
          hintId: 'object-name.required.hint',
        });
      }
    } else if (typeof name === 'string') {
      const { check, format } = nameCheck(kind);
      const problem = check(name);
      if (problem) {
        report({
          at: ['metadata', 'name'],
          target: 'value',
          messageId: 'object-name.invalid',
          hintId: 'object-name.invalid.hint',
          data: { name, kind: kind ?? 'object', problem, format },
        });
      }
      if (kind === 'CronJob' && name.length > 52) {
        report({
          at: ['metadata', 'name'],
          target: 'value',
          messageId: 'object-name.cronjob-length',
        });
      }
    }
    const namespace = metadata?.namespace;
    if (typeof namespace === 'string' && namespace !== '') {
      const problem = checkDns1123Label(namespace);
      if (problem) {
        report({
          at: ['metadata', 'namespace'],
          target: 'value',
          messageId: 'object-name.namespace',
          data: { namespace, problem },
        });
      }
    }
  },
};
