// Large requests plan in a worker thread (src/controllers/rules/offload.ts): the plans are the
// inline ones, byte for byte; a plan that runs too long, a worker that crashes and a full queue are
// answered with their codes, and the worker is replaced. The failures are real worker threads
// (given through the pool's `spawn`) that hang, exit or never start.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import t, { type Test } from 'tap';
import { HOSTILE, hostile } from '../bench/hostile-shapes.js';
import { createRulesController } from '../src/controllers/rules/index.js';
import { createPlanPool, spawnPlanWorker, type OffloadOutcome, type PlanPoolOptions } from '../src/controllers/rules/offload.js';
import { planRequest } from '../src/controllers/rules/plan.js';
import type { AppError } from '../src/pipeline/errors.js';
import type { ChatMessage, Controller } from '../src/pipeline/types.js';
import { buildTestApp } from './helper.js';

const lines = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8').split('\n').filter((line) => line.trim());
const realistic = (file: string) =>
  lines(file).map((line) => {
    const item = JSON.parse(line) as { request?: string; messages?: ChatMessage[] };
    return item.request !== undefined ? { request: item.request, history: [] } : { request: item.messages!.at(-1)!.content, history: item.messages!.slice(0, -1) };
  });

/** A worker thread that says it is ready, then answers each message with `onMessage` (code run in the thread, `message` in scope). */
const stub = (onMessage: string) => () =>
  new Worker(`const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true }); parentPort.on('message', (message) => { ${onMessage} });`, { eval: true });
const HANG = 'for (;;);';
const CRASH = 'process.exit(3);';

/** Spawns `first` for the first worker, the real planner after it; counts the threads started. */
function spawner(first?: () => Worker) {
  const counter = { started: 0, spawn: () => (counter.started++ === 0 && first ? first() : spawnPlanWorker()) };
  return counter;
}

function pool(t: Test, options: Partial<PlanPoolOptions> = {}) {
  const outcomes: OffloadOutcome[] = [];
  const created = createPlanPool({ workers: 1, timeoutMs: 60_000, maxQueued: 16, onOutcome: (outcome) => outcomes.push(outcome), ...options });
  t.teardown(() => created.close());
  return { pool: created, outcomes };
}

const code = (error: unknown) => (error as AppError).code;

t.test('a plan made in the worker is the inline plan, byte for byte', async (t) => {
  const { pool: workers, outcomes } = pool(t);
  const cases: Array<{ request: string; history: ChatMessage[]; maxTasks?: number }> = [
    ...realistic('bench/data/realistic/dev.jsonl'),
    ...realistic('bench/data/realistic/fresh.jsonl'),
    ...['huggingface', 'multimedia'].flatMap((domain) => lines(`bench/data/taskbench/${domain}/dev.jsonl`).slice(0, 100).map((line) => ({ request: (JSON.parse(line) as { request: string }).request, history: [] }))),
  ];
  // Every hostile shape, short and long enough for the head reading (over 32 000 characters), and a chat of one.
  for (const shape of Object.values(HOSTILE)) for (const size of [1000, 40_000]) cases.push({ request: hostile(shape, size), history: [], maxTasks: 20 });
  for (const shape of Object.values(HOSTILE)) cases.push({ request: 'read that aloud', history: [{ role: 'user', content: 'Caption a.jpg' }, { role: 'assistant', content: hostile(shape, 5000) }] });
  let differ = 0;
  for (const { request, history, maxTasks } of cases) {
    const options = maxTasks ? { maxTasks } : {};
    const [inline, offloaded] = [planRequest(request, history, options), await workers.plan(request, history, options)];
    if (!isDeepStrictEqual(inline, offloaded) || JSON.stringify(inline) !== JSON.stringify(offloaded)) {
      differ++;
      t.fail(`differs: ${request.slice(0, 60)}`, { inline, offloaded });
    }
  }
  t.equal(differ, 0, `${cases.length} plans, the same both ways`);
  t.ok(cases.length > 400);
  t.same(new Set(outcomes), new Set(['planned']));
  t.equal(workers.state().threads, 1, 'one warm worker did them all');
});

