/**
 * `npm run bench:search [-- <built site dir>]`: runs the query set in
 * tests/fixtures/search-queries.tsv through the built site's Pagefind in headless Chromium, once
 * with our index and query normaliser (src/lib/search) and once with a plain Pagefind index of the
 * same pages (Starlight's default: `createIndex()`, no options, no query processing), and prints
 * recall@1, recall@5, MRR, time from query to results and bytes fetched by the first query.
 * Without a directory it builds the site into `dist-bench-search/` first. Figures are printed, not
 * asserted; the script fails only when the build, the index or the browser does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import * as pagefind from 'pagefind';
import { chromium, type Page } from 'playwright-core';
import { RANKING } from '../src/lib/search/ranking';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const QUERIES = join(root, 'tests/fixtures/search-queries.tsv');
/** Results the Pagefind UI shows at first; recall@5 counts a hit among these. */
const SHOWN = 5;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** One line of the query set. */
interface Query {
  query: string;
  expected: string;
  shape: string;
}

/** Results of one query in the browser. */
interface Run {
  urls: string[];
  ms: number;
}

async function loadQueries(): Promise<Query[]> {
  const lines = (await readFile(QUERIES, 'utf8')).split('\n');
  return lines
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [query = '', expected = '', shape = ''] = line.split('\t');
      return { query, expected, shape };
    });
}

/** Serves `dir` at a free port; counts the bytes of every `/pagefind*` response (text gzipped). */
async function serve(dir: string) {
  const counter = { bytes: 0 };
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(dir, `.${sep}${path}`);
    const ok = file.startsWith(dir + sep) && (await stat(file).catch(() => undefined))?.isFile();
    if (!ok) {
      res.writeHead(404).end();
      return;
    }
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Pagefind's index files are gzipped already; text would be gzipped by any real host.
    if (path.startsWith('/pagefind')) {
      counter.bytes += type.startsWith('text') ? gzipSync(body).length : body.length;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, counter, origin: `http://127.0.0.1:${address.port}` };
}

/** Builds the site into `dist-bench-search/` with the project's Astro. */
function buildSite(): string {
  const outDir = join(root, 'dist-bench-search');
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`astro build exited with ${result.status}`);
  return outDir;
}

/**
 * Bytes of an index's search data (word index, metadata, filters, fragments), gzipped as
 * Pagefind writes them; the UI scripts and styles are the same for both and left out.
 */
async function indexBytes(bundleDir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(bundleDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.pf_(index|meta|fragment|filter)$/.test(entry.name)) {
      total += (await stat(join(entry.parentPath, entry.name))).size;
    }
  }
  return total;
}

