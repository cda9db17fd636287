// The OpenAI-compatible API driven by the official `openai` client against the app listening on
// 127.0.0.1: non-streaming and streaming completions with an image part, the model list and
// aliases, audio parts, and errors the SDK raises as its usual exceptions.
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import t, { type Test } from 'tap';
import { createRulesController } from '../src/controllers/rules/index.js';
import { LlmError } from '../src/pipeline/errors.js';
import type { Controller, Media } from '../src/pipeline/types.js';
import type { AppOverrides } from '../src/app.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { buildTestApp } from './helper.js';
import { RED_PNG, RED_PNG_URI } from './samples.js';

const WAV = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(64)]);

function experts() {
  return scriptedProvider('local', [
    {
      id: 'local/detector',
      task: 'object-detection',
      output: (call) => ({ text: '1 red square', image: call.args.image as Media, data: [{ label: 'square' }] }),
    },
    { id: 'local/listener', task: 'automatic-speech-recognition', output: () => ({ text: 'hello world' }) },
  ]);
}

async function serve(t: Test, env: Record<string, string> = {}, overrides: AppOverrides = {}) {
  const provider = experts();
  const app = await buildTestApp(t, { CONTROLLER: 'rules', ...env }, { providers: [provider], ...overrides });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'not-checked', maxRetries: 0 });
  return { app, provider, client, base };
}

const withImage = (text: string, url = RED_PNG_URI): OpenAI.ChatCompletionMessageParam[] => [
  { role: 'system', content: 'You are helpful.' },
  {
    role: 'user',
    content: [
      { type: 'text', text },
      { type: 'image_url', image_url: { url } },
    ],
  },
];

t.test('a non-streaming completion with an image part', async (t) => {
  const { client, provider, base } = await serve(t);
  const reply = await client.chat.completions.create({ model: 'hugginggpt', messages: withImage('What objects are in this image?') });
  t.equal(reply.object, 'chat.completion');
  t.equal(reply.model, 'hugginggpt');
  t.match(reply.id, /^chatcmpl-/);
  t.equal(reply.choices.length, 1);
  t.equal(reply.choices[0]!.finish_reason, 'stop');
  t.same(reply.usage, { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 }, 'no LLM tokens with the rule-based controller');

  t.equal(provider.calls.length, 1);
  const image = provider.calls[0]!.args.image as Media;
  t.same(Buffer.from(image.bytes), RED_PNG, 'the expert got the image of the data URI');
  const content = reply.choices[0]!.message.content!;
  t.match(content, /1 red square/);
  const shown = /!\[Object Detection \(task 1\)\]\((http:\/\/127\.0\.0\.1:\d+\/artifacts\/[a-f0-9]{32}\.png)\)/.exec(content);
  t.ok(shown, `the produced image is shown as a Markdown image: ${content}`);
  t.ok(shown![1]!.startsWith(base), 'with an absolute URL on the request host');
  t.notMatch(content, /[^\w/]\/artifacts\//, 'no relative links left');
  const download = await fetch(shown![1]!);
  t.equal(download.status, 200);
  t.same(Buffer.from(await download.arrayBuffer()), RED_PNG);
});

t.test('a streaming completion shows progress, then the answer, the files, the usage and [DONE]', async (t) => {
  const { client } = await serve(t, { PUBLIC_URL: 'https://gpt.example.org/' });
  const stream = await client.chat.completions.create({
    model: 'hugginggpt',
    messages: withImage('Detect the objects in this picture'),
    stream: true,
    stream_options: { include_usage: true },
  });
  const chunks: OpenAI.ChatCompletionChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  t.ok(chunks.every((chunk) => chunk.object === 'chat.completion.chunk' && chunk.id === chunks[0]!.id && chunk.model === 'hugginggpt'));
  t.same(chunks[0]!.choices[0]!.delta, { role: 'assistant', content: '' }, 'the first chunk names the role');
  const usage = chunks.at(-1)!;
  t.same(usage.choices, [], 'the last chunk carries the usage');
  t.same(usage.usage, { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 });
  t.equal(chunks.at(-2)!.choices[0]!.finish_reason, 'stop');
  t.ok(chunks.slice(0, -2).every((chunk) => chunk.choices[0]!.finish_reason === null));

  const pieces = chunks.flatMap((chunk) => chunk.choices.map((choice) => choice.delta.content ?? ''));
  t.ok(pieces.filter(Boolean).length >= 5, 'the content came in several chunks');
  const text = pieces.join('');
  const running = text.indexOf('- running object-detection with local/detector…');
  const finished = text.search(/- object-detection done in \d+\.\d s/);
  const answer = text.indexOf('1 red square');
  t.ok(running >= 0 && running < finished && finished < answer, `progress lines come before the answer:\n${text}`);
  t.match(text, /!\[Object Detection \(task 1\)\]\(https:\/\/gpt\.example\.org\/artifacts\/[a-f0-9]{32}\.png\)/, 'files use PUBLIC_URL');
  t.notMatch(text, /[^\w/]\/artifacts\//, 'no relative links left');
});

t.test('the model list, aliases, and unknown models', async (t) => {
  const { client } = await serve(t, { OPENAI_MODEL_ALIASES: 'gpt-4o-mini, hugginggpt-alias' });
  const models = await client.models.list();
  t.same(models.data.map((model) => model.id), ['hugginggpt', 'gpt-4o-mini', 'hugginggpt-alias']);
  t.match(models.data[0], { object: 'model', owned_by: 'hugginggpt', created: Number });
  t.match(await client.models.retrieve('gpt-4o-mini'), { id: 'gpt-4o-mini', object: 'model' });

  const aliased = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: withImage('What objects are in this image?') });
  t.equal(aliased.model, 'gpt-4o-mini', 'the answer names the model asked for');
  t.match(aliased.choices[0]!.message.content, /1 red square/);

  const unknown = await client.chat.completions.create({ model: 'gpt-5', messages: [{ role: 'user', content: 'hi' }] }).catch((error: unknown) => error);
  t.type(unknown, OpenAI.NotFoundError);
  t.match(unknown, { status: 404, code: 'MODEL_NOT_FOUND', type: 'invalid_request_error', message: /"gpt-5" does not exist/ });
  const retrieve = await client.models.retrieve('gpt-5').catch((error: unknown) => error);
  t.type(retrieve, OpenAI.NotFoundError);
});

