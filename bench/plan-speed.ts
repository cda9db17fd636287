// How long the rule-based planner takes: every TaskBench dev request (both tool domains) and
// every realistic dev request, many times after a warm-up (mean / p50 / p99 per plan), then
// requests of 100 KB (pasted text, a long instruction, many quotes, many files, unknown words, and the
// hostile shapes of bench/hostile-shapes.ts: runs of one word or mark),
// whose planning time is also the longest the event loop is blocked by one plan: the first (cold)
// plan of each shape apart from the warm medians.
//   npm run bench:plan -- [rounds]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRequest } from '../src/controllers/rules/plan.js';
import type { ChatMessage } from '../src/pipeline/types.js';
import { HOSTILE, hostile } from './hostile-shapes.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 30);
const lines = (file: string) => readFileSync(resolve(root, file), 'utf8').split('\n').filter((line) => line.trim());
const requests: Array<{ request: string; history: ChatMessage[] }> = [
  ...['huggingface', 'multimedia'].flatMap((domain) => lines(`bench/data/taskbench/${domain}/dev.jsonl`).map((line) => ({ request: (JSON.parse(line) as { request: string }).request, history: [] }))),
  ...lines('bench/data/realistic/dev.jsonl').map((line) => {
    const item = JSON.parse(line) as { request?: string; messages?: ChatMessage[] };
    return item.request !== undefined ? { request: item.request, history: [] } : { request: item.messages!.at(-1)!.content, history: item.messages!.slice(0, -1) };
  }),
];

const SIZE = 100_000;
const fill = (unit: string, prefix = '') => prefix + unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE - prefix.length);
const paragraph = 'The council met on Tuesday to discuss the new bike lanes, compare their costs and summarize the plan for shop owners. ';
const large: Record<string, string> = {
  'pasted text': fill(paragraph, 'Summarize this and translate the summary into French:\n\n'),
  'long instruction': fill('Caption /examples/a.jpg and translate it to French, then read it aloud. '),
  'many quotes': fill("Translate 'good morning' into German. "),
  'many files': fill('photo_0001.jpg '),
  'unknown words': fill('lorem ipsum dolor sit amet consectetur adipiscing elit '),
  'one long word': 'x'.repeat(SIZE),
  // The shapes that found slow paths (bench/hostile-shapes.ts).
  ...Object.fromEntries(Object.entries(HOSTILE).map(([name, shape]) => [name, hostile(shape, SIZE)])),
};

const time = (request: string, history: ChatMessage[] = []) => {
  const started = process.hrtime.bigint();
  planRequest(request, history, { maxTasks: 20 });
  return Number(process.hrtime.bigint() - started) / 1e6;
};
/** CPU time of one plan, ms: on a machine shared with other work, wall time also counts waiting for a core. */
const cpuTime = (request: string) => {
  const started = process.cpuUsage();
  planRequest(request, [], { maxTasks: 20 });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};

for (let i = 0; i < 5; i++) for (const { request, history } of requests) planRequest(request, history);
const samples: number[] = [];
for (let round = 0; round < rounds; round++) for (const { request, history } of requests) samples.push(time(request, history) * 1000);
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
const chars = requests.reduce((sum, { request }) => sum + request.length, 0) / requests.length;
console.log(`${requests.length} requests (mean ${chars.toFixed(0)} characters) × ${rounds} rounds = ${samples.length} plans`);
console.log(`µs per plan: mean ${mean.toFixed(1)}  p50 ${at(0.5).toFixed(1)}  p99 ${at(0.99).toFixed(1)}  max ${samples.at(-1)!.toFixed(1)}`);

console.log(`\n${(SIZE / 1000).toFixed(0)} KB requests (ms per plan; a plan is synchronous, so this is also the event-loop block).`);
console.log('  first: the first plan of that shape in this process (cold: its code paths not yet optimised for it), wall and CPU;');
console.log('  then the median (and max) of 9 more after 2 warm-up runs, wall, and the median (and min) of 9 in CPU time:');
let worst = 0;
let worstCpu = 0;
let worstFirst = 0;
for (const [name, request] of Object.entries(large)) {
  const cpuStarted = process.cpuUsage();
  const first = time(request);
  const firstCpu = process.cpuUsage(cpuStarted);
  for (let i = 0; i < 2; i++) time(request);
  const runs = Array.from({ length: 9 }, () => time(request)).sort((a, b) => a - b);
  const cpu = Array.from({ length: 9 }, () => cpuTime(request)).sort((a, b) => a - b);
  worst = Math.max(worst, runs[4]!);
  worstCpu = Math.max(worstCpu, cpu[4]!);
  worstFirst = Math.max(worstFirst, first);
  const firstLine = `first ${first.toFixed(1).padStart(5)} (cpu ${((firstCpu.user + firstCpu.system) / 1000).toFixed(1).padStart(5)})`;
  console.log(`  ${name.padEnd(22)} ${firstLine}   wall median ${runs[4]!.toFixed(1).padStart(5)}  max ${runs[8]!.toFixed(1).padStart(5)}   cpu median ${cpu[4]!.toFixed(1).padStart(5)}  min ${cpu[0]!.toFixed(1).padStart(5)}`);
}
console.log(`100 KB request: ${worst.toFixed(1)} ms wall, ${worstCpu.toFixed(1)} ms CPU (slowest median); slowest first plan ${worstFirst.toFixed(1)} ms wall`);

// The chat so far is read too: an earlier answer of 100 KB of blank lines or spaces was read with patterns that tried every
// line break or space of the run (77 s and 31 s before the fix). Wall median of 9 after 2 warm-up runs.
const answers: Record<string, string> = {
  'blank lines': `"Hi there"${'\n'.repeat(SIZE)}x`,
  'spaces': `"Hi there"${' '.repeat(SIZE)}x`,
  'numbered items': fill('\n1. a caption of a.jpg '),
  '"it"s': fill('it ', 'I made it look like '),
};
// And an earlier user turn of 100 KB: "Caption the first one and the second one and the second one …".
const turns: Record<string, ChatMessage[]> = {
  ...Object.fromEntries(Object.entries(answers).map(([name, content]) => [name, [{ role: 'user', content: 'say hi' }, { role: 'assistant', content }]])),
  'user: "the second one"': [{ role: 'user', content: fill('and the second one ', 'Caption the first one ') }, { role: 'assistant', content: 'a.jpg: a cat.' }],
};
console.log(`\nA ${(SIZE / 1000).toFixed(0)} KB earlier turn, then "read that aloud" (ms per plan, wall median and max of 9):`);
/** Wall median and max of 9 plans of `request` after `history`, after 2 warm-up runs. */
const timeAfter = (name: string, request: string, history: ChatMessage[]) => {
  for (let i = 0; i < 2; i++) time(request, history);
  const runs = Array.from({ length: 9 }, () => time(request, history)).sort((a, b) => a - b);
  console.log(`  ${name.padEnd(24)} wall median ${runs[4]!.toFixed(1).padStart(5)}  max ${runs[8]!.toFixed(1).padStart(5)}`);
};
for (const [name, history] of Object.entries(turns)) timeAfter(name, 'read that aloud', history);

// A yes after an answer made of offers ("I can hum. I can hum. …"): each offer is a plan of its own, so at most three are planned.
console.log(`\n"yes" after an answer of offers ("I can hum. " to 4 KB; ms per plan, wall median and max of 9):`);
timeAfter('offers', 'yes', [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'I can hum. '.repeat(364) }]);
