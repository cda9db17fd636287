// Swagger UI's "Try it out" works as shipped: every route of the generated document, called with
// its example (body, path and query parameters) on the default configuration, answers 2xx; and
// every documented error shows a code whose status is the one it is documented under.
import { readFile } from 'node:fs/promises';
import t from 'tap';
import { HTTP_STATUS } from '../src/plugins/error-handler.js';
import type { ErrorCode } from '../src/pipeline/errors.js';
import { buildTestApp } from './helper.js';

interface Media {
  schema?: { format?: string; type?: string };
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}
interface Operation {
  operationId: string;
  parameters?: Array<{ in: string; name: string; example?: unknown; required?: boolean }>;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
}

const succeeded = (response: { statusCode: number }) => response.statusCode >= 200 && response.statusCode < 300;
const outcome = (response: { statusCode: number; body: string }) => `HTTP ${response.statusCode}${succeeded(response) ? '' : ` ${response.body.slice(0, 300)}`}`;

t.test('the default "Try it out" of every route succeeds', async (t) => {
  const app = await buildTestApp(t); // nothing configured: rules controller, embedded experts
  const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, Operation>> };
  const photo = await readFile('public/examples/c.jpg');

  // An artifact id exists only once something was uploaded: the upload routes go first.
  const upload = await app.inject({ method: 'POST', url: '/artifacts', headers: { 'content-type': 'image/jpeg' }, payload: photo });
  const uploaded = upload.json() as { artifact: string };

  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const name = `${method.toUpperCase()} ${path}`;
      const params = operation.parameters ?? [];
      let url = path;
      const query = new URLSearchParams();
      for (const param of params) {
        const value = param.in === 'path' && param.name === 'id' && path === '/artifacts/{id}' ? uploaded.artifact : param.example;
        if (param.in === 'path') {
          t.ok(value !== undefined, `${name}: path parameter ${param.name} has an example`);
          url = url.replace(`{${param.name}}`, String(value));
        } else if (param.in === 'query' && value !== undefined) query.set(param.name, String(value));
      }
      if (query.size) url += `?${query}`;

      const json = operation.requestBody?.content['application/json'];
      if (operation.requestBody && json) {
        t.ok(json.example !== undefined, `${name}: the request body has an example`);
        const response = await app.inject({ method: method.toUpperCase() as 'POST', url, payload: json.example as object });
        t.ok(succeeded(response), `${name} with its example: ${outcome(response)}`);
        continue;
      }
      if (operation.requestBody) {
        // Binary uploads: Swagger UI asks for a file; a shipped photo, raw and as a form.
        t.ok(Object.values(operation.requestBody.content).every((media) => media.schema?.format === 'binary' || media.schema?.type === 'object'), `${name} takes files`);
        t.equal(upload.statusCode, 201, `${name} with a raw photo`);
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'c.jpg');
        const multipart = await app.inject({ method: 'POST', url, payload: form });
        t.equal(multipart.statusCode, 201, `${name} with a photo as a form`);
        continue;
      }
      const response = await app.inject({ method: method.toUpperCase() as 'GET', url });
      t.ok(succeeded(response), `${name}: ${outcome(response)}`);
    }
  }
});

t.test('every documented error shows a code of its status', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [] });
  const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, Operation>> };
  let checked = 0;
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400 || path === '/readyz') continue; // /readyz answers its own report on 503
        const media = response.content?.['application/json'];
        const examples = media?.examples ? Object.values(media.examples).map((example) => example.value) : media?.example !== undefined ? [media.example] : [];
        t.ok(examples.length > 0, `${method.toUpperCase()} ${path} ${status} has an example`);
        for (const example of examples as Array<{ code?: ErrorCode; error?: { code: ErrorCode } }>) {
          const code = example.code ?? example.error?.code;
          t.equal(HTTP_STATUS[code!], Number(status), `${method.toUpperCase()} ${path} ${status}: ${code} is a ${status}`);
          checked++;
        }
      }
    }
  }
  t.ok(checked > 30, `${checked} error examples checked`);
});
