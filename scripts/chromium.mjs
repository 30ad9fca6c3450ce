// @ts-check
/**
 * How every test and benchmark launches Chromium: Debian's /usr/bin/chromium when present (CI,
 * containers), else Playwright's own browser; flags that keep it off the network and quiet.
 */
import { existsSync } from 'node:fs';

/** Debian's Chromium, used when installed. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Launch options for playwright-core / @playwright/test. */
export const chromiumLaunchOptions = {
  executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    // Without these Chromium keeps trying to reach Google's hosts from a closed network.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
