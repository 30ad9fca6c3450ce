/**
 * The Korean catalog, by group (ko/*.ts, each with the ids of its en/*.ts), for a reader new to
 * Kubernetes: what is wrong, where, and how to fix it. Style (README "Messages"): 합니다체 for
 * statements, "~하세요" for what to do; code, fields and values in backticks; a placeholder is
 * followed by a noun or an invariant particle (에, 의, 에서, 까지), never by 이/가, 을/를,
 * 은/는, which depend on the value.
 */
import type { Catalog } from './en';
import commands from './ko/commands';
import input from './ko/input';
import lint from './ko/lint';
import page from './ko/page';
import rules from './ko/rules';
import schema from './ko/schema';
import syntax from './ko/syntax';

export const ko = {
  ...syntax,
  ...schema,
  ...rules,
  ...lint,
  ...commands,
  ...page,
  ...input,
} as const satisfies Catalog;
