// GET / and GET /playground/<file>: the web playground, a page that drives the public API from a
// browser (src/playground; the build copies it to dist/playground). The files are read once at
// start-up into a table keyed by name, so a request can never reach outside the folder.
//
// Hidden from the OpenAPI document: the page is for people, not part of the API contract, and
// client generators that read the document should not get an HTML operation. Everything the page
// calls is documented there.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../pipeline/errors.js';

export const PLAYGROUND_DIR = fileURLToPath(new URL('../playground/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// The page loads nothing from elsewhere: the policy makes a stray CDN link fail loudly in the
// browser. blob: is how produced images, audio and video are shown (fetched with the API key).
const PAGE_POLICY = [
  "default-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
}

async function loadFiles(folder: string): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  for (const name of await readdir(folder)) {
    const type = CONTENT_TYPES[extname(name)];
    if (!type) continue;
    const body = await readFile(join(folder, name));
    files.set(name, { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` });
  }
  return files;
}

/** `no-cache` means "revalidate": a reload costs a 304 per file and an upgrade is seen at once. */
function sendFile(request: FastifyRequest, reply: FastifyReply, file: StaticFile): FastifyReply {
  reply.header('etag', file.etag).header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff');
  if (file.type.startsWith('text/html')) reply.header('content-security-policy', PAGE_POLICY).header('referrer-policy', 'no-referrer');
  if (request.headers['if-none-match'] === file.etag) return reply.status(304).send();
  return reply.type(file.type).send(file.body);
}

const playgroundRoute: FastifyPluginAsyncTypebox = async (app) => {
  const files = await loadFiles(PLAYGROUND_DIR);
  const page = files.get('index.html');
  if (!page) throw new Error(`the playground's index.html is missing from ${PLAYGROUND_DIR} (did the build copy src/playground?)`);

  app.get('/', { schema: { hide: true } }, async (request, reply) => sendFile(request, reply, page));

  app.get('/playground/:file', { schema: { hide: true, params: Type.Object({ file: Type.String() }) } }, async (request, reply) => {
    const file = files.get(request.params.file);
    if (!file) throw new AppError('NOT_FOUND', `The playground has no file ${request.params.file}; open / for the page.`);
    return sendFile(request, reply, file);
  });
};

export default playgroundRoute;