t.test('the controller plans large requests in the worker, small ones inline', async (t) => {
  const counter = spawner();
  const outcomes: OffloadOutcome[] = [];
  const offloading = createRulesController({ maxTasks: 20, offload: { bytes: 2000, workers: 1, timeoutMs: 60_000, maxQueued: 4, spawn: counter.spawn, onOutcome: (outcome) => outcomes.push(outcome) } });
  t.teardown(() => offloading.close());
  const inline = createRulesController({ maxTasks: 20 });
  const small = { request: 'Caption a.jpg and read the caption aloud', history: [] };
  t.same(await offloading.plan(small, {}), await inline.plan(small, {}));
  t.equal(counter.started, 0, 'a small request starts no worker');
  for (const request of [hostile(HOSTILE['files and "and"']!, 3000), hostile(['Summarize this: the council met on Tuesday. '], 10_000)]) {
    t.same(await offloading.plan({ request, history: [] }, {}), await inline.plan({ request, history: [] }, {}), request.slice(0, 40));
  }
  // Large by its chat: an earlier answer of 5 KB.
  const chat = { request: 'read that aloud', history: [{ role: 'assistant' as const, content: 'a caption. '.repeat(500) }] };
  t.same(await offloading.plan(chat, {}), await inline.plan(chat, {}));
  t.same(outcomes, ['planned', 'planned', 'planned']);
  t.equal(counter.started, 1);
  // A plan too large is refused the same way from the worker.
  const tooLarge = 'Caption a.jpg. '.repeat(300);
  await t.rejects(offloading.plan({ request: tooLarge, history: [] }, {}), { code: 'PLAN_TOO_LARGE' });
});

t.test('a plan that outruns PLAN_TIMEOUT_MS: PLAN_TIMEOUT, and a new worker plans the next one', async (t) => {
  const counter = spawner(stub(HANG));
  // Long enough for the replacement to plan 5 KB on a loaded machine (a cold worker under tsx): only the hang outruns it.
  const { pool: workers, outcomes } = pool(t, { timeoutMs: 3_000, spawn: counter.spawn });
  const request = hostile(HOSTILE['many "it"s']!, 5000);
  const error = await workers.plan(request, [], {}).catch((failure: unknown) => failure);
  t.equal(code(error), 'PLAN_TIMEOUT');
  t.match((error as Error).message, /longer than 3000 ms \(PLAN_TIMEOUT_MS\).*shorten it/);
  t.same((error as AppError).details, { timeoutMs: 3_000, bytes: 5000 });
  t.same(await workers.plan(request, [], {}), planRequest(request, []), 'the replacement plans');
  t.equal(counter.started, 2);
  t.same(outcomes, ['timeout', 'planned']);
});

t.test('a worker that crashes while planning: PLANNER_FAILED, and it is replaced', async (t) => {
  const counter = spawner(stub(CRASH));
  const { pool: workers, outcomes } = pool(t, { spawn: counter.spawn });
  const error = await workers.plan('Caption a.jpg', [], {}).catch((failure: unknown) => failure);
  t.equal(code(error), 'PLANNER_FAILED');
  t.match((error as Error).message, /exit code 3.*Retry/);
  t.same(await workers.plan('Caption a.jpg', [], {}), planRequest('Caption a.jpg', []));
  t.same(outcomes, ['crashed', 'planned']);
});

t.test('a worker that cannot load: PLANNER_FAILED for what waits on it', async (t) => {
  const { pool: workers } = pool(t, { spawn: () => new Worker('throw new Error("the worker file is broken")', { eval: true }) });
  const error = await workers.plan('Caption a.jpg', [], {}).catch((failure: unknown) => failure);
  t.equal(code(error), 'PLANNER_FAILED');
  t.match((error as Error).message, /the worker file is broken/);
});

t.test('the planner throws in the worker: the same error as inline', async (t) => {
  const { pool: workers, outcomes } = pool(t, { spawn: stub("parentPort.postMessage({ id: message.id, error: { name: 'TypeError', message: 'x is undefined' } });") });
  await t.rejects(workers.plan('Caption a.jpg', [], {}), { name: 'TypeError', message: 'x is undefined' });
  t.same(outcomes, ['failed']);
});

