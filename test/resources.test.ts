import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { createFileArtifactStore } from '../src/artifacts/store.js';
import { isPublicAddress } from '../src/resources/address-policy.js';
import { createResourceLoader } from '../src/resources/load-resource.js';
import { RED_PNG } from './samples.js';

async function loader(t: Test, allowPrivate = false) {
  const folder = await mkdtemp(join(tmpdir(), 'hugginggpt-res-'));
  t.teardown(() => rm(folder, { recursive: true, force: true }));
  await writeFile(join(folder, 'red.png'), RED_PNG);
  const artifacts = createFileArtifactStore(join(folder, 'artifacts'));
  return { artifacts, resources: createResourceLoader({ artifacts, examplesDir: folder, allowPrivate, maxBytes: 10_000, timeoutMs: 1000 }) };
}

t.test('non-public addresses are recognised, including IPv4-mapped and NAT64 forms', async (t) => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a9fe:a9fe', 'ff02::1']) {
    t.notOk(isPublicAddress(address), `${address} is not public`);
  }
  for (const address of ['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8']) t.ok(isPublicAddress(address), `${address} is public`);
});

t.test('IPv6 ranges that embed IPv4 are judged by the address inside; tunnels and reserved ranges are refused', async (t) => {
  const blocked = {
    '6to4 of loopback': '2002:7f00:1::1',
    '6to4 of metadata': '2002:a9fe:a9fe::',
    '6to4 of a private network': '2002:c0a8:101::1',
    'SIIT of loopback': '::ffff:0:7f00:1',
    'SIIT of a private network': '::ffff:0:a00:1',
    'NAT64 of loopback': '64:ff9b::7f00:1',
    'local-use NAT64': '64:ff9b:1::808:808',
    Teredo: '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    'IPv4-compatible loopback': '::7f00:1',
    'discard-only': '100::1',
    ORCHIDv2: '2001:20::1',
    benchmarking: '2001:2::1',
    'IPv4 benchmarking': '198.18.0.1',
    'IPv4 broadcast': '255.255.255.255',
    'IPv4 reserved': '192.0.0.170',
    'not an address': 'example.org',
  };
  for (const [what, address] of Object.entries(blocked)) t.notOk(isPublicAddress(address), `${what} (${address}) is not public`);
  for (const address of ['2002:808:808::1', '::ffff:0:808:808', '64:ff9b::808:808', '[2606:4700:4700::1111]']) t.ok(isPublicAddress(address), `${address} is public`);
});

t.test('URLs on loopback are refused unless ALLOW_PRIVATE_URLS; allowed ones are fetched and size-capped', async (t) => {
  const server = createServer((req, res) => {
    if (req.url === '/big') return res.end(Buffer.alloc(20_000));
    if (req.url === '/redirect') return res.writeHead(302, { location: '/red.png' }).end();
    if (req.url === '/missing') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(RED_PNG);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const strict = (await loader(t)).resources;
  await t.rejects(strict.load(`${base}/red.png`, 'image'), { code: 'RESOURCE_BLOCKED', message: /loopback, private or reserved.*ALLOW_PRIVATE_URLS/ });
  await t.rejects(strict.load('http://localhost:1/x.png', 'image'), { code: 'RESOURCE_BLOCKED' }, 'names resolving to loopback too');
  await t.rejects(strict.load('file:///etc/passwd', 'image'), { code: 'RESOURCE_INVALID' });

  const open = (await loader(t, true)).resources;
  const media = await open.load(`${base}/redirect`, 'image');
  t.equal(media.mime, 'image/png', 'the type is sniffed from the bytes, not the header');
  await t.rejects(open.load(`${base}/big`, 'image'), { code: 'RESOURCE_TOO_LARGE' });
  await t.rejects(open.load(`${base}/missing`, 'image'), { code: 'RESOURCE_NOT_FOUND' });
  await t.rejects(open.load(`${base}/red.png`, 'audio'), { code: 'RESOURCE_INVALID', message: /should be an audio but is image \(image\/png\)/ });
});

t.test('data URIs, artifacts and examples load; paths never escape their folder', async (t) => {
  const { resources, artifacts } = await loader(t);
  t.equal((await resources.load(`data:image/png;base64,${RED_PNG.toString('base64')}`, 'image')).bytes.length, RED_PNG.length);
  const ref = await artifacts.put({ kind: 'image', mime: 'image/png', bytes: RED_PNG });
  t.match(ref, { url: /^\/artifacts\/[a-f0-9]{32}\.png$/, mime: 'image/png' });
  t.same(Buffer.from((await resources.load(ref.url, 'image')).bytes), RED_PNG);
  t.ok(await resources.load('/examples/red.png', 'image'));
  t.ok(await resources.load('red.png', 'image'), 'a bare example name');
  await t.rejects(resources.load('/examples/../../etc/passwd', 'image'), { code: 'RESOURCE_INVALID' });
  await t.rejects(resources.load('example.jpg', 'image'), { code: 'RESOURCE_NOT_FOUND', message: /upload it \(POST \/artifacts\)/ });
  await t.rejects(resources.load('/artifacts/00000000000000000000000000000000.png', 'image'), { code: 'RESOURCE_NOT_FOUND' });
  t.equal(await artifacts.get('../../etc/passwd'), null);
  await t.rejects(resources.load('data:image/png;base64,' + 'A'.repeat(20_000), 'image'), { code: 'RESOURCE_TOO_LARGE' });
});

t.test('a percent-encoded data: URI keeps binary bytes; bad percent-encoding is a clear RESOURCE_INVALID', async (t) => {
  const { resources } = await loader(t);
  const encoded = [...RED_PNG].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  t.same(Buffer.from((await resources.load(`data:image/png,${encoded}`, 'image')).bytes), RED_PNG);
  for (const uri of ['data:image/png,%E0%A4%A', 'data:image/png,%zz', 'data:image/png,%']) {
    await t.rejects(resources.load(uri, 'image'), { code: 'RESOURCE_INVALID', message: /not a percent-encoded byte/ }, uri);
  }
});
