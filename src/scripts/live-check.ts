/**
 * The in-page manifest editor, loaded when a reader presses "편집해서 검사하기": CodeMirror 6 with
 * YAML highlighting, line numbers and a lint gutter; each finding underlined at its range with its
 * Korean message, and listed below; completion and field descriptions from the schema of the
 * kind being edited (editor/schema-help.ts). The build's own validator checks the text in a Web
 * Worker (check-client.ts). What the reader types stays in the page: it is parsed as YAML, never
 * run or sent, and leaves only through the reader's own download.
 */
import { autocompletion, closeBrackets, completionKeymap } from '@codemirror/autocomplete';
import {
  defaultKeymap,
  history,
  historyKeymap,
  indentWithTab,
  temporarilySetTabFocusMode,
} from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { indentUnit } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { findingSpan } from '../lib/editor/finding-range';
import type { Finding } from '../lib/k8s/validate';
import { createChecker } from './check-client';
import { schemaHelp, type FieldHelp } from './editor/schema-help';
import { editorTheme } from './editor/theme';

const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;
const SITE = new URL(BASE, location.href).href;
const help = schemaHelp(SITE);

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

/** Korean text with its `code` spans as code elements. */
function withCode(text: string): Node[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) => {
      if (!(part.startsWith('`') && part.endsWith('`') && part.length > 2)) {
        return document.createTextNode(part);
      }
      const code = document.createElement('code');
      code.textContent = part.slice(1, -1);
      return code;
    });
}

/** The field help as a small block: name, type, required, the API's (English) description. */
function helpNode(field: FieldHelp): HTMLElement {
  const box = el('div', 'live-field-help');
  const head = el('p', 'live-field-head');
  const name = el('code', 'live-field-name');
  name.textContent = field.field;
  head.append(name, ` · ${field.type}${field.required ? ' · 필수' : ''}`);
  box.append(head);
  if (field.description) {
    const text = el('p', 'live-field-doc', { lang: 'en' });
    text.textContent = field.description;
    const label = el('span', 'live-field-label', { lang: 'ko' });
    label.textContent = 'API 설명(영문): ';
    text.prepend(label);
    box.append(text);
  }
  return box;
}

/** The badge of the block follows the edited text; `restore` puts the built one back. */
function badgeOf(block: HTMLElement): {
  show(errors: number, warnings: number): void;
  restore(): void;
} {
  const badge = block.querySelector<HTMLElement>('.manifest-badge');
  const original = badge
    ? { nodes: [...badge.childNodes].map((node) => node.cloneNode(true)), className: badge.className }
    : undefined;
  return {
    show(errors, warnings) {
      if (!badge) return;
      const state = errors > 0 ? 'error' : warnings > 0 ? 'warn' : 'ok';
      badge.className = `manifest-badge manifest-badge--${state} manifest-badge--edited`;
      badge.textContent =
        errors > 0
          ? `편집됨 · 오류 ${errors}건${warnings > 0 ? `, 경고 ${warnings}건` : ''}`
          : warnings > 0
            ? `편집됨 · 검증 통과 · 경고 ${warnings}건`
            : '편집됨 · 검증 통과';
    },
    restore() {
      if (!badge || !original) return;
      badge.className = original.className;
      badge.replaceChildren(...original.nodes.map((node) => node.cloneNode(true)));
    },
  };
}

