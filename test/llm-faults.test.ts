// Upstream faults of the LLM: transient failures retried within bounds (cut and unparsable bodies
// too), JSON repaired and dialects normalised without a repair round, and the selection and answer
// stages falling back instead of failing the request.
import t, { type Test } from 'tap';
import { loadConfig } from '../src/config.js';
import { createLlmClient } from '../src/controllers/llm/client.js';
import { createLlmController } from '../src/controllers/llm/index.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { startFakeOpenAI, type FakeReply, type Handler } from './fakes/openai-server.js';
import { buildTestApp } from './helper.js';
import { RED_PNG_URI } from './samples.js';

async function client(t: Test, env: Record<string, string> = {}) {
  const fake = await startFakeOpenAI();
  t.teardown(() => fake.close());
  const delays: number[] = [];
  const config = loadConfig({ OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-test', LLM_MAX_RETRIES: '2', LLM_TIMEOUT_MS: '300', ...env });
  const sleep = async (ms: number) => void delays.push(ms);
  const llm = createLlmClient({ config, sleep });
  return { fake, llm, delays, controller: createLlmController(llm, config) };
}

const ask = { purpose: 'respond' as const, messages: [{ role: 'user' as const, content: 'hi' }] };

/** Replies in order, then the last one forever. */
const sequence = (...replies: FakeReply[]): Handler => {
  let call = 0;
  return () => replies[Math.min(call++, replies.length - 1)]!;
};

t.test('a body cut mid-way, an unparsable body, a hang and a 5xx are retried; then the reply comes through', async (t) => {
  const { fake, llm } = await client(t, { LLM_MAX_RETRIES: '4' });
  fake.handle(sequence({ truncate: true, content: 'x' }, { rawBody: '<html>502 Bad Gateway</html>' }, { hang: 'body', content: 'late' }, { status: 503 }, { content: 'ok' }));
  const started = performance.now();
  const reply = await llm.complete(ask, {});
  t.equal(reply.text, 'ok');
  t.equal(fake.requests.length, 5, 'four failures, four retries');
  t.ok(performance.now() - started < 20_000, 'a stalled body is cut by the attempt timeout (LLM_TIMEOUT_MS, 300 ms), not waited for (it never ends)');
});

t.test('retries are bounded; the final error says how many attempts were made', async (t) => {
  const { fake, llm } = await client(t);
  fake.handle(() => ({ truncate: true, content: 'x' }));
  const error = await llm.complete(ask, {}).catch((caught: unknown) => caught);
  t.match(error, { code: 'LLM_ERROR', message: /broke before the reply was complete.*3 attempts/ });
  t.equal(fake.requests.length, 3);

  fake.handle(() => ({ hang: 'headers' }));
  const timeout = await llm.complete(ask, {}).catch((caught: unknown) => caught);
  t.match(timeout, { code: 'LLM_TIMEOUT', message: /3 attempts/ });
});

t.test('Retry-After is honoured; 401 and 400 are not retried', async (t) => {
  const { fake, llm, delays } = await client(t);
  fake.handle(sequence({ status: 429, headers: { 'retry-after-ms': '1234' } }, { status: 429, headers: { 'retry-after': '2' } }, { content: 'ok' }));
  t.equal((await llm.complete(ask, {})).text, 'ok');
  t.same(delays, [1234, 2000]);

  for (const status of [401, 400]) {
    const before = fake.requests.length;
    fake.handle(() => ({ status }));
    await t.rejects(llm.complete(ask, {}), { code: 'LLM_ERROR', message: new RegExp(`HTTP ${status}`) });
    t.equal(fake.requests.length - before, 1, `HTTP ${status} is not retried`);
  }
});

t.test('a cancelled request stops retrying at once', async (t) => {
  const { fake } = await client(t);
  fake.handle(() => ({ status: 500 }));
  const config = loadConfig({ OPENAI_BASE_URL: fake.url, LLM_MAX_RETRIES: '5', RETRY_BASE_DELAY_MS: '60000' });
  const llm = createLlmClient({ config });
  const abort = new AbortController();
  setTimeout(() => abort.abort(), 100);
  const started = performance.now();
  await t.rejects(llm.complete(ask, { signal: abort.signal }), { code: 'REQUEST_ABORTED' });
  t.ok(performance.now() - started < 30_000, 'the backoff sleep (60 s) was cut by the abort');
});

t.test('JSON with single quotes, trailing commas or a missing bracket is repaired without a repair round', async (t) => {
  const { fake, controller } = await client(t);
  fake.handle(() => ({
    content: "Plan:\n```json\n{'tasks': [{'id': 0, 'task': 'object-detection', 'dep': [], 'args': {'image': '/examples/b.jpg'}},], 'explanation': None\n```",
  }));
  const draft = await controller.plan({ request: 'detect', history: [] }, {});
  t.same(draft.tasks, [{ id: 0, task: 'object-detection', dep: [], args: { image: '/examples/b.jpg' } }]);
  t.same(fake.requests.map((request) => request.purpose), ['plan']);
});

t.test('the reference dialect is normalised: [-1], string ids, <GENERATED-k>, img_url, the VQA question under "text"', async (t) => {
  const { fake, controller } = await client(t);
  fake.handle(() => ({
    content: [
      { task: 'object-detection', id: '0', dep: [-1], args: { img_url: '/examples/b.jpg' } },
      { task: 'visual-question-answering', id: 'task-1', dep: ['0'], args: { image: '<GENERATED-0>', text: 'How many zebras?' } },
      { task: 'text-to-speech', id: 2, dep: '1', args: { text: '<GENERATED>-1' } },
    ],
  }));
  const draft = await controller.plan({ request: 'count the zebras and say it', history: [] }, {});
  t.same(draft.tasks, [
    { id: 0, task: 'object-detection', dep: [], args: { image: '/examples/b.jpg' } },
    { id: 1, task: 'visual-question-answering', dep: [0], args: { image: '<GENERATED>-0', question: 'How many zebras?' } },
    { id: 2, task: 'text-to-speech', dep: [1], args: { text: '<GENERATED>-1' } },
  ]);
  t.equal(fake.requests.length, 1, 'no repair round');
});

t.test('a plan cut at max_tokens goes to the repair round instead of being silently shortened', async (t) => {
  const { fake, controller } = await client(t);
  const cut = '{"tasks": [{"id": 0, "task": "object-detection", "dep": [], "args": {"image": "/examples/b.jpg"}}, {"id": 1, "task": "text-to-sp';
  fake.handle(sequence({ content: cut, finishReason: 'length' }, { content: { tasks: [{ id: 0, task: 'object-detection', dep: [], args: { image: '/examples/b.jpg' } }] } }));
  await controller.plan({ request: 'detect', history: [] }, {});
  t.same(fake.requests.map((request) => request.purpose), ['plan', 'repair']);
  t.match(fake.requests[1]!.body.messages.at(-1)!.content, /cut off at the token limit/);
});

const PLAN = {
  tasks: [
    { id: 0, task: 'image-classification', dep: [], args: { image: RED_PNG_URI } },
    { id: 1, task: 'text-to-speech', dep: [0], args: { text: '<GENERATED>-0' } },
  ],
};

async function chatApp(t: Test, handler: Handler, env: Record<string, string> = {}) {
  const llm = await startFakeOpenAI(handler);
  t.teardown(() => llm.close());
  const local = scriptedProvider('local', [
    { task: 'image-classification', id: 'local/cls-a', output: () => ({ text: 'red square' }) },
    { task: 'image-classification', id: 'local/cls-b', output: () => ({ text: 'red square' }) },
    { task: 'text-to-speech', id: 'local/tts', output: () => ({ text: 'spoken' }) },
  ]);
  const app = await buildTestApp(t, { OPENAI_BASE_URL: llm.url, LLM_MAX_RETRIES: '1', INFERENCE_MODE: 'local', ...env }, { providers: [local], catalogue: [] });
  return { app, llm };
}

t.test('a failed selection call falls back to the ranking; the selection and the response say so', async (t) => {
  // SELECT_MODE=llm: the two classifiers do the same thing, so `auto` would not ask the LLM at all.
  const { app, llm } = await chatApp(t, ({ purpose }) => (purpose === 'plan' ? { content: PLAN } : purpose === 'select' ? { status: 500 } : { content: 'Done.' }), { SELECT_MODE: 'llm' });
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'what is this? say it' } });
  t.equal(response.statusCode, 200, response.body);
  const body = response.json();
  t.match(body.selections[0], { id: 0, source: 'fallback', model: body.selections[0].candidates[0], reason: /selection call failed \(LLM_ERROR: .*HTTP 500/ });
  t.match(body.degraded, [{ stage: 'select', code: 'LLM_ERROR', message: /HTTP 500/ }]);
  t.equal(body.degraded.length, 1);
  t.same(body.results.map((result: { status: string }) => result.status), ['succeeded', 'succeeded']);
  t.equal(body.answer, 'Done.');
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'select', 'select', 'respond'], 'the selection call was retried once first');
  const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  t.match(metrics, /hugginggpt_degraded_total\{stage="select",code="LLM_ERROR"\} 1/);
  t.match(metrics, /hugginggpt_llm_calls_total\{purpose="select",outcome="retry"\} 1/);
});

