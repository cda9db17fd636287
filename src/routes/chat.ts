import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createEventStream } from '../pipeline/event-stream.js';
import { requireController } from '../pipeline/require-controller.js';
import { runChat } from '../pipeline/run-chat.js';
import { streamChat } from '../pipeline/stream-chat.js';
import { conversationOf, requestContext } from './context.js';
import { Conversation, errorResponses } from './schemas.js';
import { eventFrame, sendEventStream, wantsEventStream } from './sse.js';

const chatRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/chat',
    {
      config: { pipeline: true },
      schema: {
        operationId: 'chat',
        summary: 'Chat: plan, select, execute and answer',
        description:
          'All four stages. With an LLM controller this costs at most 3 LLM calls (plan, one selection call for all tasks, answer), plus one if the plan needs repair. With `"stream": true` or `Accept: text/event-stream` the answer is a stream of Server-Sent Events (see ChatEvent): the plan, each selection, each task starting and ending, the answer in pieces, then `done` with this same result, or `error`. Closing the connection cancels the work.',
        tags: ['pipeline'],
        body: Type.Object(
          {
            ...Conversation,
            stream: Type.Optional(Type.Boolean({ description: 'answer with Server-Sent Events as the work progresses (same as Accept: text/event-stream)' })),
          },
          { additionalProperties: false, examples: [{ request: 'How many zebras are in /examples/c.jpg?' }] },
        ),
        response: {
          200: {
            description: 'the result as JSON, or (streamed) the events of the run',
            content: {
              'application/json': { schema: Type.Ref('ChatResult') },
              'text/event-stream': { schema: Type.Ref('ChatEvent') },
            },
          },
          ...errorResponses(400, 'INVALID_JSON', 413, 'INPUT_TOO_LARGE', 'REQUEST_TOO_LONG', 'PLAN_TOO_LARGE', 502, 'PLAN_UNREPAIRABLE', 503, 504, 'LLM_TIMEOUT'),
        },
      },
    },
    async (request, reply) => {
      const messages = conversationOf(request.body);
      const context = requestContext(request, reply, app.config.REQUEST_TIMEOUT_MS);
      if (!wantsEventStream(request, request.body)) {
        const output = await runChat({ messages }, app.pipeline, context);
        return { ...output, usage: context.usage.total() };
      }
      requireController(app.pipeline); // a 503 before the stream starts, not an error event
      const stream = createEventStream();
      void streamChat({ messages }, app.pipeline, context, stream).then(({ error }) => {
        if (error) request.log.info({ err: error }, 'streamed chat ended with an error event');
      });
      // Read to the end, not until the signal: a timeout still ends with its error event, and a
      // client that went away stops the writing while the cancelled run winds down.
      return sendEventStream(reply, mapFrames(stream.iterate(), eventFrame), { heartbeatMs: app.config.SSE_HEARTBEAT_MS });
    },
  );
};

async function* mapFrames<T>(source: AsyncIterable<T>, frame: (item: T) => string): AsyncGenerator<string> {
  for await (const item of source) yield frame(item);
}

export default chatRoute;
