// SELECT_MODE: `rank` never calls, `llm` always asks for tasks with several candidates, `auto` asks
// only when the candidates really differ for the task (different purposes, or different coverage
// of a language the arguments name). And /chat in auto mode costs 2 LLM calls when no choice is needed.
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import t, { type Test } from 'tap';
import { chooseModels } from '../src/controllers/rules/choose.js';
import { readCandidates } from '../src/pipeline/select-policy.js';
import { selectModels } from '../src/pipeline/select-models.js';
import type { ChooseRequest, Controller, ModelEntry, Task } from '../src/pipeline/types.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { selectionTasks, startFakeOpenAI, streamedPlan } from './fakes/openai-server.js';
import { buildTestApp } from './helper.js';
import { testDeps } from './pipeline-helper.js';

const model = (id: string, task: ModelEntry['task'], downloads: number, description: string, languages: string[] = []): ModelEntry => ({
  id, task, provider: 'huggingface', downloads, likes: 0, tags: [], languages, license: 'mit', description,
});

const CATALOGUE = [
  model('acme/bart-news', 'summarization', 900, 'BART fine-tuned on CNN Daily Mail news', ['en']),
  model('acme/pegasus-xsum', 'summarization', 500, 'Pegasus fine-tuned on XSum', ['en']),
  model('acme/sst2', 'text-classification', 900, 'DistilBERT fine-tuned on SST-2 for sentiment analysis', ['en']),
  model('acme/lang-detect', 'text-classification', 400, 'XLM-RoBERTa for language detection in 20 languages', ['multilingual']),
  model('Helsinki-NLP/opus-mt-en-es', 'translation', 900, 'Translation model', ['en', 'es']),
  model('Helsinki-NLP/opus-mt-en-fr', 'translation', 500, 'Translation model', ['en', 'fr']),
  model('acme/detr', 'object-detection', 900, 'DETR trained on COCO 2017 object detection'),
  model('acme/yolos', 'object-detection', 800, 'YOLOS trained on COCO 2017 object detection'),
];
const available = { ...scriptedProvider('huggingface', []), status: () => ({ available: true }) };

const TASKS: Task[] = [
  { id: 0, task: 'summarization', dep: [], args: { text: 'A long article.' } },
  { id: 1, task: 'text-classification', dep: [], args: { text: 'Quel temps fait-il ?' } },
  { id: 2, task: 'translation', dep: [], args: { text: 'Hello', target_language: 'fr' } },
  { id: 3, task: 'object-detection', dep: [], args: { image: '/examples/a.jpg' } },
];

/** A controller that records which tasks it was asked about and picks each task's last candidate. */
function recordingController() {
  const asked: number[][] = [];
  const controller: Controller = {
    name: 'recording',
    plan: async () => ({ tasks: [] }),
    chooseModels: async (input: ChooseRequest) => {
      asked.push(input.tasks.map(({ task }) => task.id));
      return input.tasks.map(({ task, candidates }) => ({ id: task.id, model: candidates.at(-1)!.id, reason: 'asked' }));
    },
    respond: async () => '',
  };
  return { controller, asked };
}

async function select(t: Test, selectMode: 'auto' | 'rank' | 'llm', request = 'summarize, classify, translate and detect') {
  const { controller, asked } = recordingController();
  const deps = await testDeps(t, { providers: [available], catalogue: CATALOGUE, controller, mode: 'huggingface', settings: { selectMode } });
  deps.rankModels = chooseModels;
  const output = await selectModels({ request, tasks: TASKS }, deps, {});
  return { ...output, asked };
}

t.test('auto asks the controller only for tasks whose candidates differ; the ranking takes the rest', async (t) => {
  const { selections, asked } = await select(t, 'auto');
  t.same(asked, [[1]], 'one call, for the classifier (sentiment vs language identification)');
  t.match(selections, [
    { id: 0, source: 'ranking', model: 'acme/bart-news' },
    { id: 1, source: 'controller', model: 'acme/lang-detect' },
    { id: 2, source: 'ranking', model: 'Helsinki-NLP/opus-mt-en-fr', reason: /./ },
    { id: 3, source: 'ranking', model: 'acme/detr' },
  ]);
});

