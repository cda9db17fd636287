// Linking abort signals with explicit cleanup. On Node 20, `AbortSignal.any([...])` registers the
// combined signal with every source, and a combined signal that has listeners (the OpenAI SDK adds
// one and never removes it) is kept alive until a source aborts: a request's signal linked to a
// long-lived source (a provider's closing signal, a 5-minute timeout) leaked about 4.7 KB per
// /chat. Here the caller owns the link and `dispose()` removes every listener and timer, so
// nothing outlives the work it was made for.

export interface LinkedSignal {
  readonly signal: AbortSignal;
  /** True when the link's own timeout fired (not a source). */
  readonly timedOut: boolean;
  /** Removes the listeners from the sources and clears the timer. Safe to call twice. */
  dispose(): void;
}

export interface LinkOptions {
  /** Abort after this many ms with a TimeoutError reason. */
  timeoutMs?: number;
}

/** A signal that aborts when any source aborts, or after `timeoutMs`; dispose it when done. */
export function linkSignals(sources: ReadonlyArray<AbortSignal | undefined>, options: LinkOptions = {}): LinkedSignal {
  const controller = new AbortController();
  const attached: AbortSignal[] = [];
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;

  const dispose = () => {
    for (const source of attached.splice(0)) source.removeEventListener('abort', onAbort);
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  function onAbort(this: AbortSignal) {
    controller.abort(this.reason);
    dispose();
  }

  for (const source of sources) {
    if (!source) continue;
    if (source.aborted) {
      controller.abort(source.reason);
      dispose();
      break;
    }
    source.addEventListener('abort', onAbort, { once: true });
    attached.push(source);
  }
  if (options.timeoutMs !== undefined && !controller.signal.aborted) {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`timed out after ${options.timeoutMs} ms`, 'TimeoutError'));
      dispose();
    }, options.timeoutMs);
    timer.unref?.();
  }
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    dispose,
  };
}

/** Runs `work` with a linked signal and always disposes the link afterwards. */
export async function withLinkedSignal<T>(
  sources: ReadonlyArray<AbortSignal | undefined>,
  options: LinkOptions,
  work: (link: LinkedSignal) => Promise<T>,
): Promise<T> {
  const link = linkSignals(sources, options);
  try {
    return await work(link);
  } finally {
    link.dispose();
  }
}
