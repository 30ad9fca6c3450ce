/**
 * `npm run validate -- [options] <path...>`: validates Kubernetes YAML in .yaml/.yml files, in
 * the YAML blocks of .md/.mdx files, and in folders (recursively, symbolic links followed once);
 * in .md/.mdx files also the shell blocks (syntax, and kubectl/docker/kubeadm/etcdctl commands),
 * as the build does. Messages are in the language of LC_ALL/LC_MESSAGES/LANG (Korean for `ko_*`)
 * unless `--lang` says otherwise. Paths are read from, and printed relative to, the folder the
 * command was run in (`INIT_CWD`, which npm sets). Exit 0 without errors, 1 with errors (odd
 * input included: missing, unreadable, too large or binary files), 2 on bad usage or when there
 * is nothing to check.
 */
import { countFindings, formatJson, formatText, sortFindings } from '../src/lib/k8s/report';
import { relative } from 'node:path';
import {
  capFindings,
  DEFAULT_MAX_FINDINGS,
  DEFAULT_MAX_SIZE_MB,
} from '../src/lib/k8s/input-limits';
import type { Finding } from '../src/lib/k8s/validate';
import { collectFiles } from '../src/lib/input/collect';
import { readInput } from '../src/lib/input/read';
import { langOfEnv, type Lang } from '../src/lib/messages';
import { validateFileText } from '../src/lib/manifests/validate-file';
import { checkShellText, reportedFindings } from '../src/lib/shell/check-blocks';

const USAGE = `usage: npm run validate -- [--format text|json] [--lang ko|en] [--max-size=MB]
                            [--max-findings=N] <path...>

Validates Kubernetes manifests: .yaml/.yml files, the YAML blocks of .md/.mdx files,
and folders (recursively); checks the shell blocks of .md/.mdx files (shell syntax,
kubectl/docker/kubeadm/etcdctl subcommands, flags and arguments).
Prints path:line:col: error|warning: message [rule], and the hint on the next line.
--format json prints an array of findings with the message and hint in every language.
--lang picks the language of the messages (default: from LC_ALL, LC_MESSAGES or LANG;
Korean for ko_*, otherwise English).
--max-size skips files larger than MB megabytes with an error (default ${DEFAULT_MAX_SIZE_MB}).
--max-findings shows at most N findings per file, then "N more" (default ${DEFAULT_MAX_FINDINGS}).
Relative paths are read from the folder the command runs in.
Exit status: 0 no errors, 1 errors found (unreadable, missing, too large or binary
files included), 2 bad usage or nothing to check (no .yaml/.yml/.md/.mdx file found).`;

const MARKDOWN = /\.mdx?$/i;

function usage(problem: string): never {
  process.stderr.write(`validate: ${problem}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  format: 'text' | 'json';
  lang: Lang;
  maxSizeMb: number;
  maxFindings: number;
  paths: string[];
}

/** A positive number option (`--name=N` or `--name N`). */
function positive(name: string, value: string | undefined): number {
  const number = Number(value);
  if (!value || !Number.isFinite(number) || number <= 0) {
    usage(`--${name} must be a positive number`);
  }
  return number;
}

function parseArgs(argv: string[]): Args {
  let format: 'text' | 'json' = 'text';
  let lang = langOfEnv(process.env);
  let maxSizeMb = DEFAULT_MAX_SIZE_MB;
  let maxFindings = DEFAULT_MAX_FINDINGS;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') usage(`--format must be text or json`);
      format = value;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'ko' && value !== 'en') usage(`--lang must be ko or en`);
      lang = value;
    } else if (arg === '--max-size' || arg.startsWith('--max-size=')) {
      maxSizeMb = positive('max-size', arg === '--max-size' ? argv[++i] : arg.slice(11));
    } else if (arg === '--max-findings' || arg.startsWith('--max-findings=')) {
      maxFindings = Math.floor(
        positive('max-findings', arg === '--max-findings' ? argv[++i] : arg.slice(15)),
      );
    } else if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-')) {
      usage(`unknown option ${arg}`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) usage('missing path');
  return { format, lang, maxSizeMb, maxFindings, paths };
}

async function main(): Promise<void> {
  const { format, lang, maxSizeMb, maxFindings, paths } = parseArgs(process.argv.slice(2));
  // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
  const base = process.env.INIT_CWD ?? process.cwd();
  const { files, problems } = collectFiles(paths, base);
  if (files.length === 0 && problems.length === 0) {
    usage(`nothing to check: no .yaml, .yml, .md or .mdx file in ${paths.join(', ')}`);
  }
  const findings: Finding[] = [...problems];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const display = relative(base, file) || file;
    const input = readInput(file, display, maxSizeMb);
    let found: Finding[];
    if ('finding' in input) {
      found = [input.finding];
    } else {
      const result = await validateFileText(display, input.text);
      found = result.findings;
      if (MARKDOWN.test(file)) {
        found.push(...reportedFindings(checkShellText(display, input.text)));
        found.sort((a, b) => a.line - b.line || a.column - b.column);
      }
    }
    const counts = countFindings(found);
    errors += counts.errors;
    warnings += counts.warnings;
    findings.push(...capFindings(found, maxFindings));
  }
  errors += problems.length;
  sortFindings(findings);
  if (format === 'json') {
    process.stdout.write(`${formatJson(findings, lang)}\n`);
  } else {
    if (findings.length > 0) process.stdout.write(`${formatText(findings, lang)}\n`);
    process.stderr.write(
      lang === 'ko'
        ? `파일 ${files.length}개 검사: 오류 ${errors}건, 경고 ${warnings}건\n`
        : `${files.length} file(s) checked: ${errors} error(s), ${warnings} warning(s)\n`,
    );
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

await main();
