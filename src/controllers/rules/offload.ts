// Plans large requests in worker threads (plan-worker.ts), so that a request that takes the
// planner 50-250 ms never holds the service's event loop: the main thread only sends a message
// and awaits the reply. A small pool (PLAN_WORKERS), started on first use and kept warm; plans
// queue here, at most PLAN_MAX_QUEUED of them, and each may run PLAN_TIMEOUT_MS before its
// worker is ended and replaced.
import { Worker } from 'node:worker_threads';
import { AppError, cancellation, PlannerFailedError, PlanTimeoutError } from '../../pipeline/errors.js';
import type { ChatMessage } from '../../pipeline/types.js';
import type { PlanMessage, PlanReply } from './plan-worker.js';
import type { PlanOptions, RulesPlan } from './plan.js';

/** How an offloaded plan ended (a metric's label: keep the set small). */
export const OFFLOAD_OUTCOMES = ['planned', 'failed', 'timeout', 'crashed', 'refused'] as const;
export type OffloadOutcome = (typeof OFFLOAD_OUTCOMES)[number];

export interface PlanPoolOptions {
  /** Worker threads (PLAN_WORKERS). */
  workers: number;
  /** Longest one plan may run in a worker (PLAN_TIMEOUT_MS); the worker is then ended and replaced. */
  timeoutMs: number;
  /** Plans waiting for a worker beyond which a new one is refused with 503 OVERLOADED (PLAN_MAX_QUEUED). */
  maxQueued: number;
  /** Starts a worker thread (tests give one that hangs, crashes or fails to load). */
  spawn?: () => Worker;
  /** Called once per offloaded plan with how it ended. */
  onOutcome?: (outcome: OffloadOutcome) => void;
}

export interface PlanPool {
  plan(request: string, history: readonly ChatMessage[], options: PlanOptions, signal?: AbortSignal): Promise<RulesPlan>;
  /** Plans waiting and running, and the threads started. */
  state(): { queued: number; running: number; threads: number };
  /** Fails what waits or runs as cancelled and ends the workers; a later plan starts new ones. */
  close(): Promise<void>;
}

/** A worker that has not compiled its lexicons after this long is taken as broken (a cold start under tsx takes 1-2 s). */
const START_LIMIT_MS = 30_000;
/** What a client refused for a full queue is told to wait, seconds: plans take well under a second. */
const RETRY_AFTER_SECONDS = 2;

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_FILE = new URL(`./plan-worker.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url);

/**
 * The planner's worker thread: compiled JavaScript next to this file under `npm start`; from the
 * TypeScript sources (tsx, tap), tsx's loader registered in the thread first, since tsx does not
 * register itself in worker threads.
 */
export function spawnPlanWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_FILE);
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(WORKER_FILE.href)}); });`, { eval: true });
}

interface Job {
  id: number;
  message: PlanMessage;
  bytes: number;
  signal?: AbortSignal;
  onAbort: () => void;
  resolve(plan: RulesPlan): void;
  reject(error: Error): void;
}

interface Slot {
  thread?: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

export function createPlanPool(options: PlanPoolOptions): PlanPool {
  const spawn = options.spawn ?? spawnPlanWorker;
  const slots: Slot[] = Array.from({ length: Math.max(1, options.workers) }, () => ({ ready: false }));
  let queue: Job[] = [];
  let nextId = 1;
  const stopping = new Set<Promise<number>>();

  /** Ends a slot's worker without reporting its exit as a crash (it is no longer the slot's). */
  function stop(slot: Slot): void {
    const thread = slot.thread;
    if (!thread) return;
    slot.thread = undefined;
    slot.ready = false;
    const ending = thread.terminate();
    stopping.add(ending);
    void ending.finally(() => stopping.delete(ending));
  }

  /** Frees the slot of its job and settles the job (unless it was already: aborted). */
  function finish(slot: Slot, outcome: OffloadOutcome, result: { plan: RulesPlan } | { error: Error }): void {
    const job = slot.job!;
    clearTimeout(slot.timer);
    slot.job = undefined;
    options.onOutcome?.(outcome);
    job.signal?.removeEventListener('abort', job.onAbort);
    if ('plan' in result) job.resolve(result.plan);
    else job.reject(result.error);
    dispatch();
  }

  function arm(slot: Slot, ms: number, expire: () => void): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(expire, ms);
  }

