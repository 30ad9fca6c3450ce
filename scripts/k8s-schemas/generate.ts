/**
 * Generates the strict Kubernetes schema table from the `kubernetes-models` npm package.
 *
 * Field names, optional markers, referenced types and string enums come from the package's
 * `.d.ts` files (read with the TypeScript compiler API). Two facts the declarations do not carry
 * (integer vs. number, base64 `byte` strings) are read from the package's own Ajv validators by
 * probing each such field with a value that only that rule rejects. Nothing is fetched from the
 * network: the table describes exactly the installed package.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { ObjectType, SchemaTable, TypeExpr } from '../../src/lib/k8s/schema-table';

/** kubernetes-models release -> the Kubernetes version its schemas describe (its CHANGELOG). */
const KUBERNETES_OF_RELEASE: Record<string, string> = {
  // 5.0.0: "Update to Kubernetes v1.36.0"; 5.0.x and 5.1.x did not change the schema version.
  '5.0': '1.36',
  '5.1': '1.36',
};

const MODELS = 'kubernetes-models';
const APIMACHINERY = '@kubernetes-models/apimachinery';

/** Type aliases that stand for a primitive of ours. */
const ALIAS_PRIMITIVES: Record<string, TypeExpr> = {
  'intstr.IntOrString': 'int-or-string',
  'resource.Quantity': 'quantity',
  'meta/v1.Time': 'string',
  'meta/v1.MicroTime': 'string',
};

interface PackageInfo {
  name: string;
  root: string;
  version: string;
}

interface Declaration {
  name: string;
  file: string;
  pkg: PackageInfo;
  /** The long model name used by the package's validators, e.g. `IoK8sApiAppsV1Deployment`. */
  modelName?: string;
  node?: ts.InterfaceDeclaration;
  alias?: ts.TypeNode;
  imports: Map<string, string>;
  source: ts.SourceFile;
}

/** Finds an installed package the way Node does: in node_modules folders up from `dir`. */
function packageInfo(name: string, dir: string): PackageInfo {
  for (let at = dir; ; at = dirname(at)) {
    const root = join(at, 'node_modules', name);
    if (existsSync(join(root, 'package.json'))) {
      const json = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        version: string;
      };
      return { name, root, version: json.version };
    }
    if (dirname(at) === at) throw new Error(`${name} is not installed (npm install)`);
  }
}

function declarationFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('_') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.d.ts') && entry.name !== 'index.d.ts') files.push(path);
    }
  };
  visit(root);
  return files.sort();
}

/** `apps/v1/DeploymentSpec.d.ts` -> `apps/v1.DeploymentSpec`; apimachinery drops `apis/`. */
function typeNameOf(pkg: PackageInfo, file: string): string {
  const parts = relative(pkg.root, file).replace(/\.d\.ts$/, '').split(sep);
  const base = parts.pop()!;
  if (pkg.name === APIMACHINERY && ['apis', 'api', 'util'].includes(parts[0]!)) parts.shift();
  return parts.length > 0 ? `${parts.join('/')}.${base}` : base;
}

function readDeclaration(pkg: PackageInfo, file: string): Declaration {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const declaration: Declaration = {
    name: typeNameOf(pkg, file),
    file,
    pkg,
    imports: new Map(),
    source,
  };
  const local = `I${file.split(sep).pop()!.replace(/\.d\.ts$/, '')}`;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          declaration.imports.set(element.name.text, statement.moduleSpecifier.text);
        }
      }
    } else if (ts.isInterfaceDeclaration(statement) && statement.name.text === local) {
      declaration.node = statement;
    } else if (ts.isTypeAliasDeclaration(statement) && statement.name.text === local) {
      declaration.alias = statement.type;
    } else if (ts.isExportDeclaration(statement) && statement.exportClause) {
      if (!ts.isNamedExports(statement.exportClause)) continue;
      for (const element of statement.exportClause.elements) {
        if (element.propertyName?.text === local && element.name.text.startsWith('IIoK8s')) {
          declaration.modelName = element.name.text.slice(1);
        }
      }
    }
  }
  return declaration;
}

class Generator {
  readonly byFile = new Map<string, Declaration>();
  readonly packages: PackageInfo[];

  constructor(packages: PackageInfo[]) {
    this.packages = packages;
    for (const pkg of packages) {
      for (const file of declarationFiles(pkg.root)) {
        this.byFile.set(file, readDeclaration(pkg, file));
      }
    }
  }

