import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { toMedia } from '../artifacts/media-types.js';
import { admitUpload, uploadPolicy } from '../artifacts/upload-policy.js';
import { AppError } from '../pipeline/errors.js';
import type { Media } from '../pipeline/types.js';
import { errorResponses } from './schemas.js';

/** Files of one multipart upload. */
const MAX_FILES = 20;
const RECOGNISED = 'png, jpeg, gif, webp, bmp, tiff, wav, flac, ogg, mp3, mp4, webm';
const RawFile = Type.String({ format: 'binary', description: 'the raw file' });

const artifactsRoute: FastifyPluginAsyncTypebox = async (app) => {
  // Uploads arrive as raw bytes or as multipart form files; their real type is sniffed, not
  // taken from a header or a file name.
  const raw = (_request: unknown, body: Buffer | string, done: (error: null, body: Buffer | string) => void) => done(null, body);
  app.addContentTypeParser(/^(image|audio|video)\/[\w.+-]+$/i, { parseAs: 'buffer' }, raw);
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, raw);
  await app.register(multipart, { limits: { fileSize: app.config.UPLOAD_MAX_BYTES, files: MAX_FILES, fields: 20, parts: MAX_FILES + 20 } });

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
          ...errorResponses(400, 'ARTIFACT_NOT_FOUND'),
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
        summary: 'Upload images, audio or video to use as task inputs',
        description: `Send one raw file as the body (Content-Type image/*, audio/* or video/*): the answer is its reference. Or send multipart/form-data with one or several files (up to ${MAX_FILES}, any field name): the answer is \`{artifacts: [...]}\`, in the order sent. Use a returned url (/artifacts/<id>) as a task argument.`,
        tags: ['artifacts'],
        body: {
          content: {
            'multipart/form-data': { schema: Type.Object({ file: Type.Array(RawFile, { description: 'one or several files' }) }) },
            'image/*': { schema: RawFile },
            'audio/*': { schema: RawFile },
            'video/*': { schema: RawFile },
            'application/octet-stream': { schema: RawFile },
          },
        },
        response: {
          201: Type.Union([Type.Ref('ArtifactRef'), Type.Object({ artifacts: Type.Array(Type.Ref('ArtifactRef')) })], {
            description: 'the stored file (raw upload), or every stored file (multipart)',
          }),
          ...errorResponses(400, 413, 415),
        },
      },
      // The body is bytes or form files, not JSON: the handler checks them (type sniffed from
      // the bytes, sizes capped by the parsers); the schema above only documents them.
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      if (request.isMultipart()) {
        const files = await readFiles(request, app.config.BODY_LIMIT_BYTES);
        const policy = uploadPolicy(app.config);
        for (const media of files) await admitUpload(media, policy, app.pipeline.resources.check);
        const artifacts = [];
        for (const media of files) artifacts.push(await app.pipeline.artifacts.put(media));
        return reply.status(201).send({ artifacts });
      }
      const body = request.body;
      if (!Buffer.isBuffer(body)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the raw file as the body, with Content-Type image/*, audio/*, video/* or application/octet-stream, or files as multipart/form-data.');
      }
      if (body.length === 0) throw new AppError('VALIDATION_FAILED', 'The body is empty: send the file as the raw request body.');
      const media = toMedia(body);
      if (!media) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `The body is not an image, audio or video the service recognises (${RECOGNISED}).`);
      await admitUpload(media, uploadPolicy(app.config), app.pipeline.resources.check);
      return reply.status(201).send(await app.pipeline.artifacts.put(media));
    },
  );
};

/** Every file part, checked before any is stored: one bad file rejects the upload. */
async function readFiles(request: FastifyRequest, maxTotalBytes: number): Promise<Media[]> {
  const files: Media[] = [];
  let total = 0;
  for await (const part of request.files()) {
    const bytes = await part.toBuffer();
    total += bytes.length;
    if (total > maxTotalBytes) throw new AppError('PAYLOAD_TOO_LARGE', `The files together are larger than BODY_LIMIT_BYTES (${maxTotalBytes} bytes); upload them in several requests.`);
    const name = part.filename || part.fieldname;
    if (bytes.length === 0) throw new AppError('VALIDATION_FAILED', `File "${name}" is empty.`);
    const media = toMedia(bytes);
    if (!media) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `File "${name}" is not an image, audio or video the service recognises (${RECOGNISED}).`);
    files.push(media);
  }
  if (files.length === 0) throw new AppError('VALIDATION_FAILED', 'The form has no file: send one or several files as multipart/form-data file fields.');
  return files;
}

export default artifactsRoute;