t.test('rank never calls: the ranking adjusted by the wording; llm asks for every task with several candidates', async (t) => {
  const ranked = await select(t, 'rank', 'which language is this text in? and translate it into fr');
  t.same(ranked.asked, []);
  t.match(ranked.selections, [
    { id: 0, source: 'ranking' },
    { id: 1, source: 'ranking', model: 'acme/lang-detect' },
    { id: 2, source: 'ranking', model: 'Helsinki-NLP/opus-mt-en-fr' },
    { id: 3, source: 'ranking' },
  ]);
  const asked = await select(t, 'llm');
  t.same(asked.asked, [[0, 1, 2, 3]]);
  t.ok(asked.selections.every((selection) => selection.source === 'controller'));
});

t.test('what makes candidates differ for a request: purposes it does not settle, languages the arguments name', async (t) => {
  const [bart, pegasus, sst2, detect, es, fr] = CATALOGUE;
  const differ = (request: string, task: Task, candidates: ModelEntry[]) => readCandidates(request, task, candidates).differ;
  t.equal(differ('summarize it', TASKS[0]!, [bart!, pegasus!]), null, 'two news summarizers do the same thing');
  t.match(differ('classify this text', TASKS[1]!, [sst2!, detect!]), /different things \(sentiment, language identification\) and the request does not say which/);
  t.equal(differ('which language is this?', TASKS[1]!, [sst2!, detect!]), null, 'the wording settles it…');
  t.same(readCandidates('which language is this?', TASKS[1]!, [sst2!, detect!]).plausible, [detect], '…for the language identifier');
  t.equal(differ('is this review positive?', TASKS[1]!, [sst2!, detect!]), null);
  t.equal(differ('translate it', TASKS[2]!, [es!, fr!]), null, 'a named language settles it…');
  t.same(readCandidates('translate it', TASKS[2]!, [es!, fr!]).plausible, [fr], '…for the model that covers it');
  t.match(differ('translate it', { ...TASKS[2]!, args: { text: 'Hello', target_language: 'ja' } }, [es!, fr!]), /no candidate lists "ja"/, 'none covers it: the controller is asked');
  t.equal(differ('translate it', { ...TASKS[2]!, args: { text: 'Hello' } }, [es!, fr!]), null, 'no language named: the ranking chooses');
  t.equal(differ('translate it', { ...TASKS[2]!, args: { text: 'Hello', target_language: 'en' } }, [es!, fr!]), null, 'both cover "en"');

  const detector = (id: string, description: string) => model(id, 'object-detection', 1, description);
  const detectors = [detector('a/yolos', 'YOLOS trained on COCO.'), detector('a/owlvit', 'OWL-ViT: open-vocabulary object detection.'), detector('a/tables', 'Table Transformer trained on PubTables1M.')];
  const detect0: Task = { id: 0, task: 'object-detection', dep: [], args: { image: 'a.jpg' } };
  t.same(readCandidates('count the cars in a.jpg', detect0, detectors), { plausible: [detectors[0]], differ: null }, 'plain detectors when no special one is asked for');
  t.same(readCandidates('find the tables in a.jpg', detect0, detectors).plausible, [detectors[2]]);
});

t.test('/chat in auto mode: plan and answer, 2 LLM calls, when no task needs a choice', async (t) => {
  const plan = { tasks: [TASKS[0], { id: 1, task: 'text-to-speech', dep: [0], args: { text: '<GENERATED>-0' } }] };
  const llm = await startFakeOpenAI(({ purpose }) => ({ content: purpose === 'plan' ? plan : 'Done.' }));
  t.teardown(() => llm.close());
  const local = scriptedProvider('local', [
    { id: 'local/sum-a', task: 'summarization', output: () => ({ text: 'short' }) },
    { id: 'local/sum-b', task: 'summarization', output: () => ({ text: 'short' }) },
    { id: 'local/tts-a', task: 'text-to-speech', output: () => ({ text: 'spoken' }) },
    { id: 'local/tts-b', task: 'text-to-speech', output: () => ({ text: 'spoken' }) },
  ]);
  const app = await buildTestApp(t, { OPENAI_BASE_URL: llm.url, INFERENCE_MODE: 'local', DIRECT_ANSWER: 'false' }, { providers: [local], catalogue: [] });
  const body = (await app.inject({ method: 'POST', url: '/chat', payload: { request: 'summarize "A long article." and read it' } })).json();
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'respond']);
  t.match(body, { usage: { calls: 2 }, selections: [{ source: 'ranking' }, { source: 'ranking' }] });

  const withLlm = await buildTestApp(t, { OPENAI_BASE_URL: llm.url, INFERENCE_MODE: 'local', DIRECT_ANSWER: 'false', SELECT_MODE: 'llm' }, { providers: [local], catalogue: [] });
  llm.requests.length = 0;
  await withLlm.inject({ method: 'POST', url: '/chat', payload: { request: 'summarize "A long article." and read it' } });
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'select', 'respond'], 'SELECT_MODE=llm keeps the one selection call');
});

