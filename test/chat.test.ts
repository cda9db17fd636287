// /chat end to end with the real clients on the wire: the LLM controller against a fake
// OpenAI-compatible server, the Hugging Face provider against a fake inference endpoint.
import t, { type Test } from 'tap';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import { loadCatalog } from '../src/registry/catalog.js';
import { startFakeHuggingFace } from './fakes/hf-server.js';
import { selectionTasks, startFakeOpenAI, type Handler } from './fakes/openai-server.js';
import { buildTestApp } from './helper.js';
import { RED_PNG_URI } from './samples.js';

const PLAN = {
  tasks: [
    { id: 0, task: 'object-detection', dep: [], args: { image: RED_PNG_URI } },
    { id: 1, task: 'image-to-text', dep: [], args: { image: RED_PNG_URI } },
    { id: 2, task: 'summarization', dep: [1], args: { text: '<GENERATED>-1' } },
    { id: 3, task: 'text-to-speech', dep: [2], args: { text: '<GENERATED>-2' } },
  ],
  explanation: '',
};

async function setup(t: Test, handler: Handler, env: Record<string, string> = {}) {
  const llm = await startFakeOpenAI(handler);
  const hf = await startFakeHuggingFace({ models: Object.fromEntries(loadCatalog().map((model) => [model.id, model.task])) });
  t.teardown(async () => {
    await llm.close();
    await hf.close();
  });
  const app = await buildTestApp(
    t,
    { OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: 'sk-test', LLM_MAX_RETRIES: '0', INFERENCE_MODE: 'huggingface', ...env },
    { providers: [createHuggingFaceProvider({ endpointUrl: `${hf.url}/models/{model}` })] },
  );
  return { app, llm, hf };
}

const chooseFirst: Handler = ({ purpose, body }) => {
  if (purpose === 'plan') return { content: PLAN };
  if (purpose === 'select') {
    const tasks = selectionTasks(body.messages);
    return { content: { selections: tasks.map((task) => ({ id: task.id, model: task.candidates[1]!, reason: 'second best fits' })) } };
  }
  return { content: 'There is a red square. The spoken summary is attached.' };
};

t.test('/chat runs the four stages with exactly 3 LLM calls for 4 tasks (SELECT_MODE=llm)', async (t) => {
  const { app, llm, hf } = await setup(t, chooseFirst, { SELECT_MODE: 'llm' });
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'What is in this picture? Summarize the caption and read it to me.' } });
  t.equal(response.statusCode, 200, response.body);
  const body = response.json();
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'select', 'respond']);
  t.match(body.usage, { calls: 3, byPurpose: { plan: { calls: 1 }, select: { calls: 1 }, respond: { calls: 1 } } });
  t.ok(body.usage.promptTokens > 0 && body.usage.completionTokens > 0);
  t.equal(body.controller, 'llm');
  t.equal(body.answer, 'There is a red square. The spoken summary is attached.');
  t.same(body.results.map((result: { status: string }) => result.status), ['succeeded', 'succeeded', 'succeeded', 'succeeded']);
  t.ok(body.selections.every((selection: { source: string }) => selection.source === 'controller'));
  t.same(body.results.map((result: { model: string }) => result.model), body.selections.map((selection: { model: string }) => selection.model), 'each task ran on its chosen model');
  t.same(
    hf.calls.map((call) => call.model).sort(),
    body.selections.map((selection: { model: string }) => selection.model).sort(),
    'the endpoint received one call per task, for the chosen models',
  );
  for (const stage of ['plan', 'select', 'execute', 'respond', 'total']) t.type(body.timings[stage], 'number', `timing of ${stage}`);

  const speech = body.results[3].output.audio;
  t.match(speech, { url: /^\/artifacts\/[a-f0-9]{32}\.\w+$/ });
  const download = await app.inject({ method: 'GET', url: speech.url });
  t.equal(download.statusCode, 200);
  t.equal(download.headers['content-type'], speech.mime);
  t.ok(download.rawPayload.length > 100);
  const boxes = await app.inject({ method: 'GET', url: body.results[0].output.image.url });
  t.equal(boxes.headers['content-type'], 'image/png', 'detections drawn on a copy of the image');

  const prompt = llm.requests[2]!.body.messages.at(-1)!.content;
  t.match(prompt, speech.url, 'the answer prompt names the produced file');
});

