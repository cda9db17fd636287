import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { toMedia } from '../artifacts/media-types.js';
import { admitUpload, uploadPolicy } from '../artifacts/upload-policy.js';
import { AppError } from '../pipeline/errors.js';
import { errorResponses } from './schemas.js';

const UPLOAD_TYPES = ['image/*', 'audio/*', 'video/*', 'application/octet-stream'];

const artifactsRoute: FastifyPluginAsyncTypebox = async (app) => {
  // Uploads arrive as raw bytes; their real type is sniffed, not taken from the header.
  const raw = (_request: unknown, body: Buffer | string, done: (error: null, body: Buffer | string) => void) => done(null, body);
  app.addContentTypeParser(/^(image|audio|video)\/[\w.+-]+$/i, { parseAs: 'buffer' }, raw);
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, raw);

  app.get(
    '/artifacts/:id',
    {
      schema: {
        operationId: 'getArtifact',
        summary: 'Download a produced or uploaded file',
        tags: ['artifacts'],
        params: Type.Object({ id: Type.String({ pattern: '^[a-f0-9]{32}\\.[a-z0-9]{2,5}$', description: 'artifact id, e.g. 3f2a….png' }) }),
        response: {
          200: Type.Unknown({ description: 'the file, with its media type' }),
          ...errorResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const stored = await app.pipeline.artifacts.get(request.params.id);
      if (!stored) throw new AppError('ARTIFACT_NOT_FOUND', `Artifact ${request.params.id} does not exist.`);
      return reply.type(stored.mime).header('cache-control', 'private, max-age=86400, immutable').send(Buffer.from(stored.bytes));
    },
  );

  app.post(
    '/artifacts',
    {
      bodyLimit: app.config.UPLOAD_MAX_BYTES,
      schema: {
        operationId: 'uploadArtifact',
        summary: 'Upload an image, audio or video to use as a task input',
        description: 'Send the raw file as the body (Content-Type image/*, audio/* or video/*). Use the returned url (/artifacts/<id>) as a task argument.',
        tags: ['artifacts'],
        consumes: UPLOAD_TYPES,
        body: Type.Unknown({ description: 'the raw file', format: 'binary' }),
        response: {
          201: Type.Ref('ArtifactRef'),
          ...errorResponses(400, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!Buffer.isBuffer(body)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the raw file as the body, with Content-Type image/*, audio/*, video/* or application/octet-stream.');
      }
      if (body.length === 0) throw new AppError('VALIDATION_FAILED', 'The body is empty: send the file as the raw request body.');
      const media = toMedia(body);
      if (!media) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The body is not an image, audio or video the service recognises (png, jpeg, gif, webp, bmp, tiff, wav, flac, ogg, mp3, mp4, webm).');
      }
      await admitUpload(media, uploadPolicy(app.config), app.pipeline.resources.check);
      return reply.status(201).send(await app.pipeline.artifacts.put(media));
    },
  );
};

export default artifactsRoute;
