// Every route's validation errors: a 4xx with a stable code and a message a person can act on.
import t from 'tap';
import { scriptedProvider } from './fakes/expert-provider.js';
import { buildTestApp } from './helper.js';
import { RED_PNG } from './samples.js';

const provider = scriptedProvider('local', [
  { id: 'local/a', task: 'summarization' },
  { id: 'local/b', task: 'summarization' },
]);

async function app(t: Parameters<typeof buildTestApp>[0], env: Record<string, string> = {}) {
  return buildTestApp(t, { CONTROLLER: 'rules', ...env }, { providers: [provider] });
}

const expectError = async (t: Parameters<typeof buildTestApp>[0], response: { statusCode: number; json(): any }, status: number, code: string, message?: RegExp) => {
  t.equal(response.statusCode, status, `HTTP ${status}`);
  const body = response.json();
  t.equal(body.code, code);
  t.type(body.message, 'string');
  if (message) t.match(body.message, message);
  return body;
};

t.test('POST /plan, /chat: the body must name the request', async (t) => {
  const server = await app(t);
  for (const url of ['/plan', '/chat']) {
    await expectError(t, await server.inject({ method: 'POST', url, payload: {} }), 400, 'VALIDATION_FAILED', /Give "request"/);
    await expectError(t, await server.inject({ method: 'POST', url, payload: { request: '' } }), 400, 'VALIDATION_FAILED', /request/);
    await expectError(t, await server.inject({ method: 'POST', url, payload: { request: 'a', messages: [{ role: 'user', content: 'b' }] } }), 400, 'VALIDATION_FAILED', /not both/);
    await expectError(t, await server.inject({ method: 'POST', url, payload: { messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }] } }), 400, 'VALIDATION_FAILED', /last message must have role "user"/);
    await expectError(t, await server.inject({ method: 'POST', url, payload: { messages: [{ role: 'robot', content: 'x' }] } }), 400, 'VALIDATION_FAILED');
    await expectError(t, await server.inject({ method: 'POST', url, payload: { request: 'x', temperature: 2 } }), 400, 'VALIDATION_FAILED');
    await expectError(t, await server.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{"request": ' }), 400, 'INVALID_JSON');
    await expectError(t, await server.inject({ method: 'POST', url, headers: { 'content-type': 'text/plain' }, payload: 'caption it' }), 415, 'UNSUPPORTED_MEDIA_TYPE', /Content-Type text\/plain is not accepted/);
  }
});

t.test('POST /select, /execute: an invalid task graph is a 422 listing every problem', async (t) => {
  const server = await app(t);
  for (const url of ['/select', '/execute']) {
    await expectError(t, await server.inject({ method: 'POST', url, payload: { tasks: 'summarize' } }), 400, 'VALIDATION_FAILED');
    await expectError(t, await server.inject({ method: 'POST', url, payload: { tasks: [] } }), 400, 'VALIDATION_FAILED');
    const body = await expectError(
      t,
      await server.inject({
        method: 'POST',
        url,
        payload: {
          tasks: [
            { id: 0, task: 'summarization', dep: [1], args: { text: '<GENERATED>-1' } },
            { id: 1, task: 'summarization', dep: [0], args: { text: '<GENERATED>-0', tone: 'formal' } },
            { id: 1, task: 'image-captioning', dep: [], args: {} },
            { id: 2, task: 'text-to-speech', dep: [2], args: {} },
          ],
        },
      }),
      422,
      'INVALID_PLAN',
    );
    const codes = body.details.problems.map((problem: { code: string }) => problem.code).sort();
    t.same(codes, ['CYCLE', 'DUPLICATE_ID', 'MISSING_ARGUMENT', 'SELF_DEPENDENCY', 'UNEXPECTED_ARGUMENT', 'UNKNOWN_TASK_TYPE'].sort(), `${url}: every problem at once`);
  }
});

t.test('POST /execute: a model imposed by the caller must fit the task', async (t) => {
  const server = await app(t);
  const tasks = [{ id: 0, task: 'summarization', dep: [], args: { text: 'long text' } }];
  await expectError(t, await server.inject({ method: 'POST', url: '/execute', payload: { tasks, selections: [{ id: 0, model: 'facebook/detr-resnet-50' }] } }), 422, 'INVALID_SELECTION', /not a summarization model/);
  await expectError(t, await server.inject({ method: 'POST', url: '/execute', payload: { tasks, selections: [{ id: 0 }] } }), 400, 'VALIDATION_FAILED');
  const ok = await server.inject({ method: 'POST', url: '/execute', payload: { tasks, selections: [{ id: 0, model: 'local/b' }] } });
  t.equal(ok.statusCode, 200);
  t.match(ok.json().results, [{ status: 'succeeded', model: 'local/b' }]);
});