t.test('auto mode, streamed plan: a task that needs a choice is asked at once, while the plan is still written, in one call', async (t) => {
  const plan = [
    { id: 0, task: 'summarization', dep: [], args: { text: 'A long article.' } },
    { id: 1, task: 'text-classification', dep: [0], args: { text: '<GENERATED>-0' } },
    { id: 2, task: 'object-detection', dep: [], args: { image: '/examples/a.jpg' } },
  ];
  const llm = await startFakeOpenAI(({ purpose }) => {
    if (purpose === 'plan') return streamedPlan(plan, 150);
    if (purpose === 'select') return { content: { selections: [{ id: 1, model: 'acme/sst2', reason: 'sentiment' }] } };
    return { content: 'Done.' };
  });
  t.teardown(() => llm.close());
  const scripted = scriptedProvider('huggingface', CATALOGUE.map((entry) => ({ id: entry.id, task: entry.task, delayMs: 50, output: () => ({ text: entry.task === 'object-detection' ? 'a cat' : 'short' }) })));
  const hf = { ...scripted, models: () => [] }; // the catalogue's entries, with their cards
  const app = await buildTestApp(t, { OPENAI_BASE_URL: llm.url, INFERENCE_MODE: 'huggingface', DIRECT_ANSWER: 'false', PLAN_CACHE_TTL: '0' }, { providers: [hf], catalogue: CATALOGUE });
  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'summarize "A long article.", classify the summary, and detect the objects in /examples/a.jpg' } });
  t.equal(response.statusCode, 200, response.body);
  const [planCall, ...rest] = llm.requests;
  const selects = rest.filter((request) => request.purpose === 'select');
  t.equal(selects.length, 1, 'one selection call');
  t.ok(selects[0]!.receivedAt < planCall!.finishedAt!, `asked ${Math.round(planCall!.finishedAt! - selects[0]!.receivedAt)} ms before the plan's last byte`);
  t.match(selectionTasks(selects[0]!.body.messages).map((task) => task.id), [1], 'only the classifier needed a choice');
  t.match(response.json(), { selections: [{ id: 0, source: 'ranking' }, { id: 1, source: 'controller', model: 'acme/sst2' }, { id: 2, source: 'ranking' }], results: [{ status: 'succeeded' }, { status: 'succeeded' }, { status: 'succeeded' }] });
});

t.test('auto mode: a client that disconnects while the early selection call is in flight leaves no unhandled rejection', async (t) => {
  const plan = [
    { id: 0, task: 'summarization', dep: [], args: { text: 'A long article.' } },
    { id: 1, task: 'text-classification', dep: [0], args: { text: '<GENERATED>-0' } },
  ];
  const pieces: Array<string | number> = ['{"tasks": [', JSON.stringify(plan[0]), 50, `, ${JSON.stringify(plan[1])}`, 2000, ']}'];
  const llm = await startFakeOpenAI(({ purpose }) => (purpose === 'plan' ? { chunks: pieces } : purpose === 'select' ? { hang: 'headers' } : { content: 'Done.' }));
  t.teardown(() => llm.close());
  const scripted = scriptedProvider('huggingface', CATALOGUE.map((entry) => ({ id: entry.id, task: entry.task, delayMs: 5000, output: () => ({ text: 'short' }) })));
  const app = await buildTestApp(t, { OPENAI_BASE_URL: llm.url, INFERENCE_MODE: 'huggingface', DIRECT_ANSWER: 'false', PLAN_CACHE_TTL: '0', LLM_MAX_RETRIES: '0' }, { providers: [{ ...scripted, models: () => [] }], catalogue: CATALOGUE });
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', record);
  t.teardown(() => void process.off('unhandledRejection', record));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/chat', headers: { 'content-type': 'application/json', accept: 'text/event-stream' } });
  request.on('error', () => {});
  request.end(JSON.stringify({ request: 'summarize "A long article." and classify the summary' }));
  await once(request, 'response');
  while (!llm.requests.some((entry) => entry.purpose === 'select')) await new Promise((resolve) => setTimeout(resolve, 10));
  request.destroy();
  await new Promise((resolve) => setTimeout(resolve, 300));
  t.same(unhandled, [], 'the aborted selection call was handled');
  t.ok(app.server.listening, 'the service is still up');
});