t.test('a failed answer call keeps the results: the templated answer, marked degraded', async (t) => {
  const { app } = await chatApp(t, ({ purpose }) => (purpose === 'plan' ? { content: PLAN } : purpose === 'select' ? { content: { selections: [] } } : { truncate: true, content: 'x' }));
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'what is this? say it' } });
  t.equal(response.statusCode, 200, response.body);
  const body = response.json();
  t.match(body.answer, /red square/, 'the answer is written from the results');
  t.match(body.answer, /What I did:/);
  t.match(body.degraded, [{ stage: 'respond', code: 'LLM_ERROR', message: /broke before the reply was complete/ }]);
  t.same(body.results.map((result: { status: string }) => result.status), ['succeeded', 'succeeded']);

  const ok = await chatApp(t, ({ purpose }) => (purpose === 'plan' ? { content: PLAN } : purpose === 'select' ? { content: { selections: [] } } : { content: 'Fine.' }));
  const clean = (await ok.app.inject({ method: 'POST', url: '/chat', payload: { request: 'what is this?' } })).json();
  t.notOk('degraded' in clean, 'no "degraded" field when nothing fell back');
});

t.test('a request that runs out of time is not dressed up as a degraded answer', async (t) => {
  const llm = await startFakeOpenAI(({ purpose }) => (purpose === 'plan' ? { content: { tasks: [] } } : { hang: 'headers' }));
  t.teardown(() => llm.close());
  const app = await buildTestApp(t, { OPENAI_BASE_URL: llm.url, LLM_MAX_RETRIES: '0', REQUEST_TIMEOUT_MS: '1000' }, { providers: [] });
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'hello' } });
  t.equal(response.statusCode, 504);
  t.match(response.json(), { code: 'REQUEST_TIMEOUT' });
});
