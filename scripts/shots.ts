/**
 * `npm run shots`: a screenshot of every page and every interactive state of the production
 * build (tests/e2e/states.ts), at 375 and 1280 px in the light and the dark theme, written to
 * `shots/` (not committed), and one contact sheet per page and state (`shots/<name>.sheet.png`,
 * the four views side by side), for a person to look at before a change is called done. Builds
 * the site first unless `--no-build` is given and `dist/` exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serve } from './static-server.mjs';
import { PAGES, STATES } from '../tests/e2e/states';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dist = join(root, 'dist');
const out = join(root, 'shots');
const VIEWS = [
  { width: 375, theme: 'light' },
  { width: 375, theme: 'dark' },
  { width: 1280, theme: 'light' },
  { width: 1280, theme: 'dark' },
] as const;

if (!(process.argv.includes('--no-build') && existsSync(dist))) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const { server, origin } = await serve(dist, '/');
const browser = await chromium.launch(chromiumLaunchOptions);
const targets = [
  ...PAGES.map((path) => ({
    name: path === '' ? 'home' : path.replace(/\/$/, '').replace(/\//g, '-'),
    path,
    act: async (_page: Page) => {},
  })),
  ...STATES.map((state) => ({ name: `state-${state.name}`, path: state.path, act: state.act })),
];
try {
  for (const target of targets) {
    const files: string[] = [];
    for (const view of VIEWS) {
      const page = await browser.newPage({ viewport: { width: view.width, height: 800 } });
      await page.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), view.theme);
      await page.goto(`${origin}/${target.path}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // The states are written for @playwright/test; its Page and playwright-core's are one API.
      await target.act(page as never);
      const file = join(out, `${target.name}.${view.width}-${view.theme}.png`);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
      files.push(file);
      await page.close();
    }
    const sheet = await browser.newPage({ viewport: { width: 1800, height: 800 } });
    const cells = files
      .map((file, i) => {
        const data = readFileSync(file).toString('base64');
        const view = VIEWS[i]!;
        return `<figure><figcaption>${view.width}px · ${view.theme}</figcaption><img src="data:image/png;base64,${data}"></figure>`;
      })
      .join('');
    await sheet.setContent(
      `<style>body{margin:0;font:14px sans-serif;display:grid;grid-template-columns:1fr 1fr 2fr 2fr;gap:12px;padding:12px;align-items:start}` +
        `figure{margin:0}img{width:100%;border:1px solid #999}</style><h1 style="grid-column:1/-1;margin:0">${target.name}</h1>${cells}`,
    );
    await sheet.screenshot({ path: join(out, `${target.name}.sheet.png`), fullPage: true });
    await sheet.close();
    console.log(`${target.name}: ${files.length} views and a contact sheet`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Screenshots in ${out}: look at every contact sheet before calling a change done.`);
