// The health store on its own, with a fake clock: the breaker's closed → open → half-open →
// closed cycle, what counts as a failure, the sliding window, and the ranking tiers.
import t from 'tap';
import { WINDOW_CALLS, WINDOW_MS, createHealthStore, healthTier, type BreakerState, type CallOutcome, type HealthOptions, type ModelRef } from '../src/registry/health.js';

const remote: ModelRef = { id: 'hf/model', provider: 'huggingface' };
const local: ModelRef = { id: 'local/model', provider: 'local' };

function store(options: Partial<HealthOptions> = {}) {
  const clock = { now: 1_000_000 };
  const transitions: Array<[string, BreakerState]> = [];
  const health = createHealthStore({
    failureThreshold: 3,
    cooldownMs: 1000,
    guarded: ['huggingface'],
    slowMs: 5000,
    onTransition: (provider, to) => transitions.push([provider, to]),
    now: () => clock.now,
    ...options,
  });
  /** Records a call if the breaker admits it; says whether it did. */
  const call = (model: ModelRef, outcome: CallOutcome) => {
    const record = health.admit(model);
    record?.(outcome);
    return record !== null;
  };
  const fail = (model = remote) => call(model, { kind: 'failure', code: 'EXPERT_FAILED', latencyMs: 10 });
  const succeed = (model = remote, latencyMs = 20) => call(model, { kind: 'success', latencyMs });
  return { health, clock, transitions, fail, succeed };
}

t.test('consecutive failures open the breaker; after the cool-down one probe decides', async (t) => {
  const { health, clock, transitions, fail, succeed } = store();
  fail();
  fail();
  t.equal(health.view(remote).breaker, 'closed', 'two failures are not enough');
  fail();
  t.equal(health.view(remote).breaker, 'open');
  t.equal(health.admit(remote), null, 'an open breaker refuses calls');
  t.equal(health.openCount('huggingface'), 1);
  t.equal(health.view(remote).retryAt, new Date(clock.now + 1000).toISOString());

  clock.now += 1000;
  t.equal(health.view(remote).breaker, 'half_open', 'the cool-down is over');
  t.equal(health.openCount('huggingface'), 0);
  const probe = health.admit(remote);
  t.ok(probe, 'one probe goes through');
  t.equal(health.admit(remote), null, 'a second call waits for the probe');
  probe!({ kind: 'success', latencyMs: 30 });
  t.equal(health.view(remote).breaker, 'closed');
  t.equal(health.view(remote).consecutiveFailures, 0);
  t.ok(succeed(), 'calls go through again');
  t.same(transitions, [
    ['huggingface', 'open'],
    ['huggingface', 'half_open'],
    ['huggingface', 'closed'],
  ]);
});

t.test('a failed probe opens the breaker again for twice as long, up to 16 times', async (t) => {
  const { health, clock, fail, succeed } = store();
  for (let i = 0; i < 3; i++) fail();
  const cooldowns: number[] = [];
  for (let round = 0; round < 6; round++) {
    const opened = Date.parse(health.view(remote).retryAt!) - clock.now;
    cooldowns.push(opened);
    clock.now += opened;
    fail();
  }
  t.same(cooldowns, [1000, 2000, 4000, 8000, 16000, 16000]);
  clock.now += 16000;
  t.ok(succeed(), 'the probe succeeds');
  t.equal(health.view(remote).breaker, 'closed');
  for (let i = 0; i < 3; i++) fail();
  t.equal(Date.parse(health.view(remote).retryAt!) - clock.now, 1000, 'a success resets the cool-down');
});

t.test('neutral outcomes (bad input, cancellation) neither count nor hold a probe', async (t) => {
  const { health, clock, fail } = store();
  for (let i = 0; i < 2; i++) fail();
  for (let i = 0; i < 5; i++) health.admit(remote)!({ kind: 'neutral' });
  t.equal(health.view(remote).breaker, 'closed');
  t.equal(health.view(remote).calls, 2, 'neutral calls are not in the figures');
  fail();
  clock.now += 1000;
  health.admit(remote)!({ kind: 'neutral' });
  t.ok(health.admit(remote), 'a cancelled probe frees the probe slot');
});

t.test('a recorder counts once', async (t) => {
  const { health } = store();
  const record = health.admit(remote)!;
  record({ kind: 'failure', code: 'EXPERT_FAILED', latencyMs: 1 });
  record({ kind: 'neutral' });
  record({ kind: 'success', latencyMs: 1 });
  t.match(health.view(remote), { calls: 1, successRate: 0, consecutiveFailures: 1 });
});

t.test('local experts get figures but no breaker', async (t) => {
  const { health, fail, transitions } = store();
  for (let i = 0; i < 10; i++) fail(local);
  t.match(health.view(local), { breaker: 'closed', calls: 10, successRate: 0, consecutiveFailures: 10, degraded: true, lastError: { code: 'EXPERT_FAILED' } });
  t.ok(health.admit(local));
  t.equal(health.openCount('local'), 0);
  t.same(transitions, []);
});

t.test('the figures: success rate, median latency, a window of recent calls', async (t) => {
  const { health, clock, fail, succeed } = store({ failureThreshold: 1000 });
  t.same(health.view(remote), { breaker: 'closed', calls: 0, successRate: null, latencyP50Ms: null, consecutiveFailures: 0, degraded: false });
  for (const latency of [100, 300, 200]) succeed(remote, latency);
  fail();
  t.match(health.view(remote), { calls: 4, successRate: 0.75, latencyP50Ms: 200 });

  for (let i = 0; i < WINDOW_CALLS; i++) succeed(remote, 50);
  t.match(health.view(remote), { calls: WINDOW_CALLS, successRate: 1, latencyP50Ms: 50 }, 'only the last calls count');

  clock.now += WINDOW_MS + 1;
  t.match(health.view(remote), { calls: 0, successRate: null }, 'old calls expire');
});

t.test('degraded: unreliable over enough calls, or slow', async (t) => {
  const { health, fail, succeed } = store({ failureThreshold: 1000 });
  for (let i = 0; i < 3; i++) fail();
  t.equal(health.view(remote).degraded, false, 'three calls are too few to judge');
  for (let i = 0; i < 7; i++) succeed();
  t.match(health.view(remote), { calls: 10, successRate: 0.7, degraded: true });
  for (let i = 0; i < 10; i++) succeed();
  t.match(health.view(remote), { successRate: 0.85, degraded: false });

  const slow: ModelRef = { id: 'hf/slow', provider: 'huggingface' };
  succeed(slow, 6000);
  t.match(health.view(slow), { latencyP50Ms: 6000, degraded: true }, 'slower than half the attempt timeout');
});

t.test('tiers order healthy, degraded, half-open, open', async (t) => {
  const base = { calls: 0, successRate: null, latencyP50Ms: null, consecutiveFailures: 0 };
  t.same(
    [
      { ...base, breaker: 'open' as const, degraded: true },
      { ...base, breaker: 'closed' as const, degraded: false },
      { ...base, breaker: 'half_open' as const, degraded: false },
      { ...base, breaker: 'closed' as const, degraded: true },
    ].map(healthTier),
    [3, 0, 2, 1],
  );
});
