// Every regular expression the service can run: the literals and `new RegExp(…)` calls in
// src/**/*.ts, read with the TypeScript compiler (a pattern built from constants is evaluated:
// template strings, String.raw, `+`, array elements, `for … of` over a constant table), and
// every RegExp object reachable from the compiled lexicons. Used by test/regex-safety.test.ts
// (which proves none can backtrack super-linearly) and bench/regex-runs.ts (which times them).
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { lexicons } from '../src/controllers/rules/lexicon/index.js';

export interface Pattern {
  /** `src/file.ts:line` or `lexicon <code>: <path>`. */
  where: string;
  source: string;
  flags: string;
  /** Names of the values the pattern is built from that are only known at run time: each is `⟦name⟧` in `source`. */
  dynamic: string[];
}

/**
 * Flagged patterns whose input is bounded, with the bound and why it holds. `source` is the pattern's
 * source, or the start of it ending in `…` (the question patterns of visual-qa are long); `chars`, the
 * longest text it sees, when that is a number (bench/regex-runs.ts times it on that much).
 */
export const BOUNDED: Array<{ file: string; source: string; bound: string; chars?: number }> = [
  ...[
    String.raw`\bhow many\s+…`,
    String.raw`\b(?:count|number of)\s+…`,
    String.raw`\b(?:is|are)\s+there\s+…`,
    String.raw`\b(?:do|can|could)\s+(?:you|i|we)\s+see\s+…`,
    String.raw`\b(?:does|do)\s+(?:[\w./-]+\s+){1,3}?…`,
    String.raw`\b(?:what|which)\b.*…`,
    String.raw`\S+\.(?:jpe?g|png|gif|webp|bmp|tiff?)\b`,
  ].map((source) => ({
    file: 'src/experts/local/visual-qa.ts',
    source,
    bound: 'the question is read only when it has at most MAX_QUESTION_CHARS (1 000) characters; longer ones go to the next model',
    chars: 1000,
  })),
  ...[String.raw`<!--[\s\S]*?-->`, '<[^>]+>', String.raw`^\s*(#|\||>|[-=]{3,}|\s*[-*+]\s|\s*\d+\.\s|!\[)`, String.raw`!\[[^\]]*]\([^)]*\)`, String.raw`\[([^\]]*)]\([^)]*\)`].map(
    (source) => ({
      file: 'src/registry/describe.ts',
      source,
      bound: 'cleanDescription reads model cards only when the catalogue is built (`npm run catalog`: scripts/build-catalog.ts, registry/hub.ts), never a request',
    }),
  ),
];

/** Parts of a pattern known only at run time: what they can be, as a pattern, and why. */
export const DYNAMIC: Array<{ file: string; name: string; stands: string; why: string }> = [
  {
    file: 'src/registry/model-purposes.ts',
    name: 'code.toLowerCase()',
    stands: '[a-z]{2,3}',
    why: 'coversLanguage is only called with the codes namedLanguages keeps: /^[a-z]{2,3}$/',
  },
];

export const fileOf = (pattern: Pattern) => pattern.where.replace(/:\d+$/, '');
/** The pattern with each run-time part replaced by what it can be, or null when a part is unknown. */
export function concrete(pattern: Pattern): string | null {
  let source = pattern.source;
  for (const name of pattern.dynamic) {
    const entry = DYNAMIC.find((known) => known.file === fileOf(pattern) && known.name === name);
    if (!entry) return null;
    source = source.replaceAll(`⟦${name}⟧`, `(?:${entry.stands})`);
  }
  return source;
}

/** The BOUNDED entry that covers a pattern. */
export const boundOf = (pattern: Pattern) =>
  BOUNDED.find((entry) => entry.file === fileOf(pattern) && (entry.source.endsWith('…') ? pattern.source.startsWith(entry.source.slice(0, -1)) : pattern.source === entry.source));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** A part of a pattern known only at run time. */
const hole = (name: string) => `⟦${name}⟧`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

type Value = string | Value[];

