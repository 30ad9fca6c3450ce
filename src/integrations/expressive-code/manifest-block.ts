import { relative } from 'node:path';
import { definePlugin } from '@expressive-code/core';
import type { Element, ElementContent } from '@expressive-code/core/hast';
import { h } from '@expressive-code/core/hast';
import type { Finding } from '../../lib/k8s/validate';
import { localise } from '../../lib/messages';
import {
  blockKey,
  loadSiteManifests,
  manifestAnchor,
  type BlockReport,
  type SiteManifest,
} from '../manifests/site-manifests';

/** Where the site is served, to build download links and `kubectl apply` URLs. */
export interface ManifestBlockOptions {
  /** Project root (absolute). */
  root: string;
  /** The configured site URL, e.g. `https://k8s-notes.example.com`. */
  site: string;
  /** The configured base path, e.g. `/` or `/k8s-notes/`. */
  base: string;
  /**
   * Whether `site` is where the site is really served (SITE_URL was set). If not, a page without
   * JavaScript shows `kubectl apply -f <file name>` rather than a host the reader cannot reach.
   */
  siteKnown?: boolean;
}

/**
 * Points each `kubectl apply -f` line at the file where the page is actually served (the page's
 * own origin and base), then copies `data-copy` of a clicked `.manifest-copy` button and says so
 * in its live region.
 */
const COPY_SCRIPT = `for(const c of document.querySelectorAll('.manifest-apply code[data-apply-path]')){const t='kubectl apply -f '+new URL(c.getAttribute('data-apply-path'),location.href).href;c.textContent=t;const b=c.parentElement&&c.parentElement.querySelector('.manifest-copy');if(b)b.setAttribute('data-copy',t)}document.addEventListener('click',async(e)=>{const b=e.target instanceof Element&&e.target.closest('.manifest-copy');if(!b)return;const t=b.getAttribute('data-copy')||'';let ok=false;try{await navigator.clipboard.writeText(t);ok=true}catch{}const s=b.parentElement&&b.parentElement.querySelector('[aria-live]');if(s){s.textContent=ok?b.getAttribute('data-copied')||'':'';setTimeout(()=>{s.textContent=''},2000)}});`;

const STYLES = `
  .manifest-block > figure { margin-bottom: 0; }
  .manifest-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem;
    margin: 0; padding: 0.5rem 0.75rem; border: 1px solid var(--sl-color-gray-5, #ccc);
    border-top: 0; background: var(--sl-color-gray-7, var(--sl-color-gray-6, #f6f6f6));
    font-size: var(--sl-text-sm, 0.875rem); font-family: var(--sl-font, inherit);
    line-height: 1.5; word-break: keep-all; }
  .manifest-badge { display: inline-flex; flex-wrap: wrap; align-items: center;
    padding: 0.125rem 0.625rem; border: 1px solid currentColor; border-radius: 999px;
    font-weight: 600; }
  .manifest-status { display: flex; flex: 1 1 100%; flex-wrap: wrap; align-items: center;
    gap: 0.25rem 0.75rem; }
  @media (max-width: 40rem) { .manifest-badge-detail { display: none; } }
  .manifest-badge--ok { color: var(--sl-color-green-high, #064); }
  .manifest-badge--warn { color: var(--sl-color-orange-high, #740); }
  .manifest-badge--error { color: var(--sl-color-red-high, #900); }
  .manifest-download { font-weight: 600; color: var(--sl-color-text-accent, inherit);
    overflow-wrap: anywhere; }
  .manifest-apply { display: flex; flex: 1 1 100%; align-items: center; gap: 0.5rem; min-width: 0; }
  .manifest-apply code { flex: 1 1 auto; min-width: 0; padding: 0.25rem 0.5rem;
    white-space: normal; overflow-wrap: anywhere; }
  .manifest-copy { flex: none; }
  .manifest-findings { flex: 1 1 100%; }
  .manifest-findings summary { cursor: pointer; }
  .manifest-findings ul { margin: 0.25rem 0 0; padding-inline-start: 1.25rem; }
  .manifest-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`;

/** "apps/v1 Deployment, v1 Service" */
function objectsLabel(manifest: SiteManifest): string {
  return manifest.objects.map((object) => `${object.apiVersion} ${object.kind}`).join(', ');
}

