// The plan cache (an identical conversation costs no planning call within PLAN_CACHE_TTL) and the
// expert cache (deterministic calls with identical inputs reuse their output), both switchable,
// both counted in hugginggpt_cache_requests_total; and the bounded LRU behind them.
import t from 'tap';
import { createMemoryCache } from '../src/pipeline/cache.js';
import type { ModelEntry } from '../src/pipeline/types.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { startFakeOpenAI } from './fakes/openai-server.js';
import { buildTestApp, RED_PNG_URI } from './helper.js';

const PLAN = { tasks: [{ id: 0, task: 'image-classification', dep: [], args: { image: RED_PNG_URI } }] };
const cacheSeries = (metrics: string) =>
  Object.fromEntries([...metrics.matchAll(/^hugginggpt_cache_requests_total\{cache="(\w+)",outcome="(\w+)"\} (\d+)/gm)].map(([, cache, outcome, value]) => [`${cache} ${outcome}`, Number(value)]));

t.test('the memory cache: least recently used out first, entries expire, values are copies', async (t) => {
  let now = 0;
  const cache = createMemoryCache<{ n: number }>({ maxEntries: 2, ttlMs: 100, now: () => now });
  await cache.set('a', { n: 1 });
  await cache.set('b', { n: 2 });
  t.same(await cache.get('a'), { n: 1 }, 'a is now the most recent');
  await cache.set('c', { n: 3 });
  t.equal(await cache.get('b'), undefined, 'b, the least recently used, was dropped');
  const got = (await cache.get('a'))!;
  got.n = 99;
  t.same(await cache.get('a'), { n: 1 }, 'changing what get returned does not change the cache');
  now = 150;
  t.equal(await cache.get('c'), undefined, 'expired');
});

t.test('an identical conversation reuses its plan; another one, or PLAN_CACHE_TTL=0, plans again', async (t) => {
  const llm = await startFakeOpenAI(({ purpose }) => ({ content: purpose === 'plan' ? PLAN : 'Done.' }));
  t.teardown(() => llm.close());
  const local = scriptedProvider('local', [{ id: 'local/cls', task: 'image-classification', output: () => ({ text: 'red' }) }]);
  const app = await buildTestApp(t, { OPENAI_BASE_URL: llm.url, INFERENCE_MODE: 'local' }, { providers: [local], catalogue: [] });
  t.same(cacheSeries((await app.inject({ method: 'GET', url: '/metrics' })).body), { 'plan hit': 0, 'plan miss': 0, 'expert hit': 0, 'expert miss': 0 }, 'every series exists from the start');

  const chat = (request: string) => app.inject({ method: 'POST', url: '/chat', payload: { messages: [{ role: 'user', content: 'hello' }, { role: 'assistant', content: 'hi' }, { role: 'user', content: request }] } });
  await chat('what is in this picture?');
  const again = (await chat('what is in this picture?')).json();
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'respond', 'respond'], 'the second run made no planning call');
  t.match(again, { tasks: PLAN.tasks, usage: { byPurpose: { respond: { calls: 1 } } } });
  t.notOk(again.usage.byPurpose.plan);
  await chat('what is in this other picture?');
  t.equal(llm.requests.filter((request) => request.purpose === 'plan').length, 2, 'another request is planned');
  const plan = await app.inject({ method: 'POST', url: '/plan', payload: { messages: [{ role: 'user', content: 'hello' }, { role: 'assistant', content: 'hi' }, { role: 'user', content: 'what is in this picture?' }] } });
  t.same(plan.json().tasks, PLAN.tasks);
  t.equal(llm.requests.filter((request) => request.purpose === 'plan').length, 2, '/plan uses the same cache');
  t.match(cacheSeries((await app.inject({ method: 'GET', url: '/metrics' })).body), { 'plan hit': 2, 'plan miss': 2 });

  const uncached = await buildTestApp(t, { OPENAI_BASE_URL: llm.url, INFERENCE_MODE: 'local', PLAN_CACHE_TTL: '0' }, { providers: [local], catalogue: [] });
  llm.requests.length = 0;
  for (let i = 0; i < 2; i++) await uncached.inject({ method: 'POST', url: '/plan', payload: { request: 'what is in this picture?' } });
  t.equal(llm.requests.length, 2, 'PLAN_CACHE_TTL=0: every request is planned');
  t.match(cacheSeries((await uncached.inject({ method: 'GET', url: '/metrics' })).body), { 'plan hit': 0, 'plan miss': 0 });
});

t.test('a deterministic expert call with identical inputs is served from the cache; sampled remote tasks never are', async (t) => {
  const local = scriptedProvider('local', [{ id: 'local/cls', task: 'image-classification', output: () => ({ text: 'red' }) }]);
  const remote = { ...scriptedProvider('huggingface', [{ id: 'acme/text-to-image', task: 'text-to-image', output: () => ({ text: 'drawn' }) }]), models: () => [] };
  const catalogue: ModelEntry[] = [{ id: 'acme/text-to-image', task: 'text-to-image', provider: 'huggingface', downloads: 1, likes: 0, tags: [], languages: [], license: null, description: '' }];
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [local, { ...remote, status: () => ({ available: true }) }], catalogue });
  const execute = (tasks: unknown[]) => app.inject({ method: 'POST', url: '/execute', payload: { tasks } }).then((response) => response.json());

  const first = await execute(PLAN.tasks);
  const second = await execute(PLAN.tasks);
  t.equal(local.calls.length, 1, 'the classifier ran once');
  t.match(second.results[0], { status: 'succeeded', model: 'local/cls', output: { text: 'red' }, attempts: [{ model: 'local/cls', ok: true, cached: true }] });
  t.same(second.results[0].output, first.results[0].output);

  const draw = [{ id: 0, task: 'text-to-image', dep: [], args: { text: 'a fox' } }];
  await execute(draw);
  await execute(draw);
  t.equal(remote.calls.length, 2, 'text-to-image samples: it runs every time');
  t.match(cacheSeries((await app.inject({ method: 'GET', url: '/metrics' })).body), { 'expert hit': 1 });

  const off = await buildTestApp(t, { CONTROLLER: 'rules', EXPERT_CACHE_SIZE: '0' }, { providers: [local], catalogue: [] });
  const before = local.calls.length;
  for (let i = 0; i < 2; i++) await off.inject({ method: 'POST', url: '/execute', payload: { tasks: PLAN.tasks } });
  t.equal(local.calls.length - before, 2, 'EXPERT_CACHE_SIZE=0: every call runs');
});

t.test('a cached output whose file has gone is a miss: the expert runs again', async (t) => {
  const png = Buffer.from(RED_PNG_URI.split(',')[1]!, 'base64');
  const local = scriptedProvider('local', [{ id: 'local/detector', task: 'object-detection', output: () => ({ text: '1 square', image: { kind: 'image', mime: 'image/png', bytes: png } }) }]);
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [local], catalogue: [] });
  const tasks = [{ id: 0, task: 'object-detection', dep: [], args: { image: RED_PNG_URI } }];
  const first = (await app.inject({ method: 'POST', url: '/execute', payload: { tasks } })).json();
  const { rm } = await import('node:fs/promises');
  await rm(`${app.config.ARTIFACTS_DIR}/${first.results[0].output.image.artifact}`);
  const second = (await app.inject({ method: 'POST', url: '/execute', payload: { tasks } })).json();
  t.equal(local.calls.length, 2);
  t.notOk(second.results[0].attempts[0].cached);
  t.equal((await app.inject({ method: 'GET', url: second.results[0].output.image.url })).statusCode, 200, 'the new output has its file');
});
