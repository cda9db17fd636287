// End-to-end latency of the service offline: the rule-based controller and the embedded experts,
// through app.inject (no socket). Prints per-stage and total times for a few typical requests.
//   npm run bench:pipeline -- [rounds]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

const REQUESTS = [
  'Detect the objects in /examples/c.jpg',
  'Detect the objects in /examples/g.jpg and read out loud what you found',
  'What is the sentiment of "I absolutely loved this film, the cast was wonderful"? Then find the named entities in "Barack Obama visited Berlin with Angela Merkel."',
  'Summarize the following text: "The Eiffel Tower is a wrought-iron lattice tower in Paris. It was designed by the company of Gustave Eiffel. It is 330 metres tall. It was the tallest man-made structure for 41 years. Today it is the most visited paid monument in the world."',
];

const rounds = Number(process.argv[2] ?? 5);
const artifacts = await mkdtemp(join(tmpdir(), 'hugginggpt-bench-'));
const app = await buildApp(loadConfig({ ARTIFACTS_DIR: artifacts, CONTROLLER: 'rules', INFERENCE_MODE: 'local', RATE_LIMIT_MAX: '0' }));

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
console.log(`/chat offline, rule-based controller, local experts; ${rounds} rounds after one warm-up (model loads)\n`);
console.log(['request', 'tasks', 'cold ms', 'p50 ms', 'p95 ms', 'plan', 'select', 'execute', 'respond'].join('\t'));
for (const request of REQUESTS) {
  const run = async () => {
    const response = await app.inject({ method: 'POST', url: '/chat', payload: { request } });
    if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
    return response.json() as { timings: Record<string, number>; tasks: unknown[]; results: Array<{ status: string }> };
  };
  const cold = await run();
  const warm: Array<Awaited<ReturnType<typeof run>>> = [];
  for (let i = 0; i < rounds; i++) warm.push(await run());
  const totals = warm.map((body) => body.timings.total!);
  const mean = (stage: string) => (warm.reduce((sum, body) => sum + (body.timings[stage] ?? 0), 0) / warm.length).toFixed(1);
  const failed = cold.results.filter((result) => result.status !== 'succeeded').length;
  console.log(
    [`${request.slice(0, 48)}…`, `${cold.tasks.length}${failed ? ` (${failed} not ok)` : ''}`, cold.timings.total, percentile(totals, 50), percentile(totals, 95), mean('plan'), mean('select'), mean('execute'), mean('respond')].join('\t'),
  );
}
const memory = process.memoryUsage();
console.log(`\nRSS ${(memory.rss / 2 ** 20).toFixed(0)} MB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB`);
await app.close();
await rm(artifacts, { recursive: true, force: true });
