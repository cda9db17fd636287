// /chat under upstream faults, in-process (app.inject), against fakes on 127.0.0.1:
//   LLM: 15 % malformed content, 15 % bodies cut mid-way, 10 % hangs (half before the headers,
//        half mid-body), 5 % HTTP 500; the rest good answers;
//   experts (fake Hugging Face endpoint): 30 % HTTP 503, 5 % hangs.
// Short timeouts. Prints the share of requests completed (and how), and the share of each error
// code for the rest.
//   npm run bench:faults -- [requests=300] [concurrency=8] [seed=1]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import { loadCatalog } from '../src/registry/catalog.js';
import { makePng } from '../test/fakes/hf-media.js';
import { json } from '../test/fakes/hf-replies.js';
import { startFakeHuggingFace } from '../test/fakes/hf-server.js';
import { selectionTasks, startFakeOpenAI, type FakeReply, type Handler } from '../test/fakes/openai-server.js';

const [requests = 300, concurrency = 8, seed = 1] = process.argv.slice(2).map(Number);

// A small deterministic generator, so runs can be compared.
let state = seed >>> 0 || 1;
const random = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const never = () => new Promise<never>(() => {});

const image = `data:image/png;base64,${(await makePng(48, 32)).toString('base64')}`;
const TEXT = 'The Eiffel Tower is a wrought-iron lattice tower in Paris. It is 330 metres tall. It was built for the 1889 World Fair.';
const PLANS = [
  [{ id: 0, task: 'object-detection', dep: [], args: { image } }, { id: 1, task: 'text-to-speech', dep: [0], args: { text: '<GENERATED>-0' } }],
  [{ id: 0, task: 'image-to-text', dep: [], args: { image } }, { id: 1, task: 'summarization', dep: [0], args: { text: '<GENERATED>-0' } }, { id: 2, task: 'translation', dep: [1], args: { text: '<GENERATED>-1', target_language: 'es' } }],
  [{ id: 0, task: 'text-classification', dep: [], args: { text: TEXT } }, { id: 1, task: 'summarization', dep: [], args: { text: TEXT } }],
  [{ id: 0, task: 'image-classification', dep: [], args: { image } }, { id: 1, task: 'question-answering', dep: [], args: { question: 'How tall is it?', context: TEXT } }],
];

/** What a confused LLM sends instead of JSON: some of it repairable, some not. */
const MALFORMED_PLANS = [
  (plan: unknown) => JSON.stringify({ tasks: plan }).replaceAll('"', "'").replace(/}]$/, '},]'), // single quotes, trailing comma
  (plan: unknown) => `Here is the plan:\n\`\`\`json\n${JSON.stringify({ tasks: plan }).slice(0, -3)}`, // unclosed brackets and fence
  () => 'I will first detect the objects and then describe them to you.', // prose, no JSON
  (plan: unknown) => JSON.stringify({ tasks: (plan as Array<{ task: string }>).map((task) => ({ ...task, task: `${task.task}-model` })) }), // unknown task types
];

const fault = (): FakeReply | undefined => {
  const roll = random();
  if (roll < 0.15) return undefined; // malformed content: decided by the caller
  if (roll < 0.3) return { truncate: true, content: 'cut' };
  if (roll < 0.4) return { hang: random() < 0.5 ? 'headers' : 'body', content: 'stalled' };
  if (roll < 0.45) return { status: 500 };
  return { content: null };
};

const llmHandler: Handler = ({ purpose, body }) => {
  const outcome = fault();
  if (outcome && outcome.content !== null) return outcome;
  const malformed = outcome === undefined;
  if (purpose === 'plan' || purpose === 'repair') {
    const plan = pick(PLANS);
    return { content: malformed ? pick(MALFORMED_PLANS)(plan) : { tasks: plan, explanation: '' } };
  }
  if (purpose === 'select') {
    if (malformed) return { content: pick(['{"selections": [{"id": 0, "model": ', 'the first model looks best', '']) };
    const tasks = selectionTasks(body.messages);
    return { content: { selections: tasks.map((task) => ({ id: task.id, model: pick(task.candidates), reason: 'fits' })) } };
  }
  return { content: malformed ? pick(['', '   ']) : 'Here is what I found, with the files listed.' };
};

