// @ts-check
/**
 * `npm run bench`: times a clean production build, then loads every built page in headless
 * Chromium from a private static server and reports gzipped HTML, CSS and eager JS per page.
 * Figures are printed, not asserted; the script only fails when the build or browser does.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { fileFor, serve } from './static-server.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
/** Budget for JS a chapter page fetches before the reader interacts, gzipped. */
const JS_TARGET_BYTES = 15 * 1024;
/**
 * Budget for what opening the manifest editor on a Deployment fetches, gzipped, all included
 * (CodeMirror, the validator's worker, schemas, sentences).
 */
const EDITOR_TARGET_BYTES = 200 * 1024;
/** Budget for the median time from a keystroke to the updated findings in the editor. */
const KEYSTROKE_TARGET_MS = 50;
/** Budget for a clean production build, wall time. */
const BUILD_TARGET_MS = 30_000;
/** Extra wait after network idle so `requestIdleCallback` and timer-driven loads are counted. */
const SETTLE_MS = 2_000;
/** How long the network must stay silent to count as idle (as Playwright's `networkidle`). */
const QUIET_MS = 500;
/** Give up waiting for quiet after this long and report the requests still pending. */
const MAX_WAIT_MS = 30_000;
/** Pages measured at once, each worker in its own browser context. */
const CONCURRENCY = 4;

/** @param {Buffer | string} data */
const gz = (data) => gzipSync(data).length;
/** @param {Iterable<number>} values */
const sum = (values) => [...values].reduce((a, b) => a + b, 0);
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Recursively lists the files under `dir` as absolute paths. */
async function listFiles(/** @type {string} */ dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Runs `astro build` into `outDir`, resolving to the wall time; rejects with the log tail. */
async function build(/** @type {string} */ outDir) {
  const astroDir = join(root, 'node_modules/astro');
  const astroPkg = JSON.parse(await readFile(join(astroDir, 'package.json'), 'utf8'));
  const astroBin = join(astroDir, astroPkg.bin.astro);
  // `--force` drops Astro's content-layer cache too, so the figure is a cold build like CI's.
  const args = [astroBin, 'build', '--force', '--outDir', outDir];
  const started = performance.now();
  const log = await new Promise((done, fail) => {
    const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
    const child = spawn(process.execPath, args, { cwd: root, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(output);
      else fail(new Error(`astro build exited with ${code}\n${output.slice(-4000)}`));
    });
  });
  return { ms: performance.now() - started, log: String(log) };
}

/** Gzipped size of a file, memoised: many pages share the same assets. */
const gzFile = (() => {
  /** @type {Map<string, Promise<number>>} */
  const sizes = new Map();
  return (/** @type {string} */ file) => {
    if (!sizes.has(file)) sizes.set(file, readFile(file).then(gz));
    return /** @type {Promise<number>} */ (sizes.get(file));
  };
})();

/**
 * @typedef {{ page: string, chapter: boolean, html: number, css: number, js: number,
 *   scripts: Map<string, number>, blocked: string[], stuck: string[] }} PageFigures
 */

/**
 * Loads one page with the cache off and sums what it fetched before any interaction. The browser
 * says which files were fetched; sizes come from gzipping those files, which the server sends
 * verbatim, so the figures do not depend on the DevTools protocol keeping response bodies.
 */
async function measure(
  /** @type {import('playwright-core').BrowserContext} */ context,
  /** @type {{ origin: string, dir: string, base: string }} */ site,
  /** @type {string} */ url,
) {
  const page = await context.newPage();
  // Belt and braces with the server's `no-store`: every page must be measured as a first visit.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const sizeOf = async (/** @type {string} */ path) => {
    const file = await fileFor(site.dir, site.base, path);
    return file ? gzFile(file) : 0;
  };
  /** @type {Map<string, Promise<number>>} */
  const css = new Map();
  /** @type {Map<string, Promise<number>>} */
  const js = new Map();
  /** @type {string[]} */
  const blocked = [];
  // Nothing may leave the machine; anything off-origin is listed rather than silently counted.
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(`${site.origin}/`)) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const isJS =
      type === 'script' || /javascript|ecmascript/.test(response.headers()['content-type'] ?? '');
    if ((!isJS && type !== 'stylesheet') || !response.ok()) return;
    const path = new URL(response.url()).pathname;
    (isJS ? js : css).set(path, sizeOf(path));
  });
  // `load` covers every static module import; quiet periods before and after the settle time
  // catch idle-time and dynamic imports. Tracked by hand to name any request that never ends.
  const quiet = trackRequests(page);
  await page.goto(site.origin + url, { waitUntil: 'load', timeout: 2 * MAX_WAIT_MS });
  const stuck = await quiet(QUIET_MS, MAX_WAIT_MS);
  await page.waitForTimeout(SETTLE_MS);
  // Idle callbacks run in the order they were queued, so once this one has run, every idle-time
  // load queued during page load has started, even when a busy CPU starves idle periods.
  await page.evaluate(
    (max) => new Promise((done) => requestIdleCallback(() => done(undefined), { timeout: max })),
    MAX_WAIT_MS,
  );
  stuck.push(...(await quiet(QUIET_MS, MAX_WAIT_MS)));
  // Resource Timing as a second witness: under heavy load the protocol can drop an event.
  const timed = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => /** @type {PerformanceResourceTiming} */ (e))
      .filter((e) => e.name.startsWith(`${location.origin}/`))
      .map((e) => ({ path: new URL(e.name).pathname, initiator: e.initiatorType })),
  );
  await page.close();
  for (const { path, initiator } of timed) {
    const isJS = /\.m?js$/.test(path) || initiator === 'script';
    const isCSS = /\.css$/.test(path);
    if (isJS && !js.has(path)) js.set(path, sizeOf(path));
    if (isCSS && !css.has(path)) css.set(path, sizeOf(path));
  }
  const htmlFile = await fileFor(site.dir, site.base, url);
  const settle = async (/** @type {Map<string, Promise<number>>} */ map) =>
    new Map(await Promise.all([...map].map(async ([k, v]) => /** @type {const} */ ([k, await v]))));
  const scripts = await settle(js);
  return {
    html: htmlFile ? await gzFile(htmlFile) : 0,
    css: sum((await settle(css)).values()),
    js: sum(scripts.values()),
    scripts,
    blocked,
    stuck,
  };
}

