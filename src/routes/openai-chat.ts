import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { completion, completionChunks } from '../openai-api/completion.js';
import { publicBaseUrl } from '../openai-api/answer.js';
import { createDedupingSaver, toConversation } from '../openai-api/messages.js';
import { modelIds, requireModel } from '../openai-api/models.js';
import { Completion, CompletionChunk, CompletionRequest, openAiErrors } from '../openai-api/schemas.js';
import { createEventStream } from '../pipeline/event-stream.js';
import { requireController } from '../pipeline/require-controller.js';
import { runChat } from '../pipeline/run-chat.js';
import { streamChat } from '../pipeline/stream-chat.js';
import { requestContext } from './context.js';
import { dataFrame, sendEventStream } from './sse.js';

const openAiChatRoute: FastifyPluginAsyncTypebox = async (app) => {
  const models = modelIds(app.config.OPENAI_MODEL_ALIASES);
  const save = createDedupingSaver(app.pipeline.artifacts);

  app.post(
    '/v1/chat/completions',
    {
      config: { pipeline: true },
      schema: {
        operationId: 'createChatCompletion',
        summary: 'OpenAI-compatible chat completion (a whole /chat run)',
        description:
          'The OpenAI Chat Completions API, so OpenAI SDKs and chat front-ends (Open WebUI, LibreChat) can use hugginggpt as a model. `image_url` parts (http(s) URLs, data: URIs) and `input_audio` parts become inputs of the request. Produced files are linked with absolute URLs (PUBLIC_URL), images shown inline. With `stream: true`, progress lines ("- running object-detection with …") come before the answer.',
        tags: ['openai'],
        body: CompletionRequest,
        response: {
          200: {
            description: 'the completion, or (stream: true) its chunks as Server-Sent Events',
            content: { 'application/json': { schema: Completion }, 'text/event-stream': { schema: CompletionChunk } },
          },
          ...openAiErrors({ 400: 'VALIDATION_FAILED', 404: 'MODEL_NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE', 502: 'LLM_ERROR', 503: 'CONTROLLER_UNAVAILABLE', 504: 'REQUEST_TIMEOUT' }),
        },
      },
    },
    async (request, reply) => {
      const { body } = request;
      requireModel(body.model, models);
      const baseUrl = publicBaseUrl(app.config.PUBLIC_URL, request);
      const messages = await toConversation(body.messages, { save, baseUrl });
      const context = requestContext(request, reply, app.config.REQUEST_TIMEOUT_MS);
      const meta = { id: `chatcmpl-${request.id}`, created: Math.floor(Date.now() / 1000), model: body.model, baseUrl };
      if (body.stream !== true) {
        const output = await runChat({ messages }, app.pipeline, context);
        return completion({ ...output, usage: context.usage.total() }, meta);
      }
      requireController(app.pipeline); // a 503 before the stream starts
      const stream = createEventStream();
      void streamChat({ messages }, app.pipeline, context, stream).then(({ error }) => {
        if (error) request.log.info({ err: error }, 'streamed completion ended with an error');
      });
      const chunks = completionChunks(stream.iterate(), meta, { includeUsage: body.stream_options?.include_usage === true });
      return sendEventStream(reply, frames(chunks), { heartbeatMs: app.config.SSE_HEARTBEAT_MS });
    },
  );
};

async function* frames(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const chunk of chunks) yield dataFrame(chunk);
}

export default openAiChatRoute;
