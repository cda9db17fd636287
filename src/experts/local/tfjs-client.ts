// The main thread's side of the tfjs worker thread (tfjs-worker.mjs). tfjs on wasm computes on
// the thread that calls it, so CenterNet, the selfie model and the upscaler run there, and the
// service's event loop (health checks, metrics, other requests) stays free. The worker starts on
// first use and keeps its models loaded. Requests queue here and go to it one at a time: the
// wasm engine is single-threaded, and keeping the queue on this side lets an aborted request
// leave it without ever reaching the worker.
import { Worker } from 'node:worker_threads';
import { cancelled, failed, unavailable } from './failures.js';
import type { RgbImage } from './inputs.js';

export const TFJS_MODELS = ['centernet', 'selfie', 'upscaler'] as const;
export type TfjsModel = (typeof TFJS_MODELS)[number];

export const isTfjsModel = (name: string): name is TfjsModel => (TFJS_MODELS as readonly string[]).includes(name);

/** How messages name each model. */
const MODEL_NAMES: Record<TfjsModel, string> = {
  centernet: 'CenterNet',
  selfie: 'the selfie segmentation model',
  upscaler: 'the x2 super-resolution model',
};

/** An object CenterNet found; `box` is x, y, width, height in pixels of the input. */
export interface HumanObject {
  label: string;
  score: number;
  box: [number, number, number, number];
}

export interface RawImage {
  /** Interleaved RGB bytes, row by row. */
  data: Uint8Array;
  width: number;
  height: number;
}

type Operation = 'load' | 'detect' | 'segment' | 'upscale';

interface Job {
  id: number;
  op: Operation;
  model: TfjsModel;
  image?: RgbImage;
  signal?: AbortSignal;
  onAbort: () => void;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

type Reply = { id: number; result: unknown } | { id: number; error: { kind: 'load' | 'failed' | 'error'; message: string } };

export interface TfjsWorker {
  /** Loads a model in the worker without running it (warm-up, benchmarks). */
  load(model: TfjsModel, signal?: AbortSignal): Promise<void>;
  detect(image: RgbImage, signal?: AbortSignal): Promise<HumanObject[]>;
  /** The person mask: one byte per pixel, 0 (background) to 255 (person). */
  segment(image: RgbImage, signal?: AbortSignal): Promise<Uint8Array>;
  upscale(image: RgbImage, signal?: AbortSignal): Promise<RawImage>;
  /** What is waiting and running, and the worker's thread id (undefined when none is started). */
  state(): { queued: number; running: Operation | undefined; threadId: number | undefined };
  /** Fails what is queued or running as cancelled and ends the worker; a later call starts a new one. */
  close(): Promise<void>;
}

export interface TfjsWorkerOptions {
  /** Starts the worker thread (tests wrap it to watch or break the worker). */
  spawn?: () => Worker;
}

const WORKER_FILE = new URL('./tfjs-worker.mjs', import.meta.url);

export const spawnTfjsWorker = (): Worker => new Worker(WORKER_FILE);

export function createTfjsWorker(options: TfjsWorkerOptions = {}): TfjsWorker {
  const spawn = options.spawn ?? spawnTfjsWorker;
  let thread: Worker | undefined;
  let queue: Job[] = [];
  let running: Job | undefined;
  let nextId = 1;
  const stopping = new Set<Promise<number>>();

  function settle(job: Job, outcome: { error: Error } | { value: unknown }): void {
    job.signal?.removeEventListener('abort', job.onAbort);
    if (running === job) running = undefined;
    if ('error' in outcome) job.reject(outcome.error);
    else job.resolve(outcome.value);
    next();
  }

  /** Ends the worker without reporting its exit as a crash (it is no longer `thread`). */
  function stop(): void {
    if (!thread) return;
    const ending = thread.terminate();
    thread = undefined;
    stopping.add(ending);
    void ending.finally(() => stopping.delete(ending));
  }

  /** The worker stopped on its own (uncaught error, wasm abort, out of memory): fail what it ran. */
  function crashed(worker: Worker, reason: string): void {
    if (worker !== thread) return;
    thread = undefined;
    if (running) {
      settle(running, { error: failed(`The tfjs worker thread stopped while running ${running.op} (${reason}); it restarts on the next call.`) });
    }
  }

  function start(): Worker {
    const worker = spawn();
    worker.on('message', (reply: Reply) => {
      if (worker !== thread || !running || reply.id !== running.id) return;
      const job = running;
      if ('result' in reply) return settle(job, { value: reply.result });
      const { kind, message } = reply.error;
      const error =
        kind === 'load' ? unavailable(`${MODEL_NAMES[job.model]} could not be loaded: ${message}`) : kind === 'failed' ? failed(message) : new Error(message);
      settle(job, { error });
    });
    worker.on('error', (error) => crashed(worker, error.message));
    worker.on('exit', (code) => crashed(worker, `exit code ${code}`));
    return worker;
  }

  /** Sends the next queued job to the worker, starting one if needed; unrefs an idle worker. */
  function next(): void {
    if (running) return;
    const job = queue.shift();
    if (!job) {
      // An idle worker does not keep the process alive; close() still ends it.
      thread?.unref();
      return;
    }
    running = job;
    try {
      thread ??= start();
      thread.ref();
      // The pixels are cloned, not transferred: sharp's buffers live outside the V8 heap and
      // cannot be detached. That is one memcpy of the decoded image; replies transfer theirs.
      thread.postMessage({ id: job.id, op: job.op, model: job.model, image: job.image });
    } catch (error) {
      settle(job, { error: failed(`The tfjs worker thread could not take the ${job.op} request: ${(error as Error).message}`, error) });
    }
  }

  function abort(job: Job): void {
    if (running === job) {
      // tfjs cannot be interrupted inside a model call, so a running job is stopped by ending
      // the worker: a timeout then really frees the CPU, at the price of reloading the models
      // (0.3-0.7 s) on the next call. Waiting for the call to finish would keep a core busy for
      // up to several seconds (upscaling) on work nobody wants.
      stop();
    } else {
      queue = queue.filter((queued) => queued !== job);
    }
    settle(job, { error: cancelled() });
  }

  function submit<T>(op: Operation, model: TfjsModel, image: RgbImage | undefined, signal: AbortSignal | undefined): Promise<T> {
    if (signal?.aborted) return Promise.reject(cancelled());
    return new Promise<T>((resolve, reject) => {
      const job: Job = { id: nextId++, op, model, image, signal, resolve: resolve as (value: unknown) => void, reject, onAbort: () => abort(job) };
      signal?.addEventListener('abort', job.onAbort, { once: true });
      queue.push(job);
      next();
    });
  }

  return {
    load: (model, signal) => submit('load', model, undefined, signal),
    detect: (image, signal) => submit('detect', 'centernet', image, signal),
    segment: (image, signal) => submit('segment', 'selfie', image, signal),
    upscale: (image, signal) => submit('upscale', 'upscaler', image, signal),
    state: () => ({ queued: queue.length, running: running?.op, threadId: thread?.threadId }),
    async close() {
      const pending = [...(running ? [running] : []), ...queue];
      queue = [];
      stop();
      for (const job of pending) settle(job, { error: cancelled() });
      await Promise.all(stopping);
    },
  };
}
