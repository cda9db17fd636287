// The playground's files over HTTP: content types, revalidation, the page's security policy,
// 404s that name the problem, nothing loaded from elsewhere, and nothing in the OpenAPI document.
import { readdir, readFile } from 'node:fs/promises';
import t from 'tap';
import { PLAYGROUND_DIR } from '../src/routes/playground.js';
import { buildTestApp } from './helper.js';

t.test('GET / is the page, GET /playground/<file> its assets, with types and revalidation', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [] });
  const page = await app.inject({ method: 'GET', url: '/' });
  t.equal(page.statusCode, 200);
  t.equal(page.headers['content-type'], 'text/html; charset=utf-8');
  t.equal(page.headers['cache-control'], 'no-cache');
  t.match(page.headers['content-security-policy'], /default-src 'self'/);
  t.match(page.body, /<script type="module" src="\/playground\/app.js">/);

  const expected = { 'app.js': 'text/javascript; charset=utf-8', 'sse.js': 'text/javascript; charset=utf-8', 'playground.css': 'text/css; charset=utf-8' };
  for (const [file, type] of Object.entries(expected)) {
    const asset = await app.inject({ method: 'GET', url: `/playground/${file}` });
    t.equal(asset.statusCode, 200, file);
    t.equal(asset.headers['content-type'], type, `${file} is ${type}`);
    t.equal(asset.headers['x-content-type-options'], 'nosniff');
    const etag = String(asset.headers.etag);
    t.match(etag, /^"[\w-]{22}"$/);
    const again = await app.inject({ method: 'GET', url: `/playground/${file}`, headers: { 'if-none-match': etag } });
    t.equal(again.statusCode, 304, `${file} revalidates with its ETag`);
    t.equal(again.body, '');
  }

  for (const url of ['/playground/nope.js', '/playground/..%2Froutes%2Fplayground.ts', '/playground/']) {
    const missing = await app.inject({ method: 'GET', url });
    t.equal(missing.statusCode, 404, url);
    t.match(missing.json(), { code: 'NOT_FOUND' });
  }

  const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
  t.notOk(document.paths['/'], 'the page is not part of the API document');
  t.notOk(Object.keys(document.paths).some((path) => path.startsWith('/playground')));
});

t.test('every module the page imports is served, and nothing comes from another origin', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [] });
  const files = (await readdir(PLAYGROUND_DIR)).filter((file) => /\.(js|css|html)$/.test(file));
  t.ok(files.includes('index.html') && files.includes('app.js'));
  for (const file of files) {
    const text = await readFile(new URL(file, `file://${PLAYGROUND_DIR}`), 'utf8');
    const remote = [...text.matchAll(/\b(?:https?:)?\/\/[\w.-]+\.[a-z]{2,}[^\s'")]*/g)].map((match) => match[0]).filter((url) => url !== 'http://www.w3.org/2000/svg');
    t.same(remote, [], `${file} names no other origin`);
    for (const [, imported] of text.matchAll(/(?:from|import\()\s*'\.\/([\w-]+\.js)'/g)) {
      t.equal((await app.inject({ method: 'GET', url: `/playground/${imported}` })).statusCode, 200, `${file} imports ${imported}`);
    }
  }
});
