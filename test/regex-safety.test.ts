// No regular expression the service runs can backtrack super-linearly: every literal and
// `new RegExp` in src/**/*.ts (read with the TypeScript compiler, patterns built from constants
// evaluated) and every RegExp in the compiled lexicons is proved safe by recheck's automaton
// analysis (pure-JS backend, no binary), or by its fuzzer when the automaton would be too large.
// Earlier, five such patterns were found by luck on 100 KB requests (12 s, 6 s, 1 s, 77 s, 31 s).
// A flagged pattern stays only when the text it sees is bounded: BOUNDED says where, and why.
import { createRequire } from 'node:module';
import t from 'tap';
import { collectPatterns, type Pattern } from './regex-patterns.js';

// The pure-JS (Scala.js) analyser in this process: no native binary, no Java, no worker.
process.env.RECHECK_SYNC_BACKEND = 'pure';
const { checkSync } = createRequire(import.meta.url)('recheck') as typeof import('recheck');

/**
 * Flagged patterns whose input is bounded, with the bound and why it holds. `source` is the pattern's
 * source, or the start of it ending in `…` (the question patterns of visual-qa are long).
 */
const BOUNDED: Array<{ file: string; source: string; bound: string }> = [
  ...[String.raw`\n\s*(?:[-•*·]|\(?(?:\d{1,2}|[a-hA-H])[.)])\s+`, String.raw`\n\s*[^\s:]+(?:[ \t][^\s:]+)?[ \t]?:\s+`].map((source) => ({
    file: 'src/controllers/rules/content.ts',
    source,
    bound: 'listParts splits a text with it only when the text has at most 4 000 characters (`value.length <= 4000`)',
  })),
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
const DYNAMIC: Array<{ file: string; name: string; stands: string; why: string }> = [
  {
    file: 'src/registry/model-purposes.ts',
    name: 'code.toLowerCase()',
    stands: '[a-z]{2,3}',
    why: 'coversLanguage is only called with the codes namedLanguages keeps: /^[a-z]{2,3}$/',
  },
];

const fileOf = (pattern: Pattern) => pattern.where.replace(/:\d+$/, '');
/** The pattern with each run-time part replaced by what it can be, or null when a part is unknown. */
function concrete(pattern: Pattern): string | null {
  let source = pattern.source;
  for (const name of pattern.dynamic) {
    const entry = DYNAMIC.find((known) => known.file === fileOf(pattern) && known.name === name);
    if (!entry) return null;
    source = source.replaceAll(`⟦${name}⟧`, `(?:${entry.stands})`);
  }
  return source;
}

type Verdict = { safe: boolean; how: string; attack?: string };
function verdict(source: string, flags: string): Verdict {
  // A sticky pattern is tried at one place: as if anchored there. `g` changes nothing for one search.
  const sticky = flags.includes('y');
  const [pattern, plain] = [sticky ? `^(?:${source})` : source, flags.replace(/[gy]/g, '')];
  // The automaton analysis is exact; on patterns too large for it in the time, the fuzzer searches for an attack string.
  let result = checkSync(pattern, plain, { timeout: 5_000 });
  if (result.status === 'unknown') result = checkSync(pattern, plain, { checker: 'fuzz', timeout: 20_000 });
  if (result.status === 'safe') return { safe: true, how: result.checker };
  if (result.status === 'vulnerable') return { safe: false, how: `${result.complexity.summary} (${result.checker})`, attack: result.attack.pattern };
  return { safe: false, how: `not decided: ${result.error.kind}` };
}

const patterns = collectPatterns();
const label = (pattern: Pattern) => `${pattern.where} /${pattern.source}/${pattern.flags}`;
const boundOf = (pattern: Pattern) =>
  BOUNDED.find((entry) => entry.file === fileOf(pattern) && (entry.source.endsWith('…') ? pattern.source.startsWith(entry.source.slice(0, -1)) : pattern.source === entry.source));

// About a minute on a loaded 2-core machine: every distinct pattern is analysed.
t.setTimeout(600_000);

t.test('the collector finds the patterns, and the analyser flags known backtracking ones', async (t) => {
  t.ok(patterns.length > 100, `${patterns.length} patterns`);
  // A pattern built from a table in a loop is evaluated (content.ts: `\n\s*${marker}` for each marker).
  t.equal(patterns.filter((pattern) => pattern.where.startsWith('src/controllers/rules/content.ts') && pattern.source.startsWith(String.raw`\n\s*`)).length, 2);
  // The trailing-punctuation pattern that once took 6 s on 100 KB, the run of guesses that could backtrack, a run of unclosed quotes.
  for (const bad of [String.raw`[\s,;.!]+$`, String.raw`(?:\s*\S+(?:\s+\S+)?\?)+`, '"[^"]*"|“[^”]*”']) t.notOk(verdict(bad, '').safe, bad);
  t.ok(verdict(String.raw`^[\w-]+\.(jpg|png)$`, '').safe);
});

t.test('every run-time part of a pattern is accounted for', async (t) => {
  const unknown = patterns.filter((pattern) => concrete(pattern) === null).map((pattern) => `${label(pattern)}: say in DYNAMIC what ${pattern.dynamic.join(', ')} can be`);
  t.same(unknown, []);
});

t.test('no pattern backtracks super-linearly, unless its input is bounded', async (t) => {
  const unique = new Map<string, Pattern>();
  for (const pattern of patterns) if (!boundOf(pattern)) unique.set(`${pattern.source}\0${pattern.flags}`, pattern);
  const unsafe: string[] = [];
  const byFuzz: string[] = [];
  for (const pattern of unique.values()) {
    const source = concrete(pattern);
    if (source === null) continue;
    const found = verdict(source, pattern.flags);
    if (!found.safe) unsafe.push(`${label(pattern)}: ${found.how}${found.attack ? `, e.g. ${found.attack}` : ''}`);
    else if (found.how === 'fuzz') byFuzz.push(pattern.where);
  }
  t.same(unsafe, [], 'patterns that can backtrack super-linearly on user input (fix them, or say in BOUNDED why their input is bounded)');
  t.comment(`${unique.size} distinct patterns analysed; safe by the fuzzer (too large for the automaton): ${byFuzz.join(', ')}`);
  const stale = BOUNDED.filter((entry) => !patterns.some((pattern) => boundOf(pattern) === entry)).map((entry) => `${entry.file} /${entry.source}/`);
  t.same(stale, [], 'BOUNDED entries that name no pattern any more');
});
