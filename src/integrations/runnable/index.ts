import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The page script: placeholder inputs, and the manifest editor loaded on demand. */
const ENTRY = fileURLToPath(new URL('../../scripts/runnable.ts', import.meta.url));

/** Stands in for the whole schema table in browser bundles. */
const STUB_ID = '\0k8s-notes:empty-schema-table';

/**
 * In the browser the validator gets per-kind schema files (src/lib/k8s/browser-source.ts), so
 * the 200 KB table that `defaultSchemaSource` imports for the build is replaced by an empty one
 * in client bundles; the build and the CLI keep the real table.
 */
function clientSchemaStub(): Plugin {
  return {
    name: 'k8s-notes:client-schema-stub',
    enforce: 'pre',
    resolveId(id, importer, options) {
      const environment = (this as { environment?: { config?: { consumer?: string } } })
        .environment;
      const server = environment?.config?.consumer
        ? environment.config.consumer === 'server'
        : options?.ssr === true;
      if (server || !importer?.endsWith('schema-source.ts')) return null;
      return id.endsWith('schemas/k8s.json') ? STUB_ID : null;
    },
    load(id) {
      return id === STUB_ID ? 'export default { source: {}, kinds: {}, types: {} };' : null;
    },
  };
}

/** Runnable snippets (issue 6): fill-in placeholders and the live manifest check. */
export function runnableSnippetsIntegration(): AstroIntegration {
  return {
    name: 'k8s-notes:runnable-snippets',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig }) => {
        injectScript('page', `import ${JSON.stringify(ENTRY)};`);
        // Worker bundles (the editor's check-worker.ts) get only `worker.plugins`.
        updateConfig({
          vite: {
            plugins: [clientSchemaStub()],
            worker: { format: 'es', plugins: () => [clientSchemaStub()] },
          },
        });
      },
    },
  };
}
