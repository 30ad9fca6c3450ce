/**
 * A Service whose selector matches no pod template of the same page (or block) sends traffic
 * nowhere: usually a label typo. Runs over all documents of a page, so the caller decides the
 * scope (the CLI: one file; the site: one page).
 */
import { describe } from '../../messages';
import { asObject, getPath, stringMap } from '../rules/rule';
import { formatLabels, mapSelectorMatches } from '../selectors';
import type { DocumentResult, Finding } from '../types';

/** Where the pod template's labels sit, per kind. */
function podTemplateLabels(object: unknown): Record<string, string> | undefined {
  const kind = asObject(object)?.kind;
  switch (kind) {
    case 'Pod':
      return stringMap(getPath(object, ['metadata', 'labels'])) ?? {};
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicationController':
    case 'Job':
    case 'PodTemplate':
      return (
        stringMap(getPath(object, ['spec', 'template', 'metadata', 'labels'])) ??
        stringMap(getPath(object, ['template', 'metadata', 'labels'])) ??
        {}
      );
    case 'CronJob':
      return (
        stringMap(
          getPath(object, ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels']),
        ) ?? {}
      );
    default:
      return undefined;
  }
}

/** Every object of the results, List items included. */
function objects(results: DocumentResult[]): unknown[] {
  const all: unknown[] = [];
  for (const result of results) {
    const object = asObject(result.object);
    if (!object) continue;
    if (object.kind === 'List' && Array.isArray(object.items)) all.push(...object.items);
    else all.push(object);
  }
  return all;
}

/**
 * Warnings (`service-selector`) for Services of these documents that select no pod template.
 * Findings point at the Service document's start; `file` is a fallback for results made
 * without one.
 */
export function lintServiceSelectors(results: DocumentResult[], file = ''): Finding[] {
  const templates = objects(results)
    .map(podTemplateLabels)
    .filter((labels): labels is Record<string, string> => labels !== undefined);
  const findings: Finding[] = [];
  for (const result of results) {
    const object = asObject(result.object);
    if (!object || object.kind !== 'Service' || result.status === 'invalid') continue;
    const selector = stringMap(getPath(object, ['spec', 'selector']));
    if (!selector || Object.keys(selector).length === 0) continue;
    if (templates.some((labels) => mapSelectorMatches(selector, labels))) continue;
    findings.push({
      file: result.file ?? result.findings[0]?.file ?? file,
      line: result.line,
      column: result.column,
      severity: 'warning',
      rule: 'service-selector',
      ...describe({
        messageId:
          templates.length > 0 ? 'service-selector.no-match' : 'service-selector.no-template',
        hintId: 'service-selector.hint',
        data: { name: result.name ?? '', selector: formatLabels(selector) },
      }),
      path: 'spec.selector',
    });
  }
  return findings;
}
