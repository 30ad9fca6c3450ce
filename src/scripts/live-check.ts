/**
 * The in-page manifest editor, loaded when a reader presses "편집해서 검사하기": a textarea with
 * line numbers, checked as the reader types by the build's own validator (src/lib/k8s) with
 * per-kind schemas fetched from the site, in a Web Worker after a pause in typing
 * (check-client.ts). What the reader types stays in the page: it is parsed as YAML, never run
 * or sent, and leaves only through the reader's own download.
 */
import type { Finding } from '../lib/k8s/validate';
import { createChecker } from './check-client';

const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;
const SITE = new URL(BASE, location.href).href;

/** `el('p', 'live-status', { role: 'status' })` */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** The block's YAML as Expressive Code's copy button holds it (lines joined by `\u007f`). */
function blockText(block: HTMLElement): string {
  const code = block.querySelector<HTMLElement>('.copy button')?.dataset['code'];
  if (code !== undefined) return code.replace(/\u007f/g, '\n');
  return block.querySelector('pre')?.textContent ?? '';
}

/** Shows the editor of a manifest block, creating it on first use, or hides it. */
export function toggleEditor(block: HTMLElement, toggle: HTMLButtonElement): void {
  const existing = block.querySelector<HTMLElement>('.live-check');
  if (existing) {
    existing.hidden = !existing.hidden;
    toggle.setAttribute('aria-expanded', String(!existing.hidden));
    if (!existing.hidden) existing.querySelector('textarea')?.focus();
    return;
  }
  const fileName =
    block.querySelector('a.manifest-download')?.getAttribute('download') ?? 'manifest.yaml';
  const original = blockText(block).replace(/\n*$/, '\n');
  const id = `${block.id || 'manifest'}-live`;
  toggle.setAttribute('aria-controls', id);
  toggle.setAttribute('aria-expanded', 'true');

  const root = el('section', 'live-check', { id, 'aria-label': `${fileName} 편집기` });
  const frame = el('div', 'live-editor');
  const gutter = el('div', 'live-gutter', { 'aria-hidden': 'true' });
  const area = el('textarea', 'live-text', {
    'aria-label': `${fileName} 편집`,
    'aria-describedby': `${id}-status`,
    spellcheck: 'false',
    autocapitalize: 'off',
    autocomplete: 'off',
    wrap: 'off',
  });
  area.value = original;
  frame.append(gutter, area);
  const status = el('p', 'live-status', { id: `${id}-status`, role: 'status' });
  const list = el('ul', 'live-findings', { 'aria-label': '검사 결과' });
  const actions = el('div', 'live-actions');
  const save = el('button', 'live-button', { type: 'button' });
  save.textContent = '편집한 파일 내려받기';
  const restore = el('button', 'live-button', { type: 'button' });
  restore.textContent = '원래대로';
  const close = el('button', 'live-button', { type: 'button' });
  close.textContent = '닫기';
  actions.append(save, restore, close);
  root.append(frame, status, list, actions);
  block.append(root);

  const show = (findings: Finding[]): void => {
    const lines = area.value.split('\n').length;
    const byLine = new Map<number, Finding[]>();
    for (const finding of findings) {
      byLine.set(finding.line, [...(byLine.get(finding.line) ?? []), finding]);
    }
    gutter.replaceChildren(
      ...Array.from({ length: lines }, (_, index) => {
        const line = index + 1;
        const marks = byLine.get(line);
        const severity = marks?.some((f) => f.severity === 'error') ? 'error' : 'warning';
        const span = el('span', marks ? `live-line live-line--${severity}` : 'live-line', {
          'data-line': String(line),
        });
        span.textContent = marks ? `${severity === 'error' ? '✖' : '▲'} ${line}` : String(line);
        if (marks) span.title = marks.map((f) => f.message).join('\n');
        return span;
      }),
    );
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    area.setAttribute('aria-invalid', String(errors > 0));
    root.dataset['state'] = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
    // Counts finished checks, so tests and the benchmark can tell when a result is shown.
    root.dataset['checks'] = String(Number(root.dataset['checks'] ?? 0) + 1);
    status.textContent =
      findings.length === 0
        ? '검사 통과: 스키마 오류가 없습니다.'
        : `오류 ${errors}건, 경고 ${warnings}건`;
    list.replaceChildren(
      ...findings.map((finding) => {
        const item = el('li', `live-finding live-finding--${finding.severity}`, {
          'data-line': String(finding.line),
        });
        const go = el('button', 'live-goto', { type: 'button' });
        go.textContent = `${finding.line}행`;
        go.addEventListener('click', () => {
          const before = area.value.split('\n').slice(0, finding.line - 1);
          const start = before.length === 0 ? 0 : before.join('\n').length + 1;
          area.focus();
          area.setSelectionRange(start, start);
        });
        item.append(go, `: ${finding.message}`);
        return item;
      }),
    );
  };

  const checker = createChecker(fileName, SITE, show);
  const resize = (): void => {
    area.rows = area.value.split('\n').length;
  };
  area.addEventListener('input', () => {
    resize();
    checker.request(area.value);
  });
  save.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([area.value], { type: 'application/yaml' }));
    const link = el('a', 'live-download', { href: url, download: fileName });
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  restore.addEventListener('click', () => {
    area.value = original;
    resize();
    checker.now(area.value);
  });
  close.addEventListener('click', () => {
    root.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  });
  resize();
  checker.now(area.value);
  area.focus();
}
