// Scores the rule-based planner on TaskBench samples: node F1 and edge F1 (and t-F1 / v-F1), overall,
// per structure and per half (even / odd sample index), with the planning time.
//   npm run bench:taskbench -- [samples.jsonl] [--show]
// Without a file it reads bench/data/taskbench/huggingface/dev.jsonl (relative to the repo root);
// tools.json is read from the samples' folder. A failed or empty plan scores as an empty graph.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRequest } from '../src/controllers/rules/plan.js';
import { inPart, partArgument } from './dev-split.js';
import type { Task } from '../src/pipeline/types.js';
import {
  addCounts,
  emptyCounts,
  f1Score,
  outputTypesOf,
  scoreSample,
  type SampleCounts,
  type TaskBenchSample,
} from './taskbench-metrics.js';
import { toTaskBenchGraph, type Domain } from './taskbench-tools.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const show = args.includes('--show');
const part = partArgument(args);
const file = resolve(root, args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--part') ?? 'bench/data/taskbench/huggingface/dev.jsonl');
const tools = JSON.parse(readFileSync(join(dirname(file), 'tools.json'), 'utf8')) as { nodes: Array<{ id: string; 'output-type': string[] }> };
const toolIds = new Set(tools.nodes.map((tool) => tool.id));
const outputTypes = outputTypesOf(tools);
const samples = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as TaskBenchSample & { domain?: Domain })
  .filter((sample) => inPart(String(sample.id), part));
const domain: Domain = samples[0]?.domain ?? (file.includes('multimedia') ? 'multimedia' : 'huggingface');

const groups = new Map<string, { samples: number; counts: SampleCounts }>();
const add = (group: string, counts: SampleCounts) => {
  const entry = groups.get(group) ?? { samples: 0, counts: emptyCounts() };
  entry.samples += 1;
  addCounts(entry.counts, counts);
  groups.set(group, entry);
};

let planningMs = 0;
let empty = 0;
samples.forEach((sample, index) => {
  const started = performance.now();
  let tasks: Task[] = [];
  try {
    tasks = planRequest(sample.request).tasks;
  } catch (error) {
    console.error(`sample ${index} (${sample.id}): planner threw: ${(error as Error).message}`);
  }
  planningMs += performance.now() - started;
  if (tasks.length === 0) empty += 1;
  const predicted = toTaskBenchGraph(tasks, domain);
  const counts = scoreSample(sample, predicted, toolIds, outputTypes);
  for (const group of ['all', sample.type, index % 2 === 0 ? 'even' : 'odd']) add(group, counts);
  if (show && (counts.node.fp + counts.node.fn + counts.edge.fp + counts.edge.fn > 0)) {
    console.log(`#${index} ${sample.type} ${sample.request}`);
    console.log(`   gold: ${sample.nodes.map((node) => node.task).join(', ')} | ${sample.links.map((l) => `${l.source}→${l.target}`).join(', ')}`);
    console.log(`   ours: ${predicted.nodes.map((node) => node.task).join(', ')} | ${predicted.links!.map((l) => `${l.source}→${l.target}`).join(', ')}`);
  }
});

const percent = (value: number) => (value * 100).toFixed(1).padStart(5);
console.log(`\nTaskBench ${domain}: ${file} (part: ${part})`);
console.log(`${samples.length} samples, ${empty} empty plans, ${((planningMs * 1000) / samples.length).toFixed(0)} µs per plan (mean, first run)\n`);
console.log('group    n   | node P  node R  node F1 | edge P  edge R  edge F1 |  t-F1   v-F1');
for (const group of ['all', 'single', 'chain', 'dag', 'even', 'odd']) {
  const entry = groups.get(group);
  if (!entry) continue;
  const node = f1Score(entry.counts.node);
  const edge = f1Score(entry.counts.edge);
  console.log(
    `${group.padEnd(6)} ${String(entry.samples).padStart(4)}  | ${percent(node.precision)}   ${percent(node.recall)}   ${percent(node.f1)}  |` +
      ` ${percent(edge.precision)}   ${percent(edge.recall)}   ${percent(edge.f1)}  | ${percent(f1Score(entry.counts.argName).f1)}  ${percent(f1Score(entry.counts.argValue).f1)}`,
  );
}
