import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import t from 'tap';
import type { ExpertProvider } from '../src/pipeline/types.js';
import { buildTestApp } from './helper.js';

/** A summarizer whose calls wait until the test opens the gate (or the call is aborted). */
function gatedProvider() {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const state = { started: 0, aborted: 0, open: () => open() };
  const provider: ExpertProvider = {
    name: 'local',
    models: () => [{ id: 'slow-sum', task: 'summarization', provider: 'local', downloads: 0, likes: 0, tags: [], languages: [], license: null, description: 'waits' }],
    status: () => ({ available: true }),
    async run(_call, context) {
      state.started++;
      await new Promise<void>((resolve, reject) => {
        void gate.then(resolve);
        context.signal?.addEventListener('abort', () => {
          state.aborted++;
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        });
      });
      return { text: 'short' };
    },
  };
  return { provider, state };
}

const EXECUTE = { method: 'POST' as const, url: '/execute', payload: { tasks: [{ id: 0, task: 'summarization', dep: [], args: { text: 'One. Two.' } }] } };
const until = async (condition: () => boolean) => {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('condition never met');
};
const metric = async (app: Awaited<ReturnType<typeof buildTestApp>>, pattern: RegExp) => pattern.exec((await app.inject({ url: '/metrics' })).body)?.[1];

t.test('beyond MAX_INFLIGHT pipelines, requests get 503 OVERLOADED with Retry-After; other routes still answer', async (t) => {
  const { provider, state } = gatedProvider();
  const app = await buildTestApp(t, { CONTROLLER: 'rules', MAX_INFLIGHT: '2' }, { providers: [provider] });
  const running = [app.inject(EXECUTE), app.inject(EXECUTE)];
  await until(() => state.started === 2);
  t.equal(await metric(app, /^hugginggpt_pipelines_in_flight (\d+)$/m), '2');

  for (const request of [EXECUTE, { method: 'POST' as const, url: '/plan', payload: { request: 'summarize "A. B."' } }]) {
    const refused = await app.inject(request);
    t.equal(refused.statusCode, 503, `${request.url} is shed`);
    t.match(refused.json(), { code: 'OVERLOADED', message: /2 pipelines are running \(MAX_INFLIGHT\)/ });
    t.equal(refused.headers['retry-after'], '2');
  }
  t.equal((await app.inject({ url: '/models' })).statusCode, 200, 'routes that run no pipeline are not counted');
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200);

  state.open();
  for (const response of await Promise.all(running)) t.equal(response.statusCode, 200);
  t.equal(await metric(app, /^hugginggpt_pipelines_in_flight (\d+)$/m), '0');
  t.equal(await metric(app, /^hugginggpt_shed_requests_total\{reason="inflight"\} (\d+)$/m), '2');
  t.equal((await app.inject(EXECUTE)).statusCode, 200, 'slots are free again');
});

t.test('a client that disconnects frees its slot, and its pipeline is aborted', async (t) => {
  const { provider, state } = gatedProvider();
  const app = await buildTestApp(t, { CONTROLLER: 'rules', MAX_INFLIGHT: '1' }, { providers: [provider] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const client = new AbortController();
  const first = fetch(`${base}/execute`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(EXECUTE.payload), signal: client.signal });
  first.catch(() => {});
  await until(() => state.started === 1);
  t.equal(app.inflight.size, 1);
  client.abort();
  await until(() => app.inflight.size === 0);
  await until(() => state.aborted === 1);
  t.pass('the slot was released and the expert call aborted');
  state.open();
  const next = await fetch(`${base}/execute`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(EXECUTE.payload) });
  t.equal(next.status, 200);
});

t.test('heap pressure sheds every route but the probes and /metrics', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', PRESSURE_MAX_HEAP_RATIO: '0.0001' }, { providers: [] });
  await app.ready();
  await until(() => app.isUnderPressure()); // under-pressure samples once a second
  const shed = await app.inject({ method: 'POST', url: '/plan', payload: { request: 'summarize "A. B."' } });
  t.equal(shed.statusCode, 503);
  t.match(shed.json(), { code: 'OVERLOADED', message: /MB of the \d+ MB heap are in use \(PRESSURE_MAX_HEAP_RATIO is 0.0001\)/ });
  t.equal(shed.headers['retry-after'], '5');
  t.equal((await app.inject({ url: '/tasks' })).statusCode, 503);
  for (const url of ['/healthz', '/readyz', '/metrics']) t.equal((await app.inject({ url })).statusCode, 200, `${url} still answers`);
  t.match((await app.inject({ url: '/metrics' })).body, /hugginggpt_shed_requests_total\{reason="pressure"\} 2/);
});

t.test('a stalled event loop sheds requests until it recovers', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '200' }, { providers: [] });
  await app.ready();
  const stallUntil = performance.now() + 1500;
  while (performance.now() < stallUntil); // a synchronous stall, as a runaway computation would cause
  await new Promise((resolve) => setTimeout(resolve, 20)); // the overdue sample runs first
  const shed = await app.inject({ url: '/tasks' });
  t.equal(shed.statusCode, 503);
  t.match(shed.json(), { code: 'OVERLOADED', message: /the event loop (lags \d+ ms|was blocked for a whole sampling interval) \(PRESSURE_MAX_EVENT_LOOP_DELAY_MS is 200\)/ });
  await until(() => !app.isUnderPressure()); // a quiet sample later
  t.equal((await app.inject({ url: '/tasks' })).statusCode, 200, 'served again once the loop is quiet');
});

t.test('server timeouts: slow senders get 408, idle sockets are cut only after the request budget', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_KEEP_ALIVE_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '120000' }, { providers: [] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  t.equal(app.server.requestTimeout, 1000);
  t.equal(app.server.keepAliveTimeout, 5000);
  t.equal(app.server.timeout, 180_000, 'a silent socket survives a whole REQUEST_TIMEOUT_MS pipeline');

  const port = (app.server.address() as AddressInfo).port;
  const socket = connect(port, '127.0.0.1');
  const started = performance.now();
  socket.write('POST /plan HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"req');
  const reply = await new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('close', () => resolve(text));
  });
  const waited = performance.now() - started;
  t.match(reply, /^HTTP\/1\.1 408/, 'a body that never completes gets 408');
  t.ok(waited >= 900 && waited < 20_000, `after ${waited} ms (HTTP_REQUEST_TIMEOUT_MS is 1 s; an idle socket would wait 180 s)`);
});
