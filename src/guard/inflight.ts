// Pipelines in flight: at most `max` at once; each holds an AbortController so that shutdown can
// stop whatever is still running when its grace period ends.

export interface InflightTicket {
  /** Aborted when the service gives up on the request (shutdown). */
  readonly signal: AbortSignal;
  /** Idempotent: the slot is freed once, however many times it is called. */
  release(): void;
}

export class InflightLimiter {
  private readonly running = new Set<AbortController>();

  constructor(
    readonly max: number,
    private readonly onChange: (size: number) => void = () => {},
  ) {}

  get size(): number {
    return this.running.size;
  }

  /** A slot, or null when `max` pipelines already run. */
  tryAcquire(): InflightTicket | null {
    if (this.running.size >= this.max) return null;
    const controller = new AbortController();
    this.running.add(controller);
    this.onChange(this.running.size);
    return {
      signal: controller.signal,
      release: () => {
        if (!this.running.delete(controller)) return;
        this.onChange(this.running.size);
      },
    };
  }

  /** Aborts every running pipeline with `reason`; returns how many there were. */
  abortAll(reason: unknown): number {
    for (const controller of this.running) controller.abort(reason);
    return this.running.size;
  }
}
