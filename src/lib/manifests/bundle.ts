import { zipSync, strToU8 } from 'fflate';

/** A file to put in a zip: its path inside the archive and its text. */
export interface BundleFile {
  path: string;
  text: string;
}

/** Zip entries carry a timestamp; a fixed one keeps two builds byte-identical. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

/** Zips text files deterministically (sorted paths, fixed timestamps, fixed compression). */
export function zipFiles(files: BundleFile[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (file.path.startsWith('/') || file.path.split('/').includes('..')) {
      throw new Error(`Refusing to zip "${file.path}": archive paths must be relative.`);
    }
    entries[file.path] = [strToU8(file.text), { mtime: FIXED_MTIME, level: 6 }];
  }
  return zipSync(entries);
}
