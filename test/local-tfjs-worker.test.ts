// The tfjs worker thread (src/experts/local/tfjs-client.ts + tfjs-worker.mjs): the image models
// run off the main thread, one request at a time; aborted requests never run or end the worker;
// a worker that dies fails its call and is replaced on the next one. Real models, no network.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { threadId, Worker } from 'node:worker_threads';
import sharp from 'sharp';
import t from 'tap';
import { createLocalProvider } from '../src/experts/local/index.js';
import { decodeRgb, type RgbImage } from '../src/experts/local/inputs.js';
import { createTfjsWorker, spawnTfjsWorker, type TfjsWorker } from '../src/experts/local/tfjs-client.js';
import type { Media } from '../src/pipeline/types.js';

// Real models on the CPU: about 25 s alone, several times that on two cores shared with the rest
// of the suite. Nothing here is timed, so the file gets e2e-examples' allowance instead of tap's 120 s.
t.setTimeout(900_000);

const example = async (name: string, width?: number): Promise<Media> => {
  const bytes = await readFile(new URL(`../public/examples/${name}`, import.meta.url));
  return width ? { kind: 'image', mime: 'image/png', bytes: await sharp(bytes).resize(width).png().toBuffer() } : { kind: 'image', mime: 'image/jpeg', bytes };
};
const pixels = async (name: string, width?: number): Promise<RgbImage> => decodeRgb(await example(name, width));

/** A worker client whose threads the test can see: every worker started, and every request sent to one. */
function watchedWorker(): { tfjs: TfjsWorker; workers: Worker[]; sent: string[] } {
  const workers: Worker[] = [];
  const sent: string[] = [];
  const tfjs = createTfjsWorker({
    spawn: () => {
      const worker = spawnTfjsWorker();
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (message: { op: string }, transfer?: readonly Transferable[]) => {
        sent.push(message.op);
        post(message, transfer as never);
      };
      workers.push(worker);
      return worker;
    },
  });
  return { tfjs, workers, sent };
}

/** Resolves once the worker thread has ended (threadId is -1 from then on). */
const exited = (worker: Worker): Promise<void> =>
  new Promise((resolve) => {
    if (worker.threadId === -1) resolve();
    else worker.once('exit', () => resolve());
  });

t.test('detection, segmentation and upscaling never load tfjs on the main thread', async (t) => {
  const provider = createLocalProvider();
  t.teardown(() => provider.close());
  const image = await example('d.jpg');
  const detected = await provider.run({ model: 'local/centernet-coco', task: 'object-detection', args: { image } }, {});
  t.ok((detected.data as unknown[]).length > 0, 'CenterNet answered');
  const segmented = await provider.run({ model: 'local/selfie-segmentation', task: 'image-segmentation', args: { image } }, {});
  t.match(segmented.data, [{ label: 'person' }], 'the selfie model answered');
  const upscaled = await provider.run({ model: 'local/upscalerjs-x2', task: 'image-to-image', args: { image: await example('a.jpg', 64) } }, {});
  t.match(upscaled.data, { scale: 2, width: 128 }, 'the upscaler answered');
  // The models are required (CommonJS) wherever they run; on this thread none of them was.
  const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => /@tensorflow|@vladmandic|upscaler/.test(file));
  t.same(loaded, [], 'no tfjs, human or upscaler module in the main thread');
});

t.test('the worker starts on first use, in its own thread, and keeps its models between calls', async (t) => {
  const { tfjs, workers, sent } = watchedWorker();
  t.teardown(() => tfjs.close());
  t.same(tfjs.state(), { queued: 0, running: undefined, threadId: undefined }, 'nothing started before the first call');
  const [zebras, giraffes] = await Promise.all([tfjs.detect(await pixels('c.jpg')), tfjs.detect(await pixels('f.jpg'))]);
  t.ok(zebras.length > 0 && zebras.every((object) => object.label === 'zebra'));
  t.ok(giraffes.some((object) => object.label === 'giraffe'));
  const { threadId: workerThread } = tfjs.state();
  t.type(workerThread, 'number');
  t.not(workerThread, threadId, 'not the main thread');
  t.equal(workers.length, 1, 'one worker for both calls');
  t.same(sent, ['detect', 'detect']);
});

