// The tfjs worker thread: runs CenterNet, the selfie segmentation and the x2 upscaler
// (tfjs-models.mjs) off the service's main thread, whose event loop a model call would otherwise
// block for 0.2-5 s. The main side (tfjs-client.ts) sends one request at a time and waits for its
// reply, so requests never overlap here.
//   request: { id, op: 'load', model } | { id, op: 'detect' | 'segment' | 'upscale', image: { data, width, height } }
//   reply:   { id, result } | { id, error: { kind: 'load' | 'failed' | 'error', message } }
import { parentPort } from 'node:worker_threads';
import { detect, ExpertFailure, load, LoadFailure, segment, upscale } from './tfjs-models.mjs';

if (!parentPort) throw new Error('tfjs-worker.mjs runs as a worker thread (new Worker), not as a script');
const port = parentPort;

/** Each operation returns its result and the buffers to transfer (not copy) back. */
const OPERATIONS = {
  async load({ model }) {
    await load(model);
    return { result: null, transfer: [] };
  },
  async detect({ image }) {
    return { result: await detect(image), transfer: [] };
  },
  async segment({ image }) {
    const mask = await segment(image);
    return { result: mask, transfer: [mask.buffer] };
  },
  async upscale({ image }) {
    const output = await upscale(image);
    return { result: output, transfer: [output.data.buffer] };
  },
};

const kindOf = (error) => (error instanceof LoadFailure ? 'load' : error instanceof ExpertFailure ? 'failed' : 'error');

port.on('message', async ({ id, op, ...request }) => {
  try {
    const operation = OPERATIONS[op];
    if (!operation) throw new Error(`unknown tfjs worker operation "${op}"`);
    const { result, transfer } = await operation(request);
    port.postMessage({ id, result }, transfer);
  } catch (error) {
    port.postMessage({ id, error: { kind: kindOf(error), message: error instanceof Error ? error.message : String(error) } });
  }
});
