import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Code } from 'mdast';
import type { PluginFactoryContext } from 'satteri';
import { DiagramError, formatIssue, shiftIssue, type DiagramIssue } from '../lib/diagrams/errors';
import { diagramFigure, diagramId } from '../lib/diagrams/figure';
import { recordStep } from './build-stats/index';

/** The fence language that marks a diagram. */
const LANGUAGE = 'mermaid';

/** What the visitor needs from Sätteri's context. */
interface VisitContext {
  readonly source: string;
}

/**
 * Sätteri mdast plugin: every ```mermaid fence becomes a `<figure>` with an inline SVG drawn at
 * build time (src/lib/diagrams) and its caption from the fence meta. It runs on the mdast, before
 * Expressive Code sees the fence, so a diagram is never a code block (no copy button, no frame).
 * A diagram that cannot be drawn fails the build at its file:line:column with a hint.
 */
export function satteriDiagrams() {
  return ({ fileURL, sourceFormat }: PluginFactoryContext) => {
    const file = fileURL ? fileURLToPath(fileURL) : undefined;
    const ids = new Set<string>();
    return {
      name: 'diagrams',
      options: { position: true },
      code(node: Readonly<Code>, ctx: VisitContext) {
        if (node.lang !== LANGUAGE) return undefined;
        let id = diagramId(node.value);
        for (let n = 2; ids.has(id); n++) id = `${diagramId(node.value)}-${n}`;
        ids.add(id);
        let html: string;
        const started = performance.now();
        try {
          html = diagramFigure({ source: node.value, meta: node.meta, id }).html;
          recordStep('diagrams', performance.now() - started);
        } catch (error) {
          if (error instanceof DiagramError) throw buildError(error, node, ctx.source, file);
          throw error;
        }
        if (sourceFormat !== 'mdx') return { type: 'html' as const, value: html };
        // MDX has no raw HTML node: Astro's Fragment injects the markup as it is.
        return {
          type: 'mdxJsxFlowElement' as const,
          name: 'Fragment',
          attributes: [{ type: 'mdxJsxAttribute' as const, name: 'set:html', value: html }],
          children: [],
        };
      },
    };
  };
}

/** Moves the issues of one fence to file positions and wraps them in an AstroError. */
function buildError(
  error: DiagramError,
  node: Readonly<Code>,
  source: string,
  file: string | undefined,
): AstroError {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const fenceLine = source.split('\n')[start.line - 1] ?? '';
  const metaColumn = node.meta ? fenceLine.indexOf(node.meta) : -1;
  const issues = error.issues.map((issue): DiagramIssue => {
    if (issue.line === 0) {
      // Fence-meta problems: column within the meta string, on the fence line.
      return shiftIssue(issue, start.line, metaColumn >= 0 ? metaColumn : start.column - 1);
    }
    return shiftIssue(issue, start.line, start.column - 1);
  });
  const shown = file ? relative(process.cwd(), file) : '<markdown>';
  const first = issues[0] as DiagramIssue;
  // Each issue keeps its own hint next to it; Astro prints the error's hint last, so that one
  // says where the supported syntax is described.
  const lines = issues.map((issue) => formatIssue(issue, shown));
  const message = `A diagram cannot be drawn:\n${lines.join('\n')}`;
  const astroError = new AstroError(
    message,
    'Diagrams are drawn at build time from a subset of Mermaid flowcharts; ' +
      'src/lib/diagrams/README.md lists what is supported.',
  );
  // The position is in the message; a stack of the plugin would say nothing about the content.
  astroError.stack = '';
  // @astrojs/mdx reads `line`/`column` for the location it prints; Vite reads `id` and `loc`.
  Object.assign(astroError, {
    id: file,
    line: first.line,
    column: first.column,
    loc: { file, line: first.line, column: first.column },
  });
  return astroError;
}
