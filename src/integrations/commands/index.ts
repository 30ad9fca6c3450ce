import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { failBuild } from '../fail-build';
import { describeFinding } from '../../lib/k8s/report';
import { CLI_TABLES } from '../../lib/cli/tables';
import { loadSiteCommands } from './site-commands';

/**
 * Checks every shell block of the chapters before anything is rendered: shell syntax, and each
 * kubectl/docker/kubeadm/etcdctl call against its CLI table. Errors stop the build with
 * file:line:column and a hint; warnings (deprecated flags) go to the build log.
 */
export function commandsIntegration(): AstroIntegration {
  return {
    name: 'k8s-notes:commands',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const site = loadSiteCommands(fileURLToPath(config.root));
        for (const warning of site.warnings) logger.warn(describeFinding(warning));
        if (site.errors.length > 0) {
          const error = new AstroError(
            `${site.errors.length} error(s) in the shell commands of the notes:\n` +
              site.errors.map(describeFinding).join('\n'),
            'Fix the command at the position shown. If a block fails on purpose, mark its fence ' +
              'with `expect-fail` so the page labels it as an expected error.',
          );
          failBuild(updateConfig, 'k8s-notes:commands', error);
          return;
        }
        const blocks = site.chapters.reduce((sum, chapter) => sum + chapter.blocks.length, 0);
        const tools = Object.values(CLI_TABLES)
          .map((table) => `${table.tool} ${table.version}`)
          .join(', ');
        logger.info(
          `${blocks} shell block(s) checked against ${tools} in ${Math.round(site.elapsed)} ms` +
            ` (${site.warnings.length} warning(s)).`,
        );
      },
    },
  };
}
