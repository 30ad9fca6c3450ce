/**
 * `npm run validate -- [--format text|json] [--lang ko|en] <path...>`: validates Kubernetes YAML
 * in .yaml/.yml files, in the YAML blocks of .md/.mdx files, and in folders (recursively); in
 * .md/.mdx files also the shell blocks (syntax, and kubectl/docker/kubeadm/etcdctl commands), as
 * the build does. Messages are in the language of LC_ALL/LC_MESSAGES/LANG (Korean for `ko_*`)
 * unless `--lang` says otherwise. Exit 0 without errors, 1 with errors, 2 on bad usage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { countFindings, formatJson, formatText, sortFindings } from '../src/lib/k8s/report';
import type { Finding } from '../src/lib/k8s/validate';
import { langOfEnv, type Lang } from '../src/lib/messages';
import { validateFileText } from '../src/lib/manifests/validate-file';
import { checkShellText, reportedFindings } from '../src/lib/shell/check-blocks';

const USAGE = `usage: npm run validate -- [--format text|json] [--lang ko|en] <path...>

Validates Kubernetes manifests: .yaml/.yml files, the YAML blocks of .md/.mdx files,
and folders (recursively); checks the shell blocks of .md/.mdx files (shell syntax,
kubectl/docker/kubeadm/etcdctl subcommands, flags and arguments).
Prints path:line:col: error|warning: message [rule], and the hint on the next line.
--format json prints an array of findings with the message and hint in every language.
--lang picks the language of the messages (default: from LC_ALL, LC_MESSAGES or LANG;
Korean for ko_*, otherwise English).
Exit status: 0 no errors, 1 errors found, 2 bad usage.`;

const YAML = /\.ya?ml$/i;
const MARKDOWN = /\.mdx?$/i;

function usage(problem: string): never {
  process.stderr.write(`validate: ${problem}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  format: 'text' | 'json';
  lang: Lang;
  paths: string[];
}

function parseArgs(argv: string[]): Args {
  let format: 'text' | 'json' = 'text';
  let lang = langOfEnv(process.env);
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
  return { format, lang, paths };
}

/** The files to check under a path, in a stable order. */
function collect(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    usage(`no such file or folder: ${path}`);
  }
  if (stats.isFile()) return [path];
  const files: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(dir, entry.name);
      if (entry.isDirectory()) visit(child);
      else if (YAML.test(entry.name) || MARKDOWN.test(entry.name)) files.push(child);
    }
  };
  visit(path);
  return files;
}

async function main(): Promise<void> {
  const { format, lang, paths } = parseArgs(process.argv.slice(2));
  const files = paths.flatMap(collect);
  const findings: Finding[] = [];
  for (const file of files) {
    const display = relative(process.cwd(), file) || file;
    const { findings: found } = await validateFileText(display, readFileSync(file, 'utf8'));
    findings.push(...found);
    if (MARKDOWN.test(file)) {
      findings.push(...reportedFindings(checkShellText(display, readFileSync(file, 'utf8'))));
    }
  }
  sortFindings(findings);
  const { errors, warnings } = countFindings(findings);
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
