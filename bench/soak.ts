// Soak: mixed load over real HTTP (the service listening on 127.0.0.1) against zero-latency fakes
// (an OpenAI-compatible LLM and a Hugging Face endpoint, both on 127.0.0.1), printing RSS and heap
// after a forced garbage collection every interval. A flat trend means nothing is retained per
// request. Run with --expose-gc (npm run bench:soak does).
//   npm run bench:soak -- [seconds=300] [interval=30] [concurrency=8]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import { loadCatalog } from '../src/registry/catalog.js';
import { makePng } from '../test/fakes/hf-media.js';
import { startFakeHuggingFace } from '../test/fakes/hf-server.js';
import { selectionTasks, startFakeOpenAI, type Handler } from '../test/fakes/openai-server.js';

const [seconds = 300, interval = 30, concurrency = 8] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:soak)');

const image = `data:image/png;base64,${(await makePng(48, 32)).toString('base64')}`;
const TEXT = 'The Eiffel Tower is a wrought-iron lattice tower in Paris. It is 330 metres tall.';
const PLAN = [
  { id: 0, task: 'object-detection', dep: [], args: { image } },
  { id: 1, task: 'summarization', dep: [], args: { text: TEXT } },
  { id: 2, task: 'text-to-speech', dep: [1], args: { text: '<GENERATED>-1' } },
];
const handler: Handler = ({ purpose, body }) => {
  if (purpose === 'plan' || purpose === 'repair') return { content: { tasks: PLAN, explanation: '' } };
  if (purpose === 'select') {
    const tasks = selectionTasks(body.messages);
    return { content: { selections: tasks.map((task) => ({ id: task.id, model: task.candidates[0]!, reason: 'top' })) } };
  }
  return { content: 'Two things were found; the summary is read aloud.' };
};

const catalogue = loadCatalog();
const llm = await startFakeOpenAI(handler);
const hf = await startFakeHuggingFace({ models: Object.fromEntries(catalogue.map((model) => [model.id, model.task])) });
const artifacts = await mkdtemp(join(tmpdir(), 'hugginggpt-soak-'));
// The caches are on (bounded: they fill up, then stay flat), but requests are made distinct so every
// one still goes through the LLM and the experts.
const config = loadConfig({ ARTIFACTS_DIR: artifacts, OPENAI_BASE_URL: llm.url, INFERENCE_MODE: 'huggingface', LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0' });
const app = await buildApp(config, { providers: [createHuggingFaceProvider({ endpointUrl: `${hf.url}/models/{model}` })], catalogue });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

// Keeps the fakes' own bookkeeping from growing: they record every call for tests.
const trimFakes = () => {
  llm.requests.length = 0;
  hf.calls.length = 0;
};

/** Request n of the mix: numbered, so no two are alike and the caches never answer for the upstreams. */
const distinct = (n: number) => PLAN.map((task) => (task.task === 'summarization' ? { ...task, args: { text: `${TEXT} (${n})` } } : task));
const MIX: Array<{ weight: number; path: string; body: (n: number) => unknown }> = [
  { weight: 4, path: '/chat', body: (n) => ({ request: `Detect the objects, summarize the text and read the summary aloud. (${n})` }) },
  { weight: 3, path: '/execute', body: (n) => ({ tasks: distinct(n) }) },
  { weight: 2, path: '/plan', body: (n) => ({ request: `Detect the objects in the picture. (${n})` }) },
  { weight: 1, path: '/select', body: () => ({ tasks: PLAN }) },
];
const wheel = MIX.flatMap((entry) => Array<typeof entry>(entry.weight).fill(entry));

const counts = { ok: 0, failed: 0 };
const codes = new Map<string, number>();
let stop = false;
let turn = 0;
async function worker(): Promise<void> {
  while (!stop) {
    const n = turn++;
    const entry = wheel[n % wheel.length]!;
    const response = await fetch(`${base}${entry.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(entry.body(n)) });
    const text = await response.text();
    if (response.ok) counts.ok++;
    else {
      counts.failed++;
      const code = `${response.status} ${(JSON.parse(text) as { code?: string }).code ?? ''}`;
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
  }
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const sample = () => {
  trimFakes();
  gc();
  gc();
  return process.memoryUsage();
};

console.log(`bench:soak: ${seconds} s of mixed load (/chat 40 %, /execute 30 %, /plan 20 %, /select 10 %), ${concurrency} at a time; memory after a forced GC\n`);
console.log(['t (s)', 'requests', 'req/s', 'failed', 'RSS MB', 'heap used MB', 'external MB', 'heap Δ/request since first'].join('\t'));
const started = performance.now();
const workers = Array.from({ length: concurrency }, () => worker());
let first: { heap: number; requests: number } | undefined;
let lastRequests = 0;
for (let t = interval; t <= seconds; t += interval) {
  await new Promise((resolve) => setTimeout(resolve, started + t * 1000 - performance.now()));
  const requests = counts.ok + counts.failed;
  const memory = sample();
  first ??= { heap: memory.heapUsed, requests };
  const perRequest = requests > first.requests ? `${((memory.heapUsed - first.heap) / (requests - first.requests)).toFixed(1)} B` : '–';
  console.log([t, requests, ((requests - lastRequests) / interval).toFixed(0), counts.failed, mb(memory.rss), mb(memory.heapUsed), mb(memory.external), perRequest].join('\t'));
  lastRequests = requests;
}
stop = true;
await Promise.all(workers);
if (codes.size) console.log(`\nfailures: ${[...codes].map(([code, n]) => `${code} ×${n}`).join(', ')}`);
await app.close();
await llm.close();
await hf.close();
await rm(artifacts, { recursive: true, force: true });
