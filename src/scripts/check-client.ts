/**
 * Runs the page editor's checks in a Web Worker (check-worker.ts), so a large paste never
 * freezes the tab: checks of large texts wait for a pause in typing, only the newest text is
 * checked (older requests that have not started are dropped), and a check that runs too long
 * while newer text waits is abandoned by restarting the worker.
 */
import type { Finding } from '../lib/k8s/validate';

/** What the page asks the worker. */
export interface CheckRequest {
  id: number;
  text: string;
  fileName: string;
  /** The site's base URL, where the per-kind schemas are served. */
  base: string;
}

/** What the worker answers: findings with Korean `message` and `hint`. */
export interface CheckResponse {
  id: number;
  findings: Finding[];
}

/**
 * Pause in typing before a check starts, in ms: none for a manifest of normal size (a check
 * takes a few ms), growing with the text up to 300 ms, so a huge text is not checked on every
 * keystroke.
 */
export function debounceMs(length: number): number {
  return Math.min(300, Math.floor(length / 2000));
}
/** A check running longer than this is abandoned when newer text waits, in ms. */
export const ABANDON_AFTER_MS = 1500;

export interface Checker {
  /** Asks for a check of `text`; `onResult` gets the findings of the newest text only. */
  request(text: string): void;
  /** Checks `text` now, without waiting for a pause (first check, restore). */
  now(text: string): void;
  dispose(): void;
}

export function createChecker(
  fileName: string,
  base: string,
  onResult: (findings: Finding[]) => void,
): Checker {
  let worker: Worker | undefined;
  let lastId = 0;
  let running: { id: number; started: number } | undefined;
  let waiting: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const start = (): Worker => {
    const created = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<CheckResponse>) => {
      if (event.data.id !== running?.id) return;
      running = undefined;
      clearTimeout(watchdog);
      // Text typed while this check ran is newer: show nothing stale, check that instead.
      if (waiting !== undefined) send();
      else if (event.data.id === lastId) onResult(event.data.findings);
    });
    return created;
  };

  const send = (): void => {
    if (waiting === undefined) return;
    const text = waiting;
    waiting = undefined;
    worker ??= start();
    running = { id: ++lastId, started: performance.now() };
    const message: CheckRequest = { id: running.id, text, fileName, base };
    worker.postMessage(message);
  };

  const submit = (text: string): void => {
    waiting = text;
    if (!running) {
      send();
      return;
    }
    // A long check of older text: let it finish unless it is taking too long.
    clearTimeout(watchdog);
    const left = ABANDON_AFTER_MS - (performance.now() - running.started);
    watchdog = setTimeout(() => {
      if (!running || waiting === undefined) return;
      worker?.terminate();
      worker = undefined;
      running = undefined;
      send();
    }, Math.max(0, left));
  };

  return {
    request(text) {
      clearTimeout(timer);
      const wait = debounceMs(text.length);
      if (wait === 0) submit(text);
      else timer = setTimeout(() => submit(text), wait);
    },
    now(text) {
      clearTimeout(timer);
      submit(text);
    },
    dispose() {
      clearTimeout(timer);
      clearTimeout(watchdog);
      worker?.terminate();
      worker = undefined;
    },
  };
}
