import t from 'tap';
import { loadConfig } from '../src/config.js';
import { chooseController, rulesFirst } from '../src/controllers/index.js';
import type { LlmClient } from '../src/controllers/llm/client.js';
import { AppError, PlannerFailedError, PlanTimeoutError } from '../src/pipeline/errors.js';
import type { Controller } from '../src/pipeline/types.js';

const llm: LlmClient = { model: 'fake', complete: async () => ({ text: '', promptTokens: 0, completionTokens: 0 }) };

t.test('CONTROLLER picks the controller; llm without an LLM is unavailable with the reason', async (t) => {
  t.equal(chooseController(loadConfig({}), null).controller?.name, 'rules', 'auto without an LLM: rules');
  t.equal(chooseController(loadConfig({ OPENAI_API_KEY: 'sk-x' }), llm).controller?.name, 'llm', 'auto with an LLM: llm');
  t.equal(chooseController(loadConfig({ OPENAI_API_KEY: 'sk-x', CONTROLLER: 'rules' }), llm).controller?.name, 'rules');
  t.equal(chooseController(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:1/v1', CONTROLLER: 'rules-first' }), llm).controller?.name, 'rules-first');
  t.equal(chooseController(loadConfig({ CONTROLLER: 'rules-first' }), null).controller?.name, 'rules', 'rules-first without an LLM: rules');
  const none = chooseController(loadConfig({ CONTROLLER: 'llm' }), null);
  t.equal(none.controller, null);
  t.match(none.unavailableReason, /CONTROLLER=llm but no LLM is configured/);
});

t.test('rules-first: the rules plan and choose when they understand; the LLM plans the rest and answers', async (t) => {
  const calls: string[] = [];
  const fake = (name: string, tasks: number): Controller => ({
    name,
    plan: async () => {
      calls.push(`${name}.plan`);
      return { tasks: Array.from({ length: tasks }, (_, id) => ({ id, task: 'summarization' as const, dep: [], args: { text: 'x' } })) };
    },
    chooseModels: async () => {
      calls.push(`${name}.choose`);
      return [];
    },
    respond: async () => {
      calls.push(`${name}.respond`);
      return name;
    },
  });
  const understood = rulesFirst(fake('rules', 1), fake('llm', 2));
  t.equal((await understood.plan({ request: 'x', history: [] }, {})).tasks.length, 1);
  await understood.chooseModels({ request: 'x', tasks: [] }, {});
  t.equal(await understood.respond({ request: 'x', history: [], tasks: [], selections: [], results: [] }, {}), 'llm');
  t.same(calls, ['rules.plan', 'rules.choose', 'llm.respond']);

  calls.length = 0;
  const notUnderstood = rulesFirst(fake('rules', 0), fake('llm', 2));
  t.equal((await notUnderstood.plan({ request: 'x', history: [] }, {})).tasks.length, 2);
  t.same(calls, ['rules.plan', 'llm.plan']);
});

t.test('rules-first: rule-based plans below RULES_MIN_CONFIDENCE go to the LLM', async (t) => {
  const calls: string[] = [];
  const fake = (name: string, tasks: number, confidence?: number): Controller => ({
    name,
    plan: async () => {
      calls.push(`${name}.plan`);
      return { tasks: Array.from({ length: tasks }, (_, id) => ({ id, task: 'summarization' as const, dep: [], args: { text: 'x' } })), ...(confidence !== undefined ? { confidence } : {}) };
    },
    chooseModels: async () => [],
    respond: async () => name,
  });
  const unsure = rulesFirst(fake('rules', 1, 0.4), fake('llm', 2), 0.6);
  t.equal((await unsure.plan({ request: 'x', history: [] }, {})).tasks.length, 2);
  t.same(calls, ['rules.plan', 'llm.plan']);
  calls.length = 0;
  const sure = rulesFirst(fake('rules', 1, 0.7), fake('llm', 2), 0.6);
  t.equal((await sure.plan({ request: 'x', history: [] }, {})).tasks.length, 1);
  t.same(calls, ['rules.plan']);
  calls.length = 0;
  const smallTalk = rulesFirst(fake('rules', 0, 0.9), fake('llm', 2), 0.6);
  t.equal((await smallTalk.plan({ request: 'thanks!', history: [] }, {})).tasks.length, 0, 'a sure "nothing to do" needs no LLM plan');
  t.same(calls, ['rules.plan']);
  t.equal(loadConfig({}).RULES_MIN_CONFIDENCE, 0.6);
  t.throws(() => loadConfig({ RULES_MIN_CONFIDENCE: '1.5' }), /RULES_MIN_CONFIDENCE/);
});

t.test('rules-first: when the rule planner\'s worker times out, stops or is full, the LLM plans', async (t) => {
  const llmPlan: Controller = { name: 'llm', plan: async () => ({ tasks: [{ id: 0, task: 'summarization', dep: [], args: { text: 'x' } }] }), chooseModels: async () => [], respond: async () => 'llm' };
  const failing = (error: Error): Controller => ({ name: 'rules', plan: async () => Promise.reject(error), chooseModels: async () => [], respond: async () => 'rules' });
  for (const error of [new PlanTimeoutError(5000, 100_000), new PlannerFailedError('exit code 1'), new AppError('OVERLOADED', 'The planner is busy')]) {
    t.equal((await rulesFirst(failing(error), llmPlan).plan({ request: 'x', history: [] }, {})).tasks.length, 1, (error as AppError).code);
  }
  // A request the rules refuse (too many tasks) is not the worker's failure: it stays refused.
  await t.rejects(rulesFirst(failing(new AppError('PLAN_TOO_LARGE', 'too many')), llmPlan).plan({ request: 'x', history: [] }, {}), { code: 'PLAN_TOO_LARGE' });
});