t.test('beyond PLAN_MAX_QUEUED waiting plans: 503 OVERLOADED with Retry-After; aborted and closed plans leave', async (t) => {
  const { pool: workers, outcomes } = pool(t, { maxQueued: 2, spawn: stub(HANG) });
  const running = workers.plan('one', [], {});
  const queued = workers.plan('two', [], {});
  const leaving = new AbortController();
  const aborted = workers.plan('three', [], {}, leaving.signal);
  const refused = await workers.plan('four', [], {}).catch((failure: unknown) => failure);
  t.equal(code(refused), 'OVERLOADED');
  t.match((refused as Error).message, /1 large request\(s\) are planning and 2 are waiting \(PLAN_WORKERS, PLAN_MAX_QUEUED\)/);
  t.same((refused as AppError).details, { retryAfterSeconds: 2 });
  leaving.abort();
  await t.rejects(aborted, { code: 'REQUEST_ABORTED' });
  t.same(workers.state(), { queued: 1, running: 1, threads: 1 }, 'the aborted plan left the queue');
  const stopped = Promise.allSettled([running, queued]);
  await workers.close();
  t.same((await stopped).map((result) => result.status === 'rejected' && code(result.reason)), ['SHUTTING_DOWN', 'SHUTTING_DOWN']);
  t.same(workers.state(), { queued: 0, running: 0, threads: 0 });
  t.same(outcomes, ['refused']);
});

t.test('over HTTP: 422 PLAN_TIMEOUT, 502 PLANNER_FAILED, 503 OVERLOADED with Retry-After, and the metric', async (t) => {
  const request = 'Caption a.jpg and read the caption aloud. '.repeat(100);
  const appWith = async (spawn: () => Worker, timeoutMs = 60_000) => {
    const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [] });
    const controller = createRulesController({ offload: { bytes: 1000, workers: 1, timeoutMs, maxQueued: 0, spawn, onOutcome: app.metrics.countOffloadedPlan } });
    t.teardown(() => controller.close());
    app.pipeline.controller = controller;
    return app;
  };
  const slow = await appWith(stub(HANG), 200);
  const timedOut = await slow.inject({ method: 'POST', url: '/plan', payload: { request } });
  t.equal(timedOut.statusCode, 422);
  t.equal(timedOut.json().code, 'PLAN_TIMEOUT');
  t.match((await slow.inject({ url: '/metrics' })).body, /hugginggpt_offloaded_plans_total\{outcome="timeout"\} 1/);

  const crashing = await appWith(stub(CRASH));
  const crashed = await crashing.inject({ method: 'POST', url: '/plan', payload: { request } });
  t.equal(crashed.statusCode, 502);
  t.equal(crashed.json().code, 'PLANNER_FAILED');

  // PLAN_MAX_QUEUED=0: while one plan runs, the next is refused.
  let started: () => void = () => {};
  const running = new Promise<void>((resolve) => (started = resolve));
  const busy = await appWith(() => {
    started();
    return stub(HANG)();
  });
  const first = busy.inject({ method: 'POST', url: '/plan', payload: { request } });
  await running;
  const refused = await busy.inject({ method: 'POST', url: '/plan', payload: { request } });
  t.equal(refused.statusCode, 503);
  t.equal(refused.json().code, 'OVERLOADED');
  t.equal(refused.headers['retry-after'], '2');
  t.match((await busy.inject({ url: '/metrics' })).body, /hugginggpt_offloaded_plans_total\{outcome="refused"\} 1/);
  await (busy.pipeline.controller as ReturnType<typeof createRulesController>).close();
  t.equal((await first).json().code, 'SHUTTING_DOWN', 'the running plan is stopped when the controller closes');
});

t.test('the configured app offloads requests over PLAN_OFFLOAD_BYTES, with the plans inline planning makes', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', PLAN_OFFLOAD_BYTES: '1000' }, { providers: [] });
  const inline = createRulesController({ maxTasks: 20 });
  for (const request of ['Caption a.jpg and read the caption aloud.', `Summarize this: ${'The council met on Tuesday to discuss the new bike lanes. '.repeat(40)}`]) {
    const reply = await app.inject({ method: 'POST', url: '/plan', payload: { request } });
    t.equal(reply.statusCode, 200, reply.body);
    t.same(reply.json().tasks, (await inline.plan({ request, history: [] }, {})).tasks);
  }
  const metrics = (await app.inject({ url: '/metrics' })).body;
  t.match(metrics, /hugginggpt_offloaded_plans_total\{outcome="planned"\} 1/, 'only the large one went to the worker');
});
