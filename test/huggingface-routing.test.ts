// Where the Hugging Face provider sends a call: an endpoint URL with and without "{model}", the
// token path through router.huggingface.co (with an injected fetch pointing at the fake), and
// what status() says with and without configuration.
import t from 'tap';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import type { ModelEntry } from '../src/pipeline/types.js';
import type { TaskType } from '../src/registry/task-types.js';
import { imageArg } from './fakes/hf-media.js';
import { startFakeHuggingFace } from './fakes/hf-server.js';

const fake = await startFakeHuggingFace({ models: { 'acme/shared-endpoint': 'summarization', 'acme/chat-endpoint': 'conversational' } });
t.teardown(() => fake.close());

const entry = (id: string, task: TaskType): ModelEntry => ({
  id, task, provider: 'huggingface', downloads: 0, likes: 0, tags: [], languages: [], license: null, description: '',
});

/** The calls made while `action` ran. */
async function callsDuring(action: () => Promise<unknown>) {
  const before = fake.calls.length;
  await action();
  return fake.calls.slice(before);
}

t.test('status: unavailable with a clear reason until a token or an endpoint is configured', async (t) => {
  const bare = createHuggingFaceProvider({});
  t.equal(bare.name, 'huggingface');
  t.same(bare.models(), []);
  t.same(bare.status(entry('facebook/bart-large-cnn', 'summarization')), {
    available: false,
    reason: 'set HF_TOKEN (Inference Providers) or HF_ENDPOINT_URL (self-hosted endpoint) to run Hugging Face models',
  });
  await t.rejects(bare.run({ task: 'summarization', model: 'facebook/bart-large-cnn', args: { text: 'x' } }, {}), {
    code: 'EXPERT_UNAVAILABLE',
    tryNextModel: false,
  });
  t.same(createHuggingFaceProvider({ token: 'hf_x' }).status(entry('facebook/bart-large-cnn', 'summarization')), { available: true });
  t.same(createHuggingFaceProvider({ endpointUrl: fake.url }).status(entry('facebook/bart-large-cnn', 'summarization')), { available: true });
});

t.test('status: text-to-video needs Inference Providers, not an endpoint (the client has no hf-inference route for it)', async (t) => {
  const endpoint = createHuggingFaceProvider({ endpointUrl: `${fake.url}/models/{model}` });
  t.match(endpoint.status(entry('damo-vilab/text-to-video-ms-1.7b', 'text-to-video')), { available: false, reason: /HF_TOKEN/ });
  t.same(createHuggingFaceProvider({ token: 'hf_x' }).status(entry('damo-vilab/text-to-video-ms-1.7b', 'text-to-video')), { available: true });
});

t.test('an unknown HF_PROVIDER fails at construction, naming the valid ones', async (t) => {
  t.throws(() => createHuggingFaceProvider({ token: 'hf_x', provider: 'nope' }), { message: /HF_PROVIDER "nope".*hf-inference/ });
});

t.test('endpointUrl with {model}: each model gets its own URL', async (t) => {
  const provider = createHuggingFaceProvider({ endpointUrl: `${fake.url}/models/{model}` });
  const calls = await callsDuring(() => provider.run({ task: 'summarization', model: 'facebook/bart-large-cnn', args: { text: 'One. Two.' } }, {}));
  t.equal(calls.length, 1);
  t.equal(calls[0]!.url, `${fake.url}/models/facebook/bart-large-cnn`);
  t.equal(calls[0]!.authorization, null, 'no token, no Authorization header');
});

t.test('endpointUrl without {model}: every model goes to the one URL; the model id stays in JSON bodies', async (t) => {
  const provider = createHuggingFaceProvider({ endpointUrl: `${fake.url}/models/acme/shared-endpoint`, token: 'hf_endpoint' });
  const calls = await callsDuring(async () => {
    t.equal((await provider.run({ task: 'summarization', model: 'facebook/bart-large-cnn', args: { text: 'One. Two.' } }, {})).text, 'One.');
    t.equal((await provider.run({ task: 'summarization', model: 'sshleifer/distilbart-cnn-12-6', args: { text: 'Three. Four.' } }, {})).text, 'Three.');
  });
  t.same(calls.map((call) => call.path), ['/models/acme/shared-endpoint', '/models/acme/shared-endpoint']);
  t.same(calls.map((call) => call.authorization), ['Bearer hf_endpoint', 'Bearer hf_endpoint']);

  const chat = createHuggingFaceProvider({ endpointUrl: `${fake.url}/models/acme/chat-endpoint` });
  const [call] = await callsDuring(() => chat.run({ task: 'conversational', model: 'meta-llama/Llama-3.1-8B-Instruct', args: { text: 'hi' } }, {}));
  t.equal(call!.path, '/models/acme/chat-endpoint/v1/chat/completions');
  t.equal(call!.body.model, 'meta-llama/Llama-3.1-8B-Instruct');
});

