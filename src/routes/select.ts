import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { selectModels } from '../pipeline/select-models.js';
import { planOf, requestContext } from './context.js';
import { RequestHint, TaskInput, errorResponses, DegradedList } from './schemas.js';

const selectRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/select',
    {
      config: { pipeline: true },
      schema: {
        operationId: 'select',
        summary: 'Select: choose a model for each task',
        description:
          'Stage 2 only. Candidates are the registry models that can run now, ranked (preferred provider, downloads, likes). Tasks with one candidate need no controller; all others are decided in one controller call.',
        tags: ['pipeline'],
        body: Type.Object(
          {
            tasks: TaskInput,
            request: RequestHint,
          },
          {
            additionalProperties: false,
            examples: [
              {
                request: 'Describe the photo and tell me which language the question is in',
                tasks: [
                  { id: 0, task: 'image-to-text', dep: [], args: { image: '/examples/a.jpg' } },
                  { id: 1, task: 'text-classification', dep: [], args: { text: 'Quel temps fait-il ?' } },
                ],
              },
            ],
          },
        ),
        response: {
          200: Type.Object({
            selections: Type.Array(Type.Ref('Selection')),
            unassigned: Type.Array(Type.Ref('Unassigned')),
            usage: Type.Ref('LlmUsage'),
            degraded: DegradedList,
          }),
          ...errorResponses(400, 'INVALID_JSON', 422, 502, 'REQUEST_TOO_LONG', 503, 504, 'LLM_TIMEOUT'),
        },
      },
    },
    async (request, reply) => {
      const tasks = planOf(request.body.tasks, app.config.MAX_TASKS);
      const context = requestContext(request, reply, app.config.REQUEST_TIMEOUT_MS);
      const chosen = await selectModels({ request: request.body.request ?? '', tasks }, app.pipeline, context);
      return { ...chosen, usage: context.usage.total() };
    },
  );
};

export default selectRoute;