  /** The declaration an imported identifier of `from` refers to. */
  private resolveImport(from: Declaration, identifier: string): Declaration {
    const specifier = from.imports.get(identifier);
    if (!specifier) throw new Error(`${from.file}: cannot resolve ${identifier}`);
    let file: string;
    if (specifier.startsWith('.')) {
      file = resolve(dirname(from.file), specifier.replace(/\.js$/, '.d.ts'));
    } else {
      const pkg = this.packages.find((p) => specifier.startsWith(`${p.name}/`));
      if (!pkg) throw new Error(`${from.file}: import from unknown package ${specifier}`);
      file = join(pkg.root, `${specifier.slice(pkg.name.length + 1)}.d.ts`);
    }
    const target = this.byFile.get(file);
    if (!target) throw new Error(`${from.file}: ${specifier} has no declaration file`);
    return target;
  }

  /** The type expression a declaration stands for when referenced. */
  refExpr(target: Declaration): TypeExpr {
    if (Object.hasOwn(ALIAS_PRIMITIVES, target.name)) return ALIAS_PRIMITIVES[target.name]!;
    if (target.alias) return this.expr(target, target.alias);
    if (!target.node) throw new Error(`${target.file}: no interface or alias`);
    // Empty interfaces (RawExtension, FieldsV1, JSON, JSONSchemaPropsOrBool...) hold free JSON.
    return target.node.members.length === 0 ? 'any' : target.name;
  }

  /** Object types written inline in a declaration (the StatefulSet claim template). */
  readonly inline = new Map<string, ObjectType>();

  expr(decl: Declaration, node: ts.TypeNode, owner = decl.name): TypeExpr {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return 'string';
      case ts.SyntaxKind.NumberKeyword:
        return 'number';
      case ts.SyntaxKind.BooleanKeyword:
        return 'boolean';
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.ObjectKeyword:
        return 'any';
      default:
        break;
    }
    if (ts.isParenthesizedTypeNode(node)) return this.expr(decl, node.type);
    if (ts.isArrayTypeNode(node)) return `[]${this.expr(decl, node.elementType, owner)}`;
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
      return `enum:${node.literal.text}`;
    }
    if (ts.isUnionTypeNode(node)) {
      const values: string[] = [];
      for (const member of node.types) {
        if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) {
          values.push(member.literal.text);
        } else {
          const kinds = node.types.map((t) => t.kind).sort();
          const stringNumber = [ts.SyntaxKind.NumberKeyword, ts.SyntaxKind.StringKeyword].sort();
          if (kinds.join() === stringNumber.join()) return 'int-or-string';
          throw new Error(`${decl.file}: unsupported union ${node.getText(decl.source)}`);
        }
      }
      if (values.some((v) => v.includes('|'))) throw new Error(`${decl.file}: '|' in an enum`);
      return `enum:${values.join('|')}`;
    }
    if (ts.isTypeLiteralNode(node)) {
      const [member] = node.members;
      if (node.members.length === 1 && member && ts.isIndexSignatureDeclaration(member)) {
        return `{}${this.expr(decl, member.type)}`;
      }
      if (node.members.length === 0) return 'any';
      this.inline.set(owner, this.objectType(decl, node.members, owner));
      return owner;
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const name = node.typeName.text;
      if (name === 'Array' && node.typeArguments?.length === 1) {
        return `[]${this.expr(decl, node.typeArguments[0]!, owner)}`;
      }
      if (decl.node && name === decl.node.name.text) return decl.name;
      return this.refExpr(this.resolveImport(decl, name));
    }
    throw new Error(`${decl.file}: unsupported type ${ts.SyntaxKind[node.kind]}`);
  }

  objectType(
    decl: Declaration,
    members: ts.NodeArray<ts.TypeElement> = decl.node!.members,
    owner = decl.name,
  ): ObjectType {
    const fields: Record<string, TypeExpr> = {};
    const required: string[] = [];
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name)
        ? member.name.text
        : undefined;
      if (name === undefined) throw new Error(`${decl.file}: unsupported property name`);
      let expr = this.expr(decl, member.type, `${owner}.${name}`);
      // apiVersion/kind are literal types in the declarations; the validator dispatches on them.
      if ((name === 'apiVersion' || name === 'kind') && expr.startsWith('enum:')) expr = 'string';
      fields[name] = expr;
      if (!member.questionToken) required.push(name);
    }
    return required.length > 0 ? { fields, required } : { fields };
  }
}

/** A value of a field's shape holding `leaf`, and the instance path of that leaf. */
function probeValue(expr: TypeExpr, leaf: unknown): { value: unknown; suffix: string } {
  if (expr.startsWith('[]')) {
    const inner = probeValue(expr.slice(2), leaf);
    return { value: [inner.value], suffix: `/0${inner.suffix}` };
  }
  if (expr.startsWith('{}')) {
    const inner = probeValue(expr.slice(2), leaf);
    return { value: { k: inner.value }, suffix: `/k${inner.suffix}` };
  }
  return { value: leaf, suffix: '' };
}