t.test('in the default SELECT_MODE=auto the same /chat costs 2 LLM calls: the ranking chose every model', async (t) => {
  const { app, llm } = await setup(t, chooseFirst);
  const body = (await app.inject({ method: 'POST', url: '/chat', payload: { request: 'What is in this picture? Summarize the caption and read it to me.' } })).json();
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'respond']);
  t.match(body, { usage: { calls: 2 } });
  t.ok(body.selections.every((selection: { source: string }) => selection.source === 'ranking'));
  t.match(body.selections[1], { task: 'image-to-text', model: 'nlpconnect/vit-gpt2-image-captioning' }, '"what is in" asks for a caption, not OCR');
  t.same(body.results.map((result: { status: string }) => result.status), ['succeeded', 'succeeded', 'succeeded', 'succeeded']);
});

t.test('a failing model is replaced by the next candidate; the attempts are reported', async (t) => {
  const { app, hf } = await setup(t, chooseFirst);
  const first = await app.inject({ method: 'POST', url: '/select', payload: { tasks: PLAN.tasks.slice(0, 1) } });
  const [selection] = first.json().selections;
  hf.setBehaviour(selection.model, { fail: 503 });
  const response = await app.inject({ method: 'POST', url: '/execute', payload: { tasks: PLAN.tasks.slice(0, 1), selections: [{ id: 0, model: selection.model }] } });
  const [result] = response.json().results;
  t.equal(result.status, 'succeeded');
  t.equal(result.model, selection.candidates[1]);
  t.same(
    result.attempts.map((attempt: { model: string; ok: boolean }) => [attempt.model, attempt.ok]),
    [[selection.model, false], [selection.model, false], [selection.candidates[1], true]],
    'one retry on the 503, then the next candidate',
  );
  t.match(result.attempts[0].error, { code: 'EXPERT_FAILED', message: /503/ });
});

t.test('an empty plan goes straight to the answer; an unrepairable plan is a 502 with the raw text', async (t) => {
  let bad = false;
  const { app, llm } = await setup(t, ({ purpose }) => {
    if (purpose === 'plan' || purpose === 'repair') return { content: bad ? 'I cannot plan that.' : { tasks: [], explanation: 'a greeting' } };
    return { content: 'Hello! How can I help?' };
  });
  const hello = await app.inject({ method: 'POST', url: '/chat', payload: { messages: [{ role: 'user', content: 'hi there' }] } });
  t.equal(hello.statusCode, 200);
  t.match(hello.json(), { answer: 'Hello! How can I help?', tasks: [], results: [], explanation: 'a greeting', usage: { calls: 2 } });
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'respond']);

  bad = true;
  const failed = await app.inject({ method: 'POST', url: '/plan', payload: { request: 'do something impossible' } });
  t.equal(failed.statusCode, 502);
  t.match(failed.json(), { code: 'PLAN_UNREPAIRABLE', details: { rawText: 'I cannot plan that.' } });
});

t.test('an LLM outage is reported as a 502/504 with a stable code, never hidden', async (t) => {
  const { app } = await setup(t, () => ({ status: 500 }));
  const response = await app.inject({ method: 'POST', url: '/plan', payload: { request: 'caption /examples/a.jpg' } });
  t.equal(response.statusCode, 502);
  t.match(response.json(), { code: 'LLM_ERROR', message: /HTTP 500/ });
});

t.test('a request over REQUEST_TIMEOUT_MS is stopped with a 504 naming the limit', async (t) => {
  // The LLM would answer after 30 s: stopping at the 1 s budget is told apart from waiting at any load.
  const llm = await startFakeOpenAI(() => ({ content: PLAN, delayMs: 30_000 }));
  t.teardown(() => llm.close());
  const app = await buildTestApp(t, { OPENAI_BASE_URL: llm.url, LLM_MAX_RETRIES: '0', REQUEST_TIMEOUT_MS: '1000' }, { providers: [] });
  const started = performance.now();
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'anything' } });
  t.ok(performance.now() - started < 15_000, 'stopped at the budget, not when the LLM answered');
  t.equal(response.statusCode, 504);
  t.match(response.json(), { code: 'REQUEST_TIMEOUT', message: /REQUEST_TIMEOUT_MS/ });
});
