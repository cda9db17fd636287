// How each model has been doing lately, and a circuit breaker per remote model.
//
// Figures come from a sliding window: the last WINDOW_CALLS calls of a model within WINDOW_MS,
// so old failures expire and a model that recovered is not held back by its past. The breaker
// opens after `failureThreshold` consecutive failures that are the model's fault, refuses calls
// for a cool-down (doubling after each failed probe, up to MAX_COOLDOWN_FACTOR times), then lets
// one probe through (half-open): a success closes it, a failure opens it again.
//
// The store is synchronous on purpose: the executor asks it before every attempt. A Redis-backed
// version (DESIGN.md: shared state may move there) would keep this in-process view and publish
// outcomes and transitions to the other replicas; a breaker tolerates that staleness.
import type { Provider } from '../pipeline/types.js';

export type BreakerState = 'closed' | 'open' | 'half_open';

/** What an attempt says about the model: `neutral` when the caller was at fault or gave up. */
export type CallOutcome = { kind: 'success'; latencyMs: number } | { kind: 'failure'; latencyMs: number; code: string } | { kind: 'neutral' };

export interface ModelRef {
  id: string;
  provider: Provider;
}

export interface ModelHealth {
  breaker: BreakerState;
  /** Calls in the window (neutral ones not counted). */
  calls: number;
  /** Share of the window's calls that succeeded; null before the first call. */
  successRate: number | null;
  /** Median latency of the window's successful calls, ms. */
  latencyP50Ms: number | null;
  consecutiveFailures: number;
  /**
   * Measured as unreliable (success rate under DEGRADED_BELOW over at least MIN_CALLS_TO_JUDGE
   * calls) or slow (median latency at or above `slowMs`): ranked after the healthy models.
   */
  degraded: boolean;
  /** When an open breaker lets a probe through. */
  retryAt?: string;
  lastError?: { code: string; at: string };
}

/** Reports how an admitted call ended; call it exactly once. */
export type CallRecorder = (outcome: CallOutcome) => void;

export interface HealthStore {
  /** May a call start now? Null when the breaker refuses; half-open admits one probe at a time. */
  admit(model: ModelRef): CallRecorder | null;
  view(model: ModelRef): ModelHealth;
  /** Models whose breaker refuses calls now, for the gauge. */
  openCount(provider: Provider): number;
}

export interface HealthOptions {
  /** Consecutive failures that open a breaker. */
  failureThreshold: number;
  /** First cool-down of an open breaker, ms. */
  cooldownMs: number;
  /** Providers whose models get a breaker (remote ones: a local expert's failures are its input's). */
  guarded: readonly Provider[];
  /** A median latency this high marks a model degraded (half the attempt timeout: one slow answer from timing out), ms. */
  slowMs: number;
  onTransition?: (provider: Provider, to: BreakerState) => void;
  now?: () => number;
}

/** The defaults of BREAKER_FAILURES, BREAKER_COOLDOWN_MS and half of TASK_TIMEOUT_MS. */
export const DEFAULT_HEALTH_OPTIONS: HealthOptions = { failureThreshold: 5, cooldownMs: 30_000, guarded: ['huggingface'], slowMs: 60_000 };

export const WINDOW_CALLS = 100;
export const MIN_CALLS_TO_JUDGE = 5;
export const DEGRADED_BELOW = 0.8;
export const WINDOW_MS = 10 * 60_000;
const MAX_COOLDOWN_FACTOR = 16;

interface Sample {
  at: number;
  ok: boolean;
  latencyMs: number;
}

interface Entry {
  provider: Provider;
  samples: Sample[];
  state: BreakerState;
  consecutiveFailures: number;
  failedProbes: number;
  openUntil: number;
  probing: boolean;
  lastError?: { code: string; at: number };
}

const UNKNOWN: ModelHealth = { breaker: 'closed', calls: 0, successRate: null, latencyP50Ms: null, consecutiveFailures: 0, degraded: false };

