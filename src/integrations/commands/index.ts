import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { CLI_TABLES } from '../../lib/cli/tables';
import type { Finding } from '../../lib/k8s/types';
import { loadSiteCommands } from './site-commands';

/** `content/x.mdx:12:5: error: message [rule]` plus the hint on the next line. */
function describe(finding: Finding): string {
  const head = `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message} [${finding.rule}]`;
  return finding.hint ? `${head}\n    hint: ${finding.hint}` : head;
}

/**
 * Checks every shell block of the chapters before anything is rendered: shell syntax, and each
 * kubectl/docker/kubeadm/etcdctl call against its CLI table. Errors stop the build with
 * file:line:column and a hint; warnings (deprecated flags) go to the build log.
 */
export function commandsIntegration(): AstroIntegration {
  return {
    name: 'k8s-notes:commands',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const site = loadSiteCommands(fileURLToPath(config.root));
        for (const warning of site.warnings) logger.warn(describe(warning));
        if (site.errors.length > 0) {
          throw new AstroError(
            `${site.errors.length} error(s) in the shell commands of the notes:\n` +
              site.errors.map(describe).join('\n'),
            'Fix the command at the position shown. If a block fails on purpose, mark its fence ' +
              'with `expect-fail` so the page labels it as an expected error.',
          );
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