/** Chapter whose first editable manifest is a Deployment, for the live-check figures. */
const EDITOR_PAGE = 'workloads/deployments/';
/** Keystrokes timed in the manifest editor; the median is reported. */
const KEYSTROKES = 20;
/** Keys of the ConfigMap pasted into the editor to time a large paste (about 1 MB). */
const PASTE_KEYS = 40_000;

/**
 * Opens the manifest editor ("편집해서 검사하기") of the first Deployment on EDITOR_PAGE: bytes
 * it fetched (editor code, validator, schema JSON, gzipped) and the median time from an input
 * event to the validation result shown, over KEYSTROKES edits that add and remove a typo.
 */
async function measureEditor(
  /** @type {import('playwright-core').BrowserContext} */ context,
  /** @type {{ origin: string, dir: string, base: string }} */ site,
) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(`${site.origin}${site.base}${EDITOR_PAGE}`, { waitUntil: 'load' });
  await trackRequests(page)(QUIET_MS, MAX_WAIT_MS);
  /** @type {Map<string, Promise<number>>} */
  const fetched = new Map();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!response.ok() || !response.url().startsWith(`${site.origin}/`)) return;
    fetched.set(path, fileFor(site.dir, site.base, path).then((f) => (f ? gzFile(f) : 0)));
  });
  const quiet = trackRequests(page);
  const block = page.locator('.manifest-block', { hasText: 'kind: Deployment' }).first();
  await block.locator('.manifest-edit').click();
  await block.locator('.live-check[data-checks]').waitFor({ timeout: MAX_WAIT_MS });
  await quiet(QUIET_MS, MAX_WAIT_MS);
  const bytes = sum(await Promise.all(fetched.values()));
  // Keystrokes typed for real (CodeMirror reads key events), timed in the page from keydown to
  // the check's result on screen (`data-checks` counts finished checks).
  const content = block.locator('.cm-content');
  await block.locator('.cm-line', { hasText: 'replicas:' }).first().click();
  await page.keyboard.press('End');
  await content.evaluate((element) => {
    const root = /** @type {HTMLElement} */ (element.closest('.live-check'));
    const state = /** @type {{ times: number[] }} */ ({ times: [] });
    /** @type {any} */ (window).__keystrokes = state;
    element.addEventListener('keydown', () => {
      const before = Number(root.dataset['checks']);
      const started = performance.now();
      const poll = () => {
        if (Number(root.dataset['checks']) > before) state.times.push(performance.now() - started);
        else requestAnimationFrame(poll);
      };
      poll();
    }, { capture: true });
  });
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(i % 2 === 0 ? 's' : 'Backspace');
    await page.waitForFunction((n) => /** @type {any} */ (window).__keystrokes.times.length > n, i);
  }
  const times = /** @type {number[]} */ (
    await page.evaluate(() => /** @type {any} */ (window).__keystrokes.times)
  );
  const paste = await content.evaluate(async (element, keys) => {
    const root = /** @type {HTMLElement} */ (element.closest('.live-check'));
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: big', 'data:'];
    for (let i = 0; i < keys; i++) lines.push(`  key-${i}: value-${i}`);
    const text = `${lines.join('\n')}\n`;
    /** @type {number[]} */
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    /** @type {HTMLElement} */ (element).focus();
    document.execCommand('selectAll');
    const before = Number(root.dataset['checks']);
    const started = performance.now();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    // The editor draws only the lines in view, and the cursor ends at the last one.
    const last = String(lines.length + 1);
    const shown = () =>
      [...root.querySelectorAll('.cm-lineNumbers .cm-gutterElement')].some(
        (number) => number.textContent === last,
      );
    while (
      (!shown() || Number(root.dataset['checks']) <= before) &&
      performance.now() - started < 60_000
    ) {
      await new Promise((r) => setTimeout(r, 5));
    }
    const elapsed = performance.now() - started;
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    const pasted = shown() ?? false;
    return { bytes: text.length, elapsed, longest: Math.max(0, ...tasks), pasted };
  }, PASTE_KEYS);
  if (!paste.pasted) throw new Error('the large paste did not reach the editor');
  await page.close();
  const sorted = [...times].sort((a, b) => a - b);
  const median = ((sorted[(sorted.length - 1) >> 1] ?? 0) + (sorted[sorted.length >> 1] ?? 0)) / 2;
  return { bytes, files: fetched.size, median, paste };
}

