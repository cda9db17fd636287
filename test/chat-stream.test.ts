// SSE /chat: one Server-Sent Event per pipeline event, in the pipeline's order, a heartbeat on
// idle streams, errors after the start as an `error` event, and a client that goes away
// cancelling the expert calls in flight.
import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import t from 'tap';
import { createRulesController } from '../src/controllers/rules/index.js';
import { LlmError, cancellation } from '../src/pipeline/errors.js';
import type { Controller, ExpertProvider } from '../src/pipeline/types.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { buildTestApp } from './helper.js';
import { parseSse, pipelineEvents } from './sse-client.js';

const REQUEST = 'detect the objects in /examples/c.jpg and read out loud what you found';
const WAV = { kind: 'audio' as const, mime: 'audio/wav', bytes: new Uint8Array(Buffer.from('RIFF----WAVEfmt ')) };

const experts = (delayMs = 0) =>
  scriptedProvider('local', [
    { id: 'local/detector', task: 'object-detection', delayMs, output: () => ({ text: '2 zebras', data: [{ label: 'zebra' }] }) },
    { id: 'local/speaker', task: 'text-to-speech', delayMs, output: () => ({ audio: WAV }) },
  ]);

t.test('a streamed /chat sends every pipeline event in order, then done with the /chat result', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [experts()] });
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: REQUEST, stream: true } });
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /^text\/event-stream/);
  t.equal(response.headers['cache-control'], 'no-cache, no-transform');
  t.ok(response.headers['x-request-id'], 'the request id header is still sent');

  const frames = parseSse(response.body).filter((frame) => frame.event);
  const events = pipelineEvents(response.body);
  t.same(
    events.map((event) => event.type),
    ['plan', 'selection', 'selection', 'task-start', 'task-end', 'task-start', 'task-end', ...events.slice(7, -1).map(() => 'answer-delta'), 'done'],
  );
  t.ok(events.length > 9, 'the answer came in several pieces');
  t.same(events.map((event) => event.seq), events.map((_, index) => index + 1), 'numbered from 1 without gaps');
  t.same(frames.map((frame) => [frame.event, frame.id]), events.map((event) => [event.type, String(event.seq)]), 'event: is the type, id: the seq');
  t.ok(events.every((event) => !Number.isNaN(Date.parse(event.at))));

  const [plan, detectSelection, speakSelection, detectStart, detectEnd, speakStart, speakEnd] = events;
  t.match(plan, { controller: 'rules', tasks: [{ id: 0, task: 'object-detection' }, { id: 1, task: 'text-to-speech', dep: [0] }] });
  t.match(detectSelection, { id: 0, model: 'local/detector', source: 'single-candidate' });
  t.match(speakSelection, { id: 1, model: 'local/speaker' });
  t.match(detectStart, { id: 0, task: 'object-detection', model: 'local/detector', provider: 'local' });
  t.match(detectEnd, { result: { id: 0, status: 'succeeded', output: { text: '2 zebras' } } });
  t.match(speakStart, { id: 1, model: 'local/speaker' });
  t.match(speakEnd, { result: { id: 1, status: 'succeeded', output: { audio: { mime: 'audio/wav' } } } });

  const done = events.at(-1)!;
  const answer = events.filter((event) => event.type === 'answer-delta').map((event) => event.text).join('');
  t.equal(answer, done.result.answer, 'the pieces make the answer');
  t.match(done.result.answer, /zebras/);
  t.match(done.result, { controller: 'rules', usage: { calls: 0 }, timings: { total: Number } });
  t.same(done.result.results, [detectEnd!.result, speakEnd!.result]);

  const json = await app.inject({ method: 'POST', url: '/chat', payload: { request: REQUEST } });
  const body = json.json();
  t.same(Object.keys(done.result).sort(), Object.keys(body).sort(), 'done carries what the JSON /chat returns');
  t.equal(done.result.answer.replace(/\/artifacts\/\w+\.wav/g, ''), body.answer.replace(/\/artifacts\/\w+\.wav/g, ''));
});

t.test('Accept: text/event-stream streams too; validation errors before the start stay JSON', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [experts()] });
  const streamed = await app.inject({ method: 'POST', url: '/chat', headers: { accept: 'text/event-stream' }, payload: { request: REQUEST } });
  t.match(streamed.headers['content-type'], /^text\/event-stream/);
  t.equal(pipelineEvents(streamed.body).at(-1)!.type, 'done');

  const invalid = await app.inject({ method: 'POST', url: '/chat', payload: { stream: true } });
  t.equal(invalid.statusCode, 400);
  t.match(invalid.json(), { code: 'VALIDATION_FAILED' });
  const notBoolean = await app.inject({ method: 'POST', url: '/chat', payload: { request: REQUEST, stream: 'yes' } });
  t.equal(notBoolean.statusCode, 400);

  const none = await buildTestApp(t, {}, { providers: [experts()], controller: null });
  const unavailable = await none.inject({ method: 'POST', url: '/chat', payload: { request: REQUEST, stream: true } });
  t.equal(unavailable.statusCode, 503, 'no controller: a plain 503, before any event');
  t.match(unavailable.json(), { code: 'CONTROLLER_UNAVAILABLE' });
});

