/** Label selector semantics (k8s.io/apimachinery pkg/labels), shared by rules and lints. */
import { ref, type MessageValue } from '../messages';
import { asObject, stringMap } from './rules/rule';

/** True when a `LabelSelector` (matchLabels/matchExpressions) selects these labels. */
export function labelSelectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const object = asObject(selector);
  if (!object) return false;
  const matchLabels = stringMap(object.matchLabels) ?? {};
  for (const [key, value] of Object.entries(matchLabels)) {
    if (labels[key] !== value) return false;
  }
  const expressions = Array.isArray(object.matchExpressions) ? object.matchExpressions : [];
  for (const raw of expressions) {
    const expression = asObject(raw);
    if (!expression || typeof expression.key !== 'string') return false;
    const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
    const has = Object.hasOwn(labels, expression.key);
    const value = labels[expression.key];
    switch (expression.operator) {
      case 'In':
        if (!has || !values.includes(value!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(value!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** True when a map selector (Service, ReplicationController) selects these labels. */
export function mapSelectorMatches(
  selector: Record<string, string>,
  labels: Record<string, string>,
): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** True when a LabelSelector has no requirement at all (it would select everything). */
export function isEmptySelector(selector: unknown): boolean {
  const object = asObject(selector);
  if (!object) return true;
  const matchLabels = asObject(object.matchLabels);
  const expressions = Array.isArray(object.matchExpressions) ? object.matchExpressions : [];
  return (!matchLabels || Object.keys(matchLabels).length === 0) && expressions.length === 0;
}

/** Labels as a message value: the list `app=web`, `tier=front`, or "(none)". */
export function formatLabels(labels: Record<string, string>): MessageValue {
  const entries = Object.entries(labels);
  return entries.length > 0 ? entries.map(([k, v]) => `${k}=${v}`) : ref('labels.none');
}
