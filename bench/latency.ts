// Latency of /chat against the latency model, over real HTTP (the service listening on
// 127.0.0.1, read as Server-Sent Events) with the project's own fakes: the OpenAI-compatible LLM
// answers its first token 800 ms + 200 ms per 1 000 prompt characters after the request, then
// streams the rest (all at once in the fixed model; 60 tokens/s in the completion-time model);
// every Hugging Face call takes 1 000 ms. Caches are off: every run is cold.
//
// Per scenario: wall time; the lower bound (longest chain × 1 s + the latencies of the plan prompt
// and of the answer prompt, plus, with the completion-time model, the time to write the plan and
// the answer); wall ÷ bound; LLM calls; prompt and completion tokens; Hugging Face calls; time to
// the first task start and to the first answer byte; the prompt characters sent, next to the
// reference scheme's (5.4k planning + 2.9k per task for model choice + an answer prompt of
// 1.2–3.9k, growing with the tasks). Then the targets, and makespan ÷ critical path for 8
// independent remote tasks.
//   npm run bench:latency -- [--rounds N] [--json file]
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import { loadCatalog } from '../src/registry/catalog.js';
import { startFakeHuggingFace } from '../test/fakes/hf-server.js';
import { promptChars, selectionTasks, startFakeOpenAI, type ChatRequest, type LatencyModel } from '../test/fakes/openai-server.js';
import { ANSWER, SCENARIOS, longestChain, type Scenario } from './latency-scenarios.js';
import { runOnce, summarise, printTable, printTargets, type Measured } from './latency-report.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rounds = Number(option('--rounds') ?? 3);
const jsonPath = option('--json');
const HF_MS = 1000;
const MODELS: Array<{ name: string; latency: LatencyModel }> = [
  { name: 'fixed latency (whole reply with the first token)', latency: { fixedMs: 800, perThousandCharsMs: 200, tokensPerSecond: Infinity } },
  { name: 'completion time, 60 tokens/s', latency: { fixedMs: 800, perThousandCharsMs: 200, tokensPerSecond: 60 } },
];

const root = new URL('../', import.meta.url);
const examples = await mkdtemp(join(tmpdir(), 'hugginggpt-latency-examples-'));
for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) await copyFile(new URL(`public/examples/${name}.jpg`, root), join(examples, `${name}.jpg`));
await copyFile(new URL('test/fixtures/audio/tone.wav', root), join(examples, 'talk.wav'));
const artifacts = await mkdtemp(join(tmpdir(), 'hugginggpt-latency-'));
await mkdir(artifacts, { recursive: true });

const catalogue = loadCatalog();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const hf = await startFakeHuggingFace({ models: Object.fromEntries(catalogue.map((model) => [model.id, model.task])), before: async () => void (await sleep(HF_MS)) });
const byRequest = new Map(SCENARIOS.map((scenario) => [scenario.request, scenario]));

const report: Record<string, Measured[]> = {};
for (const model of MODELS) {
  const llm = await startFakeOpenAI(({ purpose, body }) => {
    if (purpose === 'plan' || purpose === 'repair') {
      const scenario = byRequest.get(body.messages.at(-1)!.content);
      return { content: JSON.stringify({ tasks: scenario?.tasks ?? [] }) };
    }
    if (purpose === 'select') return { content: { selections: selectionTasks(body.messages).map((task) => ({ id: task.id, model: task.candidates[0], reason: 'top ranked' })) } };
    return { content: ANSWER };
  }, { latency: model.latency });
  const config = loadConfig({
    ARTIFACTS_DIR: artifacts,
    EXAMPLES_DIR: examples,
    OPENAI_BASE_URL: llm.url,
    INFERENCE_MODE: 'huggingface',
    PLAN_CACHE_TTL: '0',
    EXPERT_CACHE_SIZE: '0',
    RATE_LIMIT_MAX: '0',
    LOG_LEVEL: 'warn',
    PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
  });
  const app = await buildApp(config, { catalogue, providers: [createHuggingFaceProvider({ endpointUrl: `${hf.url}/models/{model}` })] });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  await runOnce(address, SCENARIOS[0]!.request); // warm-up: module loads, JIT, connection pools
  const measured: Measured[] = [];
  for (const scenario of SCENARIOS) {
    const runs = [];
    for (let round = 0; round < rounds; round++) runs.push(await measure(scenario, address, llm.requests, model.latency));
    measured.push(summarise(scenario, runs));
  }
  report[model.name] = measured;
  printTable(model.name, measured);
  await app.close();
  await llm.close();
}

const spread = await makespanOf8();
printTargets(report, MODELS[0]!.name, MODELS[1]!.name, spread);
if (jsonPath) await writeFile(jsonPath, `${JSON.stringify({ hfMs: HF_MS, models: MODELS, rounds, scenarios: report, makespanOverCriticalPath: spread }, null, 1)}\n`);
await hf.close();
await rm(artifacts, { recursive: true, force: true });
await rm(examples, { recursive: true, force: true });

async function measure(scenario: Scenario, address: string, requests: ChatRequest[], latency: LatencyModel) {
  const before = requests.length;
  const hfBefore = hf.calls.length;
  const run = await runOnce(address, scenario.request);
  const mine = requests.slice(before);
  const ofPurpose = (purpose: string) => mine.filter((request) => request.purpose === purpose);
  const latencyOf = (list: ChatRequest[]) => list.reduce((sum, request) => sum + latency.fixedMs + (latency.perThousandCharsMs * promptChars(request.body.messages)) / 1000, 0);
  // The first token comes with the latency, the others at the rate.
  const writing = (list: ChatRequest[]) => (Number.isFinite(latency.tokensPerSecond!) ? list.reduce((sum, request) => sum + (Math.max(0, (request.completionTokens ?? 1) - 1) * 1000) / latency.tokensPerSecond!, 0) : 0);
  const plan = ofPurpose('plan');
  const answer = ofPurpose('respond');
  const bound = longestChain(scenario.tasks) * HF_MS + latencyOf(plan) + latencyOf(answer) + writing(plan) + writing(answer);
  return {
    ...run,
    bound,
    llmCalls: mine.length,
    selectCalls: ofPurpose('select').length,
    promptChars: mine.reduce((sum, request) => sum + promptChars(request.body.messages), 0),
    hfCalls: hf.calls.length - hfBefore,
  };
}

/** /execute of 8 independent remote tasks, each 1 s: makespan ÷ the longest task (critical path). */
async function makespanOf8(): Promise<number> {
  const config = loadConfig({ ARTIFACTS_DIR: artifacts, CONTROLLER: 'rules', INFERENCE_MODE: 'huggingface', EXPERT_CACHE_SIZE: '0', RATE_LIMIT_MAX: '0', LOG_LEVEL: 'warn' });
  const app = await buildApp(config, { catalogue, providers: [createHuggingFaceProvider({ endpointUrl: `${hf.url}/models/{model}` })] });
  const tasks = Array.from({ length: 8 }, (_, id) => ({ id, task: 'summarization', dep: [], args: { text: `Text number ${id}. It has two sentences.` } }));
  const response = await app.inject({ method: 'POST', url: '/execute', payload: { tasks } });
  const body = response.json() as { results: Array<{ durationMs: number }>; timings: { execute: number } };
  await app.close();
  return body.timings.execute / Math.max(...body.results.map((result) => result.durationMs));
}