  function timeOut(slot: Slot): void {
    const job = slot.job!;
    // A plan cannot be interrupted inside the worker: ending the thread frees the core at once.
    stop(slot);
    finish(slot, 'timeout', { error: new PlanTimeoutError(options.timeoutMs, job.bytes) });
  }

  function crashed(slot: Slot, thread: Worker, reason: string, cause?: unknown): void {
    if (slot.thread !== thread) return;
    stop(slot);
    if (slot.job) finish(slot, 'crashed', { error: new PlannerFailedError(reason, { cause }) });
  }

  function start(slot: Slot): Worker {
    const thread = spawn();
    slot.thread = thread;
    slot.ready = false;
    thread.on('message', (reply: PlanReply) => {
      if (slot.thread !== thread) return;
      if ('ready' in reply) {
        slot.ready = true;
        if (slot.job) arm(slot, options.timeoutMs, () => timeOut(slot));
        return;
      }
      if (!slot.job || reply.id !== slot.job.id) return;
      if ('plan' in reply) return finish(slot, 'planned', { plan: reply.plan });
      // The planner threw: the same error an inline plan would raise (INTERNAL), with the worker's stack.
      const error = Object.assign(new Error(reply.error.message), { name: reply.error.name, stack: reply.error.stack });
      finish(slot, 'failed', { error });
    });
    thread.on('error', (error) => crashed(slot, thread, error.message, error));
    thread.on('exit', (code) => crashed(slot, thread, `exit code ${code}`));
    return thread;
  }

  /** Sends waiting jobs to free slots, starting workers as needed; idle workers do not keep the process alive. */
  function dispatch(): void {
    for (const slot of slots) {
      if (slot.job) continue;
      const job = queue.shift();
      if (!job) {
        slot.thread?.unref();
        continue;
      }
      slot.job = job;
      try {
        const thread = slot.thread ?? start(slot);
        thread.ref();
        if (slot.ready) arm(slot, options.timeoutMs, () => timeOut(slot));
        else arm(slot, START_LIMIT_MS, () => crashed(slot, thread, `it did not start within ${START_LIMIT_MS / 1000} s`));
        thread.postMessage(job.message);
      } catch (error) {
        stop(slot);
        finish(slot, 'crashed', { error: new PlannerFailedError(`it could not take the request: ${(error as Error).message}`, { cause: error }) });
      }
    }
  }

  function abort(job: Job): void {
    // A running plan finishes (at most PLAN_TIMEOUT_MS) and its result is dropped (its promise is
    // already settled): cheaper than restarting the worker, whose optimised code would be lost.
    queue = queue.filter((queued) => queued !== job);
    job.reject(cancellation(job.signal));
  }

  return {
    plan(request, history, planOptions, signal) {
      if (signal?.aborted) return Promise.reject(cancellation(signal));
      const busy = slots.every((slot) => slot.job);
      if (busy && queue.length >= options.maxQueued) {
        options.onOutcome?.('refused');
        return Promise.reject(
          new AppError('OVERLOADED', `The planner is busy: ${slots.length} large request(s) are planning and ${queue.length} are waiting (PLAN_WORKERS, PLAN_MAX_QUEUED). Retry in a few seconds.`, {
            details: { retryAfterSeconds: RETRY_AFTER_SECONDS },
          }),
        );
      }
      const bytes = Buffer.byteLength(request) + history.reduce((sum, message) => sum + Buffer.byteLength(message.content), 0);
      return new Promise<RulesPlan>((resolve, reject) => {
        const id = nextId++;
        const job: Job = { id, message: { id, request, history, options: planOptions }, bytes, signal, resolve, reject, onAbort: () => abort(job) };
        signal?.addEventListener('abort', job.onAbort, { once: true });
        queue.push(job);
        dispatch();
      });
    },
    state: () => ({ queued: queue.length, running: slots.filter((slot) => slot.job).length, threads: slots.filter((slot) => slot.thread).length }),
    async close() {
      const pending = [...slots.flatMap((slot) => (slot.job ? [slot.job] : [])), ...queue];
      queue = [];
      for (const slot of slots) {
        clearTimeout(slot.timer);
        slot.job = undefined;
        stop(slot);
      }
      for (const job of pending) {
        job.signal?.removeEventListener('abort', job.onAbort);
        job.reject(new AppError('SHUTTING_DOWN', 'The service is shutting down and stopped planning this request. Retry it: another instance will take it.'));
      }
      await Promise.all(stopping);
    },
  };
}
