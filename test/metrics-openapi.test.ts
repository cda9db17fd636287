import { readFile } from 'node:fs/promises';
import { validate } from '@readme/openapi-parser';
import t from 'tap';
import { renderOpenApi } from '../scripts/generate-openapi.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { buildTestApp } from './helper.js';

t.test('metrics cover stages, HTTP latency, failures by code, expert calls and the process', async (t) => {
  const provider = scriptedProvider('local', [{ id: 'local/sum', task: 'summarization', output: () => ({ text: 'short' }) }]);
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [provider] });
  const tasks = [{ id: 0, task: 'summarization', dep: [], args: { text: 'A long text. With sentences.' } }];
  t.equal((await app.inject({ method: 'POST', url: '/execute', payload: { tasks } })).statusCode, 200);
  t.equal((await app.inject({ method: 'POST', url: '/plan', payload: { request: 'summarize "A long text. With sentences."' } })).statusCode, 200);
  t.equal((await app.inject({ method: 'POST', url: '/select', payload: { tasks: [{ id: 0, task: 'nope' }] } })).statusCode, 422);

  const response = await app.inject({ method: 'GET', url: '/metrics' });
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /^text\/plain/);
  const text = response.body;
  t.match(text, /hugginggpt_stage_duration_seconds_count\{stage="execute",outcome="ok"\} 1/);
  t.match(text, /hugginggpt_stage_duration_seconds_count\{stage="plan",outcome="ok"\} 1/);
  t.match(text, /hugginggpt_stage_duration_seconds_count\{stage="select",outcome="ok"\} 1/);
  t.match(text, /hugginggpt_http_request_duration_seconds_count\{method="POST",route="\/execute",status_code="200"\} 1/);
  t.match(text, /hugginggpt_http_failures_total\{route="\/select",code="INVALID_PLAN"\} 1/);
  t.match(text, /hugginggpt_expert_calls_total\{task="summarization",provider="local",outcome="ok"\} 1/);
  t.match(text, /# HELP hugginggpt_llm_calls_total/);
  t.match(text, /process_resident_memory_bytes/);
  t.notMatch(text, /A long text/, 'no request content in labels');
});

t.test('the committed OpenAPI document matches the routes and is valid', async (t) => {
  const committed = await readFile(new URL('../openapi/openapi.json', import.meta.url), 'utf8');
  const rendered = await renderOpenApi();
  t.equal(committed, rendered, 'openapi/openapi.json is up to date (run npm run openapi)');
  const document = JSON.parse(rendered);
  const result = await validate(structuredClone(document));
  t.ok(result.valid, JSON.stringify((result as { errors?: unknown }).errors ?? []));
  for (const [path, methods] of Object.entries(document.paths as Record<string, Record<string, { operationId?: string; summary?: string; tags?: string[] }>>)) {
    for (const [method, operation] of Object.entries(methods)) {
      t.ok(operation.operationId && operation.summary && operation.tags?.length, `${method.toUpperCase()} ${path} has an operationId, a summary and tags`);
    }
  }
  for (const route of ['/plan', '/select', '/execute', '/chat', '/models', '/tasks', '/artifacts/{id}', '/healthz', '/readyz', '/metrics']) {
    t.ok(document.paths[route], `${route} is documented`);
  }
});

t.test('Swagger UI is served at /docs', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [] });
  const page = await app.inject({ method: 'GET', url: '/docs' });
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /text\/html/);
  const json = await app.inject({ method: 'GET', url: '/docs/json' });
  t.equal(json.json().info.title, 'hugginggpt');
});
