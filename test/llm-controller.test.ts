import { countTokens } from 'gpt-tokenizer';
import t, { type Test } from 'tap';
import { loadConfig } from '../src/config.js';
import { createLlmClient } from '../src/controllers/llm/client.js';
import { createLlmController } from '../src/controllers/llm/index.js';
import { PlanUnrepairableError, LlmError } from '../src/pipeline/errors.js';
import { createUsageTracker } from '../src/pipeline/usage.js';
import { startFakeOpenAI, type FakeOpenAI } from './fakes/openai-server.js';

async function setup(t: Test, env: Record<string, string> = {}) {
  const fake = await startFakeOpenAI();
  t.teardown(() => fake.close());
  const config = loadConfig({ OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-test', LLM_MAX_RETRIES: '0', ...env });
  const controller = createLlmController(createLlmClient({ config }), config);
  return { fake, controller, config };
}

const VALID_PLAN = {
  tasks: [
    { id: 0, task: 'object-detection', dep: [-1], args: { image: '/examples/b.jpg' } },
    { id: 1, task: 'text-to-speech', dep: [0], args: { text: '<GENERATED>-0' } },
  ],
  explanation: '',
};

t.test('a valid plan is parsed and normalised in one call', async (t) => {
  const { fake, controller } = await setup(t);
  fake.handle(() => ({ content: `Here is the plan:\n\`\`\`json\n${JSON.stringify(VALID_PLAN)}\n\`\`\`` }));
  const usage = createUsageTracker();
  const draft = await controller.plan({ request: 'detect the objects in /examples/b.jpg and read them out', history: [] }, { usage });
  t.same(draft.tasks, [
    { id: 0, task: 'object-detection', dep: [], args: { image: '/examples/b.jpg' } },
    { id: 1, task: 'text-to-speech', dep: [0], args: { text: '<GENERATED>-0' } },
  ]);
  t.equal(fake.requests.length, 1);
  const [request] = fake.requests;
  t.equal(request!.headers.authorization, 'Bearer sk-test');
  t.equal(request!.body.model, 'gpt-4o-mini');
  t.equal(request!.body.temperature, 0);
  t.match(request!.body.messages[0]!.content, /^object-detection\(image\)->text,image # find, count, box objects$/m, 'the task list comes from the registry, one compact line per type');
  t.match(request!.body.messages[0]!.content, /^translation\(text,target_language\?:setting,source_language\?:setting\)->text$/m, 'optional arguments and settings are marked');
  t.ok(request!.body.messages.length > 3, 'demonstrations are included');
  t.equal(request!.body.messages.at(-1)!.content, 'detect the objects in /examples/b.jpg and read them out', 'without a chat before it, the request alone');
  t.notOk(request!.body.response_format, 'no structured output unless configured');
  t.match(usage.total(), { calls: 1, byPurpose: { plan: { calls: 1 } } });
});

t.test('a malformed plan gets one repair round that lists every problem', async (t) => {
  const { fake, controller } = await setup(t);
  fake.handle(({ purpose }) =>
    purpose === 'plan'
      ? { content: { tasks: [{ id: 0, task: 'image-captioning', dep: [], args: { image: 'a.jpg' } }, { id: 1, task: 'text-to-speech', dep: [], args: { text: '<GENERATED>-0' } }] } }
      : { content: VALID_PLAN },
  );
  const usage = createUsageTracker();
  const draft = await controller.plan({ request: 'caption a.jpg and read it', history: [] }, { usage });
  t.equal(draft.tasks.length, 2);
  t.same(fake.requests.map((request) => request.purpose), ['plan', 'repair']);
  const repair = fake.requests[1]!.body.messages;
  t.equal(repair.at(-2)!.role, 'assistant', 'the model sees its own answer');
  t.match(repair.at(-1)!.content, /unknown task type "image-captioning"/);
  t.match(repair.at(-1)!.content, /<GENERATED>-0 but task 0 is not in its "dep" list/);
  t.match(usage.total(), { calls: 2, byPurpose: { plan: { calls: 1 }, repair: { calls: 1 } } });
});

t.test('prose without JSON is repaired too; a plan still invalid after repair is a clear error keeping the raw text', async (t) => {
  const { fake, controller } = await setup(t);
  fake.handle(({ purpose }) => ({ content: purpose === 'plan' ? 'Sure! I would detect objects first.' : '[{"id": 0, "task": "object-detection", "dep": [5], "args": {}}]' }));
  const error = await controller.plan({ request: 'detect objects', history: [] }, {}).catch((caught: unknown) => caught);
  t.type(error, PlanUnrepairableError);
  const failure = error as PlanUnrepairableError;
  t.equal(failure.code, 'PLAN_UNREPAIRABLE');
  t.match(failure.rawText, /"dep": \[5\]/);
  t.match(JSON.stringify(failure.details), /missing required argument \\"image\\"/);
  t.match(JSON.stringify(failure.details), /depends on task 5, which does not exist/);
  t.match(fake.requests[1]!.body.messages.at(-1)!.content, /contains no JSON object or array/);
});

t.test('LLM_RESPONSE_FORMAT=json_schema sends a strict schema derived from the registry', async (t) => {
  const { fake, controller } = await setup(t, { LLM_RESPONSE_FORMAT: 'json_schema' });
  fake.handle(() => ({ content: VALID_PLAN }));
  await controller.plan({ request: 'detect objects in /examples/b.jpg', history: [] }, {});
  const format = fake.requests[0]!.body.response_format!;
  t.equal(format.type, 'json_schema');
  t.equal(format.json_schema!.strict, true);
  const schema = format.json_schema!.schema as { properties: { tasks: { items: { properties: { task: { enum: string[] }; args: { required: string[] } } } } } };
  t.ok(schema.properties.tasks.items.properties.task.enum.includes('visual-question-answering'));
  t.ok(schema.properties.tasks.items.properties.args.required.includes('target_language'));
});

t.test('the chat history is trimmed oldest first to fit the context window', async (t) => {
  const { fake, controller } = await setup(t, { LLM_CONTEXT_TOKENS: '4096', LLM_MAX_OUTPUT_TOKENS: '256' });
  fake.handle(() => ({ content: VALID_PLAN }));
  const history = Array.from({ length: 60 }, (_, i) => ({ role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant', content: `turn ${i}: ${'words '.repeat(40)}` }));
  await controller.plan({ request: 'now detect objects in /examples/a.jpg', history }, {});
  const prompt = fake.requests[0]!.body.messages.map((message) => message.content).join('\n');
  t.match(prompt, /turn 59:/, 'the latest turn is kept');
  t.notMatch(prompt, /turn 0:/, 'the oldest turn is dropped');
  t.ok(countTokens(prompt) < (4096 - 256) * 0.9 + 50, `prompt of ${countTokens(prompt)} tokens fits the budget`);
});

t.test('a request too long for the model is a clear error, not a silent truncation', async (t) => {
  const { controller } = await setup(t, { LLM_CONTEXT_TOKENS: '2048', LLM_MAX_OUTPUT_TOKENS: '256' });
  const error = await controller.plan({ request: 'summarize: ' + 'x '.repeat(10_000), history: [] }, {}).catch((caught: unknown) => caught);
  t.match(error, { code: 'REQUEST_TOO_LONG' });
});

t.test('model choice: one call for every task, candidates described within budget', async (t) => {
  const { fake, controller } = await setup(t);
  fake.handle(() => ({ content: { selections: [{ id: 0, model: 'b', reason: 'better on news' }, { id: 2, model: 'x', reason: 'fast' }] } }));
  const candidate = (id: string) => ({ id, task: 'summarization' as const, provider: 'huggingface' as const, downloads: 10, likes: 1, tags: [], languages: ['en'], license: null, description: `model ${id} ${'detail '.repeat(100)}` });
  const choices = await controller.chooseModels(
    {
      request: 'summarize these',
      tasks: [
        { task: { id: 0, task: 'summarization', dep: [], args: { text: 'one' } }, candidates: [candidate('a'), candidate('b')] },
        { task: { id: 2, task: 'summarization', dep: [], args: { text: 'two' } }, candidates: [candidate('x'), candidate('y')] },
      ],
    },
    {},
  );
  t.same(choices, [{ id: 0, model: 'b', reason: 'better on news' }, { id: 2, model: 'x', reason: 'fast' }]);
  t.equal(fake.requests.length, 1);
  t.equal(fake.requests[0]!.purpose, 'select');
  const prompt = fake.requests[0]!.body.messages.at(-1)!.content;
  t.match(prompt, /^a \[remote, 10 downloads, en\]: model a detail/m, 'each model is described once, in a list');
  t.match(prompt, /"candidates":\["a","b"\]/, 'tasks name their candidates by id');
  t.ok(prompt.length < 1500, `descriptions were shortened (${prompt.length} characters)`);
});

t.test('the answer prompt carries results, files and failures, shrunk to the budget', async (t) => {
  const { fake, controller } = await setup(t);
  fake.handle(() => ({ content: '  I found 2 zebras. Files: /artifacts/x.png  ' }));
  const answer = await controller.respond(
    {
      request: 'count the zebras',
      history: [],
      tasks: [{ id: 0, task: 'object-detection', dep: [], args: { image: '/examples/b.jpg' } }, { id: 1, task: 'text-to-speech', dep: [0], args: { text: '<GENERATED>-0' } }],
      selections: [{ id: 0, task: 'object-detection', model: 'facebook/detr-resnet-50', provider: 'huggingface', reason: 'most downloaded', source: 'controller', candidates: [] }],
      results: [
        { id: 0, task: 'object-detection', status: 'succeeded', model: 'facebook/detr-resnet-50', provider: 'huggingface', output: { text: '2 zebras', image: { artifact: 'x.png', url: '/artifacts/x.png', mime: 'image/png' }, data: Array.from({ length: 500 }, () => ({ label: 'zebra', score: 0.9 })) }, error: null, attempts: [], startedAt: null, finishedAt: null, durationMs: 5 },
        { id: 1, task: 'text-to-speech', status: 'failed', model: null, provider: null, output: null, error: { code: 'EXPERT_FAILED', message: 'tts is down' }, attempts: [], startedAt: null, finishedAt: null, durationMs: 1 },
      ],
    },
    {},
  );
  t.equal(answer, 'I found 2 zebras. Files: /artifacts/x.png');
  const prompt = fake.requests[0]!.body.messages.at(-1)!.content;
  t.match(prompt, /facebook\/detr-resnet-50/);
  t.match(prompt, /\/artifacts\/x\.png/);
  t.match(prompt, /tts is down/);
  t.ok(prompt.length < 8000, `structured data was clipped (${prompt.length} chars)`);
});

t.test('upstream failures: retried within bounds, then a typed error', async (t) => {
  const { fake, config } = await setup(t, { LLM_MAX_RETRIES: '1' });
  let calls = 0;
  fake.handle(() => (++calls === 1 ? { status: 503 } : { content: 'ok' }));
  const client = createLlmClient({ config });
  const reply = await client.complete({ purpose: 'respond', messages: [{ role: 'user', content: 'hi' }] }, {});
  t.equal(reply.text, 'ok');
  t.equal(fake.requests.length, 2, 'one retry after the 503');

  fake.handle(() => ({ status: 401 }));
  const unauthorised = await client.complete({ purpose: 'respond', messages: [{ role: 'user', content: 'hi' }] }, {}).catch((caught: unknown) => caught);
  t.type(unauthorised, LlmError);
  t.match(unauthorised, { code: 'LLM_ERROR', message: /HTTP 401.*OPENAI_API_KEY/ });
});

t.test('a slow LLM times out with LLM_TIMEOUT; an aborted request stops at once', async (t) => {
  const { fake } = await setup(t);
  fake.handle(() => ({ content: 'late', delayMs: 1500 }));
  const client = createLlmClient({ config: loadConfig({ OPENAI_BASE_URL: fake.url, LLM_TIMEOUT_MS: '200', LLM_MAX_RETRIES: '0' }) });
  const timeout = await client.complete({ purpose: 'plan', messages: [{ role: 'user', content: 'hi' }] }, {}).catch((caught: unknown) => caught);
  t.match(timeout, { code: 'LLM_TIMEOUT' });
  const abort = new AbortController();
  setTimeout(() => abort.abort(), 50);
  const aborted = await client.complete({ purpose: 'plan', messages: [{ role: 'user', content: 'hi' }] }, { signal: abort.signal }).catch((caught: unknown) => caught);
  t.match(aborted, { code: 'REQUEST_ABORTED' });
  t.equal(fake.requests.at(-1)!.headers.authorization, 'Bearer not-needed', 'self-hosted servers need no key');
});

t.test('tokens are counted, not estimated from characters: Chinese and Japanese prompts fit the budget too', async (t) => {
  const { estimateTokens, clip } = await import('../src/controllers/llm/tokens.js');
  const chinese = '我们今天去公园散步，天气很好。'.repeat(100);
  t.ok(estimateTokens(chinese) > chinese.length / 3.5 * 2, `${estimateTokens(chinese)} tokens for ${chinese.length} characters`);
  t.equal(estimateTokens('hello world'), 2);
  const clipped = clip(chinese, 50);
  t.ok(estimateTokens(clipped) <= 50, `clipped to ${estimateTokens(clipped)} tokens`);
  t.ok(clipped.length > 10 && clipped.length < chinese.length);
  t.equal(clip('short text', 50), 'short text');

  const { fake, controller } = await setup(t, { LLM_CONTEXT_TOKENS: '4096', LLM_MAX_OUTPUT_TOKENS: '256' });
  fake.handle(() => ({ content: VALID_PLAN }));
  const history = Array.from({ length: 40 }, (_, i) => ({ role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant', content: `第${i}轮：${'今日は公園を散歩しました。'.repeat(12)}` }));
  await controller.plan({ request: '检测 /examples/a.jpg 中的物体', history }, {});
  const messages = fake.requests[0]!.body.messages;
  const total = messages.reduce((sum, message) => sum + 4 + countTokens(message.content), 3);
  t.ok(total <= (4096 - 256) * 0.9, `the prompt is ${total} tokens, within the budget`);
  t.match(messages.at(-1)!.content, /第39轮/, 'the latest turn is kept');
});

t.test('a plan still over MAX_TASKS after the repair round is PLAN_TOO_LARGE, not an unrepairable plan', async (t) => {
  const { fake, controller } = await setup(t, { MAX_TASKS: '1' });
  fake.handle(() => ({ content: VALID_PLAN }));
  const error = await controller.plan({ request: 'detect the objects in /examples/b.jpg and read them out', history: [] }, {}).catch((caught: unknown) => caught);
  t.match(error, { code: 'PLAN_TOO_LARGE', details: { tasks: 2, maxTasks: 1 } });
  t.same(fake.requests.map((request) => request.purpose), ['plan', 'repair'], 'the model was told the limit once');
  t.match(fake.requests[1]!.body.messages.at(-1)!.content, /at most 1 are allowed/);
});