/**
 * Starts tracking `page`'s requests; the returned function resolves once none has been in flight
 * for `quietMs` (Playwright's `networkidle` rule), or after `maxMs` with the URLs still pending,
 * so one hung request cannot stall the whole run.
 */
function trackRequests(/** @type {import('playwright-core').Page} */ page) {
  /** @type {Set<import('playwright-core').Request>} */
  const inFlight = new Set();
  let changed = performance.now();
  page.on('request', (request) => {
    inFlight.add(request);
    changed = performance.now();
  });
  const done = (/** @type {import('playwright-core').Request} */ request) => {
    inFlight.delete(request);
    changed = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async (/** @type {number} */ quietMs, /** @type {number} */ maxMs) => {
    const deadline = performance.now() + maxMs;
    while (performance.now() < deadline) {
      if (inFlight.size === 0 && performance.now() - changed >= quietMs) return [];
      await new Promise((wake) => setTimeout(wake, 50));
    }
    return [...inFlight].map((request) => request.url());
  };
}

/** Runs `task` over `items` on `limit` workers (numbered from 0), keeping the input order. */
async function pool(
  /** @type {string[]} */ items,
  /** @type {number} */ limit,
  /** @type {(item: string, worker: number) => Promise<PageFigures>} */ task,
) {
  /** @type {PageFigures[]} */
  const results = [];
  let next = 0;
  const worker = async (/** @type {number} */ id) => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await task(/** @type {string} */ (items[index]), id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, id) => worker(id)));
  return results;
}

/** Prints rows as an aligned table; the first column is left-aligned, the rest right-aligned. */
function printTable(/** @type {string[]} */ header, /** @type {string[][]} */ rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)));
  console.log(line(header).join('  '));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row).join('  '));
}

