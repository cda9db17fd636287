// Server-Sent Events over a Fastify reply: frames are written as they come, with a comment line
// every `heartbeatMs` so proxies and clients keep an idle stream open. The body is a stream, so
// the usual hooks (request id header, metrics) still run; the frames' source decides the end,
// and a client that goes away stops the writing (its request's signal cancels the work).
import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { PipelineEvent } from '../pipeline/events.js';

export function wantsEventStream(request: { headers: { accept?: string | undefined } }, body: { stream?: boolean }): boolean {
  return body.stream === true || (request.headers.accept ?? '').toLowerCase().includes('text/event-stream');
}

/** One pipeline event as an SSE frame: `event:` its type, `id:` its seq, `data:` the event as JSON. */
export function eventFrame(event: PipelineEvent): string {
  return `event: ${event.type}\nid: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** A frame with only a `data:` line, as OpenAI-style streams use. */
export function dataFrame(data: unknown): string {
  return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

export function sendEventStream(reply: FastifyReply, frames: AsyncIterable<string>, options: { heartbeatMs: number }): FastifyReply {
  const body = new PassThrough();
  const write = (text: string) => {
    if (!body.destroyed && !body.writableEnded) body.write(text);
  };
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), options.heartbeatMs);
  // Like every JSON body (app.ts), no frame leaves with a secret in it: task errors quote upstreams.
  const scrub = reply.server.scrub;
  void (async () => {
    try {
      for await (const frame of frames) {
        if (body.destroyed) break;
        write(scrub(frame));
      }
    } catch {
      body.destroy(); // a broken source: end the response visibly rather than hang it
    } finally {
      clearInterval(heartbeat);
      if (!body.destroyed) body.end();
    }
  })();
  return reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache, no-transform')
    .header('x-accel-buffering', 'no')
    .send(body);
}
