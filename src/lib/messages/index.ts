/**
 * Findings in the reader's language, ESLint style: a check reports a message id and data, never
 * a sentence; the sentences live in one catalog per language (en.ts, ko.ts) with `{{name}}`
 * placeholders. Types tie the two together: an id outside the catalog, data missing a
 * placeholder of the sentence, or a Korean catalog missing an id (or using other placeholders
 * than the English one) does not compile. Sentences come from catalogs.ts in Node and from
 * catalogs.client.ts in the page (see {@link loadSentences}).
 */
import { CATALOGS, loadGroups } from '#message-catalogs';
import type { en } from './en';
import { groupOf, type Group } from './groups';
import type { ko } from './ko';

export type { Catalog } from './en';

/** The languages findings can be shown in. */
export type Lang = 'en' | 'ko';

/** Every language, English (the catalog that defines the ids) first. */
export const LANGS: readonly Lang[] = ['en', 'ko'];

type En = typeof en;
type Ko = typeof ko;

/** The id of a sentence in the catalogs, e.g. `unknown-field` or `image-tag.hint`. */
export type MessageId = keyof En;

/** Placeholder names of a sentence: `'{{a}} and {{b}}'` gives `'a' | 'b'`. */
export type Placeholders<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * A placeholder value: text and numbers as they are; a list as code items (`"a", "b"` in
 * English, `` `a`, `b` `` in Korean); or another message, rendered in the same language.
 */
export type MessageValue = string | number | readonly string[] | MessageRef;

/** Placeholder values by name. Plain JSON, so findings can be written out and read back. */
export interface MessageData {
  [name: string]: MessageValue;
}

/** A message by id with its data: a finding's message, or a value nested in another one. */
export interface MessageRef {
  messageId: MessageId;
  data?: MessageData;
}

/** The data a set of sentences needs: one value for each of their placeholders. */
export type DataOf<Id extends MessageId> = { [Name in Placeholders<En[Id]>]: MessageValue };

/**
 * What a check reports: a message id, an optional hint id, and the data of both (one bag, as
 * a hint usually repeats the message's values). Generic so the data is checked against the
 * sentences: `report({ messageId: 'unknown-field', data: { field, type } })`.
 */
export type Report<M extends MessageId = MessageId, H extends MessageId = never> = {
  messageId: M;
  hintId?: H | undefined;
} & ([Placeholders<En[M | H]>] extends [never]
  ? { data?: MessageData | undefined }
  : { data: DataOf<M | H> });

/** A report once it has left the generic world: what findings and issues carry. */
export interface Reported {
  messageId: MessageId;
  hintId?: MessageId;
  data?: MessageData;
}

/** A report with its English sentences, the fields every finding carries. */
export interface Described extends Reported {
  /** The message in English (in the page, which ships Korean only: in Korean). */
  message: string;
  /** The hint, in the same language as `message`, when there is one. */
  hint?: string;
}

/** A message and hint in one language. */
export interface Localised {
  message: string;
  hint?: string;
}

// Compile-time check: each Korean sentence has the placeholders of its English one. A
// mismatch names the offending id: "Type '"<id>"' does not satisfy the constraint 'never'".
type PlaceholderMismatch = {
  [Id in MessageId]: [Placeholders<En[Id]>] extends [Placeholders<Ko[Id]>]
    ? [Placeholders<Ko[Id]>] extends [Placeholders<En[Id]>]
      ? never
      : Id
    : Id;
}[MessageId];
function noMismatch<Mismatch extends never>(): void {}
noMismatch<PlaceholderMismatch>();

/** A nested message as a placeholder value, its data checked against its sentence. */
export function ref<M extends MessageId>(
  messageId: M,
  ...[data]: [Placeholders<En[M]>] extends [never] ? [] : [DataOf<M>]
): MessageRef {
  return data ? { messageId, data: data as MessageData } : { messageId };
}

