// How Hugging Face failures reach the executor: retryable or not, next model or not, an abort
// stays an AbortError, bad input is refused before any request, and the token never leaks.
import { inspect } from 'node:util';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import t from 'tap';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import { TaskFailure, isAbortError } from '../src/pipeline/errors.js';
import type { ExpertCall } from '../src/pipeline/types.js';
import { imageArg } from './fakes/hf-media.js';
import { startFakeHuggingFace } from './fakes/hf-server.js';

const TOKEN = 'hf_secret_never_shown';
const fake = await startFakeHuggingFace();
t.teardown(() => fake.close());
const provider = createHuggingFaceProvider({ token: TOKEN, endpointUrl: `${fake.url}/models/{model}` });
const summarize = (model: string): ExpertCall => ({ task: 'summarization', model, args: { text: 'One. Two.' } });

async function failure(call: ExpertCall, signal?: AbortSignal): Promise<TaskFailure> {
  const error = await provider.run(call, { signal }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TaskFailure)) throw new Error(`expected a TaskFailure, got ${inspect(error)}`);
  return error;
}

const callsTo = (model: string) => fake.calls.filter((call) => call.model === model).length;

t.test('503: EXPERT_FAILED, retryable, sent once (the client does not loop on it)', async (t) => {
  fake.setBehaviour('err/summarization-503', { fail: 503, message: 'Model is currently loading' });
  const error = await failure(summarize('err/summarization-503'));
  t.match(error, { code: 'EXPERT_FAILED', retryable: true, tryNextModel: true });
  t.match(error.message, /HTTP 503 for err\/summarization-503: Model is currently loading/);
  t.equal(callsTo('err/summarization-503'), 1);
});

t.test('429 and 408 are retryable too', async (t) => {
  for (const status of [429, 408]) {
    fake.setBehaviour(`err/summarization-${status}`, { fail: status });
    t.match(await failure(summarize(`err/summarization-${status}`)), { code: 'EXPERT_FAILED', retryable: true, message: new RegExp(`HTTP ${status}`) });
  }
});

t.test('fail twice then succeed: each failure is retryable, the third call works', async (t) => {
  fake.setBehaviour('err/summarization-flaky', { fail: 502, times: 2 });
  t.match(await failure(summarize('err/summarization-flaky')), { retryable: true });
  t.match(await failure(summarize('err/summarization-flaky')), { retryable: true });
  t.equal((await provider.run(summarize('err/summarization-flaky'), {})).text, 'One.');
});

t.test('401/403: EXPERT_UNAVAILABLE, not retryable, try the next model; the token is never shown', async (t) => {
  for (const status of [401, 403]) {
    const model = `err/summarization-${status}`;
    fake.setBehaviour(model, { fail: status, message: 'Invalid credentials in Authorization header' });
    const error = await failure(summarize(model));
    t.match(error, { code: 'EXPERT_UNAVAILABLE', retryable: false, tryNextModel: true });
    t.match(error.message, new RegExp(`HTTP ${status} for ${model}.*HF_TOKEN`));
    t.notMatch(inspect(error, { depth: 10 }), TOKEN, 'neither the message nor the kept cause holds the token');
  }
});

t.test('400/404/422: not retryable, another model may accept the input', async (t) => {
  for (const status of [400, 404, 422]) {
    fake.setBehaviour(`err/summarization-${status}`, { fail: status });
    t.match(await failure(summarize(`err/summarization-${status}`)), {
      code: 'EXPERT_FAILED',
      retryable: false,
      tryNextModel: true,
      message: new RegExp(`HTTP ${status}`),
    });
  }
  const unknown = await failure(summarize('nobody/unknown-model'));
  t.match(unknown, { code: 'EXPERT_FAILED', retryable: false, message: /HTTP 404 for nobody\/unknown-model.*not deployed/ });
});

t.test('an input the model rejects (fill-mask without a mask token): HTTP 400 with the upstream reason', async (t) => {
  const error = await failure({ task: 'fill-mask', model: 'err/fill-mask', args: { text: 'no mask here' } });
  t.match(error, { code: 'EXPERT_FAILED', retryable: false, message: /HTTP 400.*No mask_token/ });
});

t.test('a reply of the wrong shape: EXPERT_BAD_OUTPUT, for JSON, media and depth tasks', async (t) => {
  const image = await imageArg();
  const calls: ExpertCall[] = [
    { task: 'text-classification', model: 'err/text-classification-shape', args: { text: 'x' } },
    { task: 'text-to-image', model: 'err/text-to-image-shape', args: { text: 'x' } },
    { task: 'text-to-speech', model: 'err/text-to-speech-shape', args: { text: 'x' } },
    { task: 'automatic-speech-recognition', model: 'err/automatic-speech-recognition-shape', args: { audio: { kind: 'audio', bytes: new Uint8Array(64), mime: 'audio/wav' } } },
    { task: 'depth-estimation', model: 'err/depth-estimation-shape', args: { image } },
  ];
  for (const call of calls) {
    fake.setBehaviour(call.model, { wrongShape: true });
    const error = await failure(call);
    t.match(error, { code: 'EXPERT_BAD_OUTPUT', retryable: false, tryNextModel: true }, call.task);
    t.match(error.message, call.model, `${call.task}: the message names the model`);
  }
});

