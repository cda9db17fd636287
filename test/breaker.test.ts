// Circuit breakers in the pipeline: the real Hugging Face client against a fake endpoint that
// fails, then recovers; and the executor's fallback order with scripted providers.
import t from 'tap';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import { executeTasks } from '../src/pipeline/execute-tasks.js';
import type { ModelEntry, Task } from '../src/pipeline/types.js';
import type { HealthStore } from '../src/registry/health.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { startFakeHuggingFace } from './fakes/hf-server.js';
import { buildTestApp } from './helper.js';
import { selectionsFor, testDeps } from './pipeline-helper.js';

const entry = (id: string, downloads: number): ModelEntry => ({
  id,
  task: 'summarization',
  provider: 'huggingface',
  downloads,
  likes: 0,
  tags: [],
  languages: [],
  license: null,
  description: 'a summarizer',
});
const SUMMARIZE: Task[] = [{ id: 0, task: 'summarization', dep: [], args: { text: 'A long text. It has two sentences.' } }];

t.test('a failing remote model is skipped once its breaker opens, probed after the cool-down, and closes again', async (t) => {
  const hf = await startFakeHuggingFace();
  t.teardown(() => hf.close());
  const big = 'acme/summarization-big';
  const small = 'acme/summarization-small';
  hf.setBehaviour(big, { fail: 503, message: 'Model is overloaded' });
  const app = await buildTestApp(
    t,
    // No expert cache: every round must call the models, whose health is what is measured.
    { CONTROLLER: 'rules', INFERENCE_MODE: 'huggingface', BREAKER_FAILURES: '2', BREAKER_COOLDOWN_MS: '1500', MODEL_RETRIES: '0', EXPERT_CACHE_SIZE: '0' },
    { providers: [createHuggingFaceProvider({ endpointUrl: `${hf.url}/models/{model}` })], catalogue: [entry(big, 1000), entry(small, 10)] },
  );
  const execute = async (selections?: Array<{ id: number; model: string }>) => {
    const response = await app.inject({ method: 'POST', url: '/execute', payload: { tasks: SUMMARIZE, ...(selections ? { selections } : {}) } });
    t.equal(response.statusCode, 200, response.body);
    return response.json();
  };
  const callsTo = (model: string) => hf.calls.filter((call) => call.model === model).length;
  const metrics = async () => (await app.inject({ method: 'GET', url: '/metrics' })).body;
  const healthOf = async (model: string) => {
    const listed = (await app.inject({ method: 'GET', url: '/models?task=summarization' })).json();
    return listed.models.find((info: { id: string }) => info.id === model).health;
  };

  for (let round = 1; round <= 2; round++) {
    const body = await execute();
    t.equal(body.selections[0].model, big, `round ${round}: the most downloaded model is selected`);
    t.match(body.results[0], { status: 'succeeded', model: small }, `round ${round}: the fallback answers`);
  }
  t.equal(callsTo(big), 2);
  t.match(await healthOf(big), { breaker: 'open', calls: 2, successRate: 0, consecutiveFailures: 2, retryAt: String, lastError: { code: 'EXPERT_FAILED' } });
  t.match(await healthOf(small), { breaker: 'closed', calls: 2, successRate: 1, latencyP50Ms: Number });
  let text = await metrics();
  t.match(text, /hugginggpt_breaker_transitions_total\{provider="huggingface",to="open"\} 1/);
  t.match(text, /hugginggpt_breakers_open\{provider="huggingface"\} 1/);
  t.notMatch(text, /acme\//, 'no model id in the labels');

  const third = await execute();
  t.equal(third.selections[0].model, small, 'selection ranks the open model last');
  t.same(third.selections[0].candidates, [small, big]);
  t.same(third.results[0].attempts.map((attempt: { model: string }) => attempt.model), [small]);
  t.equal(callsTo(big), 2, 'no call reached the open model');

  const refused = await execute([{ id: 0, model: big }]);
  t.same(refused.results[0].attempts.map((attempt: { model: string }) => attempt.model), [small], 'even when imposed, the open model is skipped');

  hf.setBehaviour(big, {});
  await new Promise((resolve) => setTimeout(resolve, 1550));
  t.equal((await healthOf(big)).breaker, 'half_open');
  const probe = await execute([{ id: 0, model: big }]);
  t.match(probe.results[0], { status: 'succeeded', model: big }, 'the probe went through and succeeded');
  t.match(await healthOf(big), { breaker: 'closed', consecutiveFailures: 0, calls: 3 });
  text = await metrics();
  t.match(text, /hugginggpt_breaker_transitions_total\{provider="huggingface",to="half_open"\} 1/);
  t.match(text, /hugginggpt_breaker_transitions_total\{provider="huggingface",to="closed"\} 1/);
  t.match(text, /hugginggpt_breakers_open\{provider="huggingface"\} 0/);
  t.match(text, /hugginggpt_breaker_transitions_total\{provider="local",to="open"\} 0/, 'every series exists from the start');
});

function failTimes(health: HealthStore, id: string, times: number, latencyMs = 10) {
  for (let i = 0; i < times; i++) health.admit({ id, provider: 'huggingface' })?.({ kind: 'failure', code: 'EXPERT_FAILED', latencyMs });
}

t.test("the executor's fallback tries healthy models before degraded and open ones", async (t) => {
  const provider = scriptedProvider(
    'huggingface',
    ['first', 'open', 'degraded', 'healthy'].map((id) => ({ id, task: 'summarization' as const, failTimes: id === 'first' ? Infinity : 0, failure: { retryable: false } })),
  );
  const deps = await testDeps(t, { providers: [provider], settings: { maxModelsPerTask: 4 } });
  const { health } = deps.registry;
  failTimes(health, 'open', 5);
  failTimes(health, 'degraded', 2);
  for (let i = 0; i < 4; i++) health.admit({ id: 'degraded', provider: 'huggingface' })!({ kind: 'success', latencyMs: 5 });
  t.match(health.view({ id: 'degraded', provider: 'huggingface' }), { breaker: 'closed', successRate: 0.667, degraded: true });

  const [result] = await executeTasks({ tasks: SUMMARIZE, selections: selectionsFor(SUMMARIZE, { 0: ['first', 'open', 'degraded', 'healthy'] }, 'huggingface') }, deps, {});
  t.match(result, { status: 'succeeded', model: 'healthy' });
  t.same(
    result!.attempts.map((attempt) => attempt.model),
    ['first', 'healthy'],
    'the chosen model first, then the healthy fallback; the degraded one was not needed and the open one never called',
  );
  t.notOk(provider.calls.some((call) => call.model === 'open'));
  t.same(
    deps.registry.candidates('summarization').map((model) => model.id),
    ['first', 'healthy', 'degraded', 'open'],
    'selection ranks by health, then downloads (all 0 here: listing order)',
  );
});

t.test('failures that are not the model’s fault never open its breaker', async (t) => {
  const provider = scriptedProvider('huggingface', [
    { id: 'picky', task: 'summarization', failTimes: Infinity, failure: { code: 'EXPERT_BAD_INPUT', retryable: false, tryNextModel: false, message: 'text too long' } },
  ]);
  const deps = await testDeps(t, { providers: [provider] });
  for (let i = 0; i < 8; i++) {
    const [result] = await executeTasks({ tasks: SUMMARIZE, selections: selectionsFor(SUMMARIZE, { 0: ['picky'] }, 'huggingface') }, deps, {});
    t.equal(result!.error!.code, 'EXPERT_BAD_INPUT');
  }
  t.match(deps.registry.health.view({ id: 'picky', provider: 'huggingface' }), { breaker: 'closed', calls: 0 });
  t.equal(provider.calls.length, 8);
});

t.test('a task whose only model has an open breaker fails at once and says why', async (t) => {
  const provider = scriptedProvider('huggingface', [{ id: 'down', task: 'summarization' }]);
  const deps = await testDeps(t, { providers: [provider] });
  failTimes(deps.registry.health, 'down', 5);
  const [result] = await executeTasks({ tasks: SUMMARIZE, selections: selectionsFor(SUMMARIZE, { 0: ['down'] }, 'huggingface') }, deps, {});
  t.match(result, { status: 'failed', error: { code: 'NO_MODEL_AVAILABLE', message: /circuit breaker is open: down/ }, attempts: [] });
  t.equal(provider.calls.length, 0);
});

t.test('a cancelled call leaves the breaker as it was', async (t) => {
  const provider = scriptedProvider('huggingface', [{ id: 'slow', task: 'summarization', delayMs: 5000 }]);
  const deps = await testDeps(t, { providers: [provider] });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const [result] = await executeTasks({ tasks: SUMMARIZE, selections: selectionsFor(SUMMARIZE, { 0: ['slow'] }, 'huggingface') }, deps, { signal: controller.signal });
  t.equal(result!.error!.code, 'CANCELLED');
  t.match(deps.registry.health.view({ id: 'slow', provider: 'huggingface' }), { breaker: 'closed', calls: 0, consecutiveFailures: 0 });
});
