/**
 * One entry of the glossary (용어집). The glossary is one data file (`terms.ts`) read by the
 * search (`src/lib/search/glossary.ts`: every spelling of a term is searched as its key), by the
 * first-mention links of the chapters and by the glossary page.
 */
export interface GlossaryEntry {
  /** Anchor of the entry on the glossary page (`/glossary/#replicaset`): ASCII, stable. */
  id: string;
  /**
   * The term as the notes spell it: the entry's title and the search key. A term the notes only
   * write in English keeps the Korean spelling of kubernetes.io/ko here, or the English name
   * when the notes and the docs both write it in English (`kubectl`, `etcd`).
   */
  term: string;
  /**
   * `term` (the default): found in the prose of the chapters, linked at its first mention and
   * searched by every spelling. `command`: a kubectl subcommand, found in the shell blocks; the
   * search keeps commands as typed, so it is no search group.
   */
  kind?: 'term' | 'command';
  /** Other Korean spellings readers and the notes use; shown, searched and linked. */
  ko?: readonly string[];
  /** The English name as the official documentation writes it; shown, searched and linked. */
  en: string;
  /** Other English spellings the notes use (`Replica Set`); searched and linked, not shown. */
  enAlt?: readonly string[];
  /** Abbreviations (`rs`, `svc`): shown and searched, never linked (they are code in the notes). */
  short?: readonly string[];
  /** Loose words search also maps to the term (`저장소`); neither shown nor linked. */
  searchOnly?: readonly string[];
  /** One Korean sentence for a beginner: what it is and what it is for. */
  definition: string;
  /**
   * `kubernetes`: only linked on the Kubernetes parts, where the word names the Kubernetes thing;
   * the Docker part uses `서비스`, `노드` or `스케일링` in their everyday sense.
   */
  scope?: 'kubernetes';
  /** The official page that explains it (kubernetes.io/ko where translated, docs.docker.com). */
  docs?: string;
}
