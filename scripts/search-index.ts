/**
 * `node --import tsx scripts/search-index.ts <dir>`: builds the Pagefind index of the site built
 * into `<dir>`, the same index the `k8s-notes:search` integration builds at the end of
 * `astro build`. `npm run build` (scripts/build.mjs) runs it once Astro has exited.
 */
import { pathToFileURL } from 'node:url';
import { buildSearchIndex } from '../src/integrations/search/build-index';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node --import tsx scripts/search-index.ts <built site folder>');
  process.exit(2);
}
const time = () => new Date().toTimeString().slice(0, 8);
await buildSearchIndex(pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`), {
  info: (message) => console.log(`${time()} [k8s-notes:search] ${message}`),
});
