import { FORM_TO_KEY, FORMS_OF_KEY, LONGEST_FORM, squash } from './glossary';
import { wordSuffixes } from './infix';
import { stripParticles } from './particles';

/** Splits text into words the way a reader types them: on spaces and on punctuation but `-`. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word !== '' && /[\p{L}\p{N}]/u.test(word));
}

/**
 * A command-line flag as one searchable word: `--to-revision` -> `torevision`. Pagefind splits
 * words on punctuation, so `--to-revision` would otherwise be two common words, `to` and
 * `revision`, and rank every page that uses both.
 */
export function flagKey(word: string): string | undefined {
  const match = /^--?([a-z0-9][a-z0-9-]*[a-z0-9])$/.exec(word);
  return match && word.startsWith('--') ? (match[1] as string).replaceAll('-', '') : undefined;
}

/**
 * Rewrites `tokens` by the glossary: the longest run of consecutive tokens (joined without
 * spaces) that is a glossary form becomes its key, so `롤링업데이트`, `rolling update` and
 * `롤링 업데이트` all become `롤링 업데이트`. Tokens that start no form are kept.
 */
export function applyGlossary(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    let key = '';
    let joined = '';
    for (let j = i; j < tokens.length; j++) {
      joined += tokens[j];
      if (joined.length > LONGEST_FORM) break;
      const found = FORM_TO_KEY.get(squash(joined));
      if (found !== undefined) {
        matched = j - i + 1;
        key = found;
      }
    }
    if (matched > 0) {
      out.push(key);
      i += matched;
    } else {
      out.push(tokens[i] as string);
      i += 1;
    }
  }
  return out;
}

/** Glossary key of a word typed as a compound of two glossary forms, e.g. `도커이미지`. */
function splitCompound(word: string): string[] | undefined {
  for (let cut = word.length - 1; cut > 0; cut--) {
    const head = FORM_TO_KEY.get(word.slice(0, cut));
    const tail = FORM_TO_KEY.get(word.slice(cut));
    if (head !== undefined && tail !== undefined) return [head, tail];
  }
  return undefined;
}

/** One query or text word normalised: particles removed, then a flag or compound resolved. */
function normaliseWord(word: string): string[] {
  const flag = flagKey(word);
  if (flag !== undefined) return [flag];
  const stem = stripParticles(word.replace(/^-+|-+$/g, ''));
  if (stem === '' || FORM_TO_KEY.has(stem)) return [stem];
  return splitCompound(stem) ?? [stem];
}

/**
 * What the search looks for when a reader types `query`, shared by the browser (Pagefind's
 * `processTerm`) and the benchmark: particles stripped, glossary forms mapped to their key,
 * flags joined. `파드를 롤링업데이트` -> `포드 롤링 업데이트`; `--to-revision` -> `torevision`.
 */
export function normaliseQuery(query: string): string {
  const typed = words(query);
  // A command is searched as typed (`kubectl get rc`), flags joined: its words are in the page.
  if (COMMANDS.has(typed[0] ?? '') && typed.length > 1) {
    return typed.map((word) => flagKey(word) ?? singular(word)).join(' ');
  }
  const tokens = typed.flatMap(normaliseWord);
  return [...new Set(applyGlossary(tokens).flatMap((term) => term.split(' ')))].join(' ');
}

/**
 * A resource typed in the plural (`pods`, `nodes`) as its singular when that is a glossary form:
 * a prefix, so it still finds `kubectl get pods` and also `kubectl get pod`.
 */
function singular(word: string): string {
  const stem = word.replace(/s$/, '');
  return stem !== word && stem.length > 2 && FORM_TO_KEY.has(stem) ? stem : word;
}

/** First words of command lines in the notes. */
const COMMANDS: ReadonlySet<string> = new Set(['kubectl', 'docker', 'kubeadm', 'etcdctl']);

/**
 * Extra words to index for a page whose text is `text`: for every word the forms a query could
 * be normalised to (particle-stripped stems, glossary keys including multi-word forms, joined
 * flags) and the suffixes of Korean words (`src/lib/search/infix.ts`) that are not already in
 * the text. Added next to the page's own words, never instead. `unseen` is text of the page that
 * Pagefind does not index (a diagram's labels, drawn in SVG): all of its words are added.
 */
export function indexTerms(text: string, unseen = ''): string[] {
  const tokens = [...words(text), ...words(unseen)];
  const present = new Set(words(text));
  const extra = new Set<string>();
  const normalised = tokens.flatMap(normaliseWord);
  for (const term of normalised) extra.add(term);
  // Also joins compounds written with a space in the notes (`롤링 업데이트`), as typed joined.
  for (const term of applyGlossary(normalised)) {
    for (const word of term.split(' ')) extra.add(word);
  }
  // Parts of words: the suffixes of every Korean word, so a part of it finds the page.
  for (const term of normalised) {
    for (const suffix of wordSuffixes(term)) extra.add(suffix);
  }
  for (const term of present) extra.delete(term);
  // Pagefind matches a metadata word once however often it is repeated, so each appears once.
  return [...extra].filter((term) => term.length > 0).sort();
}

/**
 * The `topic` terms of a page from its title and headings: their words normalised, every
 * spelling of the glossary terms among them (`레플리카셋` adds `replicaset` and `rs`), and the
 * suffixes of their Korean words. A chapter's topic field ranks it first for queries about what
 * it teaches, even when another page uses the same words more often.
 */
export function topicTerms(texts: readonly string[]): string[] {
  const out = new Set<string>();
  const add = (word: string) => {
    if (word === '') return;
    out.add(word);
    for (const suffix of wordSuffixes(word)) out.add(suffix);
  };
  for (const text of texts) {
    const normalised = words(text).flatMap(normaliseWord);
    for (const term of [...normalised, ...applyGlossary(normalised)]) {
      term.split(' ').forEach(add);
      for (const form of FORMS_OF_KEY.get(term) ?? []) words(form).forEach(add);
    }
  }
  return [...out].sort();
}

/**
 * The `commands` terms of a page from its shell command lines: every word, flags joined as a
 * query joins them (`--to-revision` -> `torevision`, `-l` -> `l`).
 */
export function commandTerms(lines: readonly string[]): string[] {
  const out = new Set<string>();
  for (const line of lines) {
    for (const word of words(line)) {
      const term = flagKey(word) ?? word.replace(/^-+|-+$/g, '');
      if (term === '') continue;
      out.add(term);
    }
  }
  return [...out].sort();
}

/**
 * The glossary keys of a page's command words that a query is normalised to: `--type=LoadBalancer`
 * gives `로드밸런서`, which a query `LoadBalancer` becomes. A field of its own, lighter than the
 * commands: `kubectl get nodes` is about nodes less than a chapter titled 노드.
 */
export function commandKeys(commandWords: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const word of commandWords) {
    if (!FORM_TO_KEY.has(word)) continue;
    for (const key of applyGlossary([word])) key.split(' ').forEach((part) => keys.add(part));
  }
  for (const word of commandWords) keys.delete(word);
  return [...keys].sort();
}
