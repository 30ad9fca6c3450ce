/**
 * Checks the shell blocks of a page: each is parsed as a script (prompts and output lines of a
 * session blanked out, placeholders masked) and each kubectl/docker/kubeadm/etcdctl call in it is
 * checked against its CLI table. Findings carry the page's line and column, like the validator's.
 */
import { checkCommand } from '../cli/check';
import type { Finding } from '../k8s/types';
import { describe } from '../messages';
import { extractShellBlocks, type ShellBlock } from './blocks';
import { shellFenceOptions } from './fence-options';
import { parseScript } from './parse';
import { parseShellSession } from './session';
import { shellSyntaxMessage } from './syntax-messages';

/** A checked block and its findings (errors of an `expect-fail` block are kept here only). */
export interface CheckedBlock {
  block: ShellBlock;
  findings: Finding[];
  expectFail: 'static' | 'runtime' | undefined;
}

/** The commands a reader would type: prompts replaced by spaces, output lines blanked. */
export function scriptOf(code: string): string {
  const session = parseShellSession(code);
  if (!session.hasPrompts) return code;
  return session.lines
    .map((line) => (line.kind === 'output' ? '' : ' '.repeat(line.prompt.length) + line.text))
    .join('\n');
}

/** 1-based line and column of a script offset, in file coordinates. */
function position(block: ShellBlock, script: string, offset: number): [number, number] {
  const before = script.slice(0, offset).split('\n');
  return [block.line + before.length - 1, block.column + before.at(-1)!.length];
}

/** Checks one block. */
export function checkShellBlock(block: ShellBlock): CheckedBlock {
  const options = shellFenceOptions(block.meta);
  const findings: Finding[] = [];
  const result = { block, findings, expectFail: options.expectFail };
  if (options.skip) return result;
  const script = scriptOf(block.code);
  const parsed = parseScript(script);
  if (!parsed.ok) {
    const [line, column] = position(block, script, parsed.error.offset);
    findings.push({
      file: block.file,
      line,
      column,
      severity: 'error',
      rule: 'shell-syntax',
      ...shellSyntaxMessage(parsed.error.message),
    });
  } else {
    for (const command of parsed.commands) {
      for (const issue of checkCommand(command)) {
        const { word: index, ...found } = issue;
        const word = command.words[index]!;
        const [line, column] = position(block, script, word.start);
        findings.push({ file: block.file, line, column, ...found });
      }
    }
  }
  const hasError = findings.some((finding) => finding.severity === 'error');
  if (options.expectFail === 'static' && !hasError) {
    findings.push({
      file: block.file,
      line: block.line,
      column: block.column,
      severity: 'warning',
      rule: 'expect-fail',
      ...describe({ messageId: 'expect-fail.clean', hintId: 'expect-fail.clean.hint' }),
    });
  }
  return result;
}

/** Checks every shell block of a Markdown/MDX text. */
export function checkShellText(file: string, markdown: string): CheckedBlock[] {
  return extractShellBlocks(markdown, file).map(checkShellBlock);
}

/** Findings that count: all but the errors an `expect-fail` block is meant to show. */
export function reportedFindings(blocks: readonly CheckedBlock[]): Finding[] {
  return blocks.flatMap(({ findings, expectFail }) =>
    expectFail === 'static' ? findings.filter((f) => f.severity !== 'error') : findings,
  );
}
