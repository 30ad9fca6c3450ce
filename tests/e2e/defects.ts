/**
 * Checks of what a reader sees, run inside a page (`page.evaluate(findDefects)`): each finds a
 * class of defect that a screenshot would show but a functional test would not. Self-contained
 * (no imports, no closures), because Playwright serialises the function into the page.
 */
export interface Defect {
  kind:
    | 'overflow'
    | 'hangul-split'
    | 'unstyled-control'
    | 'english-ui'
    | 'out-of-view'
    | 'sideways-scroll'
    | 'diagram-scroll'
    | 'small-diagram-text';
  where: string;
  detail: string;
}

export function findDefects(): Defect[] {
  const defects: Defect[] = [];
  const describe = (element: Element): string => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].slice(0, 2).map((c) => `.${c}`).join('');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${element.tagName.toLowerCase()}${id}${classes} "${text}"`;
  };
  const visible = (element: Element): boolean => {
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && !element.closest('[hidden], dialog:not([open])');
  };

  // 1. The document never scrolls sideways.
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) {
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => visible(e) && e.getBoundingClientRect().right > width + 1)
      .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1);
    defects.push({
      kind: 'overflow',
      where: wide.slice(0, 3).map(describe).join(', ') || 'document',
      detail: `scrollWidth ${document.documentElement.scrollWidth} > ${width}`,
    });
  }

  // 2. No Hangul word is split across two lines (code included).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !visible(parent) || parent.closest('svg, script, style, .sr-only')) continue;
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/[가-힣]{2,}/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      );
      if (tops.size > 1) {
        defects.push({ kind: 'hangul-split', where: describe(parent), detail: match[0] });
      }
    }
  }

  // 3. Controls in the content are styled, not the browser's default look.
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const defaults = new Map<string, CSSStyleDeclaration>();
  const defaultOf = (tag: string): CSSStyleDeclaration => {
    if (!defaults.has(tag)) {
      const element = document.createElement(tag);
      shadow.append(element);
      defaults.set(tag, getComputedStyle(element));
    }
    return defaults.get(tag)!;
  };
  const looks = ['borderTopStyle', 'borderTopWidth', 'backgroundColor', 'borderTopLeftRadius'];
  for (const control of document.querySelectorAll('main button, main select, main input')) {
    if (!visible(control) || control.closest('.expressive-code .copy')) continue;
    if ((control as HTMLInputElement).type === 'checkbox' || (control as HTMLInputElement).type === 'radio') {
      continue;
    }
    const style = getComputedStyle(control) as unknown as Record<string, string>;
    const base = defaultOf(control.tagName.toLowerCase()) as unknown as Record<string, string>;
    if (looks.every((name) => style[name] === base[name])) {
      defects.push({ kind: 'unstyled-control', where: describe(control), detail: 'user-agent look' });
    }
  }
  host.remove();

  // 4. UI text is Korean: English words only for code, commands and API names.
  const ALLOWED = new Set(
    ('Kubernetes Docker YAML JSON kubectl kubeadm etcd etcdctl API URL ID IP CPU OS CLI Ctrl K Esc ' +
      'Tab Space Enter Shift Alt Cmd GitHub Pod Service Deployment ReplicaSet ReplicationController ' +
      'Namespace ConfigMap Secret Ingress Node DaemonSet StatefulSet Job CronJob Endpoints Container ' +
      'pod v1 apps')
      .split(' '),
  );
  // The site's own words: controls, bars, dialogs, status lines. Headings, the sidebar and the
  // table of contents carry the notes' own titles, which may name English tools.
  const ui = document.querySelectorAll(
    'button, label, summary, select, .manifest-bar, .live-check, .pagefind-ui, footer, ' +
      '[role=status], [aria-live]',
  );
  const seen = new Set<Node>();
  for (const element of ui) {
    if (!visible(element)) continue;
    const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      if (seen.has(node)) continue;
      seen.add(node);
      const parent = node.parentElement;
      // Code, and the notes' own words quoted in search results, are not the site's UI.
      const quoted = 'code, pre, kbd, svg, [lang=en], [translate=no], .pagefind-ui__result-inner';
      if (!parent || !visible(parent) || parent.closest(quoted)) continue;
      for (const token of (node.textContent ?? '').split(/\s+/)) {
        // Code-like tokens (file names, paths, flags, versions, placeholders) stay as they are.
        if (/[./_:=@{}<>`\d-]/.test(token)) continue;
        for (const match of token.matchAll(/[A-Za-z]{2,}/g)) {
          const word = match[0];
          // API names (CamelCase) and the allowed terms are English on purpose.
          if (ALLOWED.has(word) || /^[A-Z][a-z]+[A-Z]/.test(word)) continue;
          defects.push({ kind: 'english-ui', where: describe(parent), detail: word });
        }
      }
    }
  }

  // 5. Every link and button is inside the viewport or inside a region that scrolls.
  for (const target of document.querySelectorAll('a[href], button')) {
    if (!visible(target)) continue;
    const rect = target.getBoundingClientRect();
    if (rect.left >= -1 && rect.right <= width + 1) continue;
    let scroller = target.parentElement;
    while (scroller) {
      const style = getComputedStyle(scroller);
      if (/(auto|scroll)/.test(style.overflowX) && scroller.scrollWidth > scroller.clientWidth) break;
      scroller = scroller.parentElement;
    }
    if (!scroller) defects.push({ kind: 'out-of-view', where: describe(target), detail: `right ${Math.round(rect.right)}` });
  }

  // 6. Nothing hides behind a sideways scroll: a box that scrolls horizontally is a defect
  // (a diagram too wide for its column shows its narrow layout instead).
  for (const box of document.querySelectorAll('body *')) {
    const style = getComputedStyle(box);
    if (!/(auto|scroll)/.test(style.overflowX) || !visible(box)) continue;
    if (box.scrollWidth <= box.clientWidth + 1) continue;
    if (box.closest('dialog:not([open]), .cm-editor')) continue;
    defects.push({
      kind: box.closest('figure.diagram') ? 'diagram-scroll' : 'sideways-scroll',
      where: describe(box),
      detail: `${box.scrollWidth} > ${box.clientWidth}`,
    });
  }

  // 7. Diagram labels are at least 12 px as drawn in a phone's or tablet's column (narrower than
  // 600 px); in a desktop's column a wide picture may shrink to 80 % (src/lib/diagrams/fit.ts).
  for (const text of document.querySelectorAll('figure.diagram svg text')) {
    if (!visible(text) || text.closest('figure')!.getBoundingClientRect().width >= 600) continue;
    const size = text.getBoundingClientRect().height;
    const font = parseFloat(getComputedStyle(text).fontSize);
    const svg = text.closest('svg')!;
    const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width);
    if (font * scale < 12 - 0.01) {
      defects.push({
        kind: 'small-diagram-text',
        where: describe(text),
        detail: `${(font * scale).toFixed(1)} px (${size.toFixed(1)} px box)`,
      });
    }
  }
  return defects;
}
