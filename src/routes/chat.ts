import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { runChat } from '../pipeline/run-chat.js';
import { conversationOf, requestContext } from './context.js';
import { Conversation, errorResponses } from './schemas.js';

const chatRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/chat',
    {
      schema: {
        operationId: 'chat',
        summary: 'Chat: plan, select, execute and answer',
        description:
          'All four stages. With an LLM controller this costs at most 3 LLM calls (plan, one selection call for all tasks, answer), plus one if the plan needs repair.',
        tags: ['pipeline'],
        body: Type.Object(Conversation, { additionalProperties: false }),
        response: {
          200: Type.Object({
            answer: Type.String(),
            controller: Type.String(),
            explanation: Type.Optional(Type.String()),
            tasks: Type.Array(Type.Ref('Task')),
            selections: Type.Array(Type.Ref('Selection')),
            unassigned: Type.Array(Type.Ref('Unassigned')),
            results: Type.Array(Type.Ref('TaskResult')),
            timings: Type.Ref('Timings'),
            usage: Type.Ref('LlmUsage'),
          }),
          ...errorResponses(400, 413, 422, 502, 503, 504),
        },
      },
    },
    async (request, reply) => {
      const context = requestContext(request, reply, app.config.REQUEST_TIMEOUT_MS);
      const output = await runChat({ messages: conversationOf(request.body) }, app.pipeline, context);
      return { ...output, usage: context.usage.total() };
    },
  );
};

export default chatRoute;
