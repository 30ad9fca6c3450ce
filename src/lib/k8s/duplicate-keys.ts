/**
 * Duplicate map keys in linear time. The `yaml` library's own check (`uniqueKeys: true`) compares
 * each new key with every earlier key of its map, which is quadratic: a ConfigMap with 100k keys
 * took minutes. This pass keeps one Set per map instead and reports the same error (code
 * `DUPLICATE_KEY` at the key's start) that the library would, so messages and positions stay.
 * Iterative (an explicit stack), so deeply nested documents cannot overflow the call stack.
 */
import { isMap, isPair, isScalar, isSeq, YAMLParseError, type Document, type Node } from 'yaml';

/** Adds a `DUPLICATE_KEY` error to `doc.errors` for every repeated scalar key of a map. */
export function addDuplicateKeyErrors(doc: Document.Parsed): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          if (seen.has(key.value) && key.range) {
            doc.errors.push(
              new YAMLParseError(
                [key.range[0], key.range[1]],
                'DUPLICATE_KEY',
                'Map keys must be unique',
              ),
            );
          }
          seen.add(key.value);
        } else if (key) {
          stack.push(key);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
}