const llm = await startFakeOpenAI(llmHandler);
const catalogue = loadCatalog();
const hf = await startFakeHuggingFace({
  models: Object.fromEntries(catalogue.map((model) => [model.id, model.task])),
  before: () => {
    const roll = random();
    if (roll < 0.3) return json({ error: 'Model is currently loading', estimated_time: 20 }, 503);
    if (roll < 0.35) return never();
    return undefined;
  },
});
const artifacts = await mkdtemp(join(tmpdir(), 'hugginggpt-faults-'));
const env = {
  ARTIFACTS_DIR: artifacts,
  OPENAI_BASE_URL: llm.url,
  INFERENCE_MODE: 'huggingface',
  LLM_TIMEOUT_MS: '400',
  TASK_TIMEOUT_MS: '500',
  RETRY_BASE_DELAY_MS: '50',
  REQUEST_TIMEOUT_MS: '30000',
  RATE_LIMIT_MAX: '0', // one client sends every request: measure the pipeline, not the rate limit
  // Every request is the same: without this, all but the first would skip the faulty LLM and experts.
  PLAN_CACHE_TTL: '0',
  EXPERT_CACHE_SIZE: '0',
};
const config = loadConfig(env);
const app = await buildApp(config, { providers: [createHuggingFaceProvider({ endpointUrl: `${hf.url}/models/{model}` })], catalogue });

const outcomes = new Map<string, number>();
const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
let completed = 0;
let degraded = 0;
let allTasksOk = 0;
let tasksRun = 0;
let tasksOk = 0;
const latencies: number[] = [];

const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      next++;
      const begun = performance.now();
      const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'Look at the picture and the text, then tell me about them.' } });
      latencies.push(performance.now() - begun);
      const body = response.json() as { code?: string; degraded?: unknown[]; results?: Array<{ status: string }> };
      if (response.statusCode !== 200) {
        count(`${response.statusCode} ${body.code ?? "no code"}`);
        continue;
      }
      completed++;
      if (body.degraded?.length) degraded++;
      const results = body.results ?? [];
      tasksRun += results.length;
      tasksOk += results.filter((result) => result.status === 'succeeded').length;
      if (results.every((result) => result.status === 'succeeded')) allTasksOk++;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;

const pct = (n: number, of = requests) => `${((100 * n) / of).toFixed(1)} %`;
const sorted = [...latencies].sort((a, b) => a - b);
const quantile = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!);
console.log(`bench:faults: ${requests} /chat requests, ${concurrency} at a time, seed ${seed}, ${seconds.toFixed(1)} s`);
console.log(`LLM faults: 15 % malformed content, 15 % cut bodies, 10 % hangs, 5 % HTTP 500; experts: 30 % HTTP 503, 5 % hangs`);
console.log(`settings: LLM_TIMEOUT_MS=${config.LLM_TIMEOUT_MS} LLM_MAX_RETRIES=${config.LLM_MAX_RETRIES} TASK_TIMEOUT_MS=${config.TASK_TIMEOUT_MS} MODEL_RETRIES=${config.MODEL_RETRIES} MAX_MODELS_PER_TASK=${config.MAX_MODELS_PER_TASK} RETRY_BASE_DELAY_MS=${config.RETRY_BASE_DELAY_MS}\n`);
console.log(`completed (HTTP 200)        ${pct(completed)}  (${completed})`);
console.log(`  of which degraded         ${pct(degraded)}  (selection or answer fell back)`);
console.log(`  with every task succeeded ${pct(allTasksOk)}  (tasks: ${pct(tasksOk, tasksRun)} of ${tasksRun} succeeded)`);
for (const [key, n] of [...outcomes].sort((a, b) => b[1] - a[1])) console.log(`${key.padEnd(28)}${pct(n)}  (${n})`);
const purposes = new Map<string, number>();
for (const request of llm.requests) purposes.set(request.purpose, (purposes.get(request.purpose) ?? 0) + 1);
console.log(`\nlatency p50 ${quantile(0.5)} ms, p95 ${quantile(0.95)} ms, max ${quantile(1)} ms`);
console.log(`LLM requests: ${llm.requests.length} (${[...purposes].map(([purpose, n]) => `${purpose} ${n}`).join(', ')}); expert requests: ${hf.calls.length}`);

await app.close();
await llm.close();
await hf.close();
await rm(artifacts, { recursive: true, force: true });
