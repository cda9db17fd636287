import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { RegisteredModel } from '../registry/registry.js';
import { TASK_TYPES, TASK_TYPE_NAMES, taskDisplayName, type TaskType } from '../registry/task-types.js';
import { TaskTypeParam, errorResponses } from './schemas.js';

const toInfo = ({ status, ...model }: RegisteredModel) => ({
  ...model,
  available: status.available,
  ...(status.reason ? { unavailableReason: status.reason } : {}),
});

const modelsRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/models',
    {
      schema: {
        operationId: 'listModels',
        summary: 'List the registry models for a task',
        description:
          'Models ranked by downloads then likes, with whether they can run now (inference mode, tokens, installed commands) and why not, and their measured health: circuit breaker state, success rate, median latency, calls.',
        tags: ['registry'],
        querystring: Type.Object(
          {
            task: Type.Optional(TaskTypeParam),
            provider: Type.Optional(Type.Enum(['huggingface', 'local'])),
            available: Type.Optional(Type.Boolean({ description: 'only models that can (true) or cannot (false) run now' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ inferenceMode: Type.String(), total: Type.Integer(), models: Type.Array(Type.Ref('ModelInfo')) }),
          ...errorResponses(400),
        },
      },
    },
    async (request) => {
      const { task, provider, available, limit = 100 } = request.query;
      const models = app.pipeline.registry
        .models(task as TaskType | undefined)
        .filter((model) => (provider ? model.provider === provider : true))
        .filter((model) => (available === undefined ? true : model.status.available === available));
      return { inferenceMode: app.pipeline.registry.mode, total: models.length, models: models.slice(0, limit).map(toInfo) };
    },
  );

  app.get(
    '/tasks',
    {
      schema: {
        operationId: 'listTaskTypes',
        summary: 'List the task types a plan may use',
        description: 'Each task type with its arguments (kind, required) and the kinds of resource it produces, and how many models can run it now.',
        tags: ['registry'],
        response: {
          200: Type.Object({
            tasks: Type.Array(
              Type.Object({
                task: Type.Ref('TaskType'),
                name: Type.String(),
                description: Type.String(),
                args: Type.Record(Type.String(), Type.Object({ kind: Type.String(), required: Type.Boolean(), description: Type.String(), option: Type.Optional(Type.Boolean()) })),
                outputs: Type.Array(Type.String()),
                runnableModels: Type.Integer(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      tasks: TASK_TYPE_NAMES.map((task) => ({
        task,
        name: taskDisplayName(task),
        description: TASK_TYPES[task].description,
        args: TASK_TYPES[task].args,
        outputs: [...TASK_TYPES[task].outputs],
        runnableModels: app.pipeline.registry.candidates(task).length,
      })),
    }),
  );
};

export default modelsRoute;
