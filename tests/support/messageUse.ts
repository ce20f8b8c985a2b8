/**
 * Which UI message keys the app's modules use, and which message modules they register, read
 * from the source with the TypeScript checker:
 * - a key is used where a string literal stands where a message key is expected (its contextual
 *   type is a union of message keys: `t('x')`, `label: StringKey`, `Record<…, StringKey>`), and a
 *   template `\`prefix${…}\` as StringKey` uses every key that starts with its prefix;
 * - a module registers a message module where it calls `registerMessages(xMessages, …)`.
 * The load closure of a module follows static imports only (not `import type`, not `import()`):
 * it is what the bundler puts in, or before, that module's chunk.
 */
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ModuleUse {
  /** Statically imported source files (absolute paths). */
  imports: string[];
  /** Message keys used, each with the line it is used on. */
  keys: { key: string; line: number }[];
  /** Message module files registered here (absolute paths). */
  registers: string[];
  /** Source files loaded from here with `import()`: each starts a chunk of its own. */
  lazyImports: string[];
}

const ROOT = resolve(import.meta.dirname, '../..');
export const srcPath = (path: string) => resolve(ROOT, path);
export const shortPath = (path: string) => relative(ROOT, path);

export function analyseMessageUse(allKeys: ReadonlySet<string>): Map<string, ModuleUse> {
  const config = ts.readConfigFile(srcPath('tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const rootNames = parsed.fileNames.filter((file) => file.startsWith(srcPath('src/')) && !/\.test\.tsx?$/.test(file));
  const program = ts.createProgram({ rootNames, options: parsed.options });
  const checker = program.getTypeChecker();
  const result = new Map<string, ModuleUse>();

  const resolveImport = (from: string, specifier: string): string | null => {
    if (!specifier.startsWith('.')) return null;
    const resolved = ts.resolveModuleName(specifier, from, parsed.options, ts.sys).resolvedModule?.resolvedFileName;
    if (resolved) return resolved;
    return resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  };

  /** Whether `type` is one or more string literals, all message keys. */
  const isKeyType = (type: ts.Type | undefined): boolean => {
    if (!type) return false;
    const members = type.isUnion() ? type.types : [type];
    const literals = members.filter((member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    return literals.length > 0 && literals.every((member) => member.isStringLiteral() && allKeys.has(member.value));
  };

  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(srcPath('src/')) || /\.test\.tsx?$/.test(file.fileName)) continue;
    const use: ModuleUse = { imports: [], keys: [], registers: [], lazyImports: [] };
    const localImports = new Map<string, string>();
    const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const target = resolveImport(file.fileName, node.moduleSpecifier.text);
        const clause = node.importClause;
        const typeOnly = clause?.isTypeOnly === true;
        if (target && !typeOnly) use.imports.push(target);
        if (target && clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
          for (const element of clause.namedBindings.elements) localImports.set(element.name.text, target);
        }
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
        const target = resolveImport(file.fileName, node.moduleSpecifier.text);
        if (target) use.imports.push(target);
      } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && allKeys.has(node.text)) {
        if (isKeyType(checker.getContextualType(node))) use.keys.push({ key: node.text, line: lineOf(node) });
      } else if (ts.isAsExpression(node) && ts.isTemplateExpression(node.expression) && node.type.getText(file) === 'StringKey') {
        // A template with no literal prefix (a helper given its prefix by its callers) is not followed.
        const prefix = node.expression.head.text;
        if (prefix !== '') for (const key of allKeys) if (key.startsWith(prefix)) use.keys.push({ key, line: lineOf(node) });
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [specifier] = node.arguments;
        const target = specifier && ts.isStringLiteral(specifier) ? resolveImport(file.fileName, specifier.text) : null;
        if (target?.startsWith(srcPath('src/'))) use.lazyImports.push(target);
      } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'registerMessages') {
        for (const argument of node.arguments) {
          const from = ts.isIdentifier(argument) ? localImports.get(argument.text) : undefined;
          if (from) use.registers.push(from);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    result.set(file.fileName, use);
  }
  return result;
}

/** Every source file `entry` loads with it: itself and its static imports, transitively. */
export function loadClosure(uses: ReadonlyMap<string, ModuleUse>, entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    for (const imported of uses.get(next)?.imports ?? []) stack.push(imported);
  }
  return seen;
}

/** The message modules registered by the modules of `closure`. */
export function registeredIn(uses: ReadonlyMap<string, ModuleUse>, closure: ReadonlySet<string>): Set<string> {
  const registered = new Set<string>();
  for (const file of closure) for (const module of uses.get(file)?.registers ?? []) registered.add(module);
  return registered;
}