t.test('an input_audio part is stored and handed to the expert', async (t) => {
  const { client, provider } = await serve(t);
  const reply = await client.chat.completions.create({
    model: 'hugginggpt',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Transcribe this recording' },
          { type: 'input_audio', input_audio: { data: WAV.toString('base64'), format: 'wav' } },
        ],
      },
    ],
  });
  t.match(reply.choices[0]!.message.content, /hello world/);
  t.same(provider.calls.map((call) => call.model), ['local/listener']);
  t.match(provider.calls[0]!.args.audio, { kind: 'audio', mime: 'audio/wav' });
});

t.test('errors have OpenAI\'s shape and status, so the SDK raises its usual exceptions', async (t) => {
  const { client, base } = await serve(t);
  const badRequest = async (messages: unknown, code: string, message: RegExp, type: abstract new (...args: never[]) => Error = OpenAI.BadRequestError) => {
    const error = await client.chat.completions.create({ model: 'hugginggpt', messages: messages as OpenAI.ChatCompletionMessageParam[] }).catch((caught: unknown) => caught);
    t.type(error, type);
    t.match(error, { code, message });
  };
  await badRequest([], 'VALIDATION_FAILED', /messages/);
  await badRequest([{ role: 'user', content: [{ type: 'file', file: { file_id: 'f' } }] }], 'VALIDATION_FAILED', /type "file" are not supported/);
  await badRequest(withImage('describe', 'ftp://example.org/a.jpg'), 'VALIDATION_FAILED', /http\(s\) URL or a data: URI/);
  await badRequest(withImage('describe', `data:image/png;base64,${WAV.toString('base64')}`), 'UNSUPPORTED_MEDIA_TYPE', /it is audio\/wav/, OpenAI.APIError);
  await badRequest([{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello' }], 'VALIDATION_FAILED', /last message/);

  const raw = await fetch(`${base}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model": ' });
  t.equal(raw.status, 400);
  t.match(await raw.json(), { error: { type: 'invalid_request_error', code: 'INVALID_JSON', param: null, message: String } });
  const missing = await fetch(`${base}/v1/embeddings`, { method: 'POST' });
  t.equal(missing.status, 404);
  t.match(await missing.json(), { error: { code: 'NOT_FOUND' } });
});

t.test('without a controller: a 503 before any stream; an error after the start ends the stream with an error', async (t) => {
  const none = await serve(t, {}, { controller: null });
  for (const stream of [false, true]) {
    const error = await none.client.chat.completions.create({ model: 'hugginggpt', stream, messages: [{ role: 'user', content: 'hi' }] }).catch((caught: unknown) => caught);
    t.type(error, OpenAI.InternalServerError);
    t.match(error, { status: 503, code: 'CONTROLLER_UNAVAILABLE' });
  }

  const rules = createRulesController();
  const upstream500 = () => Promise.reject(new LlmError('LLM_ERROR', 'The LLM API failed (HTTP 500): upstream error.'));
  // A failed answer call falls back to the templated answer: the stream still completes.
  const failingAnswer = await serve(t, {}, { controller: { ...rules, respond: upstream500 } });
  const answered: string[] = [];
  for await (const chunk of await failingAnswer.client.chat.completions.create({ model: 'hugginggpt', stream: true, messages: withImage('What objects are in this image?') })) {
    answered.push(chunk.choices[0]?.delta.content ?? '');
  }
  t.match(answered.join(''), /running object-detection[\s\S]*Object Detection/, 'progress, then the templated answer');

  // Planning has no fallback: its failure after the stream started ends the stream with an error.
  const failing: Controller = { ...rules, plan: upstream500 };
  const { client } = await serve(t, {}, { controller: failing });
  const stream = await client.chat.completions.create({ model: 'hugginggpt', stream: true, messages: withImage('What objects are in this image?') });
  const received: string[] = [];
  const error = await (async () => {
    for await (const chunk of stream) received.push(chunk.choices[0]?.delta.content ?? '');
  })().catch((caught: unknown) => caught);
  t.type(error, OpenAI.APIError);
  t.match(error, { code: 'LLM_ERROR', type: 'server_error', message: /HTTP 500/ });
});
