import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { createFileArtifactStore, type StoreOptions } from '../src/artifacts/store.js';
import type { Media } from '../src/pipeline/types.js';
import { RED_PNG, buildTestApp } from './helper.js';

const WAV = readFileSync(new URL('./fixtures/audio/tone.wav', import.meta.url));
const media = (size: number): Media => ({ kind: 'image', mime: 'image/png', bytes: Buffer.concat([RED_PNG, Buffer.alloc(size - RED_PNG.length)]) });
const id = (n: number) => `${n.toString(16).padStart(32, '0')}.png`;

async function folder(t: Test) {
  const path = await mkdtemp(join(tmpdir(), 'hugginggpt-retention-'));
  t.teardown(() => rm(path, { recursive: true, force: true }));
  return path;
}

function store(t: Test, path: string, options: StoreOptions) {
  const usage: Array<{ bytes: number; files: number }> = [];
  const created = createFileArtifactStore(path, { ...options, onUsage: (value) => usage.push(value) });
  t.teardown(() => created.close?.());
  return { store: created, usage };
}

t.test('over ARTIFACTS_MAX_BYTES the oldest files go first', async (t) => {
  const path = await folder(t);
  const { store: artifacts, usage } = store(t, path, { maxBytes: 250 });
  const first = await artifacts.put(media(100));
  const second = await artifacts.put(media(100));
  t.same(usage.at(-1), { bytes: 200, files: 2 });
  const third = await artifacts.put(media(100));
  t.same(usage.at(-1), { bytes: 200, files: 2 }, 'one file had to go');
  t.equal(await artifacts.get(first.artifact), null, 'the oldest');
  t.ok(await artifacts.get(second.artifact));
  t.ok(await artifacts.get(third.artifact));
  t.same((await readdir(path)).sort(), [second.artifact, third.artifact].sort(), 'it is deleted from disk');
});

t.test('an artifact older than ARTIFACTS_TTL is gone, between sweeps too', async (t) => {
  const path = await folder(t);
  let now = Date.now();
  const { store: artifacts, usage } = store(t, path, { ttlMs: 60_000, now: () => now });
  const ref = await artifacts.put(media(100));
  t.ok(await artifacts.get(ref.artifact));
  now += 61_000;
  t.equal(await artifacts.get(ref.artifact), null);
  t.same(await readdir(path), []);
  t.same(usage.at(-1), { bytes: 0, files: 0 });
});

t.test('at start-up, files an earlier run left are counted, expired ones deleted, the quota applied', async (t) => {
  const path = await folder(t);
  const hour = 3_600_000;
  const ages = [5 * hour, 3 * hour, 2 * hour, 0.5 * hour, 0.1 * hour]; // oldest first
  for (const [n, age] of ages.entries()) {
    await writeFile(join(path, id(n)), Buffer.alloc(100));
    const when = new Date(Date.now() - age);
    await utimes(join(path, id(n)), when, when);
  }
  await writeFile(join(path, 'README.txt'), 'not an artifact');
  const { store: artifacts, usage } = store(t, path, { ttlMs: 4 * hour, maxBytes: 250 });
  await artifacts.sweep!();
  t.same((await readdir(path)).sort(), [id(3), id(4), 'README.txt'], 'the expired one and then the oldest are deleted; foreign files are left alone');
  t.same(usage.at(-1), { bytes: 200, files: 2 });
});

t.test('a periodic sweep deletes expired files nobody asks for', async (t) => {
  const path = await folder(t);
  const { store: artifacts } = store(t, path, { ttlMs: 100, sweepIntervalMs: 50 });
  await artifacts.put(media(100));
  t.equal((await readdir(path)).length, 1);
  for (let i = 0; i < 100 && (await readdir(path)).length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  t.same(await readdir(path), []);
});

t.test('uploads: size and type limits, and the artifact gauges', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', UPLOAD_MAX_BYTES: '20000', UPLOAD_TYPES: 'image/*, audio/flac' }, { providers: [] });
  const upload = (type: string, body: Buffer) => app.inject({ method: 'POST', url: '/artifacts', headers: { 'content-type': type }, payload: body });

  const ok = await upload('image/png', RED_PNG);
  t.equal(ok.statusCode, 201);
  const metrics = (await app.inject({ url: '/metrics' })).body;
  t.match(metrics, new RegExp(`^hugginggpt_artifact_bytes ${RED_PNG.length}$`, 'm'));
  t.match(metrics, /^hugginggpt_artifact_files 1$/m);

  const big = await upload('audio/wav', WAV);
  t.equal(big.statusCode, 413);
  t.match(big.json(), { code: 'PAYLOAD_TOO_LARGE', message: /larger than the 20000 bytes this route accepts \(BODY_LIMIT_BYTES; UPLOAD_MAX_BYTES for uploads\)/ });
  const wrongType = await upload('application/octet-stream', WAV.subarray(0, 10_000));
  t.equal(wrongType.statusCode, 415);
  t.match(wrongType.json(), { code: 'UNSUPPORTED_MEDIA_TYPE', message: /Uploads of audio\/wav are not accepted; accepted: image\/\*, audio\/flac \(UPLOAD_TYPES\)/ });
});
