// POST /artifacts: a raw file, or one or several files as multipart/form-data; every file's type
// is sniffed from its bytes and one bad file rejects the whole upload.
import { readdir, readFile } from 'node:fs/promises';
import t from 'tap';
import { buildTestApp } from './helper.js';
import { RED_PNG } from './samples.js';

const WAV = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(64)]);

function form(files: Array<[string, Buffer, string]>, field = 'file'): FormData {
  const body = new FormData();
  for (const [name, bytes, type] of files) body.append(field, new Blob([new Uint8Array(bytes)], { type }), name);
  return body;
}

t.test('one or several files as multipart/form-data', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { providers: [] });
  const photo = await readFile('public/examples/c.jpg');
  const response = await app.inject({ method: 'POST', url: '/artifacts', payload: form([['c.jpg', photo, 'image/jpeg'], ['tone.wav', WAV, 'audio/wav'], ['red.png', RED_PNG, 'application/octet-stream']]) });
  t.equal(response.statusCode, 201, response.body);
  const { artifacts } = response.json();
  t.same(artifacts.map((artifact: { mime: string }) => artifact.mime), ['image/jpeg', 'audio/wav', 'image/png'], 'in the order sent, typed by their bytes');
  for (const [index, bytes] of [photo, WAV, RED_PNG].entries()) {
    const download = await app.inject({ method: 'GET', url: artifacts[index].url });
    t.same(download.rawPayload, bytes, `file ${index + 1} is stored as sent`);
  }

  const single = await app.inject({ method: 'POST', url: '/artifacts', payload: form([['red.png', RED_PNG, 'image/png']], 'upload') });
  t.equal(single.statusCode, 201);
  t.match(single.json(), { artifacts: [{ artifact: /^[a-f0-9]{32}\.png$/, url: /^\/artifacts\//, mime: 'image/png' }] }, 'any field name');

  const raw = await app.inject({ method: 'POST', url: '/artifacts', headers: { 'content-type': 'image/png' }, payload: RED_PNG });
  t.equal(raw.statusCode, 201);
  t.match(raw.json(), { artifact: /\.png$/, mime: 'image/png' }, 'a raw body still answers with its reference');
});

t.test('a bad form is rejected whole, with a code and a message naming the file', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', BODY_LIMIT_BYTES: '4096' }, { providers: [] });
  const stored = async () => (await readdir(app.config.ARTIFACTS_DIR).catch(() => [])).length;

  const mixed = await app.inject({ method: 'POST', url: '/artifacts', payload: form([['red.png', RED_PNG, 'image/png'], ['notes.txt', Buffer.from('just text'), 'image/png']]) });
  t.equal(mixed.statusCode, 415);
  t.match(mixed.json(), { code: 'UNSUPPORTED_MEDIA_TYPE', message: /"notes\.txt" is not an image, audio or video/ });
  t.equal(await stored(), 0, 'nothing stored');

  const noFile = new FormData();
  noFile.append('note', 'hello');
  const empty = await app.inject({ method: 'POST', url: '/artifacts', payload: noFile });
  t.equal(empty.statusCode, 400);
  t.match(empty.json(), { code: 'VALIDATION_FAILED', message: /no file/ });

  const large = await app.inject({ method: 'POST', url: '/artifacts', payload: form([['big.wav', Buffer.concat([WAV, Buffer.alloc(8192)]), 'audio/wav']]) });
  t.equal(large.statusCode, 413);
  t.match(large.json(), { code: 'PAYLOAD_TOO_LARGE', message: /BODY_LIMIT_BYTES/ });

  const together = await app.inject({ method: 'POST', url: '/artifacts', payload: form([['a.wav', Buffer.concat([WAV, Buffer.alloc(2500)]), 'audio/wav'], ['b.wav', Buffer.concat([WAV, Buffer.alloc(2500)]), 'audio/wav']]) });
  t.equal(together.statusCode, 413);
  t.match(together.json(), { code: 'PAYLOAD_TOO_LARGE', message: /together/ });

  const many = await app.inject({ method: 'POST', url: '/artifacts', payload: form(Array.from({ length: 21 }, (_, index) => [`${index}.png`, RED_PNG, 'image/png'] as [string, Buffer, string])) });
  t.equal(many.statusCode, 413);
  t.match(many.json(), { code: 'PAYLOAD_TOO_LARGE', message: /at most 20 files/ });
  t.equal(await stored(), 0, 'still nothing stored');
});