/** Korean text with its `code` spans as code elements. */
function withCode(text: string): ElementContent[] {
  return text.split(/(`[^`]+`)/).flatMap((part): ElementContent[] => {
    if (part === '') return [];
    return part.startsWith('`') && part.endsWith('`') && part.length > 2
      ? [h('code', part.slice(1, -1))]
      : [{ type: 'text', value: part }];
  });
}

/** A list of findings with their line inside the block, in Korean with the hint. */
function findingList(findings: Finding[], firstLine: number, summary: string): Element {
  return h('details.manifest-findings', [
    h('summary', summary),
    h(
      'ul',
      findings.map((finding) => {
        const { message, hint } = localise(finding, 'ko');
        return h('li', [
          `${finding.line - firstLine + 1}행: `,
          ...withCode(hint ? `${message} ${hint}` : message),
          ' ',
          h('code', `[${finding.rule}]`),
        ]);
      }),
    ),
  ]);
}

/** The badge and, when there are any, the findings of a block. */
function badge(
  label: string,
  version: string,
  findings: { errors: Finding[]; warnings: Finding[] },
  expectErrors: boolean,
  firstLine: number,
): ElementContent[] {
  const { errors, warnings } = findings;
  if (expectErrors) {
    return [
      h('div.manifest-status', [
        h('span.manifest-badge.manifest-badge--error', `의도된 오류 예제 · 오류 ${errors.length}건`),
        findingList([...errors, ...warnings], firstLine, '이 예제의 오류 보기'),
      ]),
    ];
  }
  // On a phone the badge keeps to one line: the schema version is said on the catalog page.
  const passed = (extra = ''): ElementContent[] => [
    { type: 'text', value: `${label} · ` },
    h('span.manifest-badge-detail', `Kubernetes ${version} 스키마 `),
    { type: 'text', value: `검증 통과${extra}` },
  ];
  if (warnings.length === 0) {
    return [h('div.manifest-status', [h('span.manifest-badge.manifest-badge--ok', passed())])];
  }
  return [
    h('div.manifest-status', [
      h('span.manifest-badge.manifest-badge--warn', passed(` · 경고 ${warnings.length}건`)),
      findingList(warnings, firstLine, `경고 ${warnings.length}건 보기`),
    ]),
  ];
}

/** The bar under a manifest block: badge, download, `kubectl apply` line. */
function manifestBar(manifest: SiteManifest, version: string, options: ManifestBlockOptions): Element {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const href = `${base}${manifest.path}`;
  // Without JavaScript: the configured public URL, or the file name when none was configured.
  const target = options.siteKnown ? new URL(href, options.site).href : manifest.fileName;
  const command = `kubectl apply -f ${target}`;
  return h('div.manifest-bar', { 'data-pagefind-ignore': '' }, [
    ...badge(objectsLabel(manifest), version, manifest, manifest.expectErrors, manifest.line),
    h('a.manifest-download', { href, download: manifest.fileName }, `${manifest.fileName} 내려받기`),
    h('div.manifest-apply', [
      h('code', { translate: 'no', 'data-apply-path': href }, command),
      h(
        'button.manifest-copy',
        {
          type: 'button',
          'data-copy': command,
          'data-copied': '복사 완료!',
          'aria-label': `${manifest.fileName}을 적용하는 kubectl 명령 복사`,
        },
        '복사',
      ),
      h('span.manifest-live', { 'aria-live': 'polite' }),
    ]),
  ]);
}

/** The bar under a fragment block: what it was checked against. */
function fragmentBar(report: Extract<BlockReport, { type: 'fragment' }>, version: string): Element {
  const errors = report.findings.filter((finding) => finding.severity === 'error');
  const warnings = report.findings.filter((finding) => finding.severity === 'warning');
  const label = `${report.fragment}의 일부`;
  return h('div.manifest-bar', { 'data-pagefind-ignore': '' }, [
    ...badge(label, version, { errors, warnings }, false, report.line),
  ]);
}

/** The site-wide report of the block being rendered, if it holds YAML. */
async function reportOf(
  codeBlock: { code: string; parentDocument?: { sourceFilePath?: string | undefined } | undefined },
  options: ManifestBlockOptions,
): Promise<BlockReport | undefined> {
  const source = codeBlock.parentDocument?.sourceFilePath;
  if (!source) return undefined;
  const site = await loadSiteManifests(options.root);
  return site.blocks.get(blockKey(relative(options.root, source), codeBlock.code));
}

/**
 * Expressive Code plugin for YAML manifests: under each manifest block, a validation badge, a
 * download link to the real file and a copyable `kubectl apply -f <site URL>` line; under a
 * fragment, what it was validated against. The data comes from the site-wide manifest list.
 */
export function pluginManifestBlocks(options: ManifestBlockOptions) {
  return definePlugin({
    name: 'manifest-blocks',
    baseStyles: STYLES,
    jsModules: [COPY_SCRIPT],
    hooks: {
      preprocessMetadata: async ({ codeBlock }) => {
        const fragment = codeBlock.metaOptions.getString('fragment');
        if (fragment !== undefined && !/^[A-Za-z][\w.-]*$/.test(fragment)) {
          throw new Error(
            `Invalid fragment="${fragment}": give the schema type the fragment belongs to, ` +
              'e.g. fragment="Container" or fragment="DeploymentSpec".',
          );
        }
        // A manifest block without a title shows the name of the file it downloads as.
        const report = await reportOf(codeBlock, options);
        if (report?.type === 'manifest' && codeBlock.props.title === undefined) {
          codeBlock.props.title = report.manifest.fileName;
        }
      },
      postprocessRenderedBlock: async ({ codeBlock, renderData }) => {
        const report = await reportOf(codeBlock, options);
        if (!report) return;
        const site = await loadSiteManifests(options.root);
        const bar =
          report.type === 'manifest'
            ? manifestBar(report.manifest, site.kubernetesVersion, options)
            : fragmentBar(report, site.kubernetesVersion);
        const id = report.type === 'manifest' ? manifestAnchor(report.manifest) : undefined;
        renderData.blockAst = h('div.manifest-block', id ? { id } : {}, [renderData.blockAst, bar]);
      },
    },
  });
}
