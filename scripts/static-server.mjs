// @ts-check
/**
 * A static server for a built site (`dist/`), for the scripts that load the production build in
 * a browser (`npm run bench`, `npm run shots`): binds 127.0.0.1 on a port the OS picks, so it
 * never talks to anyone else's server, and sends `no-store` so every load is a cold one.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
});

/** The file in `dir` that answers URL path `pathname` under `base`, if there is one. */
export async function fileFor(/** @type {string} */ dir, /** @type {string} */ base, pathname = '/') {
  if (!pathname.startsWith(base)) return undefined;
  let file = resolve(dir, `.${sep}${pathname.slice(base.length)}`);
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
  return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
}

/** Serves `dir` on 127.0.0.1 at a free port; `base` is the site's base path, e.g. `/docs/`. */
export async function serve(/** @type {string} */ dir, /** @type {string} */ base) {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = await fileFor(dir, base, pathname);
    const notFound = () => readFile(join(dir, '404.html')).catch(() => '');
    const body = file ? await readFile(file) : await notFound();
    const type = file ? (CONTENT_TYPES[extname(file)] ?? 'application/octet-stream') : 'text/html';
    // `no-store` keeps Chromium from serving one page's assets to the next from its cache.
    res.writeHead(file ? 200 : 404, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  // Port 0 lets the OS pick a free port, so this can never talk to someone else's server.
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Static server has no port.');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

