/**
 * Value formats the Kubernetes API server checks, after k8s.io/apimachinery's
 * pkg/util/validation (names, labels) and pkg/api/resource (quantities). Each check returns
 * what is wrong as a message (`problem.*` in src/lib/messages), or undefined when the value is
 * fine; rules put it into their own message as its `problem`.
 */
import { ref, type MessageRef } from '../messages';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IANA_SVC_NAME = /^[-a-z0-9]+$/;

/** A DNS-1123 label: lowercase alphanumerics and '-', at most 63 characters. */
export function checkDns1123Label(value: string): MessageRef | undefined {
  if (value.length > 63) return ref('problem.max-length', { max: 63 });
  if (!DNS1123_LABEL.test(value)) return ref('problem.dns1123-label');
  return undefined;
}

/** A DNS-1035 label: like DNS-1123 but starting with a letter. */
export function checkDns1035Label(value: string): MessageRef | undefined {
  if (value.length > 63) return ref('problem.max-length', { max: 63 });
  if (!DNS1035_LABEL.test(value)) return ref('problem.dns1035-label');
  return undefined;
}

/** A DNS-1123 subdomain: dot-separated labels, at most 253 characters. */
export function checkDns1123Subdomain(value: string): MessageRef | undefined {
  if (value.length > 253) return ref('problem.max-length', { max: 253 });
  if (!DNS1123_SUBDOMAIN.test(value)) return ref('problem.dns1123-subdomain');
  return undefined;
}

/** A name usable as one path segment (RBAC roles, CSRs, flow schemas): no '/', '%', '.', '..'. */
export function checkPathSegmentName(value: string): MessageRef | undefined {
  if (value === '.' || value === '..') return ref('problem.not-dots', { value });
  if (value.includes('/') || value.includes('%')) return ref('problem.no-slash-percent');
  return undefined;
}

/** A qualified name (`prefix/name` or `name`), as label and annotation keys use. */
export function checkQualifiedName(value: string): MessageRef | undefined {
  const parts = value.split('/');
  let name = value;
  if (parts.length > 2) return ref('problem.qualified-slashes');
  if (parts.length === 2) {
    const [prefix, rest] = parts as [string, string];
    if (prefix.length === 0) return ref('problem.prefix-empty');
    const prefixError = checkDns1123Subdomain(prefix);
    if (prefixError) return ref('problem.prefix', { problem: prefixError });
    name = rest;
  }
  if (name.length === 0) return ref('problem.name-empty');
  if (name.length > 63) return ref('problem.name-part-length');
  if (!QUALIFIED_NAME_PART.test(name)) return ref('problem.name-part');
  return undefined;
}

/** A label value: empty, or up to 63 alphanumerics, '-', '_', '.' starting and ending alnum. */
export function checkLabelValue(value: string): MessageRef | undefined {
  if (value.length > 63) return ref('problem.max-length', { max: 63 });
  if (!LABEL_VALUE.test(value)) return ref('problem.label-value');
  return undefined;
}

/** A port name (IANA_SVC_NAME): at most 15 lowercase alphanumerics and '-', one letter. */
export function checkPortName(value: string): MessageRef | undefined {
  if (value.length > 15) return ref('problem.max-length', { max: 15 });
  if (!IANA_SVC_NAME.test(value)) return ref('problem.port-name-chars');
  if (value.includes('--')) return ref('problem.port-name-hyphens');
  if (value.startsWith('-') || value.endsWith('-')) return ref('problem.port-name-ends');
  if (!/[a-z]/.test(value)) return ref('problem.port-name-letter');
  return undefined;
}

/** A port number 1-65535. */
export function checkPortNumber(value: number): MessageRef | undefined {
  return Number.isInteger(value) && value >= 1 && value <= 65535
    ? undefined
    : ref('problem.port-number');
}

const QUANTITY = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+|[KMGTPE]i|[numkMGTPE])?$/;

/** True for a resource.Quantity as text (`500m`, `1Gi`, `0.5`, `1e3`). */
export function isQuantity(value: string): boolean {
  return QUANTITY.test(value);
}

const SUFFIX: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** The numeric value of a quantity (approximate for huge values), or undefined if invalid. */
export function quantityValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = QUANTITY.exec(value);
  if (!match) return undefined;
  const number = Number(value.slice(0, value.length - (match[2]?.length ?? 0)));
  const suffix = match[2] ?? '';
  if (/^[eE]/.test(suffix)) return number * 10 ** Number(suffix.slice(1));
  return number * SUFFIX[suffix]!;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** True for standard padded base64, as Go's encoding/json decodes a []byte (newlines ignored). */
export function isBase64(value: string): boolean {
  return BASE64.test(value.replace(/[\r\n]/g, ''));
}

/** True for a percentage string such as `25%`. */
export function isPercent(value: string): boolean {
  return /^[0-9]+%$/.test(value);
}

/** A ConfigMap or Secret key: alphanumerics, '-', '_', '.', at most 253 characters. */
export function checkConfigMapKey(value: string): MessageRef | undefined {
  if (value.length > 253) return ref('problem.max-length', { max: 253 });
  if (!/^[-._a-zA-Z0-9]+$/.test(value)) return ref('problem.config-key-chars');
  if (value === '.' || value === '..') return ref('problem.not-dots', { value });
  if (value.startsWith('..')) return ref('problem.config-key-dotdot');
  return undefined;
}
