import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from './src/app.js';
import { loadConfig } from './src/config.js';
import { createHuggingFaceProvider } from './src/experts/huggingface/provider.js';
import { loadCatalog } from './src/registry/catalog.js';
import { startFakeHuggingFace } from './test/fakes/hf-server.js';
import { startFakeOpenAI } from './test/fakes/openai-server.js';
import { ANSWER, SCENARIOS } from './bench/latency-scenarios.js';
const examples = await mkdtemp(join(tmpdir(), 'x-'));
for (const n of ['a','b','c']) await copyFile(`public/examples/${n}.jpg`, join(examples, `${n}.jpg`));
const catalogue = loadCatalog();
const T0 = performance.now();
const log = (what: string) => console.log(((performance.now() - T0)|0).toString().padStart(6), what);
const hf = await startFakeHuggingFace({ models: Object.fromEntries(catalogue.map((m) => [m.id, m.task])), before: async (model) => { log(`hf start ${model}`); await new Promise((r) => setTimeout(r, 1000)); log(`hf end ${model}`); return undefined; } });
const scenario = SCENARIOS[0]!;
const llm = await startFakeOpenAI(({ purpose }) => { log(`llm ${purpose} received`); return purpose === 'plan' ? { content: JSON.stringify({ tasks: scenario.tasks }) } : { content: ANSWER }; }, { latency: { fixedMs: 800, perThousandCharsMs: 200, tokensPerSecond: Infinity } });
const app = await buildApp(loadConfig({ ARTIFACTS_DIR: await mkdtemp(join(tmpdir(), 'y-')), EXAMPLES_DIR: examples, OPENAI_BASE_URL: llm.url, INFERENCE_MODE: 'huggingface', PLAN_CACHE_TTL: '0', EXPERT_CACHE_SIZE: '0', LOG_LEVEL: 'warn' }), { catalogue, providers: [createHuggingFaceProvider({ endpointUrl: `${hf.url}/models/{model}` })] });
const address = await app.listen({ host: '127.0.0.1', port: 0 });
for (let round = 0; round < 3; round++) {
  log(`--- round ${round}`);
  const started = performance.now();
  const response = await fetch(`${address}/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request: scenario.request, stream: true }) });
  const text = await response.text();
  for (const frame of text.split('\n\n')) { const m = /^data: (.*)$/m.exec(frame); if (!m) continue; const e = JSON.parse(m[1]!); if (e.type !== 'answer-delta' || e.seq < 8) console.log('   event', e.type, e.at.slice(17, 23)); }
  log(`done in ${(performance.now() - started)|0}`);
  for (const r of llm.requests.slice(-2)) console.log('   llm', r.purpose, 'recv', ((r.receivedAt - T0)|0), 'fin', ((r.finishedAt! - T0)|0));
}
await app.close(); await llm.close(); await hf.close();