/** The values an expression may have (several after `a ? b : c` or a loop over a table), with holes for what only the running code knows. */
function evaluate(node: ts.Expression, checker: ts.TypeChecker, depth = 0): Value[] {
  if (depth > 20) return [hole(node.getText())];
  const again = (next: ts.Expression) => evaluate(next, checker, depth + 1);
  const raw = ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw';
  const template = ts.isTaggedTemplateExpression(node) ? (raw ? node.template : undefined) : node;
  const text = (literal: ts.TemplateLiteralLikeNode | ts.NoSubstitutionTemplateLiteral) => (raw ? (literal.rawText ?? literal.text) : literal.text);
  if (template && (ts.isStringLiteral(template) || ts.isNoSubstitutionTemplateLiteral(template))) return [ts.isStringLiteral(template) ? template.text : text(template)];
  if (template && ts.isTemplateExpression(template)) {
    let values: string[] = [text(template.head)];
    for (const span of template.templateSpans) {
      const parts = again(span.expression).map((part) => (typeof part === 'string' ? part : hole(span.expression.getText())));
      values = values.flatMap((before) => parts.map((part) => before + part + text(span.literal)));
    }
    return values;
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node)) return again(node.expression);
  if (ts.isConditionalExpression(node)) return [...again(node.whenTrue), ...again(node.whenFalse)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [again(node.left), again(node.right)];
    return left.flatMap((a) => right.map((b) => `${typeof a === 'string' ? a : hole(node.left.getText())}${typeof b === 'string' ? b : hole(node.right.getText())}`));
  }
  if (ts.isArrayLiteralExpression(node)) {
    let values: Value[][] = [[]];
    for (const element of node.elements) {
      const options = again(element);
      values = values.flatMap((before) => options.map((option) => [...before, option]));
    }
    return values;
  }
  if (ts.isElementAccessExpression(node) && ts.isNumericLiteral(node.argumentExpression)) {
    const index = Number(node.argumentExpression.text);
    return again(node.expression).flatMap((value) => (Array.isArray(value) && value[index] !== undefined ? [value[index]!] : [hole(node.getText())]));
  }
  if (ts.isIdentifier(node)) {
    const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && (declaration.parent.flags & ts.NodeFlags.Const) !== 0) return again(declaration.initializer);
    // `for (const [a, b] of TABLE)`: each row's element.
    if (declaration && ts.isBindingElement(declaration) && ts.isArrayBindingPattern(declaration.parent)) {
      const index = declaration.parent.elements.indexOf(declaration);
      const variable = declaration.parent.parent;
      const loop = variable.parent?.parent;
      if (ts.isVariableDeclaration(variable) && loop && ts.isForOfStatement(loop)) {
        return again(loop.expression).flatMap((rows) => (Array.isArray(rows) ? rows.map((row) => (Array.isArray(row) ? row[index] ?? hole(node.text) : hole(node.text))) : [hole(node.text)]));
      }
    }
    return [hole(node.text)];
  }
  return [hole(node.getText())];
}

function fromSources(): Pattern[] {
  const files = sourceFiles(join(root, 'src'));
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noResolve: true, allowJs: false });
  const checker = program.getTypeChecker();
  const found: Pattern[] = [];
  for (const file of files) {
    const sourceFile = program.getSourceFile(file)!;
    const at = (node: ts.Node) => `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const end = node.text.lastIndexOf('/');
        found.push({ where: at(node), source: node.text.slice(1, end), flags: node.text.slice(end + 1), dynamic: [] });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && node.arguments?.[0]) {
        const [pattern, flags] = node.arguments;
        const flagValues = flags ? evaluate(flags, checker) : [''];
        for (const source of evaluate(pattern, checker)) for (const flag of flagValues) {
          const text = typeof source === 'string' ? source : hole(pattern.getText());
          const dynamic = [...text.matchAll(/⟦([^⟧]*)⟧/g)].map((match) => match[1]!);
          found.push({ where: at(node), source: text, flags: typeof flag === 'string' ? flag : hole('flags'), dynamic });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

/** RegExp objects anywhere in the compiled lexicons (maps, sets, arrays, objects, trie nodes). */
function fromLexicons(): Pattern[] {
  const found: Pattern[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: string, code: string): void => {
    if (value instanceof RegExp) return void found.push({ where: `lexicon ${code}: ${path}`, source: value.source, flags: value.flags, dynamic: [] });
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) for (const [key, entry] of value) walk(entry, `${path}.get(${String(key)})`, code);
    else if (value instanceof Set || Array.isArray(value)) [...value].forEach((entry, index) => walk(entry, `${path}[${index}]`, code));
    else for (const [key, entry] of Object.entries(value)) walk(entry, `${path}.${key}`, code);
  };
  for (const [code, lexicon] of lexicons()) walk(lexicon, 'lexicon', code);
  return found;
}

/** Every pattern, sources first. */
export function collectPatterns(): Pattern[] {
  return [...fromSources(), ...fromLexicons()];
}
