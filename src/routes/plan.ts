import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { planTasks } from '../pipeline/plan-tasks.js';
import { conversationOf, requestContext } from './context.js';
import { Conversation, errorResponses } from './schemas.js';

const planRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/plan',
    {
      config: { pipeline: true },
      schema: {
        operationId: 'plan',
        summary: 'Plan: turn a request into a task graph',
        description: 'Stage 1 only. The controller (LLM or rules) plans; the plan is validated against the task-graph contract.',
        tags: ['pipeline'],
        body: Type.Object(Conversation, { additionalProperties: false, examples: [{ request: 'Count the zebras in /examples/c.jpg, then read the answer aloud.' }] }),
        response: {
          200: Type.Object({
            tasks: Type.Array(Type.Ref('Task')),
            explanation: Type.Optional(Type.String({ description: 'why the plan is empty, or how it was made' })),
            confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'how sure the controller is of the plan (the rule-based planner gives one; below RULES_MIN_CONFIDENCE, rules-first asks the LLM)' })),
            controller: Type.String(),
            usage: Type.Ref('LlmUsage'),
            timings: Type.Ref('Timings'),
          }),
          ...errorResponses(400, 'INVALID_JSON', 413, 'INPUT_TOO_LARGE', 'REQUEST_TOO_LONG', 'PLAN_TOO_LARGE', 'PLAN_TIMEOUT', 502, 'PLAN_UNREPAIRABLE', 'PLANNER_FAILED', 503, 504, 'LLM_TIMEOUT'),
        },
      },
    },
    async (request, reply) => {
      const started = performance.now();
      const context = requestContext(request, reply, app.config.REQUEST_TIMEOUT_MS);
      const plan = await planTasks({ messages: conversationOf(request.body) }, app.pipeline, context);
      const total = Math.round(performance.now() - started);
      return { ...plan, usage: context.usage.total(), timings: { plan: total, total } };
    },
  );
};

export default planRoute;

