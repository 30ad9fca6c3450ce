/**
 * The editor's look: Starlight's colours and fonts through CSS variables (so light and dark
 * follow the site's theme), and YAML highlighting in the colours of the site's code blocks
 * (src/styles/live-check.css defines `--live-*` per theme).
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--live-key)' },
  { tag: [tags.string, tags.special(tags.string), tags.content], color: 'var(--live-string)' },
  { tag: [tags.number, tags.integer, tags.float], color: 'var(--live-number)' },
  { tag: [tags.bool, tags.null, tags.keyword, tags.atom], color: 'var(--live-keyword)' },
  { tag: [tags.comment, tags.lineComment], color: 'var(--live-comment)', fontStyle: 'italic' },
  { tag: [tags.meta, tags.labelName, tags.typeName], color: 'var(--live-meta)' },
  { tag: [tags.punctuation, tags.separator, tags.squareBracket, tags.brace], color: 'var(--live-punct)' },
]);

const look = EditorView.theme({
  '&': {
    color: 'var(--sl-color-white)',
    backgroundColor: 'var(--live-bg)',
    fontSize: 'var(--sl-text-code, 0.875rem)',
    border: '1px solid var(--sl-color-gray-5)',
    borderRadius: '0',
  },
  '&.cm-focused': { outline: '2px solid var(--sl-color-text-accent)', outlineOffset: '-2px' },
  '.cm-scroller': {
    fontFamily: 'var(--__sl-font-mono, ui-monospace, monospace)',
    lineHeight: '1.65',
    maxHeight: 'min(32rem, 70vh)',
  },
  '.cm-content': { caretColor: 'var(--sl-color-white)', padding: '0.5rem 0' },
  '.cm-cursor': { borderLeftColor: 'var(--sl-color-white)' },
  '.cm-gutters': {
    backgroundColor: 'var(--live-gutter-bg)',
    color: 'var(--sl-color-gray-3)',
    borderRight: '1px solid var(--sl-color-gray-5)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--live-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--live-active-line)', color: 'var(--sl-color-white)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--live-selection)',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--sl-color-bg-nav, var(--sl-color-black))',
    color: 'var(--sl-color-white)',
    border: '1px solid var(--sl-color-gray-5)',
    borderRadius: '0.5rem',
    boxShadow: 'var(--sl-shadow-md)',
    fontFamily: 'var(--sl-font)',
    fontSize: 'var(--sl-text-sm)',
    maxWidth: 'min(28rem, calc(100vw - 2rem))',
  },
  '.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--__sl-font-mono, monospace)', maxHeight: '14rem' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--sl-color-accent)',
    color: 'var(--sl-color-black)',
  },
  '.cm-completionDetail': { fontFamily: 'var(--sl-font)', fontStyle: 'normal', opacity: '0.8' },
  '.cm-diagnostic': { padding: '0.375rem 0.625rem', wordBreak: 'keep-all' },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--sl-color-red)' },
  '.cm-diagnostic-warning': { borderLeft: '4px solid var(--sl-color-orange)' },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--sl-color-red)',
    textUnderlineOffset: '3px',
  },
  '.cm-lintRange-warning': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--sl-color-orange)',
    textUnderlineOffset: '3px',
  },
});

export const editorTheme = [look, syntaxHighlighting(highlight)];
