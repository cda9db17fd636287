import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { shutDown, type Phase, type ShutdownTarget } from '../src/guard/shutdown.js';
import { ShuttingDownError } from '../src/pipeline/errors.js';
import { shutdownTarget } from '../src/plugins/admission.js';
import type { ExpertProvider } from '../src/pipeline/types.js';
import { buildTestApp } from './helper.js';

const quietLog = { info: () => {}, warn: () => {} };

/** A target whose close() resolves only when `closes` says so; records every step. */
function fakeTarget(closes: 'in-grace' | 'after-abort' | 'never') {
  const steps: string[] = [];
  let finish!: () => void;
  const closed = new Promise<void>((resolve) => (finish = resolve));
  const target: ShutdownTarget = {
    setPhase: (phase: Phase) => steps.push(`phase:${phase}`),
    close: () => {
      steps.push('close');
      if (closes === 'in-grace') setTimeout(finish, 20);
      return closed;
    },
    abortInflight: (reason) => {
      steps.push(`abort:${reason instanceof ShuttingDownError ? reason.code : 'other'}`);
      if (closes === 'after-abort') setTimeout(finish, 20);
      return 2;
    },
    closeConnections: () => {
      steps.push('closeConnections');
      finish();
    },
  };
  return { target, steps };
}

t.test('shutDown: drain, stop, and only then abort what is left, and cut connections last', async (t) => {
  const options = { drainMs: 30, graceMs: 100, flushMs: 100, log: quietLog };
  const clean = fakeTarget('in-grace');
  t.same(await shutDown(clean.target, options), { aborted: 0, forced: false });
  t.same(clean.steps, ['phase:draining', 'phase:stopping', 'close']);

  const aborted = fakeTarget('after-abort');
  t.same(await shutDown(aborted.target, options), { aborted: 2, forced: false });
  t.same(aborted.steps, ['phase:draining', 'phase:stopping', 'close', 'abort:SHUTTING_DOWN']);

  const stuck = fakeTarget('never');
  const started = performance.now();
  t.same(await shutDown(stuck.target, options), { aborted: 2, forced: true });
  t.same(stuck.steps, ['phase:draining', 'phase:stopping', 'close', 'abort:SHUTTING_DOWN', 'closeConnections']);
  t.ok(performance.now() - started >= 230, 'drain + grace + flush were waited for');
});

t.test('once stopping, new requests get 503 SHUTTING_DOWN; the probes still answer', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [] });
  app.lifecycle.phase = 'draining';
  const draining = await app.inject({ url: '/tasks' });
  t.equal(draining.statusCode, 200, 'draining still serves');
  t.equal(draining.headers.connection, 'close', 'but asks clients to reconnect elsewhere');
  const ready = await app.inject({ url: '/readyz' });
  t.equal(ready.statusCode, 503);
  t.match(ready.json().problems, ['the service is shutting down']);

  app.lifecycle.phase = 'stopping';
  const refused = await app.inject({ method: 'POST', url: '/plan', payload: { request: 'summarize "A. B."' } });
  t.equal(refused.statusCode, 503);
  t.match(refused.json(), { code: 'SHUTTING_DOWN', message: /shutting down and takes no new requests/ });
  t.equal(refused.headers['retry-after'], '5');
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200);
  t.match((await app.inject({ url: '/metrics' })).body, /hugginggpt_shed_requests_total\{reason="shutdown"\} 1/);
});

/** summarization models: "quick" answers after 500 ms, "stuck" only when aborted. */
function provider(): ExpertProvider & { aborted: number; started: number } {
  const models = ['quick', 'stuck'].map((id) => ({ id, task: 'summarization' as const, provider: 'local' as const, downloads: 0, likes: 0, tags: [], languages: [], license: null, description: id }));
  const state = {
    aborted: 0,
    started: 0,
    name: 'local' as const,
    models: () => models,
    status: () => ({ available: true }),
    async run(call: { model: string }, context: { signal?: AbortSignal }) {
      state.started++;
      await new Promise<void>((resolve, reject) => {
        if (call.model === 'quick') setTimeout(resolve, 500);
        context.signal?.addEventListener('abort', () => {
          state.aborted++;
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        });
      });
      return { text: 'done' };
    },
  };
  return state;
}

t.test('with a real listener: readiness fails first, in-flight work finishes or gets 503 SHUTTING_DOWN, nothing is reset', async (t) => {
  const experts = provider();
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [experts] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const execute = (model: string) =>
    fetch(`${base}/execute`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tasks: [{ id: 0, task: 'summarization', dep: [], args: { text: 'One. Two.' } }], selections: [{ id: 0, model }] }),
    });
  const stuck = execute('stuck');
  while (experts.started < 1) await new Promise((resolve) => setTimeout(resolve, 10));

  const stopping = shutDown(shutdownTarget(app), { drainMs: 400, graceMs: 1000, flushMs: 2000, log: quietLog });
  const ready = await fetch(`${base}/readyz`);
  t.equal(ready.status, 503, 'readiness fails at once');
  const quick = execute('quick'); // sent while draining: still accepted
  const quickResponse = await quick;
  t.equal(quickResponse.status, 200, 'work accepted while draining finishes');
  t.equal(quickResponse.headers.get('connection'), 'close');

  await new Promise((resolve) => setTimeout(resolve, 300)); // the listener is closed by now
  await t.rejects(fetch(`${base}/healthz`), 'new connections are refused once stopping');

  const stuckResponse = await stuck;
  t.equal(stuckResponse.status, 503, 'the request that outlived the grace period is answered, not reset');
  t.match(await stuckResponse.json(), { code: 'SHUTTING_DOWN', message: /SHUTDOWN_GRACE_MS ran out/ });
  t.equal(experts.aborted, 1, 'its expert call was aborted');
  t.same(await stopping, { aborted: 1, forced: false });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

t.test('server.ts on SIGTERM: /readyz turns 503 during the drain, then the process exits 0', async (t) => {
  const artifacts = await mkdtemp(join(tmpdir(), 'hugginggpt-server-'));
  t.teardown(() => rm(artifacts, { recursive: true, force: true }));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CONTROLLER: 'rules', INFERENCE_MODE: 'local', ARTIFACTS_DIR: artifacts, SHUTDOWN_DRAIN_MS: '1500', SHUTDOWN_GRACE_MS: '1000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.teardown(() => child.kill('SIGKILL'));
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  for (let i = 0; i < 600 && !output.includes('hugginggpt ready'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  t.match(output, /hugginggpt ready/, 'the server started');
  t.equal((await fetch(`http://127.0.0.1:${port}/readyz`)).status, 200);

  child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));
  t.equal((await fetch(`http://127.0.0.1:${port}/readyz`)).status, 503, 'not ready while draining');
  t.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200, 'but alive');
  t.equal(await exited, 0);
  t.match(output, /"msg":"stopped"/);
});
