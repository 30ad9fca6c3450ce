/**
 * `npm run bench:validate -- <dir> [--runs N]`: validation throughput over a folder of
 * .yaml/.yml/.md/.mdx files, and its cost relative to bare YAML parsing of the same files
 * (`parseAllDocuments` + `toJS`, after extracting Markdown blocks: what any reader of the files
 * pays). Warm runs, median reported; figures are printed, not asserted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