t.test('a call aborted while it waits in the queue is never sent to the worker', async (t) => {
  const { tfjs, sent } = watchedWorker();
  t.teardown(() => tfjs.close());
  const [first, second] = await Promise.all([pixels('b.jpg'), pixels('g.jpg')]);
  const running = tfjs.detect(first);
  const controller = new AbortController();
  const queued = tfjs.detect(second, controller.signal);
  t.match(tfjs.state(), { queued: 1, running: 'detect' });
  controller.abort();
  t.match(tfjs.state(), { queued: 0, running: 'detect' }, 'it left the queue at once');
  await t.rejects(queued, { code: 'CANCELLED' });
  t.ok((await running).some((object) => object.label === 'zebra'), 'the running call is not disturbed');
  t.same(sent, ['detect'], 'only the first call reached the worker');
  await t.rejects(tfjs.detect(second, controller.signal), { code: 'CANCELLED' }, 'an already aborted call is refused');
  t.same(sent, ['detect']);
});

t.test('a call aborted while it runs ends the worker; the next call starts a new one', async (t) => {
  const { tfjs, workers } = watchedWorker();
  t.teardown(() => tfjs.close());
  const controller = new AbortController();
  const upscaling = tfjs.upscale(await pixels('e.jpg', 160), controller.signal);
  t.match(tfjs.state(), { running: 'upscale' });
  controller.abort();
  await t.rejects(upscaling, { code: 'CANCELLED' });
  await exited(workers[0]!);
  t.pass('the first worker was terminated, its CPU freed');
  t.same(tfjs.state(), { queued: 0, running: undefined, threadId: undefined });
  const objects = await tfjs.detect(await pixels('c.jpg'));
  t.ok(objects.some((object) => object.label === 'zebra'), 'the models reload in a new worker');
  t.equal(workers.length, 2);
});

t.test('a worker that dies fails the call it was running with a clear failure, and is replaced', async (t) => {
  const { tfjs, workers } = watchedWorker();
  t.teardown(() => tfjs.close());
  const detecting = tfjs.detect(await pixels('g.jpg'));
  const queued = tfjs.detect(await pixels('c.jpg'));
  // From outside the client, as a crash or an out-of-memory kill would.
  await workers[0]!.terminate();
  await t.rejects(detecting, { code: 'EXPERT_FAILED', message: /tfjs worker thread stopped while running detect \(exit code \d+\); it restarts/ });
  t.ok((await queued).some((object) => object.label === 'zebra'), 'the queued call runs in a new worker');
  t.equal(workers.length, 2);
});

t.test('errors the worker reports keep their meaning; a worker that cannot start fails each call', async (t) => {
  // A stand-in worker: every model fails to load, every call fails.
  const stub = `const { parentPort } = require('node:worker_threads');
    parentPort.on('message', ({ id, op }) => parentPort.postMessage({ id, error: { kind: op === 'load' ? 'load' : 'failed', message: 'no luck' } }));`;
  const failing = createTfjsWorker({ spawn: () => new Worker(stub, { eval: true }) });
  t.teardown(() => failing.close());
  const image = await pixels('c.jpg', 32);
  await t.rejects(failing.load('centernet'), { code: 'EXPERT_UNAVAILABLE', message: 'CenterNet could not be loaded: no luck' });
  await t.rejects(failing.segment(image), { code: 'EXPERT_FAILED', message: 'no luck' });

  let starts = 0;
  const broken = createTfjsWorker({
    spawn: () => {
      starts++;
      return new Worker('throw new Error("the worker file is broken")', { eval: true });
    },
  });
  t.teardown(() => broken.close());
  await t.rejects(broken.detect(image), { code: 'EXPERT_FAILED', message: /stopped while running detect \(the worker file is broken\)/ });
  await t.rejects(broken.upscale(image), { code: 'EXPERT_FAILED', message: /stopped while running upscale/ });
  t.equal(starts, 2, 'each call tries a fresh worker');
});

t.test('close() cancels queued and running calls and ends the worker', async (t) => {
  const { tfjs, workers } = watchedWorker();
  const image = await pixels('a.jpg', 64);
  const calls = Promise.allSettled([tfjs.upscale(image), tfjs.detect(image), tfjs.load('selfie')]);
  await tfjs.close();
  t.match(await calls, Array(3).fill({ status: 'rejected', reason: { code: 'CANCELLED' } }));
  t.equal(workers[0]!.threadId, -1, 'the worker has exited');
  t.same(tfjs.state(), { queued: 0, running: undefined, threadId: undefined });
});

t.test('a provider call aborted by its caller is cancelled, and the provider keeps working', async (t) => {
  const provider = createLocalProvider();
  t.teardown(() => provider.close());
  const controller = new AbortController();
  const image = await example('e.jpg', 160);
  const call = provider.run({ model: 'local/upscalerjs-x2', task: 'image-to-image', args: { image } }, { signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  await t.rejects(call, { code: 'CANCELLED' });
  const output = await provider.run({ model: 'local/centernet-labels', task: 'image-classification', args: { image: await example('c.jpg') } }, {});
  t.match(output.data, [{ label: 'zebra' }]);
});
