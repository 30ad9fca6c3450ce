import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import type { SiteOptions } from './tests/e2e/support';

/** Public site URL baked into the builds (sitemap, canonical links); mirrors astro.config.mjs. */
const SITE_URL = process.env.SITE_URL ?? 'https://k8s-notes.example.com';
/** Base path of the second build, served by the `base-path` project. */
const BASE_PATH = '/k8s-notes/';
/**
 * Port of the root build's preview server; `E2E_PORT` moves both servers, so that two checkouts
 * can run their browser tests side by side on one machine.
 */
const ROOT_PORT = Number(process.env.E2E_PORT ?? 48213);
/** Port of the base-path build's preview server. */
const BASE_PORT = ROOT_PORT + 2;
/** Time allowed for one build plus server start; builds grow with the content. */
const SERVER_TIMEOUT = 5 * 60_000;

/**
 * Build once, then serve that build. `astro preview` reads astro.config.mjs, so it honours
 * BASE_PATH and OUT_DIR as long as the same environment is passed to it. `--ignore-lock` lets
 * the two servers (and a developer's own preview) run side by side.
 */
const buildAndServe = (port: number): string =>
  `npm run build && npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`;

export default defineConfig<SiteOptions>({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry in CI: the machine is shared and noisy; a real defect still fails twice.
  retries: process.env.CI ? 1 : 0,
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    locale: 'ko-KR',
    siteUrl: SITE_URL,
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/`, basePath: '/' },
    },
    {
      name: 'base-path',
      testMatch: /(base-path|site-meta)\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`, basePath: BASE_PATH },
    },
  ],
  // Plugins start one after the other, so the two builds never run at the same time.
  webServer: [
    {
      name: 'site',
      command: buildAndServe(ROOT_PORT),
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      env: { SITE_URL, BASE_PATH: '/', OUT_DIR: './dist' },
      reuseExistingServer: !process.env.CI,
      timeout: SERVER_TIMEOUT,
    },
    {
      name: 'base-path',
      command: buildAndServe(BASE_PORT),
      url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
      env: { SITE_URL, BASE_PATH, OUT_DIR: './dist-base' },
      reuseExistingServer: !process.env.CI,
      timeout: SERVER_TIMEOUT,
    },
  ],
});