type AjvValidate = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null;
};

/** Runs a validator on `{ [field]: probe }` and returns the errors at that probe. */
function probe(validate: AjvValidate, field: string, expr: TypeExpr, leaf: unknown) {
  const { value, suffix } = probeValue(expr, leaf);
  validate({ [field]: value });
  const path = `/${field.replace(/~/g, '~0').replace(/\//g, '~1')}${suffix}`;
  return (validate.errors ?? []).filter((error) => error.instancePath === path);
}

function leafOf(expr: TypeExpr): TypeExpr {
  let inner = expr;
  while (inner.startsWith('[]') || inner.startsWith('{}')) inner = inner.slice(2);
  return inner;
}

function withLeaf(expr: TypeExpr, leaf: TypeExpr): TypeExpr {
  return expr.slice(0, expr.length - leafOf(expr).length) + leaf;
}

/** Refines `number` into integer/int32 and `string` into byte using the package's validators. */
async function refineWithValidators(decl: Declaration, type: ObjectType): Promise<void> {
  if (!decl.modelName) return;
  const file = join(decl.pkg.root, '_schemas', `${decl.modelName}.js`);
  const module = (await import(pathToFileURL(file).href)) as { validate: AjvValidate };
  for (const [field, expr] of Object.entries(type.fields)) {
    const leaf = leafOf(expr);
    if (leaf === 'number') {
      const notInteger = probe(module.validate, field, expr, 0.5).some(
        (e) => e.keyword === 'type' && e.params.type === 'integer',
      );
      if (!notInteger) continue;
      const overflow = probe(module.validate, field, expr, 2 ** 31).some(
        (e) => e.keyword === 'format' && e.params.format === 'int32',
      );
      type.fields[field] = withLeaf(expr, overflow ? 'int32' : 'integer');
    } else if (leaf === 'string') {
      const byte = probe(module.validate, field, expr, '%').some(
        (e) => e.keyword === 'format' && e.params.format === 'byte',
      );
      if (byte) type.fields[field] = withLeaf(expr, 'byte');
    }
  }
}

/** Builds the whole table from the installed packages (resolved from this project). */
export async function generateK8sSchemaTable(): Promise<SchemaTable> {
  const models = packageInfo(MODELS, fileURLToPath(new URL('.', import.meta.url)));
  const apimachinery = packageInfo(APIMACHINERY, models.root);
  const release = models.version.split('.').slice(0, 2).join('.');
  const kubernetes = KUBERNETES_OF_RELEASE[release];
  if (!kubernetes) {
    throw new Error(`${MODELS}@${models.version}: unknown Kubernetes version; update the map`);
  }
  const generator = new Generator([models, apimachinery]);
  const types: Record<string, ObjectType> = {};
  const kinds: Record<string, Record<string, string>> = {};
  const declarations = [...generator.byFile.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const decl of declarations) {
    if (!decl.node || decl.node.members.length === 0) continue;
    if (Object.hasOwn(ALIAS_PRIMITIVES, decl.name)) continue;
    const type = generator.objectType(decl);
    await refineWithValidators(decl, type);
    types[decl.name] = type;
    for (const [name, inline] of generator.inline) types[name] = inline;
    generator.inline.clear();
    const literal = (field: string): string | undefined => {
      const member = decl.node!.members.find(
        (m) => ts.isPropertySignature(m) && m.name.getText(decl.source) === `"${field}"`,
      );
      const node = member && ts.isPropertySignature(member) ? member.type : undefined;
      return node && ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)
        ? node.literal.text
        : undefined;
    };
    const apiVersion = literal('apiVersion');
    const kind = literal('kind');
    if (apiVersion && kind) (kinds[apiVersion] ??= {})[kind] = decl.name;
  }
  const sortedKinds: Record<string, Record<string, string>> = {};
  for (const apiVersion of Object.keys(kinds).sort()) {
    const byKind = kinds[apiVersion]!;
    sortedKinds[apiVersion] = Object.fromEntries(
      Object.keys(byKind)
        .sort()
        .map((kind) => [kind, byKind[kind]!]),
    );
  }
  return {
    $comment:
      'Generated by `npm run gen:k8s-schemas` (scripts/gen-k8s-schemas.ts); do not edit. ' +
      'Field types: see src/lib/k8s/schema-table.ts.',
    source: {
      package: MODELS,
      version: models.version,
      uses: [`${APIMACHINERY}@${apimachinery.version}`],
      kubernetes,
    },
    kinds: sortedKinds,
    types: Object.fromEntries(Object.keys(types).sort().map((name) => [name, types[name]!])),
  };
}