function code(text: string, lang: Lang): string {
  return lang === 'en' ? JSON.stringify(text) : `\`${text}\``;
}

function isRef(value: MessageValue): value is MessageRef {
  return typeof value === 'object' && !Array.isArray(value) && 'messageId' in value;
}

function renderValue(value: MessageValue, lang: Lang, depth: number): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isRef(value)) return render(lang, value.messageId, value.data, depth + 1);
  return (value as readonly string[]).map((item) => code(item, lang)).join(', ');
}

/**
 * The sentence of `messageId` in `lang` with its placeholders filled. A placeholder without a
 * value stays as `{{name}}`, so a test can see it; an unknown id renders as the id.
 */
export function render(
  lang: Lang,
  messageId: MessageId,
  data: MessageData | undefined,
  depth = 0,
): string {
  // The page ships Korean only; elsewhere every language has every sentence.
  const template = CATALOGS[lang][messageId] ?? CATALOGS.ko[messageId] ?? CATALOGS.en[messageId];
  if (template === undefined) return String(messageId);
  if (depth > 4) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = data && Object.hasOwn(data, name) ? data[name] : undefined;
    return value === undefined ? whole : renderValue(value, lang, depth);
  });
}

/**
 * The message and hint of a finding (or issue) in a language. A finding whose id is in no
 * catalog (made by older code, or read from elsewhere) keeps its own `message` and `hint`.
 */
export function localise(reported: Reported & Partial<Localised>, lang: Lang): Localised {
  if (!LANGS.some((each) => Object.hasOwn(CATALOGS[each], reported.messageId ?? ''))) {
    const own: Localised = { message: reported.message ?? String(reported.messageId) };
    if (reported.hint) own.hint = reported.hint;
    return own;
  }
  const out: Localised = { message: render(lang, reported.messageId, reported.data) };
  if (reported.hintId) out.hint = render(lang, reported.hintId, reported.data);
  return out;
}

/** A report as findings carry it: its ids and data, plus the English sentences. */
export function describe<M extends MessageId, H extends MessageId = never>(
  report: Report<M, H>,
): Described {
  return described(report as Reported);
}

/** {@link describe} for a report whose data was checked where it was made. */
export function described(report: Reported): Described {
  const out: Described = { messageId: report.messageId, message: '' };
  if (report.data && Object.keys(report.data).length > 0) out.data = report.data;
  if (report.hintId) out.hintId = report.hintId;
  const english = localise(out, 'en');
  out.message = english.message;
  if (english.hint !== undefined) out.hint = english.hint;
  return out;
}

/** Every message id in some findings (or any values): their ids and those of nested messages. */
function idsIn(value: unknown, into: Set<string>): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) idsIn(item, into);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.messageId === 'string') into.add(record.messageId);
  if (typeof record.hintId === 'string') into.add(record.hintId);
  if (record.data) idsIn(record.data, into);
}

/**
 * Makes sure the sentences of these findings can be rendered. In Node everything is loaded and
 * this returns false; in the page it fetches the Korean groups they need and returns true when
 * it loaded any, so the caller renders its findings again.
 */
export async function loadSentences(findings: readonly unknown[]): Promise<boolean> {
  const ids = new Set<string>();
  idsIn(findings, ids);
  const groups = new Set<Group>([...ids].map(groupOf));
  return loadGroups([...groups]);
}

/** The language of a locale name: `ko_KR.UTF-8` and `ko` are Korean, anything else English. */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  if (/^ko([_.@-]|$)/i.test(locale)) return 'ko';
  return locale === 'C' || locale === 'POSIX' || /^[a-z]{2,3}([_.@-]|$)/i.test(locale)
    ? 'en'
    : undefined;
}

/**
 * The language of a process environment, as POSIX picks the message locale: `LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`; English when none is set.
 */
export function langOfEnv(env: Record<string, string | undefined>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return langOfLocale(value) ?? 'en';
  }
  return 'en';
}
