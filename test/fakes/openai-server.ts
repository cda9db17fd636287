// A fake OpenAI-compatible chat API on 127.0.0.1 (POST /v1/chat/completions) that answers in the
// real wire format, so the real `openai` client code runs in tests. Each request is recorded with
// the purpose it serves (plan, repair, select, respond), read off the prompts.
//
// A request with `"stream": true` gets Server-Sent Events (`chat.completion.chunk`s, a usage
// chunk when `stream_options.include_usage` asks for it, then `data: [DONE]`), unless the reply
// says `noStream` (a server that ignores the flag). The same faults apply to streams: `truncate`
// cuts the connection half-way through the content, `hang: 'body'` stalls there. The content is
// streamed token by token (gpt-tokenizer) at `tokensPerSecond`, or in the reply's own `chunks`.
//
// An optional latency model (the benchmark's) delays every reply by a fixed time plus a time per
// prompt character before the first token, then streams the rest at its rate.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { countTokens, decodeGenerator, encode } from 'gpt-tokenizer';

export type Purpose = 'plan' | 'repair' | 'select' | 'respond' | 'unknown';

export interface ChatRequest {
  purpose: Purpose;
  body: {
    model: string;
    messages: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
    temperature?: number;
    max_tokens?: number;
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
  };
  headers: IncomingMessage['headers'];
  /** When the request arrived and when its last byte was sent (performance.now()). */
  receivedAt: number;
  finishedAt?: number;
  /** Tokens of the reply's content (gpt-tokenizer), once it is known. */
  completionTokens?: number;
}

export interface FakeReply {
  /** Assistant message content (a string, or any value sent as JSON text). */
  content?: unknown;
  /** Answer with this HTTP status and an OpenAI error body instead. */
  status?: number;
  delayMs?: number;
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** The error body's message with `status` (e.g. an upstream echoing the Authorization header). */
  errorMessage?: string;
  /** Extra response headers (Retry-After, retry-after-ms…). */
  headers?: Record<string, string>;
  /** Send this exact body with status 200 (an unparsable reply). */
  rawBody?: string;
  /** Declare the full length, send only the first half of the body (of a stream: of the content), then cut the connection. */
  truncate?: boolean;
  /** Never answer: 'headers' sends nothing, 'body' sends the headers and half the body, then stalls. */
  hang?: 'headers' | 'body';
  /** finish_reason of the choice (default "stop"; "length" when the answer was cut at max_tokens). */
  finishReason?: string;
  /** Answer a streaming request with one JSON completion, as a server that does not stream. */
  noStream?: boolean;
  /** Stream exactly these pieces of content; a number is a pause in ms. The content is their concatenation. */
  chunks?: Array<string | number>;
  /** Stream the content at this rate (default: the latency model's, else all at once). */
  tokensPerSecond?: number;
}

export type Handler = (request: ChatRequest) => FakeReply | Promise<FakeReply>;

/** The benchmark's LLM: `fixedMs + perThousandCharsMs` per 1 000 prompt characters to the first token, then `tokensPerSecond`. */
export interface LatencyModel {
  fixedMs: number;
  perThousandCharsMs: number;
  /** Rate of the rest of the reply; Infinity sends it whole with the first token. Default 50. */
  tokensPerSecond?: number;
}

