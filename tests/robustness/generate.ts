/**
 * Hostile and odd inputs for the validator, generated on demand (never committed): used by the
 * robustness tests and printed as timings by `npm run bench:validate`.
 */

/** A ConfigMap with `keys` data keys of about `valueBytes` bytes each. */
export function bigConfigMap(keys: number, valueBytes = 180): string {
  const pad = 'x'.repeat(valueBytes);
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: big', 'data:'];
  for (let i = 0; i < keys; i++) lines.push(`  key-${i}: "${pad}${i}"`);
  return `${lines.join('\n')}\n`;
}

/** `count` small valid documents in one file. */
export function manyDocuments(count: number): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  k: v\n`);
  }
  return docs.join('---\n');
}

/** A valid document whose `x` field nests `depth` block mappings. */
export function deepDocument(depth: number): string {
  let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\nx:\n';
  let indent = '  ';
  for (let i = 0; i < depth; i++) {
    text += `${indent}k:\n`;
    indent += ' ';
  }
  return `${text}${indent}v\n`;
}

/** A valid document whose `x` field is `depth` nested flow lists: `[[[...]]]`. */
export function deepFlowDocument(depth: number): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** A Pod with `count` containers whose names are not DNS labels: one error each. */
export function manyErrors(count: number): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: many', 'spec:', '  containers:'];
  for (let i = 0; i < count; i++) lines.push(
      `  - name: Bad_Name_${i}`,
      `    image: nginx:1.27`,
      `    resources: {limits: {cpu: 100m, memory: 64Mi}}`,
    );
  return `${lines.join('\n')}\n`;
}

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
export function randomBytes(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}
