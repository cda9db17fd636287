// No regular expression the service runs can backtrack super-linearly: every literal and
// `new RegExp` in src/**/*.ts (read with the TypeScript compiler, patterns built from constants
// evaluated) and every RegExp in the compiled lexicons is proved safe by recheck's automaton
// analysis (pure-JS backend, no binary), or by its fuzzer when the automaton would be too large.
// Earlier, five such patterns were found by luck on 100 KB requests (12 s, 6 s, 1 s, 77 s, 31 s).
// A flagged pattern stays only when the text it sees is bounded: BOUNDED (test/regex-patterns.ts) says
// where, and why; DYNAMIC says what the parts of a pattern known only at run time can be.
import { createRequire } from 'node:module';
import t from 'tap';
import { BOUNDED, boundOf, collectPatterns, concrete, type Pattern } from './regex-patterns.js';

// The pure-JS (Scala.js) analyser in this process: no native binary, no Java, no worker.
process.env.RECHECK_SYNC_BACKEND = 'pure';
const { checkSync } = createRequire(import.meta.url)('recheck') as typeof import('recheck');

type Verdict = { safe: boolean; how: string; attack?: string };
function verdict(source: string, flags: string): Verdict {
  // A sticky pattern is tried at one place: as if anchored there. `g` changes nothing for one search.
  const sticky = flags.includes('y');
  const [pattern, plain] = [sticky ? `^(?:${source})` : source, flags.replace(/[gy]/g, '')];
  // The automaton analysis is exact; on patterns too large for it in the time, the fuzzer searches for an attack string.
  let result = checkSync(pattern, plain, { timeout: 5_000 });
  // The fuzzer bounded by its iterations, not by time, and from a fixed seed, so that its verdict does not depend on the
  // machine's load or on chance (with a time limit, a loaded machine got "not decided: timeout").
  if (result.status === 'unknown') result = checkSync(pattern, plain, { checker: 'fuzz', randomSeed: 7, timeout: null, attackTimeout: null, incubationTimeout: null, recallTimeout: null });
  if (result.status === 'safe') return { safe: true, how: result.checker };
  if (result.status === 'vulnerable') return { safe: false, how: `${result.complexity.summary} (${result.checker})`, attack: result.attack.pattern };
  return { safe: false, how: `not decided: ${result.error.kind}` };
}

const patterns = collectPatterns();
const label = (pattern: Pattern) => `${pattern.where} /${pattern.source}/${pattern.flags}`;
// About a minute on a loaded 2-core machine: every distinct pattern is analysed.
t.setTimeout(600_000);

t.test('the collector finds the patterns, and the analyser flags known backtracking ones', async (t) => {
  t.ok(patterns.length > 100, `${patterns.length} patterns`);
  // A pattern built from a table in a loop is evaluated (content.ts: `new RegExp(marker, 'uy')` for each marker of MARKERS).
  const marks = patterns.filter((pattern) => pattern.where.startsWith('src/controllers/rules/content.ts') && pattern.flags === 'uy');
  t.same(marks.map((pattern) => pattern.source.slice(0, 7)), ['(?:[-•*', String.raw`[^\s:]+`]);
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
