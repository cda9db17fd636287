// A replayable event stream: the sink a run emits into and the source its views read from.
// Events are numbered (seq 1, 2, …) and kept, so a view that joins late, or reconnects with the
// last seq it saw, gets what it missed before the live events. The first terminal event (`done`
// or `error`) ends the stream; later emits are dropped, so every stream ends exactly once. A run
// emits a bounded number of events (a few per task, a few per answer line), so keeping them all
// for the life of the run is cheap; a job store later persists the same list.
import { isTerminal, type EventSink, type PipelineEvent, type PipelineEventBody } from './events.js';

export interface EventStream extends EventSink {
  readonly ended: boolean;
  /** The events recorded after seq `after` (default: all), oldest first. */
  events(after?: number): PipelineEvent[];
  /** Replays the events after `after`, then delivers new ones as they come; returns unsubscribe. */
  subscribe(listener: (event: PipelineEvent) => void, options?: { after?: number }): () => void;
  /** The events after `after`, replayed then live, until the stream ends or `signal` aborts. */
  iterate(options?: { after?: number; signal?: AbortSignal }): AsyncGenerator<PipelineEvent>;
}

export function createEventStream(options: { now?: () => Date } = {}): EventStream {
  const now = options.now ?? (() => new Date());
  const recorded: PipelineEvent[] = [];
  const listeners = new Set<(event: PipelineEvent) => void>();
  let ended = false;

  const deliver = (listener: (event: PipelineEvent) => void, event: PipelineEvent) => {
    try {
      listener(event);
    } catch {
      // A failing view must not break the run or the other views.
    }
  };

  const stream: EventStream = {
    get ended() {
      return ended;
    },
    emit(body: PipelineEventBody) {
      if (ended) return;
      const event = { ...body, seq: recorded.length + 1, at: now().toISOString() } as PipelineEvent;
      recorded.push(event);
      if (isTerminal(event)) ended = true;
      for (const listener of [...listeners]) deliver(listener, event);
      if (ended) listeners.clear();
    },
    events: (after = 0) => recorded.slice(Math.max(0, after)),
    subscribe(listener, { after = 0 } = {}) {
      for (const event of recorded.slice(Math.max(0, after))) deliver(listener, event);
      if (ended) return () => {};
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async *iterate({ after = 0, signal } = {}) {
      let next = Math.max(0, after);
      let wake: (() => void) | undefined;
      const nudge = () => wake?.();
      listeners.add(nudge);
      signal?.addEventListener('abort', nudge, { once: true });
      try {
        while (!signal?.aborted) {
          while (next < recorded.length) yield recorded[next++]!;
          if (ended) return;
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      } finally {
        listeners.delete(nudge);
        signal?.removeEventListener('abort', nudge);
      }
    },
  };
  return stream;
}
