/**
 * Stops a build because of the content, the way Astro reports its own errors: the message and
 * the hint alone. A throw inside an integration hook would be headed "An unhandled error occurred
 * while running the hook" and followed by the stack of our integration, which says nothing about
 * the content; a Vite plugin that throws in `buildStart` fails the build before anything is
 * rendered and is printed as the AstroError it is.
 */
import type { AstroIntegration } from 'astro';
import type { AstroError } from 'astro/errors';

type UpdateConfig = Parameters<
  NonNullable<AstroIntegration['hooks']['astro:config:setup']>
>[0]['updateConfig'];

/** Makes the build fail with `error` (no stack trace: the message names the content position). */
export function failBuild(updateConfig: UpdateConfig, name: string, error: AstroError): void {
  error.stack = '';
  updateConfig({
    vite: {
      plugins: [
        {
          name: `${name}:content-errors`,
          buildStart() {
            throw error;
          },
        },
      ],
    },
  });
}
