// The planning prompt keeps what changes a plan, in fewer characters. Measured with a scripted LLM
// planner (fakes/scripted-planner.ts) that knows only the prompt: given the gold plans of the 268
// TaskBench huggingface dev requests, it writes them in the service's contract from the prompt's
// task signatures alone. The prompt before the cuts (5.4k characters: a description per task type,
// four demonstrations) let it write 254 of them validly on the first try (the other 14 gold plans
// break the contract whatever the prompt: a reference of the wrong kind, say); the compact one must
// do as well. Cuts that do lose information (argument kinds, output kinds) are shown to score lower.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { loadConfig } from '../src/config.js';
import { createLlmClient } from '../src/controllers/llm/client.js';
import { createLlmController } from '../src/controllers/llm/index.js';
import { readPlan } from '../src/controllers/llm/plan.js';
import { PLAN_DEMOS, PLAN_SYSTEM, demoMessages, planUserMessage } from '../src/controllers/llm/prompts.js';
import { validatePlan } from '../src/pipeline/task-graph.js';
import { TASK_TYPES, TASK_TYPE_NAMES } from '../src/registry/task-types.js';
import { startFakeOpenAI } from './fakes/openai-server.js';
import { readSignatures, scriptedPlan, type GoldSample } from './fakes/scripted-planner.js';

const SAMPLES = readFileSync(new URL('../bench/data/taskbench/huggingface/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as GoldSample);
/** What the scripted planner wrote validly with the prompt as it was before the cuts (measured, see above). */
const BEFORE_THE_CUTS = 254;

const validWith = (prompt: string) => SAMPLES.filter((sample) => readPlan(scriptedPlan(readSignatures(prompt), sample) ?? '', 20).ok).length;

t.test('every task type is stated whole: argument names, kinds, which are required, output kinds', async (t) => {
  const signatures = readSignatures(PLAN_SYSTEM);
  t.same([...signatures.keys()], TASK_TYPE_NAMES);
  for (const name of TASK_TYPE_NAMES) {
    const spec = TASK_TYPES[name];
    const expected = Object.entries(spec.args).map(([arg, info]) => ({ name: arg, kind: info.option ? 'setting' : info.kind, required: info.required }));
    t.same(signatures.get(name), { args: expected, outputs: [...spec.outputs] }, name);
  }
});

t.test('the scripted planner writes as many TaskBench plans validly as before the cuts, through the real controller', async (t) => {
  const fake = await startFakeOpenAI(({ body }) => {
    const signatures = readSignatures(body.messages[0]!.content);
    const sample = SAMPLES.find((entry) => entry.request === body.messages.at(-1)!.content);
    return { content: (sample && scriptedPlan(signatures, sample)) ?? '{"tasks": []}' };
  });
  t.teardown(() => fake.close());
  const config = loadConfig({ OPENAI_BASE_URL: fake.url, LLM_MAX_RETRIES: '0' });
  const controller = createLlmController(createLlmClient({ config }), config);
  let valid = 0;
  for (const sample of SAMPLES) {
    const before = fake.requests.length;
    const draft = await controller.plan({ request: sample.request, history: [] }, {}).catch(() => undefined);
    if (draft && fake.requests.length - before === 1) valid++;
  }
  t.ok(valid >= BEFORE_THE_CUTS, `${valid} of ${SAMPLES.length} plans valid on the first try (before the cuts: ${BEFORE_THE_CUTS})`);
  t.ok(PLAN_SYSTEM.length < 2200, `the system prompt has ${PLAN_SYSTEM.length} characters (3,738 before)`);
});

t.test('the measure sees a cut that loses information', async (t) => {
  const withoutKinds = PLAN_SYSTEM.replace(/:(text|image|audio|video)\b/g, '');
  const withoutOutputs = PLAN_SYSTEM.replace(/->[a-z,]+/g, '->text');
  t.equal(validWith(PLAN_SYSTEM), BEFORE_THE_CUTS);
  t.ok(validWith(withoutKinds) < BEFORE_THE_CUTS - 20, `without argument kinds: ${validWith(withoutKinds)}`);
  t.ok(validWith(withoutOutputs) < BEFORE_THE_CUTS - 20, `with every output said to be text: ${validWith(withoutOutputs)}`);
});

t.test('two demonstrations cover the rules: references to text, image and audio, a setting, one output used twice', async (t) => {
  const tasks = PLAN_DEMOS.flatMap((demo) => {
    const check = validatePlan((demo.plan as { tasks: unknown }).tasks);
    t.ok(check.ok, `valid: ${demo.request}`);
    return check.ok ? check.tasks.map((task) => ({ ...task, demo: demo.request })) : [];
  });
  const producedKinds = new Set(
    tasks.flatMap((task) =>
      Object.entries(task.args)
        .filter(([, value]) => value.startsWith('<GENERATED>-'))
        .map(([name]) => TASK_TYPES[task.task].args[name]!.kind),
    ),
  );
  t.same([...producedKinds].sort(), ['image', 'text'], 'references take text and images');
  t.ok(tasks.some((task) => Object.values(task.args).some((value) => value.endsWith('.wav'))), 'an audio input');
  t.ok(tasks.some((task) => TASK_TYPES[task.task].outputs.includes('audio')), 'an audio output');
  t.ok(tasks.some((task) => task.args.target_language === 'es'), 'a setting');
  const used = tasks.flatMap((task) => task.dep.map((k) => `${task.demo}#${k}`));
  t.ok(used.some((key, index) => used.indexOf(key) !== index), 'one output used by two tasks');
  t.match(PLAN_SYSTEM, /\{"tasks":\[\],"explanation":"<why>"\}/, 'the empty plan is a rule, not a demonstration');
  const prompt = [PLAN_SYSTEM, ...demoMessages().map((message) => message.content), planUserMessage('Describe /examples/a.jpg', '')].join('');
  t.ok(prompt.length < 2900, `the whole planning prompt of a short request has ${prompt.length} characters (5,4k before)`);
});
