import t from 'tap';
import { scriptedProvider } from './fakes/expert-provider.js';
import { RED_PNG_URI, buildTestApp } from './helper.js';

const provider = () =>
  scriptedProvider('local', [
    { id: 'sum', task: 'summarization', output: () => ({ text: 'short' }) },
    { id: 'det', task: 'object-detection', output: () => ({ text: 'a red square' }) },
  ]);

t.test('a request or message longer than MAX_REQUEST_CHARS is a 413 INPUT_TOO_LARGE naming the limit', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', MAX_REQUEST_CHARS: '40' }, { providers: [provider()] });
  const long = `summarize "${'x'.repeat(40)}"`;
  for (const url of ['/plan', '/chat']) {
    const response = await app.inject({ method: 'POST', url, payload: { request: long } });
    t.equal(response.statusCode, 413, url);
    t.match(response.json(), {
      code: 'INPUT_TOO_LARGE',
      message: /^The request has 52 characters; at most 40 are accepted \(MAX_REQUEST_CHARS\)/,
      details: { limit: 40, size: 52, variable: 'MAX_REQUEST_CHARS' },
    });
  }
  const inHistory = await app.inject({
    method: 'POST',
    url: '/plan',
    payload: { messages: [{ role: 'user', content: long }, { role: 'assistant', content: 'ok' }, { role: 'user', content: 'summarize "A. B."' }] },
  });
  t.equal(inHistory.statusCode, 413);
  t.match(inHistory.json().message, /^Message 0 has 52 characters/);
  t.equal((await app.inject({ method: 'POST', url: '/plan', payload: { request: 'summarize "A. B."' } })).statusCode, 200, 'shorter requests pass');
  t.match((await app.inject({ url: '/metrics' })).body, /hugginggpt_http_failures_total\{route="\/plan",code="INPUT_TOO_LARGE"\} 2/);
});

t.test('a conversation over MAX_CONVERSATION_MESSAGES or MAX_CONVERSATION_CHARS is a 413', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', MAX_CONVERSATION_MESSAGES: '3', MAX_CONVERSATION_CHARS: '100' }, { providers: [provider()] });
  const turn = (content: string, role: 'user' | 'assistant' = 'user') => ({ role, content });
  const many = [turn('a'), turn('b', 'assistant'), turn('c'), turn('d', 'assistant'), turn('summarize "A. B."')];
  const tooMany = await app.inject({ method: 'POST', url: '/chat', payload: { messages: many } });
  t.equal(tooMany.statusCode, 413);
  t.match(tooMany.json(), { code: 'INPUT_TOO_LARGE', message: /^The conversation has 5 messages; at most 3 are accepted \(MAX_CONVERSATION_MESSAGES\)/ });
  const wordy = [turn('x'.repeat(60)), turn('y'.repeat(30), 'assistant'), turn('summarize "A. B."')];
  const tooLong = await app.inject({ method: 'POST', url: '/chat', payload: { messages: wordy } });
  t.equal(tooLong.statusCode, 413);
  t.match(tooLong.json().message, /^The conversation has 107 characters; at most 100 are accepted \(MAX_CONVERSATION_CHARS\)/);
});

t.test('the request hint and the text arguments of a client plan are capped; resources are not text', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', MAX_REQUEST_CHARS: '50' }, { providers: [provider()] });
  const summarize = (text: string) => [{ id: 0, task: 'summarization', dep: [], args: { text } }];
  const hint = await app.inject({ method: 'POST', url: '/select', payload: { tasks: summarize('A. B.'), request: 'r'.repeat(51) } });
  t.equal(hint.statusCode, 413);
  t.match(hint.json().message, /^The request has 51 characters/);
  const argument = await app.inject({ method: 'POST', url: '/execute', payload: { tasks: summarize('t'.repeat(51)) } });
  t.equal(argument.statusCode, 413);
  t.match(argument.json().message, /^Argument "text" of task 0 has 51 characters/);
  t.ok(RED_PNG_URI.length > 50);
  const image = await app.inject({ method: 'POST', url: '/execute', payload: { tasks: [{ id: 0, task: 'object-detection', dep: [], args: { image: RED_PNG_URI } }] } });
  t.equal(image.statusCode, 200, 'a data: URI is a resource, capped by RESOURCE_MAX_BYTES instead');
  t.equal(image.json().results[0].status, 'succeeded');
});

t.test('by default a request of 150 000 characters is refused with 413, not a schema error', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [provider()] });
  const response = await app.inject({ method: 'POST', url: '/plan', payload: { request: 'a'.repeat(150_000) } });
  t.equal(response.statusCode, 413);
  t.match(response.json().message, /at most 100,000 are accepted \(MAX_REQUEST_CHARS\)/);
});
