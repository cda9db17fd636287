// Every regular expression the service runs (test/regex-patterns.ts collects them) on 100 KB runs
// of one kind of character: the slowest ten runs, in ms (the least of three). A figure, not an assertion: the proof
// that none backtracks super-linearly is test/regex-safety.test.ts. A pattern whose input is
// bounded (BOUNDED there) runs on a run of its bound's length; one with no number is not run.
//   npm run bench:regex -- [size]
import { boundOf, collectPatterns, concrete } from '../test/regex-patterns.js';

const SIZE = Number(process.argv[2] ?? 100_000);
const UNITS: Record<string, string> = {
  spaces: ' ', newlines: '\n', tabs: '\t', letters: 'a', digits: '7', commas: ',', '"a "': 'a ', '"and "': 'and ', 'straight quotes': '"',
  'curly quotes': '“', apostrophes: "'", '"?"': '?', 'dots': '.', 'slashes': '/', '"<"': '<', '"what "': 'what ',
};
let seed = 11;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
const pieces = Object.values(UNITS);
const mixed = Array.from({ length: SIZE }, () => pieces[Math.floor(random() * pieces.length)]).join('').slice(0, SIZE);
const run = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** Each run as it is, and followed by a character no pattern expects (what makes a pattern anchored at the end fail). */
const texts = (size: number) =>
  Object.entries({ ...Object.fromEntries(Object.entries(UNITS).map(([name, unit]) => [name, run(unit, size)])), mixed: mixed.slice(0, size) }).flatMap(([name, text]) => [
    [name, text],
    [`${name} + "\\x01"`, `${text.slice(0, -1)}\x01`],
  ]);

const ms = (work: () => unknown) => {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

const rows: Array<{ ms: number; where: string; source: string; text: string; size: number }> = [];
const skipped: string[] = [];
const seen = new Set<string>();
const patterns = collectPatterns();
const started = Date.now();
for (const pattern of patterns) {
  const source = concrete(pattern);
  const bound = boundOf(pattern);
  if (source === null || (bound && bound.chars === undefined)) {
    skipped.push(pattern.where);
    continue;
  }
  if (seen.has(`${source}/${pattern.flags}`)) continue;
  seen.add(`${source}/${pattern.flags}`);
  const size = bound?.chars ?? SIZE;
  const regex = new RegExp(source, pattern.flags);
  // As the code uses it: a global pattern replaces (every match), a sticky one is tried at one place, any other searches once.
  const use = pattern.flags.includes('g') ? (text: string) => text.replace(regex, '') : (text: string) => ((regex.lastIndex = 0), regex.test(text));
  // The least of three runs: one run can take a garbage collection that others caused.
  for (const [name, text] of texts(size)) rows.push({ ms: Math.min(ms(() => use(text!)), ms(() => use(text!)), ms(() => use(text!))), where: pattern.where, source, text: name!, size });
}
rows.sort((a, b) => b.ms - a.ms);
console.log(`${seen.size} distinct patterns × ${texts(10).length} texts of ${SIZE / 1000} KB (a bounded pattern: its bound) in ${((Date.now() - started) / 1000).toFixed(1)} s; the slowest ten runs:`);
for (const row of rows.slice(0, 10)) {
  const shown = row.source.length > 60 ? `${row.source.slice(0, 57)}…` : row.source;
  console.log(`  ${row.ms.toFixed(2).padStart(7)} ms  ${row.text.padEnd(24)} ${String(row.size).padStart(6)}  ${row.where.padEnd(42)} /${shown}/`);
}
if (skipped.length) console.log(`Not run (read only at catalogue build time, no bound in characters): ${[...new Set(skipped)].join(', ')}`);
