/**
 * The English catalog: every message id of the validator (src/lib/k8s) and the command checker
 * (src/lib/cli, src/lib/shell) with its sentence, by group (en/*.ts). `{{name}}` is filled from a
 * finding's `data`; a value may itself be a message (`{ messageId, data }`), rendered in the same
 * language. This catalog defines the ids and their placeholders; ko.ts must have the same.
 * One sentence a line in the group files, even past 100 columns: strings joined with `+` lose
 * the literal types that let TypeScript check placeholders.
 */
import commands from './en/commands';
import input from './en/input';
import lint from './en/lint';
import page from './en/page';
import rules from './en/rules';
import schema from './en/schema';
import syntax from './en/syntax';

export const en = { ...syntax, ...schema, ...rules, ...lint, ...commands, ...page, ...input } as const;

/** The shape every language's catalog has: a sentence for each message id. */
export type Catalog = { readonly [Id in keyof typeof en]: string };
