import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { ConfigError } from '../src/config.js';
import { createKeyChecker, loadApiKeys } from '../src/guard/api-keys.js';
import { createMetricsServer } from '../src/metrics-server.js';
import { buildTestApp } from './helper.js';

const KEY_A = 'key-a-0123456789abcdef';
const KEY_B = 'key-b-0123456789abcdef';
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const PLAN = { method: 'POST' as const, url: '/plan', payload: { request: 'summarize "One. Two."' } };

t.test('keys come from API_KEYS and API_KEYS_FILE; short keys and unreadable files stop the start', async (t) => {
  const folder = await mkdtemp(join(tmpdir(), 'hugginggpt-keys-'));
  t.teardown(() => rm(folder, { recursive: true, force: true }));
  const file = join(folder, 'keys');
  await writeFile(file, `# one key a line\n${KEY_B}\n\n  ${KEY_A}  \n`);
  t.same(loadApiKeys({ API_KEYS: ` ${KEY_A} ,`, API_KEYS_FILE: file }), [KEY_A, KEY_B], 'both sources, trimmed, deduplicated');
  t.same(loadApiKeys({}), [], 'no keys: authentication off');
  t.throws(() => loadApiKeys({ API_KEYS: 'short' }), ConfigError);
  t.throws(() => loadApiKeys({ API_KEYS_FILE: join(folder, 'missing') }), { message: /API_KEYS_FILE .* cannot be read \(ENOENT\)/ });
  await writeFile(join(folder, 'empty'), '# nothing\n\n');
  t.throws(() => loadApiKeys({ API_KEYS_FILE: join(folder, 'empty') }), { message: /holds no key/ });

  const checker = createKeyChecker([KEY_A, KEY_B]);
  const id = checker.check(`Bearer ${KEY_A}`);
  t.match(id, /^[0-9a-f]{12}$/, 'a short hash identifies the caller');
  t.not(id, checker.check(`bearer  ${KEY_B}`), 'each key has its own id; the scheme is case-insensitive');
  t.notOk(id!.includes(KEY_A.slice(0, 6)), 'the id does not reveal the key');
  for (const header of [undefined, '', KEY_A, `Basic ${KEY_A}`, `Bearer ${KEY_A}x`, `Bearer ${KEY_A.slice(0, -1)}`, `Bearer ${KEY_A} ${KEY_B}`]) {
    t.equal(checker.check(header), null, `refused: ${JSON.stringify(header)}`);
  }
});

t.test('with keys, every route but the probes, /metrics, /docs and the playground needs a valid key', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', API_KEYS: `${KEY_A},${KEY_B}` }, { providers: [] });

  const missing = await app.inject(PLAN);
  t.equal(missing.statusCode, 401);
  t.match(missing.json(), { code: 'UNAUTHORIZED', message: /needs an API key: send Authorization: Bearer <key>/ });
  t.equal(missing.headers['www-authenticate'], 'Bearer realm="hugginggpt"');
  const wrong = await app.inject({ ...PLAN, headers: bearer('not-a-key-0123456789') });
  t.equal(wrong.statusCode, 401);
  t.match(wrong.json(), { code: 'UNAUTHORIZED', message: /not valid/ });
  t.match(wrong.headers['www-authenticate'], /error="invalid_token"/);
  t.equal((await app.inject({ ...PLAN, headers: bearer(KEY_A) })).statusCode, 200);
  t.equal((await app.inject({ ...PLAN, headers: bearer(KEY_B) })).statusCode, 200);

  for (const url of ['/models', '/tasks', '/examples', '/artifacts/00000000000000000000000000000000.png']) {
    t.equal((await app.inject({ url })).statusCode, 401, `GET ${url} needs a key`);
  }
  const openAi = await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: {} });
  t.equal(openAi.statusCode, 401, 'the OpenAI-compatible API is covered');
  t.match(openAi.json(), { error: { code: 'UNAUTHORIZED', type: 'authentication_error' } }, 'in OpenAI\'s error shape');
  t.equal((await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: {}, headers: bearer(KEY_A) })).statusCode, 400, 'with a key it reaches validation');
  t.equal((await app.inject({ url: '/no-such-route' })).statusCode, 401, 'unknown paths do not reveal what exists');
  t.equal((await app.inject({ url: '/no-such-route', headers: bearer(KEY_A) })).statusCode, 404);
  t.equal((await app.inject({ url: '/docs/../plan', method: 'POST', payload: PLAN.payload })).statusCode, 401, 'a path spelled through /docs is still checked');

  for (const url of ['/healthz', '/readyz', '/metrics', '/docs', '/docs/json', '/docs/static/swagger-ui.css', '/', '/playground/app.js']) {
    const response = await app.inject({ url });
    t.equal(response.statusCode, 200, `GET ${url} is public`);
  }
});

t.test('without keys nothing needs one', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [] });
  t.equal((await app.inject(PLAN)).statusCode, 200);
  t.equal((await app.inject({ url: '/models' })).statusCode, 200);
});

