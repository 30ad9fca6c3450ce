import { relative } from 'node:path';
import { definePlugin } from '@expressive-code/core';
import type { Element } from '@expressive-code/core/hast';
import { h } from '@expressive-code/core/hast';
import { SHELL_LANGS } from '../../lib/shell/blocks';
import { loadSiteCommands } from '../commands/site-commands';
import { blockKey } from '../manifests/site-manifests';

/** What the reader is told above a block that fails on purpose. */
const LABELS = {
  static: '실패하는 예: 오류가 나는 것이 정상입니다',
  runtime: '실패하는 예: 클러스터에서 실행하면 오류가 나는 것이 정상입니다',
} as const;

/**
 * Expressive Code plugin for checked shell blocks: gives each block a stable id (the command
 * sheet links to it) and labels a block marked `expect-fail` as an expected error. The data is
 * the site-wide check of the commands integration, keyed by the block's file and code.
 */
export function pluginShellChecks(options: { root: string }) {
  // Blocks with the same code on one page are told apart by render order, which is page order;
  // counting round the list keeps a re-render of the page (dev server) on the same ids.
  const seen = new Map<string, number>();
  return definePlugin({
    name: 'shell-checks',
    baseStyles: `
      .shell-expect-fail {
        margin: 0 0 0.25rem;
        font-size: var(--sl-text-sm, 0.875rem);
        font-weight: 600;
        color: var(--sl-color-red-high, #7f1d1d);
      }
      .shell-expect-fail::before { content: '⚠ '; }
    `,
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        if (!SHELL_LANGS.has(codeBlock.language)) return;
        const source = codeBlock.parentDocument?.sourceFilePath;
        if (!source) return;
        const site = loadSiteCommands(options.root);
        const key = blockKey(relative(options.root, source), codeBlock.code);
        const entries = site.blocks.get(key);
        if (!entries || entries.length === 0) return;
        const count = seen.get(key) ?? 0;
        seen.set(key, count + 1);
        const entry = entries[count % entries.length]!;
        const expect = entry.checked.expectFail;
        const children: Element[] = [];
        if (expect) children.push(h('p.shell-expect-fail', LABELS[expect]) as Element);
        children.push(renderData.blockAst);
        renderData.blockAst = h(
          'div.shell-block',
          { id: entry.id, ...(expect ? { 'data-expect-fail': expect } : {}) },
          children,
        );
      },
    },
  });
}
