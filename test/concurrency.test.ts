// Process-wide concurrency per provider: the gate on its own, then the pipeline through the app
// with scripted providers that record when each call ran.
import t from 'tap';
import { createGate } from '../src/pipeline/concurrency.js';
import { executeTasks } from '../src/pipeline/execute-tasks.js';
import type { Task } from '../src/pipeline/types.js';
import { scriptedProvider, type RecordedCall } from './fakes/expert-provider.js';
import { buildTestApp } from './helper.js';
import { selectionsFor, testDeps } from './pipeline-helper.js';

/** The most calls that were running at the same moment. */
function maxOverlap(calls: RecordedCall[]): number {
  const edges = calls.flatMap((call) => [
    { at: call.start, delta: 1 },
    { at: call.end, delta: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let running = 0;
  let most = 0;
  for (const edge of edges) most = Math.max(most, (running += edge.delta));
  return most;
}

const summaries = (count: number, first = 0): Task[] =>
  Array.from({ length: count }, (_, index) => ({ id: first + index, task: 'summarization' as const, dep: [], args: { text: `text number ${index}. Two sentences.` } }));

t.test('the gate: at most `limit` holders, first come first served, aborted waiters leave the queue', async (t) => {
  const gate = createGate(2);
  const order: number[] = [];
  const first = await gate.acquire();
  const second = await gate.acquire();
  t.equal(gate.active, 2);
  const waiting = [3, 4].map((n) => gate.acquire().then((release) => (order.push(n), release)));
  const controller = new AbortController();
  const abandoned = gate.acquire(controller.signal);
  t.equal(gate.waiting, 3);
  controller.abort(new Error('client went away'));
  await t.rejects(abandoned, { message: 'client went away' });
  t.equal(gate.waiting, 2, 'the aborted waiter is gone');
  first();
  first();
  const third = await waiting[0]!;
  t.equal(gate.active, 2, 'a released slot passes straight to the next waiter; releasing twice frees one slot');
  t.equal(gate.waiting, 1);
  second();
  const fourth = await waiting[1]!;
  t.same(order, [3, 4]);
  third();
  fourth();
  t.equal(gate.active, 0);
  await t.rejects(gate.acquire(AbortSignal.abort(new Error('already'))), { message: 'already' });
});

t.test('at default settings, 8 independent remote tasks all run at once', async (t) => {
  const provider = scriptedProvider('huggingface', [{ id: 'acme/sum', task: 'summarization', delayMs: 150 }]);
  const app = await buildTestApp(t, { CONTROLLER: 'rules', INFERENCE_MODE: 'huggingface' }, { providers: [provider], catalogue: [] });
  t.equal(app.config.TASK_CONCURRENCY, 100, 'no per-request queue by default');
  t.equal(app.config.REMOTE_CONCURRENCY, 16);
  const response = await app.inject({ method: 'POST', url: '/execute', payload: { tasks: summaries(8) } });
  t.equal(response.statusCode, 200);
  t.ok(response.json().results.every((result: { status: string }) => result.status === 'succeeded'));
  t.equal(maxOverlap(provider.calls), 8, 'every task was in flight at the same time');
});

t.test('REMOTE_CONCURRENCY is shared by concurrent requests; LOCAL_CONCURRENCY bounds local experts apart', async (t) => {
  const remote = scriptedProvider('huggingface', [{ id: 'acme/sum', task: 'summarization', delayMs: 300 }]);
  const local = scriptedProvider('local', [{ id: 'local/cls', task: 'text-classification', delayMs: 100 }]);
  const app = await buildTestApp(t, { CONTROLLER: 'rules', REMOTE_CONCURRENCY: '3', LOCAL_CONCURRENCY: '1' }, { providers: [remote, local], catalogue: [] });
  const classify: Task[] = [0, 1, 2].map((index) => ({ id: 10 + index, task: 'text-classification', dep: [], args: { text: `text ${index}` } }));
  const running = Promise.all([
    app.inject({ method: 'POST', url: '/execute', payload: { tasks: [...summaries(4), ...classify] } }),
    app.inject({ method: 'POST', url: '/execute', payload: { tasks: summaries(4) } }),
  ]);
  // Until the first remote call ends (300 ms), 3 run and the other 5 wait.
  let during = '';
  while (remote.calls.length === 0 && !during.includes('state="queued"} 5')) {
    during = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  t.match(during, /hugginggpt_expert_slots\{provider="huggingface",state="busy"\} 3/, 'the gauge shows the remote slots in use');
  t.match(during, /hugginggpt_expert_slots\{provider="huggingface",state="queued"\} 5/, 'and the calls waiting');
  const responses = await running;
  for (const response of responses) {
    t.equal(response.statusCode, 200);
    t.ok(response.json().results.every((result: { status: string }) => result.status === 'succeeded'), 'every task succeeded');
  }
  t.equal(remote.calls.length, 8);
  t.equal(maxOverlap(remote.calls), 3, 'never more than 3 remote calls across both requests');
  t.equal(maxOverlap(local.calls), 1, 'local calls one at a time');
  const firstLocal = Math.min(...local.calls.map((call) => call.start));
  const lastRemote = Math.max(...remote.calls.map((call) => call.start));
  t.ok(firstLocal < lastRemote, 'local experts did not wait for the remote queue');
  t.match((await app.inject({ method: 'GET', url: '/metrics' })).body, /hugginggpt_expert_slots\{provider="huggingface",state="busy"\} 0/, 'every slot is back');
});

t.test('time spent waiting for a slot does not count against the attempt timeout or the model', async (t) => {
  const provider = scriptedProvider('huggingface', [{ id: 'acme/sum', task: 'summarization', delayMs: 100 }]);
  const deps = await testDeps(t, { providers: [provider], settings: { taskTimeoutMs: 180, modelRetries: 0 } });
  deps.gates = { huggingface: createGate(1) };
  const tasks = summaries(4);
  const results = await executeTasks({ tasks, selections: selectionsFor(tasks, Object.fromEntries(tasks.map((task) => [task.id, ['acme/sum']])), 'huggingface') }, deps, {});
  t.same(
    results.map((result) => result.status),
    ['succeeded', 'succeeded', 'succeeded', 'succeeded'],
    'the last task waited about 300 ms for its slot, longer than TASK_TIMEOUT_MS',
  );
  t.equal(maxOverlap(provider.calls), 1);
  t.match(deps.registry.health.view({ id: 'acme/sum', provider: 'huggingface' }), { calls: 4, successRate: 1 });
});

t.test('a request cancelled while queued gives up its place', async (t) => {
  const provider = scriptedProvider('huggingface', [{ id: 'acme/sum', task: 'summarization', delayMs: 300 }]);
  const deps = await testDeps(t, { providers: [provider] });
  const gate = createGate(1);
  deps.gates = { huggingface: gate };
  const selections = (tasks: Task[]) => selectionsFor(tasks, Object.fromEntries(tasks.map((task) => [task.id, ['acme/sum']])), 'huggingface');
  const holder = executeTasks({ tasks: summaries(1), selections: selections(summaries(1)) }, deps, {});
  const controller = new AbortController();
  const queued = executeTasks({ tasks: summaries(2, 5), selections: selections(summaries(2, 5)) }, deps, { signal: controller.signal });
  await new Promise((resolve) => setTimeout(resolve, 50));
  t.equal(gate.waiting, 2);
  controller.abort();
  const cancelled = await queued;
  t.same(cancelled.map((result) => result.error?.code), ['CANCELLED', 'CANCELLED']);
  t.equal(gate.waiting, 0);
  t.equal((await holder)[0]!.status, 'succeeded');
  t.equal(provider.calls.length, 1, 'the cancelled tasks never called the model');
});
