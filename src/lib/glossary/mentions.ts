import type { GlossaryEntry } from './types';

/** A glossary term found in a text: `text.slice(start, end)` is a spelling of entry `id`. */
export interface Mention {
  start: number;
  end: number;
  id: string;
}

/** One spelling to look for, compiled. */
interface Form {
  id: string;
  /** Sticky, case-insensitive; a space in the spelling matches any run of spaces or none. */
  pattern: RegExp;
  /** Whether the spelling starts / ends with Hangul (decides what may stand next to it). */
  hangulStart: boolean;
  hangulEnd: boolean;
  /** A one-syllable Korean spelling (`잡`) only counts as a whole word. */
  short: boolean;
  /** Letters without spaces: longer spellings are tried first. */
  length: number;
}

const HANGUL = /[\p{Script=Hangul}]/u;
/** Characters that continue a Latin word or a path: `spec` in `spec.template` is no mention. */
const LATIN_WORD = /[A-Za-z0-9_\-/$]/;

/** Escapes a spelling for a RegExp; spaces become optional whitespace. */
function patternOf(spelling: string): RegExp {
  const body = spelling
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
  return new RegExp(body, 'iuy');
}

/** The spellings of an entry that are linked in prose: the term, Korean and English names. */
export function linkedSpellings(entry: GlossaryEntry): string[] {
  return [entry.term, ...(entry.ko ?? []), entry.en, ...(entry.enAlt ?? [])];
}

/** Finds the first-mention candidates of the given entries in prose text. */
export class MentionFinder {
  readonly #byFirst = new Map<string, Form[]>();

  /** `withCommands`: also find the kubectl subcommands (in code, where they are written). */
  constructor(entries: readonly GlossaryEntry[], withCommands = false) {
    for (const entry of entries) {
      if ((entry.kind ?? 'term') === 'command' && !withCommands) continue;
      for (const spelling of new Set(linkedSpellings(entry))) {
        const first = (spelling[0] as string).toLowerCase();
        const chars = [...spelling.replace(/\s+/g, '')];
        const form: Form = {
          id: entry.id,
          pattern: patternOf(spelling),
          hangulStart: HANGUL.test(chars[0] as string),
          hangulEnd: HANGUL.test(chars.at(-1) as string),
          short: chars.length === 1,
          length: chars.length,
        };
        this.#byFirst.set(first, [...(this.#byFirst.get(first) ?? []), form]);
      }
    }
    // Longest spelling first, so `워커 노드` wins over `노드` and `도커파일` over `도커`.
    for (const forms of this.#byFirst.values()) {
      forms.sort((a, b) => b.length - a.length);
    }
  }

  /**
   * Every mention in `text`, left to right, not overlapping, of entries `wanted` accepts. A
   * Korean spelling must start a word (`서비스` is not found in `마이크로서비스`) and may be
   * followed by particles (`포드가`); a Latin one must be a whole word (`Pod의` is found,
   * `Pods2` and `spec.template` are not).
   */
  find(text: string, wanted: (id: string) => boolean = () => true): Mention[] {
    const found: Mention[] = [];
    for (let at = 0; at < text.length; ) {
      const match = this.#matchAt(text, at, wanted);
      if (match) {
        found.push(match);
        at = match.end;
      } else {
        at += 1;
      }
    }
    return found;
  }

  #matchAt(text: string, at: number, wanted: (id: string) => boolean): Mention | undefined {
    const forms = this.#byFirst.get((text[at] as string).toLowerCase());
    if (!forms) return undefined;
    const before = text[at - 1] ?? '';
    for (const form of forms) {
      if (!wanted(form.id)) continue;
      if (form.hangulStart ? HANGUL.test(before) : continuesLatin(text, at - 1, -1)) continue;
      form.pattern.lastIndex = at;
      if (!form.pattern.test(text)) continue;
      const end = form.pattern.lastIndex;
      const after = text[end] ?? '';
      if (form.hangulEnd ? form.short && HANGUL.test(after) : continuesLatin(text, end, 1)) {
        continue;
      }
      return { start: at, end, id: form.id };
    }
    return undefined;
  }
}

/**
 * Whether the character at `index` continues a Latin word on that side: a letter, digit, `_`,
 * `-`, `/` or `$`, or a `.` with a letter beyond it (`spec.template`; a full stop is fine).
 */
function continuesLatin(text: string, index: number, direction: 1 | -1): boolean {
  const char = text[index] ?? '';
  if (LATIN_WORD.test(char)) return true;
  return char === '.' && /[A-Za-z]/.test(text[index + direction] ?? '');
}
