/**
 * File names for downloadable manifests: readable, stable across builds, unique across the site,
 * and safe (only `[A-Za-z0-9._-]`, never a path), so a name can never write outside its folder.
 */

/** What a manifest's name can be derived from, best first. */
export interface NameSource {
  /** The file name the page gives: a heredoc target or a `title="x.yaml"` on the fence. */
  fileName?: string | undefined;
  /** The first object's kind and metadata.name, used when the page gives no file name. */
  kind?: string | undefined;
  name?: string | undefined;
}

const YAML_EXTENSION = /\.ya?ml$/i;

/** Reduces any string to a safe file-name stem: no separators, no leading dots, no spaces. */
export function safeStem(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
}

/** True when a fence title names a YAML file (`nginx-rc.yaml`, `/root/go-http-pod.yaml`). */
export function isYamlFileName(title: string | undefined): title is string {
  return !!title && YAML_EXTENSION.test(title.trim()) && !/\s/.test(title.trim());
}

/** The base name (`x.yaml`) a manifest should get, before site-wide de-duplication. */
export function manifestBaseName(source: NameSource): string {
  const given = source.fileName?.trim().split(/[\\/]/).pop();
  if (given && YAML_EXTENSION.test(given)) {
    const stem = safeStem(given.replace(YAML_EXTENSION, ''));
    if (stem) return `${stem}.yaml`;
  }
  const stem = safeStem([source.kind, source.name].filter(Boolean).join('-').toLowerCase());
  return `${stem || 'manifest'}.yaml`;
}

/**
 * Makes names unique in the given order: the first keeps its name, later ones get `-2`, `-3`...
 * The order is the reading order of the site, so names are identical across builds.
 */
export function uniqueNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const stem = name.replace(YAML_EXTENSION, '');
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}.yaml`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