async function main() {
  const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  // Inside the project (and gitignored as `dist-*/`): Astro's prerender step imports packages
  // from the output folder, which only resolve when node_modules is up the tree.
  const outDir = await mkdtemp(join(root, 'dist-bench-'));
  /** @type {import('node:http').Server | undefined} */
  let server;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  try {
    console.log(`Building into ${outDir} (clean: fresh outDir, --force) ...`);
    const { ms: buildMs, log } = await build(outDir);
    const pageCount = log.match(/(\d+) page\(s\) built/)?.[1];
    const seconds = (buildMs / 1000).toFixed(2);
    console.log(`Build finished in ${seconds} s (${pageCount ?? '?'} pages).\n`);
    // The commands integration logs how long checking every shell block took in this build.
    const shell = log.match(/(\d+) shell block\(s\) checked .* in (\d+) ms/);
    if (shell) console.log(`Shell blocks checked at build: ${shell[1]} in ${shell[2]} ms.\n`);

    const files = await listFiles(outDir);
    const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
    const pages = files
      .filter((f) => f.endsWith('.html'))
      .map((f) => relative(outDir, f).split(sep).join('/'))
      .sort();

    const started = await serve(outDir, base);
    server = started.server;
    browser = await chromium.launch({
      ...chromiumLaunchOptions,
    });
    // Chapters are the reading pages: those inside a section folder of content/.
    const entries = await readdir(join(root, 'content'), { withFileTypes: true });
    const sections = new Set(
      entries.filter((e) => e.isDirectory() && !e.name.startsWith('_')).map((e) => e.name),
    );
    const launched = browser;
    // One context per worker: creating a context costs seconds, and the cache is off anyway.
    /** @type {Promise<import('playwright-core').BrowserContext>[]} */
    const contexts = [];
    const figures = await pool(pages, CONCURRENCY, async (page, worker) => {
      const context = await (contexts[worker] ??= launched.newContext());
      const url = base + page.replace(/(^|\/)index\.html$/, '$1');
      const chapter = page.includes('/') && sections.has(page.split('/')[0] ?? '');
      const site = { origin: started.origin, dir: outDir, base };
      return { page, chapter, ...(await measure(context, site, url)) };
    });

    console.log('Per page (gzip level 6, 1 KB = 1024 bytes). Eager JS = every script fetched');
    const settle = `${SETTLE_MS / 1000} s`;
    console.log(`until network idle + ${settle}, no interaction; inline JS is in HTML.\n`);
    printTable(
      ['page', 'kind', 'HTML gz', 'CSS gz', 'eager JS gz', 'JS files'],
      figures.map((f) => [
        f.page,
        f.chapter ? 'chapter' : 'other',
        kb(f.html),
        kb(f.css),
        kb(f.js),
        String(f.scripts.size),
      ]),
    );

    /** @type {Map<string, { size: number, pages: number }>} */
    const scriptUse = new Map();
    for (const f of figures) {
      for (const [path, size] of f.scripts) {
        const use = scriptUse.get(path) ?? { size, pages: 0 };
        use.pages += 1;
        scriptUse.set(path, use);
      }
    }
    console.log('\nEager scripts:\n');
    printTable(
      ['script', 'gz', 'pages'],
      [...scriptUse]
        .sort((a, b) => b[1].size - a[1].size)
        .map(([path, use]) => [path, kb(use.size), String(use.pages)]),
    );

    const blocked = [...new Set(figures.flatMap((f) => f.blocked))];
    if (blocked.length > 0) {
      console.log(`\nBlocked ${blocked.length} off-site request(s), not counted:`);
      for (const url of blocked) console.log(`  ${url}`);
    }

    const stuck = figures.filter((f) => f.stuck.length > 0);
    if (stuck.length > 0) {
      console.log(`\nStill loading after ${MAX_WAIT_MS / 1000} s (figures may be low):`);
      for (const f of stuck) console.log(`  ${f.page}: ${f.stuck.join(', ')}`);
    }

    const chapters = figures.filter((f) => f.chapter);
    const worst = chapters.reduce(
      (/** @type {PageFigures | undefined} */ a, b) => (a && a.js >= b.js ? a : b),
      undefined,
    );
    const totalBytes = sum(sizes);
    const verdict = (/** @type {boolean} */ ok) => (ok ? 'within target' : 'OVER TARGET');
    console.log('\nTotals:');
    console.log(
      `  dist size:        ${totalBytes} bytes (${kb(totalBytes)}) in ${files.length} files`,
    );
    if (worst) {
      console.log(
        `  max eager JS:     ${kb(worst.js)} on ${worst.page} vs ${kb(JS_TARGET_BYTES)} target` +
          ` (${verdict(worst.js <= JS_TARGET_BYTES)})`,
      );
    } else {
      console.log('  max eager JS:     no chapter pages built');
    }
    if (existsSync(join(outDir, EDITOR_PAGE))) {
      const context = await (contexts[0] ?? launched.newContext());
      const site = { origin: started.origin, dir: outDir, base };
      const editor = await measureEditor(context, site);
      console.log(
        `  editor open:      ${kb(editor.bytes)} gz in ${editor.files} files (Deployment, ` +
          `${kb(EDITOR_TARGET_BYTES)} target, ${verdict(editor.bytes <= EDITOR_TARGET_BYTES)})`,
      );
      console.log(
        `  keystroke->check: ${editor.median.toFixed(1)} ms median of ${KEYSTROKES} (Chromium, ` +
          `${KEYSTROKE_TARGET_MS} ms target, ${verdict(editor.median <= KEYSTROKE_TARGET_MS)})`,
      );
      console.log(
        `  large paste:      ${kb(editor.paste.bytes)} (${PASTE_KEYS} keys) checked in ` +
          `${editor.paste.elapsed.toFixed(0)} ms; longest main-thread task ` +
          `${editor.paste.longest.toFixed(0)} ms (the check runs in a Web Worker)`,
      );
    }
    console.log(
      `  build time:       ${seconds} s vs ${BUILD_TARGET_MS / 1000} s target` +
        ` (${verdict(buildMs <= BUILD_TARGET_MS)})`,
    );
  } finally {
    await browser?.close();
    server?.closeAllConnections();
    if (server) await new Promise((done) => server?.close(() => done(undefined)));
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
