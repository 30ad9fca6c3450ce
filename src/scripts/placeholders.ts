/**
 * Turns the placeholders marked at build time (`span.ph`) into labelled inputs. A value fills
 * every occurrence on the page (shared names: every page), is kept in localStorage, and goes
 * into what the block's copy button copies. Runs eagerly, so it stays a few hundred bytes.
 */
import { fillCopyCode, isShared, placeholderKey, placeholderLabel } from '../lib/shell/fill';

const PAGE_KEY = `k8s-notes:ph:${location.pathname}`;
const SHARED_KEY = 'k8s-notes:ph:*';

/** Reads a stored value map; storage may be disabled or hold junk. */
function load(key: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const values: Record<string, string> = { ...load(SHARED_KEY), ...load(PAGE_KEY) };

function save(): void {
  const page: Record<string, string> = {};
  // Other pages may have stored shared values since this one loaded: merge, do not overwrite.
  const shared = load(SHARED_KEY);
  for (const [key, value] of Object.entries(values)) {
    if (!isShared(`{${key}}`)) {
      if (value !== '') page[key] = value;
    } else if (value !== '') shared[key] = value;
    else delete shared[key];
  }
  try {
    localStorage.setItem(PAGE_KEY, JSON.stringify(page));
    localStorage.setItem(SHARED_KEY, JSON.stringify(shared));
  } catch {
    // Without storage the values last until the page is left.
  }
}

/** Width in `ch`: Hangul and other wide characters take two. */
function width(text: string): number {
  let n = 1;
  for (const char of text) n += char.charCodeAt(0) > 0x1100 ? 2 : 1;
  return n;
}

const inputs: HTMLInputElement[] = [];

/** Shows the current values in every input and every copy button. */
function render(): void {
  for (const input of inputs) {
    const value = values[placeholderKey(input.placeholder)] ?? '';
    if (input.value !== value) input.value = value;
    input.style.width = `${width(value || input.placeholder)}ch`;
  }
  for (const button of document.querySelectorAll<HTMLElement>('[data-ph-code]')) {
    button.dataset['code'] = fillCopyCode(button.dataset['phCode'] ?? '', values);
  }
}

// Code blocks (Expressive Code's figure and copy button) and the command sheet's entries.
for (const figure of document.querySelectorAll<HTMLElement>('figure, .sheet-command')) {
  const marks = figure.querySelectorAll<HTMLElement>('span.ph[data-ph-at]');
  if (marks.length === 0) continue;
  const button = figure.querySelector<HTMLElement>('.copy button, button.sheet-copy');
  if (button) button.dataset['phCode'] = button.dataset['code'] ?? '';
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const mark of marks) {
    const at = mark.dataset['phAt'] ?? '';
    const text = mark.dataset['ph'] ?? '';
    // Pieces of one placeholder split by highlighting: the first becomes the input.
    if (seen.has(at)) {
      mark.remove();
      continue;
    }
    seen.add(at);
    names.add(text);
    const input = document.createElement('input');
    input.className = 'ph-input';
    input.type = 'text';
    input.placeholder = text;
    input.spellcheck = false;
    input.autocomplete = 'off';
    input.setAttribute('aria-label', `${placeholderLabel(text)} 입력`);
    input.addEventListener('input', () => {
      values[placeholderKey(text)] = input.value;
      save();
      render();
    });
    mark.replaceWith(input);
    inputs.push(input);
  }
  const bar = document.createElement('div');
  bar.className = 'ph-bar';
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.className = 'ph-reset';
  reset.textContent = '입력값 지우기';
  reset.setAttribute('aria-label', `입력값 지우기: ${[...names].join(', ')}`);
  reset.addEventListener('click', () => {
    for (const text of names) values[placeholderKey(text)] = '';
    save();
    render();
  });
  bar.append(reset);
  figure.after(bar);
}
render();
