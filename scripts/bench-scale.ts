/**
 * `npm run bench:scale [-- 10 100]`: how the build grows with the notes. For each factor N it
 * copies the project (not node_modules) into a temporary folder under `.bench-scale/` (ignored by
 * git; inside the project so that packages resolve from its node_modules), copies every chapter N
 * times
 * there (`pods.mdx`, `pods-2.mdx`, ...: titles and explicit file names made unique, the notes'
 * line ranges dropped), builds it and prints pages, the total time and each step (manifest
 * validation, command checks, diagrams, Astro's render, search index), peak memory, the size of
 * `dist` and of Starlight's sidebar in each page, and the time per page. Nothing in the project
 * is changed; the temporary folders are removed. Figures are printed, not asserted.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { PARTS } from '../src/lib/site/chapters';

const root = resolve(fileURLToPath(import.meta.url), '../..');
/** What a build needs from the project; packages come from the project's node_modules. */
const PROJECT = [
  'package.json',
  'astro.config.mjs',
  'tsconfig.json',
  'scripts',
  'src',
  'content',
  'public',
];
const TIME = '/usr/bin/time';

/** One build's figures. */
interface Figures {
  factor: number;
  pages: number;
  totalMs: number;
  steps: Record<string, number | undefined>;
  /** The largest single process (Node, Pagefind), from /usr/bin/time. */
  peakKb: number | undefined;
  /** All processes of the build together (sampled every 0.5 s). */
  treePeakKb: number | undefined;
  peakDuring: string | undefined;
  distBytes: number;
  htmlBytesPerPage: number;
  sidebarBytesPerPage: number;
}