t.test('rate limits apply per key, answer 429 RATE_LIMITED with Retry-After, and spare the probes', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', API_KEYS: `${KEY_A},${KEY_B}`, RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' }, { providers: [] });
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await app.inject({ url: '/tasks', headers: bearer(KEY_A) })).statusCode);
  t.same(statuses, [200, 200, 429]);
  const limited = await app.inject({ url: '/tasks', headers: bearer(KEY_A) });
  t.match(limited.json(), { code: 'RATE_LIMITED', message: /at most 2 per 60 s for each API key/, details: { limit: 2 } });
  t.ok(Number(limited.headers['retry-after']) > 0 && Number(limited.headers['retry-after']) <= 60, `Retry-After: ${limited.headers['retry-after']}`);
  t.equal((await app.inject({ url: '/tasks', headers: bearer(KEY_B) })).statusCode, 200, 'another key has its own budget');
  for (let i = 0; i < 5; i++) t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'probes are never limited');
  const metrics = await app.inject({ url: '/metrics' });
  t.match(metrics.body, /hugginggpt_shed_requests_total\{reason="rate_limit"\} 2/);
  t.match(metrics.body, /hugginggpt_http_failures_total\{route="\/tasks",code="RATE_LIMITED"\} 2/);
});

t.test('without keys the limit is per client address; behind TRUST_PROXY the forwarded one', async (t) => {
  const direct = await buildTestApp(t, { CONTROLLER: 'rules', RATE_LIMIT_MAX: '1' }, { providers: [] });
  t.equal((await direct.inject({ url: '/tasks', remoteAddress: '10.0.0.1' })).statusCode, 200);
  const refused = await direct.inject({ url: '/tasks', remoteAddress: '10.0.0.1', headers: { 'x-forwarded-for': '203.0.113.9' } });
  t.equal(refused.statusCode, 429, 'X-Forwarded-For is ignored without TRUST_PROXY');
  t.match(refused.json().message, /for each client address/);
  t.equal((await direct.inject({ url: '/tasks', remoteAddress: '10.0.0.2' })).statusCode, 200);

  const proxied = await buildTestApp(t, { CONTROLLER: 'rules', RATE_LIMIT_MAX: '1', TRUST_PROXY: '1' }, { providers: [] });
  const from = (client: string) => proxied.inject({ url: '/tasks', remoteAddress: '10.0.0.1', headers: { 'x-forwarded-for': client } });
  t.equal((await from('203.0.113.9')).statusCode, 200);
  t.equal((await from('203.0.113.10')).statusCode, 200, 'two clients behind one proxy');
  t.equal((await from('203.0.113.9')).statusCode, 429);

  const local = await buildTestApp(t, { CONTROLLER: 'rules', RATE_LIMIT_MAX: '1' }, { providers: [] });
  for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.1']) {
    t.equal((await local.inject({ url: '/tasks', remoteAddress: address })).statusCode, 200, `without keys, ${address} (this machine) is not limited`);
  }
  const strict = await buildTestApp(t, { CONTROLLER: 'rules', RATE_LIMIT_MAX: '1', RATE_LIMIT_LOCAL: 'true' }, { providers: [] });
  t.equal((await strict.inject({ url: '/tasks', remoteAddress: '127.0.0.1' })).statusCode, 200);
  t.equal((await strict.inject({ url: '/tasks', remoteAddress: '127.0.0.1' })).statusCode, 429, 'RATE_LIMIT_LOCAL=true limits it too');

  const unlimited = await buildTestApp(t, { CONTROLLER: 'rules', RATE_LIMIT_MAX: '0' }, { providers: [] });
  for (let i = 0; i < 3; i++) t.equal((await unlimited.inject({ url: '/tasks' })).statusCode, 200, 'RATE_LIMIT_MAX=0 turns limits off');
});

t.test('CORS: allowed origins get the headers, preflights need no key, other origins get none', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', API_KEYS: KEY_A, CORS_ORIGINS: 'https://app.example.com, https://other.example.com' }, { providers: [] });
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/chat',
    headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });
  t.equal(preflight.statusCode, 204);
  t.equal(preflight.headers['access-control-allow-origin'], 'https://app.example.com');
  t.match(preflight.headers['access-control-allow-headers'], /authorization/);
  const simple = await app.inject({ ...PLAN, headers: { ...bearer(KEY_A), origin: 'https://other.example.com' } });
  t.equal(simple.statusCode, 200);
  t.equal(simple.headers['access-control-allow-origin'], 'https://other.example.com');
  t.match(simple.headers['access-control-expose-headers'], /retry-after/);
  const foreign = await app.inject({ ...PLAN, headers: { ...bearer(KEY_A), origin: 'https://evil.example.net' } });
  t.notOk(foreign.headers['access-control-allow-origin'], 'an origin not listed gets no CORS header');

  const closed = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [] });
  const none = await closed.inject({ url: '/tasks', headers: { origin: 'https://app.example.com' } });
  t.notOk(none.headers['access-control-allow-origin'], 'no CORS_ORIGINS: no CORS headers');
});

t.test('METRICS_PORT moves /metrics to its own server', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', METRICS_PORT: '9464' }, { providers: [] });
  t.equal((await app.inject({ url: '/metrics' })).statusCode, 404, 'the main port no longer serves it');
  await app.inject({ url: '/tasks' });

  const server = createMetricsServer(app.metrics.registry);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const response = await fetch(`${base}/metrics`);
  t.equal(response.status, 200);
  t.match(response.headers.get('content-type'), /^text\/plain/);
  t.match(await response.text(), /hugginggpt_http_request_duration_seconds_count\{method="GET",route="\/tasks",status_code="200"\} 1/);
  t.equal((await fetch(`${base}/plan`)).status, 404, 'nothing else is served there');
});