/** Shows the editor of a manifest block, creating it on first use, or hides it. */
export function toggleEditor(block: HTMLElement, toggle: HTMLButtonElement): void {
  const existing = block.querySelector<HTMLElement>('.live-check');
  if (existing) {
    existing.hidden = !existing.hidden;
    toggle.setAttribute('aria-expanded', String(!existing.hidden));
    if (!existing.hidden) existing.querySelector<HTMLElement>('.cm-content')?.focus();
    return;
  }
  const fileName =
    block.querySelector('a.manifest-download')?.getAttribute('download') ?? 'manifest.yaml';
  const original = blockText(block).replace(/\n*$/, '\n');
  const id = `${block.id || 'manifest'}-live`;
  toggle.setAttribute('aria-controls', id);
  toggle.setAttribute('aria-expanded', 'true');

  const root = el('section', 'live-check', { id, 'aria-label': `${fileName} 편집기` });
  const keys = el('p', 'live-keys', { id: `${id}-keys` });
  keys.append(
    ...withCode(
      '`Ctrl`+`Space` 자동 완성 · 필드에 커서를 두면 설명 표시 · `Esc` 다음 `Tab`으로 편집기에서 나가기',
    ),
  );
  const mount = el('div', 'live-editor');
  const field = el('div', 'live-field', { 'aria-live': 'polite' });
  const status = el('p', 'live-status', { id: `${id}-status`, role: 'status' });
  const list = el('ul', 'live-findings', { 'aria-label': '검사 결과' });
  const actions = el('div', 'live-actions');
  const save = el('button', 'live-button live-button--primary', { type: 'button' });
  save.textContent = '편집한 파일 내려받기';
  const restore = el('button', 'live-button', { type: 'button' });
  restore.textContent = '원래대로';
  const close = el('button', 'live-button', { type: 'button' });
  close.textContent = '닫기';
  actions.append(save, restore, close);
  root.append(keys, mount, field, status, list, actions);
  block.append(root);
  const badge = badgeOf(block);

  let fieldTimer: ReturnType<typeof setTimeout> | undefined;
  let shownField = '';
  const showFieldAtCursor = (view: EditorView): void => {
    clearTimeout(fieldTimer);
    fieldTimer = setTimeout(async () => {
      const found = await help.fieldAt(view.state, view.state.selection.main.head);
      const key = found ? `${found.field}\u0000${found.type}` : '';
      if (key === shownField) return;
      shownField = key;
      field.replaceChildren(...(found ? [helpNode(found)] : []));
    }, 150);
  };

  const view = new EditorView({
    parent: mount,
    state: EditorState.create({
      doc: original,
      extensions: [
        lineNumbers(),
        lintGutter(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        closeBrackets(),
        indentUnit.of('  '),
        EditorState.tabSize.of(2),
        yaml(),
        autocompletion({ override: [(context) => help.complete(context)] }),
        hoverTooltip(async (hovered, pos) => {
          const found = await help.fieldAt(hovered.state, pos);
          if (!found) return null;
          return { pos, above: true, create: () => ({ dom: helpNode(found) }) };
        }),
        keymap.of([
          ...completionKeymap,
          { key: 'Escape', run: temporarilySetTabFocusMode },
          indentWithTab,
          ...defaultKeymap,
          ...historyKeymap,
          ...lintKeymap,
        ]),
        // Long lines wrap on a phone rather than hiding behind a sideways scroll.
        ...(matchMedia('(max-width: 40rem)').matches ? [EditorView.lineWrapping] : []),
        EditorView.contentAttributes.of({
          'aria-label': `${fileName} 편집`,
          'aria-describedby': `${id}-keys ${id}-status`,
          spellcheck: 'false',
          autocapitalize: 'off',
          autocorrect: 'off',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) checker.request(update.state.doc.toString());
          if (update.docChanged || update.selectionSet) showFieldAtCursor(update.view);
        }),
        editorTheme,
      ],
    }),
  });

  const moveTo = (finding: Finding): void => {
    const line = view.state.doc.line(Math.min(finding.line, view.state.doc.lines));
    const span = findingSpan(line.text, finding.column);
    view.dispatch({ selection: { anchor: line.from + span.from }, scrollIntoView: true });
    view.focus();
  };

  const show = (findings: Finding[]): void => {
    const doc = view.state.doc;
    const diagnostics: Diagnostic[] = findings.map((finding) => {
      const line = doc.line(Math.min(Math.max(1, finding.line), doc.lines));
      const span = findingSpan(line.text, finding.column);
      return {
        from: line.from + span.from,
        to: line.from + span.to,
        severity: finding.severity,
        message: finding.hint ? `${finding.message} ${finding.hint}` : finding.message,
        source: finding.rule,
      };
    });
    view.dispatch(setDiagnostics(view.state, diagnostics));
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    root.dataset['state'] = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
    // Counts finished checks, so tests and the benchmark can tell when a result is shown.
    root.dataset['checks'] = String(Number(root.dataset['checks'] ?? 0) + 1);
    status.textContent =
      findings.length === 0
        ? '검사 통과: 스키마 오류가 없습니다.'
        : `오류 ${errors}건, 경고 ${warnings}건`;
    if (view.state.doc.toString() === original) badge.restore();
    else badge.show(errors, warnings);
    list.replaceChildren(
      ...findings.map((finding) => {
        const item = el('li', `live-finding live-finding--${finding.severity}`, {
          'data-line': String(finding.line),
        });
        const go = el('button', 'live-goto', {
          type: 'button',
          'aria-label': `${finding.line}행으로 이동`,
        });
        go.textContent = `${finding.line}행`;
        go.addEventListener('click', () => moveTo(finding));
        const text = el('span', 'live-finding-text');
        text.append(...withCode(finding.message));
        if (finding.hint) {
          const hint = el('span', 'live-finding-hint');
          hint.append(...withCode(finding.hint));
          text.append(' ', hint);
        }
        item.append(go, text);
        return item;
      }),
    );
  };
  const checker = createChecker(fileName, SITE, show);

  save.addEventListener('click', () => {
    const text = view.state.doc.toString();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
    const link = el('a', 'live-download', { href: url, download: fileName });
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  restore.addEventListener('click', () => {
    // The update listener checks the restored text, and the badge goes back to the built one.
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: original } });
  });
  close.addEventListener('click', () => {
    root.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  });
  checker.now(original);
  view.focus();
}
