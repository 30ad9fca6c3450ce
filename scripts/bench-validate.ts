/**
 * `npm run bench:validate -- <dir> [--runs N]`: validation throughput over a folder of
 * .yaml/.yml/.md/.mdx files, and its cost relative to bare YAML parsing of the same files
 * (`parseAllDocuments` + `toJS`, after extracting Markdown blocks: what any reader of the files
 * pays); then the time of large and hostile inputs (tests/robustness/generate.ts) through the
 * CLI's own path, in process and as a whole `npm run validate` run. Warm runs, median reported;
 * figures are printed, not asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bigConfigMap,
  deepFlowDocument,
  manyDocuments,
  randomBytes,
} from '../tests/robustness/generate';
import { readInput } from '../src/lib/input/read';
import { MUTATIONS } from '../tests/mutations/mutations';
import { runMutations } from '../tests/mutations/run';
import { capFindings, DEFAULT_MAX_FINDINGS, DEFAULT_MAX_SIZE_MB } from '../src/lib/k8s/input-limits';
import { parseAllDocuments } from 'yaml';
import { validateFileText } from '../src/lib/manifests/validate-file';
import { extractYamlBlocks } from '../src/lib/manifests/extract';

const args = process.argv.slice(2);
let runs = 7;
const dirs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i]!.startsWith('-')) {
    process.stderr.write(`bench:validate: unknown option ${args[i]}\n`);
    process.exit(2);
  } else dirs.push(args[i]!);
}
if (dirs.length === 0 || !Number.isInteger(runs) || runs < 1) {
  process.stderr.write('usage: npm run bench:validate -- <dir...> [--runs N]\n');
  process.exit(2);
}

function collect(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ya?ml|mdx?)$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const files = dirs.flatMap(collect).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

/** The YAML texts a file holds: the file itself, or its Markdown blocks (found anew each run). */
function yamlTexts(file: { path: string; text: string }): string[] {
  return /\.mdx?$/i.test(file.path)
    ? extractYamlBlocks(file.text, file.path).map((b) => b.source)
    : [file.text];
}

/** The baseline: reading the same YAML into values (Markdown: extracting it first). */
function parseOnly(): number {
  let documents = 0;
  for (const file of files) {
    for (const text of yamlTexts(file)) {
      for (const doc of parseAllDocuments(text, { version: '1.2', uniqueKeys: true })) {
        doc.toJS();
        documents++;
      }
    }
  }
  return documents;
}

async function validateAll(): Promise<number> {
  let documents = 0;
  for (const file of files) {
    documents += (await validateFileText(file.path, file.text)).documents.length;
  }
  return documents;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const coldStart = performance.now();
const documents = await validateAll();
const cold = performance.now() - coldStart;
parseOnly();

const validateTimes: number[] = [];
const parseTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  parseTimes.push(await time(parseOnly));
  validateTimes.push(await time(validateAll));
}
const validateMs = median(validateTimes);
const parseMs = median(parseTimes);

const fmt = (n: number, digits = 0) => n.toFixed(digits);
console.log(`files:              ${files.length} (${fmt(bytes / 1024, 1)} KiB)`);
console.log(`documents:          ${documents}`);
console.log(`first run (cold):   ${fmt(cold)} ms (loads the schema table)`);
console.log(`validate (median of ${runs} warm runs): ${fmt(validateMs, 1)} ms`);
console.log(`  files/s:          ${fmt((files.length / validateMs) * 1000)}`);
console.log(`  documents/s:      ${fmt((documents / validateMs) * 1000)}`);
console.log(`bare YAML parse (median): ${fmt(parseMs, 1)} ms`);
console.log(`validation / parse: ${fmt(validateMs / parseMs, 2)}x`);

/**
 * Large and hostile files, each written to a temporary folder and checked as the CLI checks it
 * (read with the size and text checks, validated, findings capped): time in process, findings,
 * and the wall time of the whole CLI (process start and tsx included).
 */
const hostile: Array<[string, string | Uint8Array]> = [
  ['20 MB ConfigMap (100k keys)', bigConfigMap(100_000)],
  ['5,000 documents in one file', manyDocuments(5_000)],
  ['10,000-level nesting', deepFlowDocument(10_000)],
  ['100 KB of random bytes', randomBytes(100 * 1024)],
];
const scratch = mkdtempSync(join(tmpdir(), 'bench-validate-'));
console.log('');
console.log('large and hostile input (in process / whole CLI run):');
try {
  for (const [label, content] of hostile) {
    const path = join(scratch, 'input.yaml');
    writeFileSync(path, content);
    const size = statSync(path).size;
    const started = performance.now();
    const read = readInput(path, 'input.yaml', DEFAULT_MAX_SIZE_MB);
    let findings = 1;
    if ('text' in read) {
      const result = await validateFileText('input.yaml', read.text);
      findings = capFindings(result.findings, DEFAULT_MAX_FINDINGS).length;
    }
    const inProcess = performance.now() - started;
    const cliStart = performance.now();
    const cli = spawnSync('npm', ['run', '-s', 'validate', '--', path], { encoding: 'utf8' });
    const wall = performance.now() - cliStart;
    console.log(
      `  ${label.padEnd(30)} ${fmt(size / 1024 / 1024, 1).padStart(5)} MB  ` +
        `${fmt(inProcess).padStart(6)} ms / ${fmt(wall).padStart(6)} ms  ` +
        `${findings} finding(s), exit ${cli.status}`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The mutation benchmark: single mistakes the API server refuses (tests/mutations). */
const mutations = await runMutations();
const missed = mutations.filter((result) => !result.detected);
const functions = new Set(MUTATIONS.map((mutation) => mutation.from.split(' ')[0]));
console.log('');
console.log(
  `mutation benchmark: ${mutations.length - missed.length}/${mutations.length} single mistakes ` +
    `detected (${fmt(((mutations.length - missed.length) / mutations.length) * 100, 1)} %), ` +
    `from ${functions.size} validation functions`,
);
for (const result of missed) {
  console.log(`  missed: ${result.mutation.id} (${result.mutation.from})`);
}
