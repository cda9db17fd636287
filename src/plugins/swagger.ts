// The OpenAPI document, generated from the route schemas, and Swagger UI at /docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const OPENAPI_INFO = {
  title: 'hugginggpt',
  version: '0.1.0',
  description:
    'HuggingGPT as a service: a controller (an OpenAI-compatible LLM or built-in rules) plans a task graph, models from the Hugging Face ecosystem or embedded offline experts execute it, and the controller answers. `/plan`, `/select` and `/execute` expose one stage each; `/chat` runs all four.',
};

export default fp(async function swaggerPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      tags: [
        { name: 'pipeline', description: 'The four stages' },
        { name: 'registry', description: 'Task types and models' },
        { name: 'artifacts', description: 'Produced and uploaded files' },
        { name: 'examples', description: 'Example inputs shipped with the service' },
        { name: 'operations', description: 'Health, readiness and metrics' },
        { name: 'openai', description: 'OpenAI-compatible Chat Completions API (for OpenAI SDKs, Open WebUI, LibreChat)' },
      ],
      // With API_KEYS set, every operation but the probes needs the key (README, Operations).
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'a key from API_KEYS or API_KEYS_FILE' } } },
      security: [{ apiKey: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, index) => (json.$id as string | undefined) ?? `def-${index}` },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
});
