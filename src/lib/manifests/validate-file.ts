/**
 * Validates one file's text the way the CLI and the build see it: a YAML file as is, a
 * Markdown/MDX page through its YAML blocks (with their fence options), and then the page-level
 * lints over all of the page's documents.
 */
import { describe } from '../messages';
import { lintServiceSelectors } from '../k8s/lint/service-selectors';
import { validateText, type DocumentResult, type Finding } from '../k8s/validate';
import { blockOptions } from './block-options';
import { extractYamlBlocks, type YamlBlock } from './extract';

/** A validated YAML block and its documents. */
export interface BlockResult {
  block: YamlBlock;
  documents: DocumentResult[];
}

/** Everything found in one file. */
export interface FileResult {
  /** For Markdown: one entry per YAML block (skipped blocks left out). */
  blocks: BlockResult[];
  documents: DocumentResult[];
  /** All findings, document findings and page lints, sorted by position. */
  findings: Finding[];
}

const MARKDOWN = /\.mdx?$/i;

/** Validates a .yaml/.yml file or the YAML blocks of a .md/.mdx file. */
export async function validateFileText(path: string, text: string): Promise<FileResult> {
  const blocks: BlockResult[] = [];
  const documents: DocumentResult[] = [];
  if (MARKDOWN.test(path)) {
    for (const block of extractYamlBlocks(text, path)) {
      const options = blockOptions(block);
      if (options.skip) continue;
      const results = await validateText(block.source, {
        file: path,
        line: block.line,
        column: block.column,
        ...(options.fragment ? { fragment: options.fragment } : {}),
        ...(options.expectErrors ? { expectErrors: true } : {}),
      });
      blocks.push({ block, documents: results });
      documents.push(...results);
    }
  } else {
    documents.push(...(await validateText(text, { file: path })));
  }
  const findings = documents.flatMap((result) => result.findings);
  if (!MARKDOWN.test(path) && documents.every((result) => result.status === 'empty')) {
    findings.push({
      file: path,
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'empty',
      ...describe({ messageId: 'input.empty', hintId: 'input.empty.hint' }),
    });
  }
  findings.push(...lintServiceSelectors(documents, path));
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { blocks, documents, findings };
}
