// How long the rule-based planner takes per request: plans every TaskBench dev request (both tool
// domains) many times after a warm-up and prints mean / p50 / p99 microseconds per plan.
//   npm run bench:plan -- [rounds]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRequest } from '../src/controllers/rules/plan.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 50);
const requests = ['huggingface', 'multimedia'].flatMap((domain) =>
  readFileSync(resolve(root, `bench/data/taskbench/${domain}/dev.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { request: string }).request),
);

for (let i = 0; i < 5; i++) for (const request of requests) planRequest(request);

const samples: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const request of requests) {
    const started = process.hrtime.bigint();
    planRequest(request);
    samples.push(Number(process.hrtime.bigint() - started) / 1000);
  }
}
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
const chars = requests.reduce((sum, request) => sum + request.length, 0) / requests.length;
console.log(`${requests.length} requests (mean ${chars.toFixed(0)} characters) × ${rounds} rounds = ${samples.length} plans`);
console.log(`µs per plan: mean ${mean.toFixed(1)}  p50 ${at(0.5).toFixed(1)}  p99 ${at(0.99).toFixed(1)}  max ${samples.at(-1)!.toFixed(1)}`);
