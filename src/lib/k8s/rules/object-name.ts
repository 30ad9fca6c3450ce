/**
 * metadata.name and metadata.namespace of a document (pkg/apis/core/validation ValidateObjectMeta
 * with each kind's name validator): a name is required unless generateName is set, and its
 * format depends on the kind.
 */
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
  check: (name: string) => string | undefined;
  what: string;
} {
  if (kind === 'Service') return { check: checkDns1035Label, what: 'an RFC 1035 label' };
  if (kind === 'Namespace') return { check: checkDns1123Label, what: 'an RFC 1123 label' };
  if (kind && PATH_SEGMENT_KINDS.has(kind)) {
    return { check: checkPathSegmentName, what: 'a path segment' };
  }
  return { check: checkDns1123Subdomain, what: 'an RFC 1123 subdomain' };
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
          message: 'metadata.name is required (or metadata.generateName)',
          hint: 'Add `metadata:` with a `name:`.',
        });
      }
    } else if (typeof name === 'string') {
      const { check, what } = nameCheck(kind);
      const problem = check(name);
      if (problem) {
        report({
          at: ['metadata', 'name'],
          target: 'value',
          message: `invalid name ${JSON.stringify(name)}: a ${kind ?? 'object'} name ${problem}`,
          hint: `Use ${what}, e.g. "my-app".`,
        });
      }
      if (kind === 'CronJob' && name.length > 52) {
        report({
          at: ['metadata', 'name'],
          target: 'value',
          message: 'a CronJob name must be no more than 52 characters',
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
          message: `invalid namespace ${JSON.stringify(namespace)}: ${problem}`,
        });
      }
    }
  },
};
