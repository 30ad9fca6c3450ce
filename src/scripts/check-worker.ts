/**
 * The page editor's validator, off the main thread: typing never waits for a check, however
 * large the text. Receives `{ id, text, fileName, base }`, answers `{ id, findings }` with each
 * finding's message and hint already in Korean (the sentences load here, in the worker).
 */
import { fetchSchemaSource } from '../lib/k8s/browser-source';
import { capFindings, DEFAULT_MAX_FINDINGS } from '../lib/k8s/input-limits';
import type { SchemaSource } from '../lib/k8s/schema-source';
import { validateText, type Finding } from '../lib/k8s/validate';
import { describe, localise } from '../lib/messages';
import type { CheckRequest, CheckResponse } from './check-client';

let schemas: SchemaSource | undefined;

async function check({ text, fileName, base }: CheckRequest): Promise<Finding[]> {
  schemas ??= fetchSchemaSource(base);
  try {
    const results = await validateText(text, {
      file: fileName,
      line: 1,
      column: 1,
      schemas,
    });
    // As in the CLI: a pasted binary or huge file lists the first findings and "N more".
    return capFindings(
      results.flatMap((result) => result.findings),
      DEFAULT_MAX_FINDINGS,
    );
  } catch (error) {
    return [
      {
        file: fileName,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'check-failed',
        ...describe({
          messageId: 'check-failed',
          data: { detail: error instanceof Error ? error.message : String(error) },
        }),
      },
    ];
  }
}

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  void check(event.data).then((findings) => {
    const response: CheckResponse = {
      id: event.data.id,
      findings: findings.map((finding) => ({ ...finding, ...localise(finding, 'ko') })),
    };
    self.postMessage(response);
  });
});
