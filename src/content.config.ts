import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

/** A 1-based, inclusive line range of the original notes (`tests/fixtures/notes.md`). */
const lineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);

/** One entry of the corrections page (정오표): what the notes said, what the site shows, why. */
const correctionSchema = z.object({
  /** Chapter slug where the corrected text is shown, e.g. `docker/commands`. */
  page: z.string(),
  /** Lines of the original notes that this entry replaces. */
  lines: lineRange,
  /** The original lines, verbatim (the fidelity test checks them against the notes). */
  original: z.string(),
  /** What the site shows instead; empty when the lines were removed. */
  corrected: z.string(),
  /** Language of `original`/`corrected` for highlighting (`sh`, `yaml`, `text`...). */
  lang: z.string().default('text'),
  /** Why, in Korean. */
  why: z.string(),
});

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({
      extend: z.object({
        /** Which lines of the original notes this chapter carries (checked by the fidelity test). */
        notes: z.array(lineRange).optional(),
      }),
    }),
  }),
  i18n: defineCollection({
    loader: glob({ base: './content/_i18n', pattern: '*.json' }),
    schema: i18nSchema(),
  }),
  corrections: defineCollection({
    loader: file('content/_data/corrections.yaml'),
    schema: correctionSchema,
  }),
};
