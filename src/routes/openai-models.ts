import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { modelIds, requireModel } from '../openai-api/models.js';
import { ModelObject, openAiErrors } from '../openai-api/schemas.js';

const openAiModelsRoute: FastifyPluginAsyncTypebox = async (app) => {
  const ids = modelIds(app.config.OPENAI_MODEL_ALIASES);
  const created = Math.floor(Date.now() / 1000);
  const model = (id: string) => ({ id, object: 'model' as const, created, owned_by: 'hugginggpt' });

  app.get(
    '/v1/models',
    {
      schema: {
        operationId: 'listOpenAiModels',
        summary: 'OpenAI-compatible model list: hugginggpt and its aliases',
        tags: ['openai'],
        response: { 200: Type.Object({ object: Type.Literal('list'), data: Type.Array(ModelObject) }) },
      },
    },
    async () => ({ object: 'list' as const, data: ids.map(model) }),
  );

  app.get(
    '/v1/models/:model',
    {
      schema: {
        operationId: 'getOpenAiModel',
        summary: 'OpenAI-compatible model description',
        tags: ['openai'],
        params: Type.Object({ model: Type.String({ minLength: 1, examples: ['hugginggpt'] }) }),
        response: { 200: ModelObject, ...openAiErrors({ 404: 'MODEL_NOT_FOUND' }) },
      },
    },
    async (request) => {
      requireModel(request.params.model, ids);
      return model(request.params.model);
    },
  );
};

export default openAiModelsRoute;
