import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { failBuild } from '../fail-build';
import { describeFinding } from '../../lib/k8s/report';
import { loadSiteManifests } from './site-manifests';

/**
 * Validates every manifest of the chapters before anything is rendered: errors stop the build
 * with file:line:column, the rule and a hint; warnings go to the build log. Also tells the pages
 * where the project root is, so the catalog and download routes read the same content.
 */
export function manifestsIntegration(): AstroIntegration {
  return {
    name: 'k8s-notes:manifests',
    hooks: {
      'astro:config:setup': async ({ config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const started = performance.now();
        updateConfig({
          vite: { define: { 'import.meta.env.K8S_NOTES_ROOT': JSON.stringify(root) } },
        });
        const site = await loadSiteManifests(root);
        for (const warning of site.warnings) logger.warn(describeFinding(warning));
        if (site.errors.length > 0) {
          const error = new AstroError(
            `${site.errors.length} error(s) in the manifests of the notes:\n` +
              site.errors.map(describeFinding).join('\n'),
            'Fix the YAML at the position shown. If a block is wrong on purpose, mark its fence ' +
              'with `expect-errors` so the page shows it as an intentional mistake.',
          );
          failBuild(updateConfig, 'k8s-notes:manifests', error);
          return;
        }
        const ms = Math.round(performance.now() - started);
        logger.info(
          `${site.manifests.length} manifest(s) valid against Kubernetes ${site.kubernetesVersion}` +
            ` (${site.warnings.length} warning(s)) in ${ms} ms.`,
        );
      },
    },
  };
}