export interface FakeOpenAI {
  /** Base URL for OPENAI_BASE_URL (ends with /v1). */
  url: string;
  requests: ChatRequest[];
  /** Replaces the handler deciding each answer. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** A plan written in pieces: the opening, then each task after a pause, then the end. */
export function streamedPlan(tasks: unknown[], pauseMs: number): FakeReply {
  const pieces: Array<string | number> = ['{"tasks": ['];
  tasks.forEach((entry, index) => pieces.push(pauseMs, `${index ? ', ' : ''}${JSON.stringify(entry)}`));
  pieces.push(pauseMs, '], "explanation": ""}');
  return { chunks: pieces };
}

export function purposeOf(messages: ChatRequest['body']['messages']): Purpose {
  const system = messages[0]?.content ?? '';
  const last = messages.at(-1)?.content ?? '';
  if (system.startsWith('You are the task planner')) return last.startsWith('Your plan is invalid') ? 'repair' : 'plan';
  if (system.startsWith('You choose the model')) return 'select';
  if (system.startsWith('You are HuggingGPT')) return 'respond';
  return 'unknown';
}

/** The tasks of a selection prompt, with their candidates' ids (one JSON line per task after the model list). */
export function selectionTasks(messages: ChatRequest['body']['messages']): Array<{ id: number; task: string; candidates: string[] }> {
  const [, tasks = ''] = (messages.at(-1)?.content ?? '').split('Tasks, candidates best first:\n');
  return tasks.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
}

/** By default: an empty plan, no choices, and a fixed answer. */
const defaultHandler: Handler = ({ purpose }) => {
  if (purpose === 'plan' || purpose === 'repair') return { content: { tasks: [], explanation: 'nothing to do' } };
  if (purpose === 'select') return { content: { selections: [] } };
  return { content: 'Done.' };
};

export const promptChars = (messages: ChatRequest['body']['messages']): number => messages.reduce((sum, message) => sum + message.content.length, 0);

export async function startFakeOpenAI(handler: Handler = defaultHandler, options: { latency?: LatencyModel } = {}): Promise<FakeOpenAI> {
  let current = handler;
  const requests: ChatRequest[] = [];
  const server = createServer((req, res) => void serve(req, res));

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      return send(res, 404, { error: { message: `no route ${req.method} ${req.url}`, type: 'invalid_request_error' } });
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest['body'];
    const request: ChatRequest = { purpose: purposeOf(body.messages), body, headers: req.headers, receivedAt };
    requests.push(request);
    res.on('close', () => (request.finishedAt = performance.now()));
    const reply = await current(request);
    const latencyMs = options.latency ? options.latency.fixedMs + (options.latency.perThousandCharsMs * promptChars(body.messages)) / 1000 : 0;
    const delayMs = (reply.delayMs ?? 0) + latencyMs - (performance.now() - receivedAt);
    // Unref'd: a long delay whose client went away must not keep the test process alive.
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs).unref());
    if (res.destroyed) return;
    if (reply.hang === 'headers') return; // the client's timeout or abort ends it
    if (reply.status && reply.status >= 400) {
      const message = reply.errorMessage ?? `fake failure ${reply.status}`;
      return send(res, reply.status, { error: { message, type: 'server_error', code: null } }, reply);
    }
    if (reply.rawBody !== undefined) return send(res, 200, reply.rawBody, reply);
    const content = reply.chunks ? reply.chunks.filter((chunk) => typeof chunk === 'string').join('') : typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content ?? '');
    const usage = reply.usage ?? {
      prompt_tokens: body.messages.reduce((sum, message) => sum + 4 + countTokens(message.content), 3),
      completion_tokens: countTokens(content),
    };
    request.completionTokens = usage.completion_tokens;
    const id = `chatcmpl-${requests.length}`;
    const created = Math.floor(Date.now() / 1000);
    const finishReason = reply.finishReason ?? 'stop';
    if (body.stream && !reply.noStream) {
      const rate = reply.tokensPerSecond ?? options.latency?.tokensPerSecond ?? (options.latency ? 50 : Infinity);
      return streamReply(res, { id, created, model: body.model, content, pieces: reply.chunks ?? tokenPieces(content), rate, finishReason, usage: body.stream_options?.include_usage ? usage : undefined, reply });
    }
    send(
      res,
      200,
      {
        id,
        object: 'chat.completion',
        created,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: finishReason }],
        usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
      },
      reply,
    );
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    handle: (next) => {
      current = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The content cut at token boundaries (a character split across tokens comes whole). */
function tokenPieces(content: string): string[] {
  return [...decodeGenerator(encode(content))].filter((piece) => piece.length > 0);
}

interface StreamPlan {
  id: string;
  created: number;
  model: string;
  content: string;
  pieces: Array<string | number>;
  /** Tokens per second after the first; Infinity: all at once. */
  rate: number;
  finishReason: string;
  usage?: { prompt_tokens: number; completion_tokens: number };
  reply: FakeReply;
}

async function streamReply(res: ServerResponse, plan: StreamPlan): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...plan.reply.headers });
  res.flushHeaders();
  const frame = (delta: Record<string, unknown>, finish: string | null = null) =>
    `data: ${JSON.stringify({ id: plan.id, object: 'chat.completion.chunk', created: plan.created, model: plan.model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  const write = (text: string) => !res.destroyed && res.write(text);
  write(frame({ role: 'assistant', content: '' }));
  const stopAt = plan.reply.truncate || plan.reply.hang === 'body' ? Math.floor(plan.content.length / 2) : Infinity;
  const started = performance.now();
  let sent = 0;
  let tokens = 0;
  for (const piece of plan.pieces) {
    if (res.destroyed) return;
    if (typeof piece === 'number') {
      await new Promise((resolve) => setTimeout(resolve, piece));
      continue;
    }
    if (sent + piece.length > stopAt) {
      write(frame({ content: piece.slice(0, stopAt - sent) }));
      if (plan.reply.truncate) setTimeout(() => res.socket?.destroy(), 10);
      return; // hang: the client's timeout or abort ends it
    }
    // The first token comes at once; token n at n / rate seconds after it, sent in batches that are due.
    const due = started + (tokens * 1000) / plan.rate;
    const wait = due - performance.now();
    if (wait > 4) await new Promise((resolve) => setTimeout(resolve, wait));
    write(frame({ content: piece }));
    sent += piece.length;
    tokens++;
  }
  write(frame({}, plan.finishReason));
  if (plan.usage) {
    const usage = { ...plan.usage, total_tokens: plan.usage.prompt_tokens + plan.usage.completion_tokens };
    write(`data: ${JSON.stringify({ id: plan.id, object: 'chat.completion.chunk', created: plan.created, model: plan.model, choices: [], usage })}\n\n`);
  }
  write('data: [DONE]\n\n');
  res.end();
}

function send(res: ServerResponse, status: number, body: unknown, reply: FakeReply = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const bytes = Buffer.from(text, 'utf8');
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(bytes.length), ...reply.headers });
  if (reply.truncate || reply.hang === 'body') {
    // The client has the headers (its fetch resolved) before the body stops.
    res.flushHeaders();
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    if (reply.truncate) setTimeout(() => res.socket?.destroy(), 10);
    return;
  }
  res.end(bytes);
}