export function createHealthStore(options: HealthOptions): HealthStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const guarded = (provider: Provider) => options.guarded.includes(provider);

  const move = (entry: Entry, to: BreakerState) => {
    entry.state = to;
    options.onTransition?.(entry.provider, to);
  };
  /** An open breaker whose cool-down is over becomes half-open when someone looks. */
  const current = (entry: Entry, at: number): BreakerState => {
    if (entry.state === 'open' && at >= entry.openUntil) move(entry, 'half_open');
    return entry.state;
  };
  const entryOf = (model: ModelRef): Entry => {
    let entry = entries.get(model.id);
    if (!entry) {
      entry = { provider: model.provider, samples: [], state: 'closed', consecutiveFailures: 0, failedProbes: 0, openUntil: 0, probing: false };
      entries.set(model.id, entry);
    }
    return entry;
  };
  const open = (entry: Entry, at: number) => {
    const factor = Math.min(MAX_COOLDOWN_FACTOR, 2 ** entry.failedProbes);
    entry.openUntil = at + options.cooldownMs * factor;
    move(entry, 'open');
  };

  const record = (entry: Entry, outcome: CallOutcome, probe: boolean) => {
    if (outcome.kind === 'neutral') return;
    const at = now();
    entry.samples.push({ at, ok: outcome.kind === 'success', latencyMs: outcome.latencyMs });
    prune(entry.samples, at);
    if (outcome.kind === 'success') {
      entry.consecutiveFailures = 0;
      entry.failedProbes = 0;
      if (entry.state !== 'closed') move(entry, 'closed');
      return;
    }
    entry.consecutiveFailures++;
    entry.lastError = { code: outcome.code, at };
    if (!guarded(entry.provider)) return;
    const state = current(entry, at);
    if (state === 'half_open' && probe) {
      entry.failedProbes++;
      open(entry, at);
    } else if (state === 'closed' && entry.consecutiveFailures >= options.failureThreshold) {
      open(entry, at);
    }
  };

  return {
    admit(model) {
      const entry = entryOf(model);
      let probe = false;
      if (guarded(entry.provider)) {
        const state = current(entry, now());
        if (state === 'open' || (state === 'half_open' && entry.probing)) return null;
        probe = state === 'half_open';
        if (probe) entry.probing = true;
      }
      let recorded = false;
      return (outcome) => {
        if (recorded) return;
        recorded = true;
        if (probe) entry.probing = false;
        record(entry, outcome, probe);
      };
    },

    view(model) {
      const entry = entries.get(model.id);
      if (!entry) return UNKNOWN;
      const at = now();
      prune(entry.samples, at);
      const state = guarded(entry.provider) ? current(entry, at) : 'closed';
      const calls = entry.samples.length;
      const successes = entry.samples.filter((sample) => sample.ok);
      const successRate = calls ? round(successes.length / calls, 3) : null;
      const latencyP50Ms = successes.length ? Math.round(median(successes.map((sample) => sample.latencyMs))) : null;
      const unreliable = calls >= MIN_CALLS_TO_JUDGE && successRate! < DEGRADED_BELOW;
      const slow = latencyP50Ms !== null && latencyP50Ms >= options.slowMs;
      return {
        breaker: state,
        calls,
        successRate,
        latencyP50Ms,
        consecutiveFailures: entry.consecutiveFailures,
        degraded: unreliable || slow,
        ...(state === 'open' ? { retryAt: new Date(entry.openUntil).toISOString() } : {}),
        ...(entry.lastError ? { lastError: { code: entry.lastError.code, at: new Date(entry.lastError.at).toISOString() } } : {}),
      };
    },

    openCount(provider) {
      const at = now();
      let count = 0;
      for (const entry of entries.values()) if (entry.provider === provider && guarded(provider) && current(entry, at) === 'open') count++;
      return count;
    },
  };
}

function prune(samples: Sample[], at: number): void {
  let drop = Math.max(0, samples.length - WINDOW_CALLS);
  while (drop < samples.length && at - samples[drop]!.at > WINDOW_MS) drop++;
  if (drop > 0) samples.splice(0, drop);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Preference among models of one provider: healthy or unmeasured, degraded, half-open, open. */
export function healthTier(health: ModelHealth): number {
  if (health.breaker === 'open') return 3;
  if (health.breaker === 'half_open') return 2;
  return health.degraded ? 1 : 0;
}
