import t from 'tap';
import { loadConfig } from '../src/config.js';
import { createLlmClient } from '../src/controllers/llm/client.js';
import { createLlmController } from '../src/controllers/llm/index.js';
import { selectModels } from '../src/pipeline/select-models.js';
import type { Controller, ModelEntry, Task } from '../src/pipeline/types.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { startFakeOpenAI } from './fakes/openai-server.js';
import { testDeps } from './pipeline-helper.js';

const remote = (id: string, task: ModelEntry['task'], downloads: number, likes = 0): ModelEntry => ({
  id, task, provider: 'huggingface', downloads, likes, tags: [], languages: [], license: 'mit', description: `${id} for ${task}`,
});

const CATALOGUE = [
  remote('hf/det-small', 'object-detection', 500),
  remote('hf/det-large', 'object-detection', 9000),
  remote('hf/det-tied', 'object-detection', 500, 7),
  remote('hf/cap-a', 'image-to-text', 10),
  remote('hf/cap-b', 'image-to-text', 20),
  remote('hf/sum-only', 'summarization', 5),
  remote('hf/tts-a', 'text-to-speech', 3),
  remote('hf/tts-b', 'text-to-speech', 4),
];

// A fake Hugging Face provider that can run everything: selection never calls it.
const hf = () => scriptedProvider('huggingface', []);
const available = { ...hf(), status: () => ({ available: true }) };

const TASKS: Task[] = [
  { id: 0, task: 'object-detection', dep: [], args: { image: '/examples/b.jpg' } },
  { id: 1, task: 'image-to-text', dep: [], args: { image: '/examples/b.jpg' } },
  { id: 2, task: 'summarization', dep: [1], args: { text: '<GENERATED>-1' } },
  { id: 3, task: 'text-to-speech', dep: [2], args: { text: '<GENERATED>-2' } },
];

t.test('ONE controller call chooses for every task with several candidates; single candidates need none', async (t) => {
  const fake = await startFakeOpenAI(() => ({
    content: { selections: [{ id: 0, model: 'hf/det-small', reason: 'smaller is enough' }, { id: 1, model: 'hf/cap-a', reason: 'fits' }, { id: 3, model: 'not-a-candidate', reason: '?' }] },
  }));
  t.teardown(() => fake.close());
  const config = loadConfig({ OPENAI_BASE_URL: fake.url, LLM_MAX_RETRIES: '0' });
  const controller = createLlmController(createLlmClient({ config }), config);
  const deps = await testDeps(t, { providers: [available], catalogue: CATALOGUE, controller, mode: 'huggingface' });

  const { selections, unassigned } = await selectModels({ request: 'describe and read it', tasks: TASKS }, deps, {});
  t.equal(fake.requests.length, 1, 'one LLM call for four tasks');
  const shown = fake.requests[0]!.body.messages.at(-1)!.content;
  t.notMatch(shown, /"id":2,/, 'the single-candidate task was not shown to the LLM');
  t.same(unassigned, []);
  t.match(selections, [
    { id: 0, model: 'hf/det-small', source: 'controller', reason: 'smaller is enough', candidates: ['hf/det-small', 'hf/det-large', 'hf/det-tied'] },
    { id: 1, model: 'hf/cap-a', source: 'controller' },
    { id: 2, model: 'hf/sum-only', source: 'single-candidate' },
    { id: 3, model: 'hf/tts-b', source: 'fallback', reason: /"not-a-candidate", which is not a candidate; took the top-ranked/ },
  ]);
});

t.test('candidates are ranked by downloads then likes, and only the top k are shown', async (t) => {
  const seen: string[][] = [];
  const controller: Controller = {
    name: 'spy',
    plan: async () => ({ tasks: [] }),
    chooseModels: async (input) => {
      seen.push(...input.tasks.map((entry) => entry.candidates.map((model) => model.id)));
      return [];
    },
    respond: async () => '',
  };
  const deps = await testDeps(t, { providers: [available], catalogue: CATALOGUE, controller, mode: 'huggingface', settings: { candidateModels: 2 } });
  const { selections } = await selectModels({ request: '', tasks: [TASKS[0]!] }, deps, {});
  t.same(seen, [['hf/det-large', 'hf/det-tied']], 'top 2 of 3, ties broken by likes');
  t.same(selections[0]!.candidates, ['hf/det-large', 'hf/det-tied', 'hf/det-small'], 'execution may still fall back to the rest');
});

t.test('inference modes: local first in hybrid, remote only in huggingface, local only in local', async (t) => {
  const local = scriptedProvider('local', [{ id: 'local/detector', task: 'object-detection' }]);
  const noToken = scriptedProvider('huggingface', []);
  const chooser: Controller = { name: 'first', plan: async () => ({ tasks: [] }), chooseModels: async (input) => input.tasks.map(({ task, candidates }) => ({ id: task.id, model: candidates[0]!.id, reason: 'first' })), respond: async () => '' };

  const hybrid = await testDeps(t, { providers: [local, available], catalogue: CATALOGUE, mode: 'hybrid', controller: chooser });
  t.same(hybrid.registry.candidates('object-detection').map((model) => model.id), ['local/detector', 'hf/det-large', 'hf/det-tied', 'hf/det-small']);

  const remoteOnly = await testDeps(t, { providers: [local, available], catalogue: CATALOGUE, mode: 'huggingface', controller: chooser });
  t.notOk(remoteOnly.registry.candidates('object-detection').some((model) => model.provider === 'local'));

  const localOnly = await testDeps(t, { providers: [local, noToken], catalogue: CATALOGUE, mode: 'local', controller: chooser });
  const { selections, unassigned } = await selectModels({ request: '', tasks: TASKS }, localOnly, {});
  t.match(selections, [{ id: 0, model: 'local/detector', source: 'single-candidate' }]);
  t.equal(unassigned.length, 3);
  t.match(unassigned[0]!.reason, /no image-to-text model can run now: INFERENCE_MODE=local does not run huggingface models/);
});

t.test('a model imposed by the caller is checked against the registry', async (t) => {
  const deps = await testDeps(t, { providers: [available], catalogue: CATALOGUE, mode: 'huggingface' });
  const { selections } = await selectModels({ request: '', tasks: [TASKS[0]!], preferred: [{ id: 0, model: 'hf/det-small' }] }, deps, {});
  t.match(selections, [{ model: 'hf/det-small', source: 'request', candidates: ['hf/det-small', 'hf/det-large', 'hf/det-tied'] }]);
  const unknown = await selectModels({ request: '', tasks: [TASKS[0]!], preferred: [{ id: 0, model: 'hf/cap-a' }] }, deps, {}).catch((caught: unknown) => caught);
  t.match(unknown, { code: 'INVALID_SELECTION', message: /"hf\/cap-a" is not a object-detection model/ });
});

t.test('without a controller, a choice between several candidates is a 503-class error', async (t) => {
  const deps = await testDeps(t, { providers: [available], catalogue: CATALOGUE, mode: 'huggingface', controller: null });
  const error = await selectModels({ request: '', tasks: [TASKS[0]!] }, deps, {}).catch((caught: unknown) => caught);
  t.match(error, { code: 'CONTROLLER_UNAVAILABLE' });
  const single = await selectModels({ request: '', tasks: [TASKS[2]!] }, deps, {});
  t.match(single.selections, [{ model: 'hf/sum-only' }], 'a single candidate needs no controller');
});