t.test('a media reply that is not media: EXPERT_BAD_OUTPUT naming what came back', async (t) => {
  fake.setBehaviour('err/text-to-image-html', { contentType: 'text/html' });
  // The fake's JPEG bytes are still sniffed as an image, so a text/html label alone is not fatal…
  t.equal((await provider.run({ task: 'text-to-image', model: 'err/text-to-image-html', args: { text: 'x' } }, {})).image?.mime, 'image/jpeg');
  // A wrong image label is corrected from the bytes.
  fake.setBehaviour('err/text-to-image-mislabelled', { contentType: 'image/png' });
  t.equal((await provider.run({ task: 'text-to-image', model: 'err/text-to-image-mislabelled', args: { text: 'x' } }, {})).image?.mime, 'image/jpeg');
  // …but audio where an image was expected is.
  fake.setBehaviour('err/text-to-image-audio', { task: 'text-to-speech' });
  t.match(await failure({ task: 'text-to-image', model: 'err/text-to-image-audio', args: { text: 'x' } }), {
    code: 'EXPERT_BAD_OUTPUT',
    message: /expected an image but got audio\/wav/,
  });
});

t.test('a timeout of the caller\'s signal propagates as an AbortError, quickly', async (t) => {
  fake.setBehaviour('err/summarization-slow', { delayMs: 30_000 }); // far beyond the 100 ms signal, at any load
  const started = performance.now();
  const error = await provider.run(summarize('err/summarization-slow'), { signal: AbortSignal.timeout(100) }).catch((caught: unknown) => caught);
  t.ok(isAbortError(error), `an AbortError, got ${(error as Error)?.name}`);
  t.notOk(error instanceof TaskFailure);
  t.ok(performance.now() - started < 15_000, 'did not wait for the reply');
});

t.test('a cancelled request propagates as an AbortError, also when aborted before the call', async (t) => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  t.ok(isAbortError(await provider.run(summarize('err/summarization-slow'), { signal: controller.signal }).catch((caught: unknown) => caught)));
  t.ok(isAbortError(await provider.run(summarize('err/summarization'), { signal: AbortSignal.abort() }).catch((caught: unknown) => caught)));
});

t.test('an endpoint that refuses connections: EXPERT_FAILED, retryable', async (t) => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const offline = createHuggingFaceProvider({ endpointUrl: `http://127.0.0.1:${port}/models/{model}` });
  const error = await offline.run(summarize('err/summarization'), {}).catch((caught: unknown) => caught);
  t.match(error, { name: 'TaskFailure', code: 'EXPERT_FAILED', retryable: true, message: /Could not reach.*ECONNREFUSED/ });
});

t.test('bad input is refused before any request: EXPERT_BAD_INPUT, do not try another model', async (t) => {
  const before = fake.calls.length;
  const image = await imageArg();
  const tabular = await failure({ task: 'tabular-classification', model: 'err/tabular-classification', args: { image } });
  t.match(tabular, { code: 'EXPERT_BAD_INPUT', tryNextModel: false, retryable: false });
  t.match(tabular.message, /err\/tabular-classification.*needs|cannot read a picture of a table/);
  t.match(await failure({ task: 'tabular-classification', model: 'err/tabular-classification', args: { table: 'a,b\n1' } }), {
    code: 'EXPERT_BAD_INPUT',
    message: /row 1 has 1 values but the header has 2 columns/,
  });
  t.match(await failure({ task: 'zero-shot-classification', model: 'err/zero-shot-classification', args: { text: 'x' } }), {
    code: 'EXPERT_BAD_INPUT',
    message: /labels/,
  });
  t.match(await failure({ task: 'image-classification', model: 'err/image-classification', args: { image: 'not loaded' } }), {
    code: 'EXPERT_BAD_INPUT',
    message: /"image" argument must be an image/,
  });
  t.match(await failure({ task: 'summarization', model: 'err/summarization', args: {} }), { code: 'EXPERT_BAD_INPUT', message: /"text" argument is missing/ });
  t.equal(fake.calls.length, before, 'nothing was sent');
});

t.test('depth-estimation (generic request path): upstream errors map like every other task', async (t) => {
  const image = await imageArg();
  fake.setBehaviour('err/depth-estimation-503', { fail: 503, message: 'Model is currently loading' });
  t.match(await failure({ task: 'depth-estimation', model: 'err/depth-estimation-503', args: { image } }), {
    code: 'EXPERT_FAILED',
    retryable: true,
    message: /HTTP 503 for err\/depth-estimation-503: Model is currently loading/,
  });
  fake.setBehaviour('err/depth-estimation-401', { fail: 401 });
  const unauthorised = await failure({ task: 'depth-estimation', model: 'err/depth-estimation-401', args: { image } });
  t.match(unauthorised, { code: 'EXPERT_UNAVAILABLE', retryable: false });
  t.notMatch(inspect(unauthorised, { depth: 10 }), TOKEN);
  fake.setBehaviour('err/depth-estimation-text', { reply: () => ({ status: 500, contentType: 'text/plain', body: 'upstream crashed' }) });
  t.match(await failure({ task: 'depth-estimation', model: 'err/depth-estimation-text', args: { image } }), {
    retryable: true,
    message: /HTTP 500.*upstream crashed/,
  });
});