t.test('an error after the stream started is an error event, then the end of the stream', async (t) => {
  const rules = createRulesController();
  const upstream500 = () => Promise.reject(new LlmError('LLM_ERROR', 'The LLM API failed (HTTP 500): upstream error.'));
  // Planning has no fallback: its failure is the stream's one event.
  const app = await buildTestApp(t, {}, { providers: [experts()], controller: { ...rules, plan: upstream500 } });
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: REQUEST, stream: true } });
  t.equal(response.statusCode, 200, 'the status was sent with the first event');
  const events = pipelineEvents(response.body);
  t.same(events.map((event) => event.type), ['error']);
  t.match(events.at(-1), { type: 'error', code: 'LLM_ERROR', message: /HTTP 500/ });

  // A failed answer call falls back to the templated answer: the stream ends with done, marked degraded.
  const degraded = await buildTestApp(t, {}, { providers: [experts()], controller: { ...rules, respond: upstream500 } });
  const fallback = pipelineEvents((await degraded.inject({ method: 'POST', url: '/chat', payload: { request: REQUEST, stream: true } })).body);
  t.same(fallback.map((event) => event.type).filter((type) => type !== 'answer-delta'), ['plan', 'selection', 'selection', 'task-start', 'task-end', 'task-start', 'task-end', 'done']);
  t.match(fallback.at(-1), { type: 'done', result: { degraded: [{ stage: 'respond', code: 'LLM_ERROR' }] } });
});

t.test('a planner that fails after streaming a task: the started task ends CANCELLED, then the error event', async (t) => {
  const rules = createRulesController();
  const failing: Controller = {
    ...rules,
    plan: async (_input, context) => {
      context.planListener?.task({ id: 0, task: 'object-detection', dep: [], args: { image: '/examples/c.jpg' } });
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new LlmError('LLM_ERROR', 'The LLM API failed (HTTP 500): upstream error.');
    },
  };
  const app = await buildTestApp(t, {}, { providers: [experts(500)], controller: failing });
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: REQUEST, stream: true } });
  t.equal(response.statusCode, 200, 'the status was sent with the first event');
  const events = pipelineEvents(response.body);
  t.same(events.map((event) => event.type), ['task-planned', 'selection', 'task-start', 'task-end', 'error']);
  t.match(events[3], { result: { id: 0, status: 'failed', error: { code: 'CANCELLED', message: /planning failed/ } } }, 'the started task was cancelled');
  t.match(events.at(-1), { type: 'error', code: 'LLM_ERROR', message: /HTTP 500/ });
});

t.test('a request over REQUEST_TIMEOUT_MS ends its stream with a REQUEST_TIMEOUT error event', async (t) => {
  const rules = createRulesController();
  const slowPlanner = {
    ...rules,
    // Like an LLM that does not answer: gives up only when the request's signal aborts.
    plan: (_input: unknown, context: { signal?: AbortSignal }) =>
      new Promise<never>((_resolve, reject) => context.signal?.addEventListener('abort', () => reject(cancellation(context.signal)))),
  };
  const app = await buildTestApp(t, { REQUEST_TIMEOUT_MS: '1000' }, { providers: [experts()], controller: slowPlanner });
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: REQUEST, stream: true } });
  t.equal(response.statusCode, 200);
  t.match(pipelineEvents(response.body), [{ type: 'error', code: 'REQUEST_TIMEOUT', message: /REQUEST_TIMEOUT_MS/, seq: 1 }]);
});

t.test('an idle stream gets heartbeat comments', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', SSE_HEARTBEAT_MS: '20' }, { providers: [experts(150)] });
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: REQUEST, stream: true } });
  const heartbeats = parseSse(response.body).filter((frame) => frame.comments.includes('heartbeat') && !frame.event);
  t.ok(heartbeats.length >= 2, `${heartbeats.length} heartbeats while the experts worked`);
  t.equal(pipelineEvents(response.body).at(-1)!.type, 'done');
});

t.test('a client that disconnects cancels the expert calls in flight', async (t) => {
  const calls: Array<{ model: string; aborted: boolean; settled: boolean }> = [];
  const slow: ExpertProvider = {
    ...experts(),
    run(call, context) {
      const record = { model: call.model, aborted: false, settled: false };
      calls.push(record);
      return new Promise((resolve, reject) => {
        if (context.signal?.aborted) return reject(new Error('called with an aborted signal'));
        const timer = setTimeout(() => {
          record.settled = true;
          resolve({ text: 'too late' });
        }, 30_000);
        context.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          record.aborted = true;
          record.settled = true;
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        });
      });
    },
  };
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [slow] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;

  // node:http rather than fetch: undici opens a spare connection after an abort, which holds
  // app.close() until the keep-alive timeout.
  const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/chat', headers: { 'content-type': 'application/json', accept: 'text/event-stream' } });
  request.end(JSON.stringify({ request: REQUEST }));
  const response = await once(request, 'response').then(([response]) => response as IncomingMessage);
  let received = '';
  response.on('data', (chunk) => {
    received += String(chunk);
  });
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  await until(() => received.includes('event: task-start') && calls.length > 0); // the input is loaded first
  t.same(calls.map((call) => call.model), ['local/detector'], 'the detector is running');

  request.destroy();
  await until(() => calls[0]!.settled);
  t.ok(calls[0]!.aborted, 'the expert call was aborted, not left to finish');
  await new Promise((resolve) => setTimeout(resolve, 50));
  t.same(calls.map((call) => call.model), ['local/detector'], 'the dependent task never started');
});
