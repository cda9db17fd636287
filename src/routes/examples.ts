import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Type } from 'typebox';
import { mediaTypeByExtension } from '../artifacts/media-types.js';
import { AppError } from '../pipeline/errors.js';
import { errorResponses } from './schemas.js';

const NAME = '^[\\w-]+\\.(jpg|jpeg|png|gif|webp|wav|flac|mp3|ogg|mp4)$';

const examplesRoute: FastifyPluginAsyncTypebox = async (app) => {
  const folder = app.config.EXAMPLES_DIR;

  app.get(
    '/examples',
    {
      schema: {
        operationId: 'listExamples',
        summary: 'List the example inputs shipped with the service',
        description: 'Use `/examples/<name>` as a task argument, e.g. "detect the objects in /examples/c.jpg".',
        tags: ['examples'],
        response: { 200: Type.Object({ examples: Type.Array(Type.Object({ name: Type.String(), url: Type.String(), mime: Type.String() })) }) },
      },
    },
    async () => {
      const names = await readdir(folder).catch(() => [] as string[]);
      const examples = names.filter((name) => new RegExp(NAME).test(name)).sort();
      return { examples: examples.map((name) => ({ name, url: `/examples/${name}`, mime: mediaTypeByExtension(name.split('.').pop()!)?.mime ?? 'application/octet-stream' })) };
    },
  );

  app.get(
    '/examples/:name',
    {
      schema: {
        operationId: 'getExample',
        summary: 'Download an example input',
        tags: ['examples'],
        params: Type.Object({ name: Type.String({ pattern: NAME, examples: ['c.jpg'] }) }),
        response: { 200: Type.Unknown({ description: 'the file' }), ...errorResponses(400, 'EXAMPLE_NOT_FOUND') },
      },
    },
    async (request, reply) => {
      const { name } = request.params;
      const bytes = await readFile(join(folder, name)).catch(() => null);
      if (!bytes) throw new AppError('EXAMPLE_NOT_FOUND', `No example named ${name}; GET /examples lists them.`);
      return reply.type(mediaTypeByExtension(name.split('.').pop()!)?.mime ?? 'application/octet-stream').send(bytes);
    },
  );
};

export default examplesRoute;
