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
    // Styles of the inputs and the reset button: src/styles/controls.css (the command sheet
    // uses them too, outside Expressive Code).
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
