import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { canonical } from './normalize';

/**
 * The text a reader sees in a built page's main content, in canonical form. Elements hidden
 * from everyone (`hidden`, `<script>`, `<style>`, `<template>`) are left out by hast-util-to-text.
 */
export function pageText(html: string): string {
  const tree = fromHtml(html);
  const main = select('main', tree) ?? tree;
  return canonical(toText(main));
}
