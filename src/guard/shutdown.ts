// Graceful shutdown, in phases, outside server.ts so that it can be tested with a real listener:
//   1. draining: /readyz answers 503 while requests are still served, for SHUTDOWN_DRAIN_MS, so
//      load balancers take the instance out before it stops accepting anything;
//   2. stopping: the listener closes, new requests on open connections get 503 SHUTTING_DOWN,
//      and in-flight requests have SHUTDOWN_GRACE_MS to finish;
//   3. what still runs is aborted: each pipeline answers its client 503 SHUTTING_DOWN (not a
//      connection reset); connections still open after a short flush are closed.
import { ShuttingDownError } from '../pipeline/errors.js';

export type Phase = 'running' | 'draining' | 'stopping';

/** Time given to aborted pipelines to send their 503 before connections are cut. */
export const ABORT_FLUSH_MS = 5_000;

export interface ShutdownTarget {
  setPhase(phase: Phase): void;
  /** Stops listening; resolves once every connection has ended and the app's resources are closed. */
  close(): Promise<void>;
  /** Aborts the pipelines still running with `reason`; returns how many. */
  abortInflight(reason: Error): number;
  /** Destroys every connection still open. */
  closeConnections(): void;
}

export interface ShutdownOptions {
  drainMs: number;
  graceMs: number;
  flushMs?: number;
  log: { info(object: object, message: string): void; warn(object: object, message: string): void };
}

export interface ShutdownReport {
  /** Pipelines aborted because the grace period ran out. */
  aborted: number;
  /** Connections had to be cut after the flush period. */
  forced: boolean;
}

/** Whether `promise` settles within `ms`; the timer is cleared either way. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function shutDown(target: ShutdownTarget, options: ShutdownOptions): Promise<ShutdownReport> {
  const { log } = options;

  target.setPhase('draining');
  log.info({ drainMs: options.drainMs }, 'shutting down: /readyz answers 503, requests are still served');
  await new Promise((resolve) => setTimeout(resolve, options.drainMs));

  target.setPhase('stopping');
  log.info({ graceMs: options.graceMs }, 'shutting down: no new requests, finishing those in flight');
  const closed = target.close().catch((error: unknown) => log.warn({ err: error }, 'shutting down: closing failed'));
  if (await within(closed, options.graceMs)) return { aborted: 0, forced: false };

  const aborted = target.abortInflight(new ShuttingDownError());
  log.warn({ aborted }, 'shutting down: grace period over, in-flight pipelines aborted with 503 SHUTTING_DOWN');
  if (await within(closed, options.flushMs ?? ABORT_FLUSH_MS)) return { aborted, forced: false };

  log.warn({}, 'shutting down: connections still open, closing them');
  target.closeConnections();
  await closed;
  return { aborted, forced: true };
}
