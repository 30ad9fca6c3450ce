import { definePlugin, ExpressiveCodeAnnotation } from '@expressive-code/core';
import type { AnnotationRenderOptions } from '@expressive-code/core';
import type { Parents } from '@expressive-code/core/hast';
import { h } from '@expressive-code/core/hast';
import { findPlaceholders } from '../../lib/shell/fill';
import { parseShellSession } from '../../lib/shell/session';

const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'shellscript', 'zsh', 'console']);

/**
 * Wraps a placeholder's text in `span.ph`. Highlighting may split it over several tokens, so
 * every piece carries the occurrence id (`data-ph-at`) and the browser script joins them.
 */
class PlaceholderAnnotation extends ExpressiveCodeAnnotation {
  override readonly name = 'placeholder';
  constructor(
    readonly text: string,
    readonly at: string,
    range: { columnStart: number; columnEnd: number },
  ) {
    super({ inlineRange: range });
  }
  render({ nodesToTransform }: AnnotationRenderOptions): Parents[] {
    return nodesToTransform.map((node) =>
      h('span.ph', { 'data-ph': this.text, 'data-ph-at': this.at }, node),
    );
  }
}

/**
 * Expressive Code plugin that marks the fill-in placeholders of shell commands (`{pod 이름}`,
 * `<ip>`; see src/lib/shell/fill.ts). The text stays as written, so pages without JavaScript
 * show it unchanged; src/scripts/placeholders.ts turns the marks into inputs.
 */
export function pluginPlaceholderFields() {
  return definePlugin({
    name: 'placeholder-fields',
    baseStyles: `
      .ph-input { font: inherit; color: inherit; background: transparent; padding: 0 0.125em;
        margin: 0; border: 0; border-bottom: 1px dashed currentColor; border-radius: 0;
        min-width: 2ch; }
      .ph-input::placeholder { color: inherit; opacity: 0.8; }
      .ph-input:focus-visible { outline: 2px solid var(--sl-color-text-accent, #06c);
        outline-offset: 1px; }
      .ph-input:not(:placeholder-shown) { border-bottom-style: solid; font-weight: 600; }
      .ph-bar { display: flex; justify-content: flex-end; margin: 0.25rem 0 0; }
      .ph-reset { font: inherit; font-size: var(--sl-text-xs, 0.8rem); cursor: pointer;
        padding: 0.125rem 0.5rem; border-radius: 0.25rem; color: var(--sl-color-white, #000);
        border: 1px solid var(--sl-color-gray-4, #888); background: var(--sl-color-black, #fff); }
    `,
    hooks: {
      annotateCode: ({ codeBlock }) => {
        if (!SHELL_LANGUAGES.has(codeBlock.language)) return;
        const session = parseShellSession(codeBlock.code);
        codeBlock.getLines().forEach((line, index) => {
          const parsed = session.lines[index];
          // Output is what the terminal printed (`<none>`), never something to fill in.
          if (!parsed || parsed.kind === 'output') return;
          const offset = parsed.prompt.length;
          for (const match of findPlaceholders(parsed.text)) {
            const range = { columnStart: offset + match.start, columnEnd: offset + match.end };
            line.addAnnotation(
              new PlaceholderAnnotation(match.text, `${index}:${range.columnStart}`, range),
            );
          }
        });
      },
    },
  });
}
