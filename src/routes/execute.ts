import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { executeTasks } from '../pipeline/execute-tasks.js';
import { selectModels } from '../pipeline/select-models.js';
import { planOf, requestContext } from './context.js';
import { RequestHint, TaskInput, errorResponses, DegradedList } from './schemas.js';

const executeRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/execute',
    {
      config: { pipeline: true },
      schema: {
        operationId: 'execute',
        summary: 'Execute: run a task graph',
        description:
          'Stage 3 (and stage 2 for tasks without a model). Each task starts when its dependencies finish; independent tasks run in parallel; failed models are replaced by the next candidate; tasks needing a failed output are skipped. Failed tasks are reported in `results`, not as an HTTP error.',
        tags: ['pipeline'],
        body: Type.Object(
          {
            tasks: TaskInput,
            selections: Type.Optional(
              Type.Array(Type.Object({ id: Type.Integer({ minimum: 0 }), model: Type.String({ minLength: 1 }) }, { additionalProperties: false }), {
                description: 'models to use, by task id; other tasks are selected first',
              }),
            ),
            request: RequestHint,
          },
          {
            additionalProperties: false,
            examples: [
              {
                tasks: [
                  { id: 0, task: 'object-detection', dep: [], args: { image: '/examples/c.jpg' } },
                  { id: 1, task: 'image-to-text', dep: [], args: { image: '/examples/c.jpg' } },
                  { id: 2, task: 'text-classification', dep: [1], args: { text: '<GENERATED>-1' } },
                ],
              },
            ],
          },
        ),
        response: {
          200: Type.Object({
            results: Type.Array(Type.Ref('TaskResult')),
            selections: Type.Array(Type.Ref('Selection')),
            unassigned: Type.Array(Type.Ref('Unassigned')),
            usage: Type.Ref('LlmUsage'),
            timings: Type.Ref('Timings'),
            degraded: DegradedList,
          }),
          ...errorResponses(400, 'INVALID_JSON', 413, 422, 'INVALID_SELECTION', 502, 'REQUEST_TOO_LONG', 503, 504, 'LLM_TIMEOUT'),
        },
      },
    },
    async (request, reply) => {
      const started = performance.now();
      const { body } = request;
      const tasks = planOf(body.tasks, app.config.MAX_TASKS);
      const context = requestContext(request, reply, app.config.REQUEST_TIMEOUT_MS);
      const { selections, unassigned, degraded } = await selectModels({ request: body.request ?? '', tasks, preferred: body.selections }, app.pipeline, context);
      const selected = performance.now();
      const results = await executeTasks({ tasks, selections, unassigned }, app.pipeline, context);
      const done = performance.now();
      return {
        results,
        selections,
        unassigned,
        usage: context.usage.total(),
        timings: { select: Math.round(selected - started), execute: Math.round(done - selected), total: Math.round(done - started) },
        ...(degraded ? { degraded } : {}),
      };
    },
  );
};

export default executeRoute;
