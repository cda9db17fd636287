// Every plan of the realistic and TaskBench sets and of bench:plan's corpus as JSON, one line each: a refactoring of
// the planner for speed must leave this output byte-identical (diff two runs).
//   npx tsx bench/plan-snapshot.ts > before.jsonl
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRequest } from '../src/controllers/rules/plan.js';
import type { ChatMessage } from '../src/pipeline/types.js';
import { HOSTILE, hostile } from './hostile-shapes.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lines = (file: string) => readFileSync(resolve(root, file), 'utf8').split('\n').filter((line) => line.trim());
const realistic = (file: string) =>
  lines(file).map((line) => {
    const item = JSON.parse(line) as { request?: string; messages?: ChatMessage[] };
    return item.request !== undefined ? { request: item.request, history: [] } : { request: item.messages!.at(-1)!.content, history: item.messages!.slice(0, -1) };
  });
const cases: Array<{ request: string; history: ChatMessage[]; maxTasks?: number }> = [
  ...readdirSync(resolve(root, 'bench/data/realistic'))
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => realistic(`bench/data/realistic/${name}`)),
  ...['huggingface', 'multimedia'].flatMap((domain) => lines(`bench/data/taskbench/${domain}/dev.jsonl`).map((line) => ({ request: (JSON.parse(line) as { request: string }).request, history: [] }))),
];
// Long requests of several shapes and sizes, with the default limit and with 20 tasks.
const units: Record<string, [string, string?]> = {
  'pasted text': ['The council met on Tuesday to discuss the new bike lanes, compare their costs and summarize the plan for shop owners. ', 'Summarize this and translate the summary into French:\n\n'],
  'long instruction': ['Caption /examples/a.jpg and translate it to French, then read it aloud. '],
  'many quotes': ["Translate 'good morning' into German. "],
  'many files': ['photo_0001.jpg '],
  'unknown words': ['lorem ipsum dolor sit amet consectetur adipiscing elit '],
  'typos': ['Please detct the objcts in the photgraph and summarise it. '],
  'spanish': ['Traduce este texto al inglés y resume el documento, por favor. '],
  'paragraphs': ['Detect the objects in a.jpg.\n\nThe meeting notes say we discussed the budget.\n\n'],
  'steps': ['Caption a.jpg. '],
};
const HISTORY: Array<['user' | 'assistant', [string, string?, string?]]> = [
  ['user', ['and the second one ', 'Caption the first one ']],
  ['assistant', ['\n1. a caption of a.jpg ']],
  ['assistant', ['it ', 'I made it look like ']],
];
for (const size of [200, 1000, 3000, 10_000, 30_000, 100_000]) {
  for (const [unit, prefix = ''] of Object.values(units)) {
    const request = prefix + unit.repeat(Math.ceil(size / unit.length)).slice(0, size - prefix.length);
    cases.push({ request, history: [] }, { request, history: [], maxTasks: 20 });
  }
}
cases.push({ request: 'x'.repeat(100_000), history: [] });
// The shapes that found slow paths, and a chat whose earlier turns are such runs.
for (const size of [200, 1000, 3000, 10_000, 30_000, 100_000]) {
  for (const shape of Object.values(HOSTILE)) cases.push({ request: hostile(shape, size), history: [] }, { request: hostile(shape, size), history: [], maxTasks: 20 });
  for (const turn of HISTORY) cases.push({ request: 'read that aloud', history: [{ role: 'user', content: 'Caption a.jpg and b.jpg' }, { role: 'assistant', content: 'a.jpg: a cat. b.jpg: a dog.' }, { role: turn[0], content: hostile(turn[1], size) }] });
}
for (const { request, history, maxTasks } of cases) {
  const plan = planRequest(request, history, maxTasks ? { maxTasks } : {});
  console.log(JSON.stringify({ request: request.slice(0, 60), size: request.length, maxTasks, plan }));
}
