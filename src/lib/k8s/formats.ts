/**
 * Value formats the Kubernetes API server checks, after k8s.io/apimachinery's
 * pkg/util/validation (names, labels) and pkg/api/resource (quantities). Each function returns
 * an error message, or undefined when the value is fine.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IANA_SVC_NAME = /^[-a-z0-9]+$/;

/** A DNS-1123 label: lowercase alphanumerics and '-', at most 63 characters. */
export function checkDns1123Label(value: string): string | undefined {
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!DNS1123_LABEL.test(value)) {
    return (
      'must be a lowercase RFC 1123 label: lowercase letters, digits and "-", ' +
      'starting and ending with a letter or digit'
    );
  }
  return undefined;
}

/** A DNS-1035 label: like DNS-1123 but starting with a letter. */
export function checkDns1035Label(value: string): string | undefined {
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!DNS1035_LABEL.test(value)) {
    return (
      'must be a lowercase RFC 1035 label: lowercase letters, digits and "-", ' +
      'starting with a letter and ending with a letter or digit'
    );
  }
  return undefined;
}

/** A DNS-1123 subdomain: dot-separated labels, at most 253 characters. */
export function checkDns1123Subdomain(value: string): string | undefined {
  if (value.length > 253) return 'must be no more than 253 characters';
  if (!DNS1123_SUBDOMAIN.test(value)) {
    return (
      'must be a lowercase RFC 1123 subdomain: lowercase letters, digits, "-" and ".", ' +
      'starting and ending with a letter or digit'
    );
  }
  return undefined;
}

/** A name usable as one path segment (RBAC roles, CSRs, flow schemas): no '/', '%', '.', '..'. */
export function checkPathSegmentName(value: string): string | undefined {
  if (value === '.' || value === '..') return `may not be "${value}"`;
  if (value.includes('/') || value.includes('%')) return 'may not contain "/" or "%"';
  return undefined;
}

/** A qualified name (`prefix/name` or `name`), as label and annotation keys use. */
export function checkQualifiedName(value: string): string | undefined {
  const parts = value.split('/');
  let name = value;
  if (parts.length > 2) return 'must be a name with at most one "/" (an optional DNS prefix)';
  if (parts.length === 2) {
    const [prefix, rest] = parts as [string, string];
    if (prefix.length === 0) return 'prefix part must be non-empty';
    const prefixError = checkDns1123Subdomain(prefix);
    if (prefixError) return `prefix part ${prefixError}`;
    name = rest;
  }
  if (name.length === 0) return 'name part must be non-empty';
  if (name.length > 63) return 'name part must be no more than 63 characters';
  if (!QUALIFIED_NAME_PART.test(name)) {
    return (
      'name part must consist of alphanumerics, "-", "_" or ".", ' +
      'starting and ending with an alphanumeric character'
    );
  }
  return undefined;
}

/** A label value: empty, or up to 63 alphanumerics, '-', '_', '.' starting and ending alnum. */
export function checkLabelValue(value: string): string | undefined {
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!LABEL_VALUE.test(value)) {
    return (
      'must be empty or consist of alphanumerics, "-", "_" or ".", ' +
      'starting and ending with an alphanumeric character'
    );
  }
  return undefined;
}

/** A port name (IANA_SVC_NAME): at most 15 lowercase alphanumerics and '-', one letter. */
export function checkPortName(value: string): string | undefined {
  if (value.length > 15) return 'must be no more than 15 characters';
  if (!IANA_SVC_NAME.test(value)) return 'must contain only lowercase letters, digits and "-"';
  if (value.includes('--')) return 'must not contain consecutive hyphens';
  if (value.startsWith('-') || value.endsWith('-')) return 'must not begin or end with a hyphen';
  if (!/[a-z]/.test(value)) return 'must contain at least one letter';
  return undefined;
}

/** A port number 1-65535. */
export function checkPortNumber(value: number): string | undefined {
  return Number.isInteger(value) && value >= 1 && value <= 65535
    ? undefined
    : 'must be between 1 and 65535, inclusive';
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
export function checkConfigMapKey(value: string): string | undefined {
  if (value.length > 253) return 'must be no more than 253 characters';
  if (!/^[-._a-zA-Z0-9]+$/.test(value)) return 'must consist of alphanumerics, "-", "_" or "."';
  if (value === '.' || value === '..') return `may not be "${value}"`;
  if (value.startsWith('..')) return 'may not start with ".."';
  return undefined;
}