t.test('token path: provider lookup on the Hub, then the hf-inference router, with the token', async (t) => {
  const provider = createHuggingFaceProvider({ token: 'hf_router_token', fetch: fake.fetch });
  const calls = await callsDuring(async () => {
    const output = await provider.run({ task: 'summarization', model: 'tok/summarization-a', args: { text: 'Short. Long.' } }, {});
    t.equal(output.text, 'Short.');
  });
  t.same(
    calls.map((call) => [call.method, call.url]),
    [
      ['GET', 'https://huggingface.co/api/models/tok/summarization-a?expand[]=inferenceProviderMapping'],
      ['POST', 'https://router.huggingface.co/hf-inference/models/tok/summarization-a'],
    ],
  );
  t.equal(calls[1]!.authorization, 'Bearer hf_router_token');
  t.same(calls[1]!.body, { inputs: 'Short. Long.' });
  // A quirk of the client: with provider 'auto' its first lookup carries no token (private models cannot be found).
  t.equal(calls[0]!.authorization, null);
});

t.test('token path: sentence-similarity uses the pipeline route; image tasks send raw bytes', async (t) => {
  const provider = createHuggingFaceProvider({ token: 'hf_router_token', fetch: fake.fetch, provider: 'hf-inference' });
  const similarity = await callsDuring(() =>
    provider.run({ task: 'sentence-similarity', model: 'tok/sentence-similarity-a', args: { text: 'a b', other_text: 'a b' } }, {}),
  );
  t.equal(similarity.at(-1)!.url, 'https://router.huggingface.co/hf-inference/models/tok/sentence-similarity-a/pipeline/sentence-similarity');
  t.equal(similarity[0]!.authorization, 'Bearer hf_router_token', 'with a named provider the lookup carries the token');
  const image = await imageArg();
  const detection = await callsDuring(() => provider.run({ task: 'object-detection', model: 'tok/object-detection-a', args: { image } }, {}));
  t.equal(detection.at(-1)!.url, 'https://router.huggingface.co/hf-inference/models/tok/object-detection-a');
  t.equal(detection.at(-1)!.contentType, 'image/png');
});

t.test('token path: conversational goes straight to the router auto endpoint, no lookup', async (t) => {
  const provider = createHuggingFaceProvider({ token: 'hf_router_token', fetch: fake.fetch });
  let text: string | undefined;
  const calls = await callsDuring(async () => {
    text = (await provider.run({ task: 'conversational', model: 'tok/conversational-a', args: { text: 'hello' } }, {})).text;
  });
  t.equal(text, 'You said: hello');
  t.same(calls.map((call) => call.url), ['https://router.huggingface.co/v1/chat/completions']);
  t.match(calls[0]!.body, { model: 'tok/conversational-a', messages: [{ role: 'user', content: 'hello' }] });
});

t.test('token path: depth-estimation through the generic request path', async (t) => {
  const provider = createHuggingFaceProvider({ token: 'hf_router_token', fetch: fake.fetch });
  const image = await imageArg();
  let mime: string | undefined;
  const calls = await callsDuring(async () => {
    mime = (await provider.run({ task: 'depth-estimation', model: 'tok/depth-estimation-a', args: { image } }, {})).image?.mime;
  });
  t.equal(mime, 'image/png');
  t.same(calls.map((call) => call.url), [
    'https://huggingface.co/api/models/tok/depth-estimation-a?expand[]=inferenceProviderMapping',
    'https://router.huggingface.co/hf-inference/models/tok/depth-estimation-a',
  ]);
  t.equal(calls[1]!.authorization, 'Bearer hf_router_token');
  t.equal(calls[1]!.contentType, 'image/png');
});

t.test('depth-estimation refuses a provider that cannot serve it', async (t) => {
  const provider = createHuggingFaceProvider({ token: 'hf_router_token', fetch: fake.fetch, provider: 'together' });
  await t.rejects(provider.run({ task: 'depth-estimation', model: 'tok/depth-estimation-b', args: { image: await imageArg() } }, {}), {
    code: 'EXPERT_UNAVAILABLE',
    message: /only served by the hf-inference provider/,
  });
});

t.test('token path: text-to-video through Replicate, the video downloaded from the output URL', async (t) => {
  const provider = createHuggingFaceProvider({ token: 'hf_router_token', fetch: fake.fetch });
  let video: { mime: string; size: number } | undefined;
  const calls = await callsDuring(async () => {
    const output = await provider.run({ task: 'text-to-video', model: 'tok/text-to-video-a', args: { text: 'a zebra running' } }, {});
    video = output.video && { mime: output.video.mime, size: output.video.bytes.length };
  });
  t.same(video, { mime: 'video/mp4', size: 32 });
  t.equal(calls[1]!.url, 'https://router.huggingface.co/replicate/v1/models/tok/text-to-video-a/predictions');
  t.match(calls[1]!.body, { input: { prompt: 'a zebra running' } });
  t.match(calls[2]!, { method: 'GET', path: /^\/files\// });
});

t.test("the client's own messages go to the logger option, not the console", async (t) => {
  const messages: string[] = [];
  const provider = createHuggingFaceProvider({
    token: 'hf_router_token',
    fetch: fake.fetch,
    logger: { debug: (message) => messages.push(message), warn: (message) => messages.push(message) },
  });
  const printed: unknown[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => printed.push(args);
  try {
    await provider.run({ task: 'image-classification', model: 'tok/image-classification-log', args: { image: await imageArg() } }, {});
  } finally {
    console.log = original;
  }
  t.same(printed, []);
  t.ok(messages.some((message) => message.startsWith('Auto selected provider: hf-inference')), messages.join(' | '));
});
