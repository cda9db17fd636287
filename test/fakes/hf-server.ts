// A fake Hugging Face on 127.0.0.1 that speaks the wire format @huggingface/inference 4.13 uses,
// for the provider's tests and for end-to-end tests. Routes:
//
//   POST /models/<model>[/v1/completions | /v1/chat/completions]    a self-hosted endpoint: HF_ENDPOINT_URL=<url>/models/{model}
//   POST /hf-inference/models/<model>[/pipeline/<task>][/v1/…]      router.huggingface.co/hf-inference (token path)
//   POST /v1/chat/completions                                       the router's auto chat endpoint (model in the body)
//   POST /replicate/v1/models/<model>/predictions                  Replicate via the router (text-to-video), answers a file URL
//   GET  /api/models/<model>?expand[]=inferenceProviderMapping      the Hub's provider mapping lookup
//   GET  /files/<name>                                              files that replies point at
//
// `fake.fetch` rewrites https://huggingface.co and https://router.huggingface.co to this server, so
// `createHuggingFaceProvider({ token: 'hf_…', fetch: fake.fetch })` exercises the token path.
//
// Which task a model answers as: `x-fake-task` header > setBehaviour(model, { task }) > options.models >
// MODEL_TASKS below > the model's name: "<anything>/<task>" or "<anything>/<task>-<suffix>"
// (e.g. "test/object-detection", "acme/summarization-small"). The /v1/… routes always answer as
// text-generation (completions) or conversational (chat). Note that the client caches provider
// mappings per model id for the whole process: use a fresh model id when a test counts lookups.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TASK_TYPE_NAMES, isTaskType, type TaskType } from '../../src/registry/task-types.js';
import { REPLIES, FakeHttpError, json, type Reply, type ReplyBuilder } from './hf-replies.js';
import { makeMp4 } from './hf-media.js';

export interface Behaviour {
  /** Answer as this task. */
  task?: TaskType;
  /** Fail with this HTTP status and a JSON `{ error }` body. */
  fail?: number;
  /** With `fail`: fail only the first N calls, then succeed. Default: every call. */
  times?: number;
  /** The `error` text of a failure. */
  message?: string;
  /** With `fail`: quote the request's Authorization header in the error text (a careless upstream). */
  echoAuthorization?: boolean;
  /** Wait this long before answering (timeouts, aborts). */
  delayMs?: number;
  /** Answer 200 with JSON of the wrong shape. */
  wrongShape?: boolean;
  /** Content type for a media reply (e.g. 'application/octet-stream' to test sniffing). */
  contentType?: string;
  /** Answer with this instead of the task's usual reply (use `json()` from hf-replies.ts for JSON). */
  reply?: ReplyBuilder;
}

export interface FakeCall {
  method: string;
  /** Path and query on the fake. */
  path: string;
  /** The URL the client asked for (the original https URL when sent through `fake.fetch`). */
  url: string;
  model: string | null;
  task: TaskType | null;
  contentType: string | null;
  authorization: string | null;
  bodySize: number;
  /** The parsed body when it was JSON; undefined for binary bodies. */
  body: any;
}

export interface FakeHuggingFace {
  url: string;
  calls: FakeCall[];
  setBehaviour(model: string, behaviour: Behaviour): void;
  /** A fetch that sends huggingface.co and router.huggingface.co requests here. */
  fetch: typeof fetch;
  close(): Promise<void>;
}

export interface FakeOptions {
  /** Model id → task, on top of MODEL_TASKS and the naming convention. */
  models?: Record<string, TaskType>;
  /** Asked before every inference call; a reply (or a promise that never settles: a hang) replaces the usual one. */
  before?: (model: string, task: TaskType) => Reply | undefined | Promise<Reply | undefined>;
}