t.test('GET /models, /artifacts, /examples and unknown routes', async (t) => {
  const server = await app(t);
  await expectError(t, await server.inject({ method: 'GET', url: '/models?task=image-captioning' }), 400, 'VALIDATION_FAILED', /querystring\/task must be equal to one of the allowed values \(text-classification, /);
  await expectError(t, await server.inject({ method: 'GET', url: '/models?limit=0' }), 400, 'VALIDATION_FAILED');
  await expectError(t, await server.inject({ method: 'GET', url: '/models?color=red' }), 400, 'VALIDATION_FAILED');
  await expectError(t, await server.inject({ method: 'GET', url: '/artifacts/..%2F..%2Fetc%2Fpasswd' }), 400, 'VALIDATION_FAILED');
  await expectError(t, await server.inject({ method: 'GET', url: `/artifacts/${'0'.repeat(32)}.png` }), 404, 'ARTIFACT_NOT_FOUND');
  await expectError(t, await server.inject({ method: 'POST', url: '/artifacts', headers: { 'content-type': 'image/png' }, payload: Buffer.from('not really a png') }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  await expectError(t, await server.inject({ method: 'POST', url: '/artifacts', headers: { 'content-type': 'application/json' }, payload: {} }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  await expectError(t, await server.inject({ method: 'GET', url: '/examples/nothing.jpg' }), 404, 'EXAMPLE_NOT_FOUND');
  await expectError(t, await server.inject({ method: 'GET', url: '/examples/..%2Fpackage.json' }), 400, 'VALIDATION_FAILED');
  await expectError(t, await server.inject({ method: 'DELETE', url: '/chat' }), 404, 'NOT_FOUND', /\/docs/);
});

t.test('a body over BODY_LIMIT_BYTES is a 413', async (t) => {
  const server = await app(t, { BODY_LIMIT_BYTES: '2048' });
  await expectError(t, await server.inject({ method: 'POST', url: '/plan', payload: { request: 'x'.repeat(5000) } }), 413, 'PAYLOAD_TOO_LARGE');
});

t.test('CONTROLLER=llm without an LLM: the routes that need a controller answer 503, the others work', async (t) => {
  const server = await buildTestApp(t, { CONTROLLER: 'llm' }, { providers: [provider] });
  await expectError(t, await server.inject({ method: 'POST', url: '/plan', payload: { request: 'summarize this' } }), 503, 'CONTROLLER_UNAVAILABLE', /OPENAI_API_KEY or OPENAI_BASE_URL/);
  await expectError(t, await server.inject({ method: 'POST', url: '/chat', payload: { request: 'summarize this' } }), 503, 'CONTROLLER_UNAVAILABLE');
  const ready = await server.inject({ method: 'GET', url: '/readyz' });
  t.equal(ready.statusCode, 503);
  t.match(ready.json(), { status: 'not-ready', controller: null, problems: [/CONTROLLER=llm/] });
  t.equal((await server.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
});

t.test('GET /models, /tasks, /examples and the artifact round trip answer as documented', async (t) => {
  const server = await app(t);
  const local = (await server.inject({ method: 'GET', url: '/models?task=summarization&provider=local' })).json();
  t.match(local, { inferenceMode: 'hybrid', total: 2, models: [{ id: 'local/a', available: true }, { id: 'local/b', available: true }] });
  const remote = (await server.inject({ method: 'GET', url: '/models?task=object-detection&limit=2' })).json();
  t.equal(remote.total, 30, 'the whole ranked list is counted');
  t.equal(remote.models.length, 2);
  t.ok(remote.models[0].downloads >= remote.models[1].downloads, 'ranked by downloads');
  t.match(remote.models[0], { provider: 'huggingface', available: false, unavailableReason: /no huggingface provider/ });
  t.equal((await server.inject({ method: 'GET', url: '/models?task=object-detection&available=true' })).json().total, 0);

  const tasks = (await server.inject({ method: 'GET', url: '/tasks' })).json().tasks;
  t.match(tasks.find((entry: { task: string }) => entry.task === 'summarization'), { name: 'Summarization', outputs: ['text'], runnableModels: 2, args: { text: { kind: 'text', required: true } } });

  const examples = (await server.inject({ method: 'GET', url: '/examples' })).json().examples;
  t.match(examples[0], { name: 'a.jpg', url: '/examples/a.jpg', mime: 'image/jpeg' });
  const photo = await server.inject({ method: 'GET', url: '/examples/a.jpg' });
  t.equal(photo.headers['content-type'], 'image/jpeg');

  const jpeg = await server.inject({ method: 'POST', url: '/artifacts', headers: { 'content-type': 'image/jpeg' }, payload: photo.rawPayload });
  t.equal(jpeg.statusCode, 201, jpeg.body);
  t.match(jpeg.json(), { mime: 'image/jpeg', url: /\.jpg$/ });
  const upload = await server.inject({ method: 'POST', url: '/artifacts', headers: { 'content-type': 'application/octet-stream' }, payload: RED_PNG });
  t.equal(upload.statusCode, 201);
  t.match(upload.json(), { url: /^\/artifacts\/[a-f0-9]{32}\.png$/, mime: 'image/png' }, 'typed from its bytes, whatever the header says');
  const download = await server.inject({ method: 'GET', url: upload.json().url });
  t.equal(download.headers['content-type'], 'image/png');
  t.same(download.rawPayload, RED_PNG);
});
