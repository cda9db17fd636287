// Does a wide plan take as long as its longest dependency chain? /execute through the real
// Hugging Face client against the fake endpoint of the tests (on 127.0.0.1, every call answered
// after DELAY ms), at the default settings and with the old per-request limit of 4.
// Prints makespan ÷ critical path, where the critical path is the longest chain of the tasks'
// own measured durations.
//   npm run bench:concurrency -- [rounds] [delayMs]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import type { ModelEntry, Task } from '../src/pipeline/types.js';
import { startFakeHuggingFace } from '../test/fakes/hf-server.js';

const rounds = Number(process.argv[2] ?? 10);
const delayMs = Number(process.argv[3] ?? 200);
const MODELS = Array.from({ length: 8 }, (_, index) => `acme/summarization-${index}`);
const text = 'A long text. It has two sentences.';

const summarize = (id: number, dep: number[] = []): Task => ({ id, task: 'summarization', dep, args: { text: dep.length ? `<GENERATED>-${dep[0]}` : text } });
const PLANS: Record<string, Task[]> = {
  '8 independent tasks': MODELS.map((_, id) => summarize(id)),
  '1 → 6 in parallel → 1': [summarize(0), ...[1, 2, 3, 4, 5, 6].map((id) => summarize(id, [0])), { ...summarize(7, [1]), dep: [1, 2, 3, 4, 5, 6] }],
  '16 independent tasks': Array.from({ length: 16 }, (_, id) => summarize(id)),
};

interface Result {
  id: number;
  durationMs: number;
  status: string;
}

/** The longest chain of measured task durations through the graph. */
function criticalPath(tasks: Task[], results: Result[]): number {
  const duration = new Map(results.map((result) => [result.id, result.durationMs]));
  const finish = new Map<number, number>();
  const visit = (task: Task): number => {
    if (!finish.has(task.id)) finish.set(task.id, Math.max(0, ...task.dep.map((k) => visit(tasks.find((other) => other.id === k)!))) + duration.get(task.id)!);
    return finish.get(task.id)!;
  };
  return Math.max(...tasks.map(visit));
}

const hf = await startFakeHuggingFace();
for (const model of MODELS) hf.setBehaviour(model, { delayMs });
const catalogue: ModelEntry[] = MODELS.map((id) => ({ id, task: 'summarization', provider: 'huggingface', downloads: 0, likes: 0, tags: [], languages: [], license: null, description: '' }));
const artifacts = await mkdtemp(join(tmpdir(), 'hugginggpt-bench-'));

console.log(`/execute, Hugging Face client → fake endpoint answering after ${delayMs} ms; ${rounds} rounds after a warm-up\n`);
console.log(['plan', 'settings', 'makespan p50 ms', 'critical path p50 ms', 'ratio p50', 'ratio max'].join('\t'));
for (const [label, env] of [
  ['defaults', {}],
  ['TASK_CONCURRENCY=4 (the old default)', { TASK_CONCURRENCY: '4' }],
] as const) {
  // No expert cache: every round repeats the same calls, which must reach the endpoint.
  const config = loadConfig({ ARTIFACTS_DIR: artifacts, CONTROLLER: 'rules', INFERENCE_MODE: 'huggingface', RATE_LIMIT_MAX: '0', EXPERT_CACHE_SIZE: '0', ...env });
  const app = await buildApp(config, { catalogue, providers: [createHuggingFaceProvider({ endpointUrl: `${hf.url}/models/{model}` })] });
  for (const [name, tasks] of Object.entries(PLANS)) {
    const selections = tasks.map((task) => ({ id: task.id, model: MODELS[task.id % MODELS.length]! }));
    const once = async () => {
      const response = await app.inject({ method: 'POST', url: '/execute', payload: { tasks, selections } });
      const body = response.json() as { results: Result[]; timings: { execute: number } };
      if (response.statusCode !== 200 || body.results.some((result) => result.status !== 'succeeded')) throw new Error(response.body);
      return { makespan: body.timings.execute, critical: criticalPath(tasks, body.results) };
    };
    await once();
    const runs = [];
    for (let round = 0; round < rounds; round++) runs.push(await once());
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const ratios = runs.map((run) => run.makespan / run.critical);
    console.log([name, label, median(runs.map((run) => run.makespan)), median(runs.map((run) => run.critical)), median(ratios).toFixed(3), Math.max(...ratios).toFixed(3)].join('\t'));
  }
  await app.close();
}
await hf.close();
await rm(artifacts, { recursive: true, force: true });