/** Well-known models of the reference catalogue. */
export const MODEL_TASKS: Record<string, TaskType> = {
  'distilbert-base-uncased-finetuned-sst-2-english': 'text-classification',
  'dslim/bert-base-NER': 'token-classification',
  'facebook/bart-large-mnli': 'zero-shot-classification',
  'deepset/roberta-base-squad2': 'question-answering',
  'facebook/bart-large-cnn': 'summarization',
  'Helsinki-NLP/opus-mt-en-es': 'translation',
  gpt2: 'text-generation',
  'google/flan-t5-base': 'text2text-generation',
  'meta-llama/Llama-3.1-8B-Instruct': 'conversational',
  'sentence-transformers/all-MiniLM-L6-v2': 'sentence-similarity',
  'bert-base-uncased': 'fill-mask',
  'google/vit-base-patch16-224': 'image-classification',
  'openai/clip-vit-large-patch14': 'zero-shot-image-classification',
  'facebook/detr-resnet-50': 'object-detection',
  'facebook/detr-resnet-50-panoptic': 'image-segmentation',
  'Intel/dpt-large': 'depth-estimation',
  'nlpconnect/vit-gpt2-image-captioning': 'image-to-text',
  'timbrooks/instruct-pix2pix': 'image-to-image',
  'runwayml/stable-diffusion-v1-5': 'text-to-image',
  'damo-vilab/text-to-video-ms-1.7b': 'text-to-video',
  'dandelin/vilt-b32-finetuned-vqa': 'visual-question-answering',
  'impira/layoutlm-document-qa': 'document-question-answering',
  'espnet/kan-bayashi_ljspeech_vits': 'text-to-speech',
  'openai/whisper-large-v3': 'automatic-speech-recognition',
  'speechbrain/sepformer-wham': 'audio-to-audio',
  'superb/hubert-large-superb-er': 'audio-classification',
  'julien-c/wine-quality': 'tabular-classification',
};

/** Where Inference Providers would route a task; everything else is hf-inference. */
const PROVIDER_FOR_TASK: Partial<Record<TaskType, string>> = { 'text-to-video': 'replicate' };
/** The Hub task the mapping declares, where the client calls it by another name. */
const MAPPING_TASK: Partial<Record<TaskType, string>> = { 'text2text-generation': 'text-generation' };

const INFERENCE_ROUTE = /^\/(?:hf-inference\/)?models\/(.+?)(?:\/pipeline\/[\w-]+)?(?:\/v1\/(chat\/completions|completions))?$/;

/** "acme/summarization-small" → summarization (the longest task name that fits). */
export function taskFromModelName(model: string): TaskType | undefined {
  const name = model.split('/').at(-1)!;
  return [...TASK_TYPE_NAMES]
    .sort((a, b) => b.length - a.length)
    .find((task) => name === task || name.startsWith(`${task}-`));
}

