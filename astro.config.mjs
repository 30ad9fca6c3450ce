// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriHangulCode } from './src/integrations/satteri-hangul-code.ts';
import { satteriDiagrams } from './src/integrations/satteri-diagrams.ts';
import { satteriGlossary } from './src/integrations/satteri-glossary.ts';
import { satteriOfficialDocs } from './src/integrations/satteri-official-docs.ts';
import { GLOSSARY_TIPS_SCRIPT } from './src/integrations/glossary-tips.ts';
import { pluginShellSession } from './src/integrations/expressive-code/shell-session.ts';
import { pluginManifestBlocks } from './src/integrations/expressive-code/manifest-block.ts';
import { manifestsIntegration } from './src/integrations/manifests/index.ts';
import { commandsIntegration } from './src/integrations/commands/index.ts';
import { pluginShellChecks } from './src/integrations/expressive-code/shell-checks.ts';
import { pluginPlaceholderFields } from './src/integrations/expressive-code/placeholder-fields.ts';
import { runnableSnippetsIntegration } from './src/integrations/runnable/index.ts';
import { searchIntegration } from './src/integrations/search/index.ts';
import { buildStatsIntegration } from './src/integrations/build-stats/index.ts';
import { staticHtmlIntegration } from './src/integrations/static-html/index.ts';
import { mdxConcurrencyIntegration } from './src/integrations/mdx-concurrency/index.ts';

/** Project root, for plugins that read content/ directly. */
const root = fileURLToPath(new URL('.', import.meta.url));

/** The public URL of the site (sitemap, canonical links); set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'https://k8s-notes.example.com';
/** The path the site is served under, e.g. `/k8s-notes/`; set BASE_PATH when deploying. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX output carries a "use astro:head-inject" directive that the bundler
        // reports once per page; it is harmless and would hide the warnings that matter.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) {
            return;
          }
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // Smart punctuation would turn `--flag` into an en dash and straight quotes into curly ones.
    processor: satteri({
      features: { smartPunctuation: false },
      // ```mermaid fences become inline SVG figures at build time (src/lib/diagrams).
      // The first mention of each glossary term on a chapter links to 용어집 (src/lib/glossary).
      // Each chapter ends with 공식 문서 더 읽기 (src/lib/official-docs).
      mdastPlugins: [satteriDiagrams(), satteriGlossary({ base }), satteriOfficialDocs()],
      hastPlugins: [satteriHangulCode()],
    }),
  },
  integrations: [
    manifestsIntegration(),
    commandsIntegration(),
    // Placeholder inputs and the in-page manifest editor (src/scripts/runnable.ts).
    runnableSnippetsIntegration(),
    // Builds the Pagefind index with Korean search terms (src/lib/search) after the build.
    searchIntegration(),
    // Logs the time of the steps inside Astro's render (diagrams), for `npm run bench:scale`.
    buildStatsIntegration(),
    // Chapters' static HTML stays out of the server bundle (build memory at scale).
    staticHtmlIntegration(),
    // At most a few chapters are compiled at once (build memory at scale).
    mdxConcurrencyIntegration(),
    starlight({
      title: '도커·쿠버네티스 노트',
      defaultLocale: 'root',
      locales: { root: { label: '한국어', lang: 'ko' } },
      description: '도커와 쿠버네티스를 처음 배우는 사람을 위한 한국어 학습 노트',
      markdown: { processedDirs: ['./content'] },
      // live-check.css styles the manifest editor; CSS imported from an injected script would
      // reach the dev server but not dist/, so it is site CSS.
      customCss: [
        './src/styles/korean.css',
        './src/styles/diagrams.css',
        './src/styles/controls.css',
        './src/styles/live-check.css',
        './src/styles/glossary.css',
      ],
      // Esc closes a glossary tooltip; a tooltip at the right edge moves left (a few hundred bytes).
      head: [{ tag: 'script', content: GLOSSARY_TIPS_SCRIPT }],
      expressiveCode: {
        // Long lines wrap (continuation lines keep their indentation) instead of hiding behind
        // a sideways scroll, on a phone above all; what is copied is unchanged.
        defaultProps: { wrap: true, preserveIndent: true },
        plugins: [
          pluginShellSession(),
          pluginManifestBlocks({ root, site, base, siteKnown: process.env.SITE_URL !== undefined }),
          pluginShellChecks({ root }),
          pluginPlaceholderFields(),
        ],
      },
      lastUpdated: false,
      // Our own Korean 404 page (src/pages/404.astro) links with the base path.
      disable404Route: true,
      pagination: true,
      // Our search integration indexes instead (Korean terms, part filter); the UI stays.
      pagefind: false,
      // Same search UI as stock, but Pagefind's UI bundle loads on first intent, not at idle.
      components: { Search: './src/components/Search.astro' },
      sidebar: [
        {
          label: '시작하기',
          items: [
            'index',
            { label: '명령어 모음', link: '/commands/' },
            { label: '매니페스트 모음', link: '/manifests/' },
            { label: '용어집', link: '/glossary/' },
            'corrections',
          ],
        },
        { label: '도커', items: [{ autogenerate: { directory: 'content/docker' } }] },
        { label: '쿠버네티스 기초', items: [{ autogenerate: { directory: 'content/kubernetes' } }] },
        { label: '워크로드', items: [{ autogenerate: { directory: 'content/workloads' } }] },
        { label: '클러스터', items: [{ autogenerate: { directory: 'content/cluster' } }] },
      ],
    }),
  ],
});
