import { definePlugin, ExpressiveCodeAnnotation } from '@expressive-code/core';
import type { AnnotationRenderOptions } from '@expressive-code/core';
import type { Element, Parents } from '@expressive-code/core/hast';
import { h, select } from '@expressive-code/core/hast';
import { parseShellSession } from '../../lib/shell/session';

const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'shellscript', 'zsh', 'console']);

/** Wraps a prompt so that it is shown but never selected or copied. */
class PromptAnnotation extends ExpressiveCodeAnnotation {
  override readonly name = 'shell-prompt';
  render({ nodesToTransform }: AnnotationRenderOptions): Parents[] {
    return nodesToTransform.map((node) => h('span.sh-prompt', node));
  }
}

/** Marks a whole line as terminal output (dimmed, never copied). */
class OutputAnnotation extends ExpressiveCodeAnnotation {
  override readonly name = 'shell-output';
  render({ nodesToTransform }: AnnotationRenderOptions): Parents[] {
    return nodesToTransform.map((node) => h('span.sh-output', node));
  }
}

/**
 * Expressive Code plugin for shell sessions: prompts stay visible but unselectable, output lines
 * are dimmed, and the copy button copies only the commands.
 */
export function pluginShellSession() {
  return definePlugin({
    name: 'shell-session',
    baseStyles: `
      .sh-prompt { user-select: none; -webkit-user-select: none; opacity: 0.75; }
      .sh-output { user-select: none; -webkit-user-select: none; font-style: italic; }
    `,
    hooks: {
      annotateCode: ({ codeBlock }) => {
        if (!SHELL_LANGUAGES.has(codeBlock.language)) return;
        const session = parseShellSession(codeBlock.code);
        if (!session.hasPrompts) return;
        codeBlock.getLines().forEach((line, index) => {
          const parsed = session.lines[index];
          if (!parsed) return;
          if (parsed.prompt) {
            line.addAnnotation(
              new PromptAnnotation({
                inlineRange: { columnStart: 0, columnEnd: parsed.prompt.length },
              }),
            );
          }
          if (parsed.kind === 'output' && line.text.length > 0) {
            line.addAnnotation(new OutputAnnotation({}));
          }
        });
      },
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        if (!SHELL_LANGUAGES.has(codeBlock.language)) return;
        const session = parseShellSession(codeBlock.code);
        if (!session.hasPrompts) return;
        const button = select('.copy button', renderData.blockAst) as Element | undefined;
        if (button) button.properties['dataCode'] = session.copyText.replace(/\n/g, '\u007f');
      },
    },
  });
}
