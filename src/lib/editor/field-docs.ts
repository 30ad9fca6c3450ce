/**
 * Field documentation for the page editor: the API's own descriptions, read from the JSDoc of
 * `kubernetes-models`' declaration files (`apps/v1/DeploymentSpec.d.ts`), one small JSON file per
 * type that the editor fetches when the reader hovers or focuses a field. Pure parsing here;
 * docs-files.ts reads the package.
 */

/** The descriptions of one object type. */
export interface TypeDocs {
  /** What the type is. */
  description?: string;
  /** Field name -> description. */
  fields: Record<string, string>;
}

/** Text of a JSDoc block without its `/**`, `*` and `*\/` markers, on one line. */
function docText(block: string): string {
  return block
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trim())
    .filter((line) => line !== '')
    .join(' ')
    .trim();
}

/** The docs of interface `name` (e.g. `IDeploymentSpec`) in a declaration file's text. */
export function parseTypeDocs(dts: string, name: string): TypeDocs | undefined {
  const head = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*export interface ${name}\\b[^{]*\\{`);
  const match = head.exec(dts);
  if (!match) return undefined;
  const docs: TypeDocs = { fields: {} };
  const description = docText(match[1]!);
  if (description) docs.description = description;
  let depth = 1;
  let at = match.index + match[0].length;
  const start = at;
  while (at < dts.length && depth > 0) {
    if (dts[at] === '{') depth++;
    else if (dts[at] === '}') depth--;
    at++;
  }
  const body = dts.slice(start, at - 1);
  const field = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*"?([\w$-]+)"?\??\s*:/g;
  for (const each of body.matchAll(field)) {
    const text = docText(each[1]!);
    if (text) docs.fields[each[2]!] = text;
  }
  return docs;
}

/** Path of a type's docs file under the site's base: `schemas/docs/apps/v1.DeploymentSpec.json`. */
export function typeDocsPath(type: string): string {
  return `schemas/docs/${type}.json`;
}
