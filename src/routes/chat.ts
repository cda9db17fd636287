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
          'All four stages. With an LLM controller this costs 2 LLM calls (plan, answer), a third when some task needs the controller to choose its model (SELECT_MODE), and one more if the plan needs repair; an identical request within PLAN_CACHE_TTL costs no planning call. Tasks start while the plan is still being written. With `"stream": true` or `Accept: text/event-stream` the answer is a stream of Server-Sent Events (see ChatEvent): each task as it is planned, the plan, each selection, each task starting and ending, the answer as it is written, then `done` with this same result, or `error`. Closing the connection cancels the work.',
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
          ...errorResponses(400, 'INVALID_JSON', 413, 'INPUT_TOO_LARGE', 'REQUEST_TOO_LONG', 'PLAN_TOO_LARGE', 'PLAN_TIMEOUT', 502, 'PLAN_UNREPAIRABLE', 'PLANNER_FAILED', 503, 504, 'LLM_TIMEOUT'),
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
