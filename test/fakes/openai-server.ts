// A fake OpenAI-compatible chat API on 127.0.0.1 (POST /v1/chat/completions) that answers in the
// real wire format, so the real `openai` client code runs in tests. Each request is recorded with
// the purpose it serves (plan, repair, select, respond), read off the prompts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Purpose = 'plan' | 'repair' | 'select' | 'respond' | 'unknown';

export interface ChatRequest {
  purpose: Purpose;
  body: {
    model: string;
    messages: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
    temperature?: number;
    max_tokens?: number;
  };
  headers: IncomingMessage['headers'];
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
  /** Declare the full length, send only the first half of the body, then cut the connection. */
  truncate?: boolean;
  /** Never answer: 'headers' sends nothing, 'body' sends the headers and half the body, then stalls. */
  hang?: 'headers' | 'body';
  /** finish_reason of the choice (default "stop"; "length" when the answer was cut at max_tokens). */
  finishReason?: string;
}

export type Handler = (request: ChatRequest) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** Base URL for OPENAI_BASE_URL (ends with /v1). */
  url: string;
  requests: ChatRequest[];
  /** Replaces the handler deciding each answer. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export function purposeOf(messages: ChatRequest['body']['messages']): Purpose {
  const system = messages[0]?.content ?? '';
  const last = messages.at(-1)?.content ?? '';
  if (system.startsWith('You are the task planner')) return last.startsWith('Your plan is invalid') ? 'repair' : 'plan';
  if (system.startsWith('You choose the model')) return 'select';
  if (system.startsWith('You are HuggingGPT')) return 'respond';
  return 'unknown';
}

/** By default: an empty plan, no choices, and a fixed answer. */
const defaultHandler: Handler = ({ purpose }) => {
  if (purpose === 'plan' || purpose === 'repair') return { content: { tasks: [], explanation: 'nothing to do' } };
  if (purpose === 'select') return { content: { selections: [] } };
  return { content: 'Done.' };
};

export async function startFakeOpenAI(handler: Handler = defaultHandler): Promise<FakeOpenAI> {
  let current = handler;
  const requests: ChatRequest[] = [];
  const server = createServer((req, res) => void serve(req, res));

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      return send(res, 404, { error: { message: `no route ${req.method} ${req.url}`, type: 'invalid_request_error' } });
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest['body'];
    const request: ChatRequest = { purpose: purposeOf(body.messages), body, headers: req.headers };
    requests.push(request);
    const reply = await current(request);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;
    if (reply.hang === 'headers') return; // the client's timeout or abort ends it
    if (reply.status && reply.status >= 400) {
      const message = reply.errorMessage ?? `fake failure ${reply.status}`;
      return send(res, reply.status, { error: { message, type: 'server_error', code: null } }, reply);
    }
    if (reply.rawBody !== undefined) return send(res, 200, reply.rawBody, reply);
    const content = typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content ?? '');
    const usage = reply.usage ?? { prompt_tokens: Math.ceil(JSON.stringify(body.messages).length / 4), completion_tokens: Math.ceil(content.length / 4) };
    send(
      res,
      200,
      {
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: reply.finishReason ?? 'stop' }],
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