/** The plain index: what Starlight builds by default, written next to ours. */
async function buildPlainIndex(dir: string): Promise<void> {
  await rm(join(dir, 'pagefind-plain'), { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index || errors.length) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind-plain') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
}

/** The query normaliser as a browser script exposing `window.normaliseQuery`. */
async function normaliserScript(): Promise<string> {
  const out = await esbuild({
    entryPoints: [join(root, 'src/lib/search/terms.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__searchTerms',
    minify: true,
  });
  return `${out.outputFiles[0]?.text ?? ''};window.normaliseQuery=__searchTerms.normaliseQuery;`;
}

/** Runs every query in a fresh page against `bundle` (e.g. `/pagefind/`). */
async function runAll(page: Page, bundle: string, queries: Query[], normalise: boolean) {
  return page.evaluate(
    async ({ bundle, queries, normalise, shown, ranking }) => {
      const pf = await import(`${bundle}pagefind.js`);
      // Ours ranks as the search dialog does (src/lib/search/ranking.ts); plain keeps defaults.
      await pf.options(normalise ? { baseUrl: '/', ranking } : { baseUrl: '/' });
      const runs: { urls: string[]; ms: number }[] = [];
      for (const { query } of queries) {
        const started = performance.now();
        const win = window as unknown as { normaliseQuery: (q: string) => string };
        const term = normalise ? win.normaliseQuery(query) || query : query;
        const search = await pf.search(term);
        type Hit = { data: () => Promise<{ url: string }> };
        const top = search.results.slice(0, shown) as Hit[];
        const data = await Promise.all(top.map((hit) => hit.data()));
        runs.push({ urls: data.map((d) => d.url), ms: performance.now() - started });
      }
      return runs;
    },
    { bundle, queries, normalise, shown: SHOWN, ranking: RANKING },
  );
}

/** recall@1, recall@5, MRR and timing of one set of runs. */
function score(queries: Query[], runs: Run[]) {
  let at1 = 0;
  let at5 = 0;
  let rr = 0;
  const misses: string[] = [];
  queries.forEach(({ query, expected }, i) => {
    const urls = (runs[i]?.urls ?? []).map((url) => url.replace(/#.*/, '').replace(/^\/|\/$/g, ''));
    const rank = urls.findIndex((url) => url === expected) + 1;
    if (rank === 1) at1++;
    if (rank >= 1) {
      at5++;
      rr += 1 / rank;
    }
    if (rank !== 1) {
      misses.push(`${query} -> ${urls[0] ?? '(none)'} (want ${expected}, rank ${rank || '-'})`);
    }
  });
  const warm = runs.slice(1).map((run) => run.ms).sort((a, b) => a - b);
  return {
    recall1: at1 / queries.length,
    recall5: at5 / queries.length,
    mrr: rr / queries.length,
    firstMs: runs[0]?.ms ?? 0,
    warmMedianMs: warm[Math.floor(warm.length / 2)] ?? 0,
    misses,
  };
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  const dir = resolve(arg ?? buildSite());
  if (!existsSync(join(dir, 'pagefind/pagefind.js'))) throw new Error(`${dir} has no pagefind/`);
  await buildPlainIndex(dir);
  const queries = await loadQueries();
  const script = await normaliserScript();
  const { server, counter, origin } = await serve(dir);
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
  });
  try {
    const results: (ReturnType<typeof score> & {
      name: string;
      firstBytes: number;
      totalBytes: number;
    })[] = [];
    for (const [name, bundle, normalise] of [
      ['ours', '/pagefind/', true],
      ['plain', '/pagefind-plain/', false],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      await page.addScriptTag({ content: script });
      counter.bytes = 0;
      const first = await runAll(page, bundle, queries.slice(0, 1), normalise);
      const firstBytes = counter.bytes;
      const rest = await runAll(page, bundle, queries.slice(1), normalise);
      const totalBytes = await indexBytes(join(dir, bundle));
      results.push({ name, firstBytes, totalBytes, ...score(queries, [...first, ...rest]) });
      await context.close();
    }
    const pct = (x: number) => x.toFixed(3);
    const row = (label: string, f: (r: (typeof results)[number]) => string) =>
      console.log(`${label.padEnd(28)}${results.map((r) => f(r).padStart(12)).join('')}`);
    console.log(`\n${queries.length} queries from tests/fixtures/search-queries.tsv\n`);
    row('', (r) => r.name);
    row('recall@1 (target >= 0.95)', (r) => pct(r.recall1));
    row('recall@5 (target >= 0.99)', (r) => pct(r.recall5));
    row('MRR (target >= 0.97)', (r) => pct(r.mrr));
    row('warm median ms (<= 50)', (r) => r.warmMedianMs.toFixed(1));
    row('first query ms', (r) => r.firstMs.toFixed(1));
    row('first query KB (<= 160)', (r) => (r.firstBytes / 1024).toFixed(1));
    row('index KB (all words+meta)', (r) => (r.totalBytes / 1024).toFixed(1));
    for (const r of results) {
      console.log(`\n${r.name}: not first (${r.misses.length})`);
      for (const miss of r.misses) console.log(`  ${miss}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