/** A chapter's copy number `k`: unique title, unique explicit file names, no notes lines. */
function copyChapter(source: string, k: number): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('chapter without frontmatter');
  const data = parseYaml(match[1] as string) as Record<string, unknown>;
  data['title'] = `${String(data['title'])} (${k})`;
  delete data['notes'];
  const body = source
    .slice(match[0].length)
    // An explicit download name must be unique on the site (the build refuses two).
    .replace(/(```(?:yaml|yml|sh)[^\n]*\btitle=")([^"]+?)(\.ya?ml")/g, `$1$2-${k}$3`)
    .replace(/(<<\s*'?EOF'?\s*>\s*\S+?)(\.ya?ml)\b/g, `$1-${k}$2`);
  return `---\n${stringifyYaml(data)}---\n${body}`;
}

/** Copies the project into a temporary folder with every chapter `factor` times. */
async function prepare(factor: number): Promise<{ dir: string; chapters: number }> {
  await mkdir(join(root, '.bench-scale'), { recursive: true });
  const dir = await mkdtemp(join(root, '.bench-scale', `${factor}x-`));
  for (const entry of PROJECT) {
    if (!existsSync(join(root, entry))) continue;
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  let chapters = 0;
  for (const part of PARTS) {
    const folder = join(dir, 'content', part.id);
    const names = (await readdir(folder)).filter((name) => /^[^_].*\.mdx?$/.test(name));
    for (const name of names) {
      const source = await readFile(join(folder, name), 'utf8');
      chapters++;
      for (let k = 2; k <= factor; k++) {
        await writeFile(join(folder, name.replace(/\.mdx?$/, `-${k}$&`)), copyChapter(source, k));
        chapters++;
      }
    }
  }
  return { dir, chapters };
}

/** Resident memory (KB) of process `pid` and of each of its descendants, by program name. */
function treeRss(pid: number, into = new Map<string, number>()): Map<string, number> {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? String(pid);
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    into.set(name, (into.get(name) ?? 0) + rss);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    for (const child of children ? children.split(/\s+/) : []) treeRss(Number(child), into);
  } catch {
    // The process ended between two reads.
  }
  return into;
}

/**
 * Runs the build in `dir`; returns its output, the peak RSS (KB) of its largest process (from
 * /usr/bin/time when it exists) and of all its processes together (sampled from /proc every
 * 0.5 s), and what the build was doing when the latter peaked.
 */
async function build(dir: string): Promise<{
  output: string;
  ms: number;
  peakKb?: number;
  treePeakKb?: number;
  peakDuring?: string;
}> {
  // What `npm run build` runs: Astro's build, then the search index in a process of its own.
  const astro = [process.execPath, join(dir, 'scripts/build.mjs')];
  const timed = existsSync(TIME);
  const [command, ...args] = timed ? [TIME, '-f', 'PEAK_RSS_KB=%M', ...astro] : astro;
  const started = performance.now();
  const child = spawn(command as string, args, {
    cwd: dir,
    env: { ...process.env, OUT_DIR: join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let sampled = { kb: 0, during: '' };
  // Per step: the highest total of the process tree, and of each program in it, while it ran.
  const atSteps: string[] = [];
  let step = '';
  let stepPeak = { kb: 0, by: new Map<string, number>() };
  const closeStep = (): void => {
    if (!step) return;
    const by = [...stepPeak.by]
      .filter(([, kb]) => kb > 10 * 1024)
      .map(([name, kb]) => `${name} ${Math.round(kb / 1024)}`)
      .join(', ');
    atSteps.push(`${String(Math.round(stepPeak.kb / 1024)).padStart(6)} MB (${by})  ${step}`);
  };
  const sampler = setInterval(() => {
    // The tree below /usr/bin/time: node and the programs it starts (Pagefind, esbuild).
    const byName = child.pid ? treeRss(child.pid) : new Map<string, number>();
    byName.delete('time');
    const kb = [...byName.values()].reduce((a, b) => a + b, 0);
    const lines = output.trimEnd().split('\n');
    const last = (lines.filter((line) => !/[├└]─|WARN|hint:/.test(line)).at(-1) ?? '')
      .replace(/^\d\d:\d\d:\d\d\s*/, '')
      .slice(0, 70);
    if (kb > sampled.kb) sampled = { kb, during: last };
    if (last !== step && /\[build\]|\[vite\]|generating|Waiting|\[k8s-notes/.test(last)) {
      closeStep();
      step = last;
      stepPeak = { kb: 0, by: new Map() };
    }
    if (kb > stepPeak.kb) stepPeak = { kb, by: byName };
  }, 500);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  closeStep();
  const ms = performance.now() - started;
  await writeFile(`${dir}.log`, output);
  await writeFile(`${dir}.memory.txt`, `${atSteps.join('\n')}\n`);
  if (code !== 0) throw new Error(`build failed (exit ${code}):\n${output.slice(-3000)}`);
  const peak = /PEAK_RSS_KB=(\d+)/.exec(output)?.[1];
  return {
    output,
    ms,
    ...(peak ? { peakKb: Number(peak) } : {}),
    ...(sampled.kb ? { treePeakKb: sampled.kb } : {}),
    ...(sampled.during ? { peakDuring: sampled.during } : {}),
  };
}

/** Milliseconds of a duration as Astro and Vite print it (`2.42s`, `478ms`, `2m 28s`). */
function duration(value: string, unit: string, minutes = '0'): number {
  return Number(minutes) * 60_000 + (unit === 's' ? Number(value) * 1000 : Number(value));
}

/** The steps' times from the build log (each step logs its own; see src/integrations). */
function steps(output: string): Record<string, number | undefined> {
  const number = (pattern: RegExp) => {
    const match = pattern.exec(output);
    return match ? Number(match[1]) : undefined;
  };
  const vite = [...output.matchAll(/\[vite\] ✓ built in (?:(\d+)m\s*)?([\d.]+)(ms|s)/g)].reduce(
    (sum, match) => sum + duration(match[2] as string, match[3] as string, match[1]),
    0,
  );
  const routes = /generating static routes[\s\S]*?✓ Completed in (?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(
    output,
  );
  const collect = /Collecting build info[\s\S]*?✓ Completed in (?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(
    output,
  );
  return {
    collect: collect ? duration(collect[2] as string, collect[3] as string, collect[1]) : undefined,
    manifests: number(/manifest\(s\) valid[^\n]* in (\d+) ms/),
    commands: number(/shell block\(s\) checked[^\n]* in (\d+) ms/),
    diagrams: number(/diagrams: \d+ in (\d+) ms/),
    render: routes
      ? vite + duration(routes[2] as string, routes[3] as string, routes[1])
      : undefined,
    search: number(/Indexed \d+ pages[^\n]* in (\d+)ms/),
  };
}

/** Total size of the files under `dir`, and the built pages' HTML and sidebar sizes. */
async function sizes(dir: string) {
  let total = 0;
  let html = 0;
  let sidebar = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    total += (await stat(file)).size;
    if (!entry.name.endsWith('.html')) continue;
    const text = await readFile(file, 'utf8');
    pages++;
    html += Buffer.byteLength(text);
    // Starlight's sidebar: the `<nav aria-label="Main">` pane with every chapter's link.
    const start = text.indexOf('<div class="sidebar-content');
    const end = start < 0 ? -1 : text.indexOf('</nav>', start);
    if (end > start) sidebar += Buffer.byteLength(text.slice(start, end));
  }
  return { total, html: html / Math.max(1, pages), sidebar: sidebar / Math.max(1, pages) };
}

async function measure(factor: number): Promise<Figures> {
  const { dir, chapters } = await prepare(factor);
  try {
    console.error(`building ${chapters} chapters (${factor}x) in ${dir} ...`);
    const { output, ms, peakKb, treePeakKb, peakDuring } = await build(dir);
    const pages = Number(/(\d+) page\(s\) built in/.exec(output)?.[1] ?? 0);
    const size = await sizes(join(dir, 'dist'));
    return {
      factor,
      pages,
      totalMs: ms,
      steps: steps(output),
      peakKb,
      treePeakKb,
      peakDuring,
      distBytes: size.total,
      htmlBytesPerPage: size.html,
      sidebarBytesPerPage: size.sidebar,
    };
  } finally {
    // BENCH_SCALE_KEEP=1 keeps the copy and its dist/ for a closer look.
    if (process.env.BENCH_SCALE_KEEP !== '1') await rm(dir, { recursive: true, force: true });
  }
}

function print(all: Figures[]): void {
  const col = (values: string[]) => values.map((value) => value.padStart(12)).join('');
  const row = (label: string, f: (x: Figures) => string) =>
    console.log(`${label.padEnd(34)}${col(all.map(f))}`);
  const s = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
  const perPage = (ms: number | undefined, x: Figures) =>
    ms === undefined ? 'n/a' : `${(ms / x.pages).toFixed(1)} ms`;
  console.log('');
  row('copies of each chapter', (x) => `${x.factor}x`);
  row('pages built', (x) => String(x.pages));
  row('total build (wall)', (x) => s(x.totalMs));
  row('  manifest validation', (x) => s(x.steps['manifests']));
  row('  command checks', (x) => s(x.steps['commands']));
  row('  diagrams (inside render)', (x) => s(x.steps['diagrams']));
  row('  Astro content collection', (x) => s(x.steps['collect']));
  row('  Astro render (vite + routes)', (x) => s(x.steps['render']));
  row('  search index', (x) => s(x.steps['search']));
  row('total per page', (x) => perPage(x.totalMs, x));
  row('render per page', (x) => perPage(x.steps['render'], x));
  row('search index per page', (x) => perPage(x.steps['search'], x));
  const mb = (kb: number | undefined) => (kb ? `${(kb / 1024).toFixed(0)} MB` : 'n/a');
  row('peak memory (RSS), largest process', (x) => mb(x.peakKb));
  row('peak memory (RSS), all processes', (x) => mb(x.treePeakKb));
  row('dist size', (x) => `${(x.distBytes / 1024 / 1024).toFixed(1)} MB`);
  row('HTML per page', (x) => `${(x.htmlBytesPerPage / 1024).toFixed(0)} KB`);
  row('  of which the sidebar', (x) => `${(x.sidebarBytesPerPage / 1024).toFixed(0)} KB`);
  for (const x of all) {
    if (x.peakDuring) console.log(`all processes peaked at ${x.factor}x during: ${x.peakDuring}`);
  }
  console.log('build logs and memory at each step: .bench-scale/<N>x-*.log, *.memory.txt');
  if (all.length >= 2) {
    const [first, last] = [all[0] as Figures, all.at(-1) as Figures];
    const ratio = (key: 'search' | 'render') => {
      const a = first.steps[key];
      const b = last.steps[key];
      return a && b ? ((b / last.pages) / (a / first.pages)).toFixed(2) : 'n/a';
    };
    console.log(
      `\nper-page time at ${last.factor}x vs ${first.factor}x: search index ${ratio('search')}x ` +
        `(target <= 1.3), render ${ratio('render')}x`,
    );
  }
}

const factors = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n >= 1);
const results: Figures[] = [];
for (const factor of factors.length > 0 ? factors : [10, 100]) results.push(await measure(factor));
print(results);
