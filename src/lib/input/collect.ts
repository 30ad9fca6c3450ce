/**
 * Finds the files to check under the paths a user gives (kubeconform's `pkg/resource` part):
 * YAML and Markdown files, folders recursively in a stable order, symbolic links followed once.
 * Never throws on odd input: a missing path, a dangling link, a link loop or an unreadable folder
 * becomes an `io` finding, so the CLI still prints valid output and exits 1.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, type Described } from '../messages';
import type { Finding } from '../k8s/types';

const CHECKED = /\.(ya?ml|mdx?)$/i;

/** What {@link collectFiles} found. */
export interface Collected {
  /** Absolute paths of the files to check, in a stable order. */
  files: string[];
  /** Paths that could not be read, as findings (file relative to `base`). */
  problems: Finding[];
}

/**
 * The files to check under `paths` (relative paths resolve from `base`, the caller's folder).
 * Hidden entries and node_modules are skipped inside folders; a folder reached twice (through a
 * link to a parent, or two links to one folder) is read once, a link back into the folder being
 * walked is reported as a loop.
 */
export function collectFiles(paths: readonly string[], base: string): Collected {
  const files: string[] = [];
  const problems: Finding[] = [];
  const visited = new Map<string, string>();
  const display = (path: string): string => relative(base, path) || path;
  const problem = (path: string, report: Described): void => {
    const at = { file: display(path), line: 1, column: 1 };
    problems.push({ ...at, severity: 'error', rule: 'io', ...report });
  };
  const unreadable = (path: string, error: unknown): void => {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    problem(
      path,
      describe({ messageId: 'io.unreadable', hintId: 'io.unreadable.hint', data: { detail } }),
    );
  };
  const loop = (path: string, first: string): void => {
    problem(
      path,
      describe({ messageId: 'io.link-loop', hintId: 'io.link-loop.hint', data: { first } }),
    );
  };

  const visitDir = (dir: string, ancestors: Set<string>): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      unreadable(dir, error);
      return;
    }
    if (ancestors.has(real)) {
      loop(dir, display(visited.get(real) ?? real));
      return;
    }
    if (visited.has(real)) return;
    visited.set(real, dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable(dir, error);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const inside = new Set(ancestors).add(real);
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(dir, entry.name);
      if (entry.isDirectory()) visitDir(child, inside);
      else if (entry.isSymbolicLink()) visitLink(child, inside);
      else if (entry.isFile() && CHECKED.test(entry.name)) files.push(child);
    }
  };

  const visitLink = (link: string, ancestors: Set<string>): void => {
    let stats: Stats;
    try {
      stats = statSync(link);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        let target = link;
        try {
          target = linkTarget(link);
        } catch {
          // keep the link's own path
        }
        problem(
          link,
          describe({
            messageId: 'io.dangling-link',
            hintId: 'io.dangling-link.hint',
            data: { target },
          }),
        );
      } else if (code === 'ELOOP') {
        loop(link, display(link));
      } else {
        unreadable(link, error);
      }
      return;
    }
    if (stats.isDirectory()) visitDir(link, ancestors);
    else if (stats.isFile() && CHECKED.test(link)) files.push(link);
  };

  for (const given of paths) {
    const path = resolve(base, given);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isLink(path)) visitLink(path, new Set());
      else if (code === 'ENOENT') {
        problem(
          path,
          describe({ messageId: 'io.missing', hintId: 'io.missing.hint', data: { path: given } }),
        );
      } else visitLink(path, new Set());
      continue;
    }
    // A file named on the command line is checked whatever its extension.
    if (stats.isDirectory()) visitDir(path, new Set());
    else files.push(path);
  }
  return { files, problems };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Where a (dangling) link points, as written in the link. */
function linkTarget(link: string): string {
  return resolve(dirname(link), readlinkSync(link));
}