export async function startFakeHuggingFace(options: FakeOptions = {}): Promise<FakeHuggingFace> {
  const calls: FakeCall[] = [];
  const behaviours = new Map<string, Behaviour>();
  const failures = new Map<string, number>();
  const files = new Map<string, { contentType: string; body: Buffer }>();
  let baseUrl = '';

  const taskFor = (model: string, header?: string): TaskType | undefined =>
    (header && isTaskType(header) ? header : undefined) ??
    behaviours.get(model)?.task ??
    options.models?.[model] ??
    MODEL_TASKS[model] ??
    taskFromModelName(model);

  async function route(request: IncomingMessage, bytes: Buffer, call: FakeCall): Promise<Reply> {
    const path = new URL(request.url ?? '/', baseUrl).pathname;
    const header = request.headers['x-fake-task'] as string | undefined;

    if (request.method === 'GET' && path.startsWith('/files/')) {
      const file = files.get(path.slice('/files/'.length));
      return file ? { contentType: file.contentType, body: file.body } : json({ error: 'Not found' }, 404);
    }
    if (request.method === 'GET' && path.startsWith('/api/models/')) {
      const model = (call.model = path.slice('/api/models/'.length));
      const task = (call.task = taskFor(model, header) ?? null);
      if (!task) return json({ error: 'Repository not found' }, 404);
      const provider = PROVIDER_FOR_TASK[task] ?? 'hf-inference';
      const mapping = { [provider]: { status: 'live', providerId: model, task: MAPPING_TASK[task] ?? task } };
      return json({ _id: randomUUID().replaceAll('-', '').slice(0, 24), id: model, inferenceProviderMapping: mapping });
    }
    if (request.method !== 'POST') return json({ error: `${request.method} ${path} is not a route of the fake` }, 405);

    const replicate = /^\/replicate\/v1\/models\/(.+)\/predictions$/.exec(path);
    const inference = INFERENCE_ROUTE.exec(path);
    const isChat = path === '/v1/chat/completions' || inference?.[2] === 'chat/completions';
    const model = (call.model = replicate?.[1] ?? inference?.[1] ?? (typeof call.body?.model === 'string' ? call.body.model : null));
    if (!model) return json({ error: `${path} is not a route of the fake` }, 404);
    const task = (call.task = isChat ? 'conversational' : inference?.[2] === 'completions' ? 'text-generation' : (taskFor(model, header) ?? null));
    if (!task) return json({ error: `Model ${model} does not exist` }, 404);

    const injected = await options.before?.(model, task);
    if (injected) return injected;
    const behaviour = behaviours.get(model) ?? (typeof call.body?.model === 'string' ? behaviours.get(call.body.model) : undefined) ?? {};
    // Unref'd: a long delay whose client went away must not keep the test process alive.
    if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs).unref());
    if (behaviour.fail) {
      const count = failures.get(model) ?? 0;
      if (behaviour.times === undefined || count < behaviour.times) {
        failures.set(model, count + 1);
        const said = behaviour.message ?? `Model ${model} failed with status ${behaviour.fail}`;
        const echo = behaviour.echoAuthorization ? ` (request headers: Authorization: ${request.headers.authorization ?? 'none'})` : '';
        return json({ error: `${said}${echo}` }, behaviour.fail);
      }
    }
    if (behaviour.wrongShape) return json({ unexpected: 'shape' });

    const reply = await (behaviour.reply ?? REPLIES[task])({ model, json: call.body, bytes, contentType: call.contentType ?? '', baseUrl });
    const typed = behaviour.contentType && reply.contentType !== 'application/json' ? { ...reply, contentType: behaviour.contentType } : reply;
    if (!replicate) return typed;
    // Replicate answers a prediction whose output is a URL; the client downloads it with the global fetch.
    const name = `${randomUUID()}.mp4`;
    files.set(name, { contentType: typed.contentType, body: Buffer.isBuffer(typed.body) ? typed.body : makeMp4() });
    return json({ id: name, status: 'succeeded', output: `${baseUrl}/files/${name}` });
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => void handle(request, Buffer.concat(chunks), response));
  });

  async function handle(request: IncomingMessage, bytes: Buffer, response: ServerResponse): Promise<void> {
    const contentType = request.headers['content-type'] ?? null;
    const call: FakeCall = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      url: (request.headers['x-original-url'] as string | undefined) ?? `${baseUrl}${request.url}`,
      model: null,
      task: null,
      contentType,
      authorization: request.headers.authorization ?? null,
      bodySize: bytes.length,
      body: contentType?.startsWith('application/json') ? safeJson(bytes) : undefined,
    };
    calls.push(call);
    let reply: Reply;
    try {
      reply = await route(request, bytes, call);
    } catch (error) {
      reply = error instanceof FakeHttpError ? json({ error: error.message }, error.status) : json({ error: String(error) }, 500);
    }
    if (response.destroyed) return;
    response.writeHead(reply.status ?? 200, { 'content-type': reply.contentType, 'x-request-id': randomUUID() });
    response.end(reply.body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const viaFake: typeof fetch = (input, init) => {
    const original = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    headers.set('x-original-url', original);
    return fetch(original.replace(/^https:\/\/(?:router\.)?huggingface\.co/, baseUrl), { ...init, headers });
  };

  return {
    url: baseUrl,
    calls,
    setBehaviour: (model, behaviour) => {
      behaviours.set(model, behaviour);
      failures.delete(model);
    },
    fetch: viaFake,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
