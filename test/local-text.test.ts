// Local text experts (compromise, wink-nlp, fastText) and the provider's contract: the model
// table, statuses of Debian-backed models, error codes. Real models, no network.
import { createRequire } from 'node:module';
import t from 'tap';
import { TaskFailure } from '../src/pipeline/errors.js';
import type { ExpertOutput, ResolvedArgs } from '../src/pipeline/types.js';
import type { TaskType } from '../src/registry/task-types.js';
import type { Entity, LabelScore } from '../src/experts/format.js';

const loadedModules = (): string[] => Object.keys(createRequire(import.meta.url).cache);

t.test('importing the provider loads no model', async (t) => {
  const heavy = /@tensorflow|@vladmandic|tesseract|fasttext|wink-nlp|compromise|upscaler/;
  const { createLocalProvider } = await import('../src/experts/local/index.js');
  const provider = createLocalProvider();
  provider.models();
  t.same(loadedModules().filter((file) => heavy.test(file)), [], 'no model package required');
  await provider.close();
});

const { createLocalProvider } = await import('../src/experts/local/index.js');
const provider = createLocalProvider();
t.teardown(() => provider.close());

const run = (model: string, task: TaskType, args: ResolvedArgs, signal?: AbortSignal): Promise<ExpertOutput> =>
  provider.run({ model, task, args }, { signal });

const EIFFEL = [
  'The Eiffel Tower is a wrought-iron lattice tower on the Champ de Mars in Paris, France.',
  'It is named after the engineer Gustave Eiffel, whose company designed and built the tower.',
  'Locally nicknamed "La dame de fer", it was constructed from 1887 to 1889 as the centerpiece of the 1889 World\'s Fair.',
  'The tower is 330 metres tall, about the same height as an 81-storey building.',
  'It was the tallest man-made structure in the world until the Chrysler Building in New York City was finished in 1930.',
].join(' ');

t.test('models() lists every local model as a registry entry', async (t) => {
  const models = provider.models();
  t.ok(models.length >= 14);
  t.equal(new Set(models.map((model) => model.id)).size, models.length, 'ids are unique');
  for (const model of models) {
    t.match(model, { provider: 'local', downloads: 0, likes: 0 }, model.id);
    t.ok(model.id.startsWith('local/') && model.tags.includes('local') && model.description && model.license, model.id);
  }
  const tasks = new Set(models.map((model) => model.task));
  for (const task of ['object-detection', 'image-to-text', 'image-classification', 'image-segmentation', 'image-to-image', 'text-to-speech',
    'token-classification', 'text-classification', 'summarization', 'question-answering', 'translation', 'automatic-speech-recognition']) {
    t.ok(tasks.has(task as TaskType), `covers ${task}`);
  }
  t.match(models.find((model) => model.id === 'local/bm25-sentence-qa')?.description, /extractive answer: the best-matching sentence \(BM25\)/);
  t.match(models.find((model) => model.id === 'local/wink-extractive-summary')?.description, /extractive summary/);
});

t.test('a missing Debian command makes its model unavailable, not an error', async (t) => {
  const bare = createLocalProvider({ commands: { apertium: '/nonexistent/apertium', pocketsphinx_continuous: '/nonexistent/pocketsphinx' } });
  t.teardown(() => bare.close());
  const entry = (id: string) => bare.models().find((model) => model.id === id)!;
  const translation = bare.status(entry('local/apertium-en-es'));
  t.equal(translation.available, false);
  t.match(translation.reason, /needs the Debian packages? apertium\b.*\(run scripts\/install-debian-extras\.sh\)/);
  t.match(bare.status(entry('local/pocketsphinx-en-us')), { available: false, reason: /pocketsphinx/ });
  t.same(bare.status(entry('local/vader-sentiment')), { available: true });
  const error = await bare.run({ model: 'local/apertium-en-es', task: 'translation', args: { text: 'Hello' } }, {}).catch((e: unknown) => e);
  t.match(error, { name: 'TaskFailure', code: 'EXPERT_UNAVAILABLE', message: /apertium/ });
});

t.test('contract errors have stable codes', async (t) => {
  await t.rejects(run('local/no-such-model', 'summarization', { text: 'x' }), { code: 'EXPERT_UNAVAILABLE' });
  await t.rejects(run('local/vader-sentiment', 'summarization', { text: 'x' }), { code: 'EXPERT_UNAVAILABLE', message: /text-classification/ });
  const missing = await run('local/vader-sentiment', 'text-classification', {}).catch((e: unknown) => e);
  t.ok(missing instanceof TaskFailure);
  t.match(missing, { code: 'EXPERT_BAD_INPUT', tryNextModel: false, message: /"text"/ });
  await t.rejects(run('local/vader-sentiment', 'text-classification', { text: '   ' }), { code: 'EXPERT_BAD_INPUT' });
  await t.rejects(run('local/vader-sentiment', 'text-classification', { text: 'fine' }, AbortSignal.abort()), { code: 'CANCELLED' });
});

t.test('named entities: people, places, organisations, without trailing punctuation', async (t) => {
  const text = 'Barack Obama met Angela Merkel in Berlin on Tuesday. Later he visited Microsoft.';
  const output = await run('local/compromise-ner', 'token-classification', { text });
  const entities = output.data as Entity[];
  t.match(entities, [
    { entity_group: 'PER', word: 'Barack Obama' },
    { entity_group: 'PER', word: 'Angela Merkel' },
    { entity_group: 'LOC', word: 'Berlin' },
    { entity_group: 'ORG', word: 'Microsoft' },
  ]);
  for (const entity of entities) t.equal(text.slice(entity.start, entity.end), entity.word, `offsets of ${entity.word}`);
  t.equal(output.text, 'Barack Obama (PER), Angela Merkel (PER), Berlin (LOC), Microsoft (ORG)');
});

t.test('sentiment (VADER): everyday praise, complaints, negation, contrast and plain facts', async (t) => {
  const top = async (text: string) => ((await run('local/vader-sentiment', 'text-classification', { text })).data as LabelScore[])[0]!;
  const cases: Array<[string, string]> = [
    ['I love it', 'POSITIVE'],
    ['I absolutely love this wonderful film, it was a great evening!', 'POSITIVE'],
    ['The weather is lovely today', 'POSITIVE'],
    ['This is the worst, most horrible service I have ever had. Terrible.', 'NEGATIVE'],
    ['This is not good', 'NEGATIVE'],
    ['I hate waiting in line', 'NEGATIVE'],
    ['The food was great but the service was terrible', 'NEGATIVE'],
    ['The meeting starts at three in room four.', 'NEUTRAL'],
  ];
  for (const [text, label] of cases) t.match(await top(text), { label }, text);
  t.match(await top('The meeting starts at three in room four.'), { score: 1, compound: 0 });
  const output = await run('local/vader-sentiment', 'text-classification', { text: 'I love it' });
  t.equal(output.text, 'POSITIVE (VADER score +0.64 on a scale from -1 to +1)');
  t.match(output.data, [{ label: 'POSITIVE', score: 0.637, compound: 0.637, proportions: { pos: 0.808 } }]);
});

t.test('language identification of French, Spanish and German sentences', async (t) => {
  const cases: Array<[string, string]> = [
    ['Bonjour tout le monde, comment allez-vous aujourd\'hui ?', 'fr'],
    ['Hola, ¿dónde está la estación de tren, por favor?', 'es'],
    ['Guten Morgen, wie geht es dir heute? Das Wetter ist schön.', 'de'],
  ];
  for (const [text, language] of cases) {
    const output = await run('local/fasttext-language-id', 'text-classification', { text });
    const [best] = output.data as Array<LabelScore & { language: string }>;
    t.equal(best!.label, language, text);
    t.ok(best!.score > 0.8, `${language} with confidence ${best!.score}`);
    t.match(output.text, new RegExp(`^${language} \\(\\d+%\\)`));
  }
});

t.test('extractive summary is made of sentences of the input', async (t) => {
  const output = await run('local/wink-extractive-summary', 'summarization', { text: EIFFEL });
  const data = output.data as { summary_text: string; method: string; sentences: number[] };
  t.equal(data.method, 'extractive');
  t.equal(output.text, data.summary_text);
  t.ok(data.sentences.length >= 1 && data.sentences.length < 5, 'shorter than the input');
  const sentences = EIFFEL.split(/(?<=\.) /);
  t.equal(output.text, data.sentences.map((index) => sentences[index]).join(' '), 'the chosen sentences, verbatim, in order');
  t.ok(output.text!.includes(sentences[0]!), 'keeps the defining first sentence');
});

t.test('extractive QA picks the sentence that answers', async (t) => {
  const ask = (question: string) => run('local/bm25-sentence-qa', 'question-answering', { question, context: EIFFEL });
  const tall = await ask('How tall is the tower?');
  t.match(tall.text, /330 metres tall/);
  t.match(tall.data, { method: 'extractive-bm25', answer: tall.text });
  const { start, end } = tall.data as { start: number; end: number };
  t.equal(EIFFEL.slice(start, end), tall.text, 'offsets point at the answer in the context');
  t.match((await ask('Who designed the tower?')).text, /Gustave Eiffel/);
  t.match((await ask('When was the Chrysler Building finished?')).text, /Chrysler Building .* 1930/);
  const none = await ask('Qu\'est-ce que c\'est ?');
  t.match(none, { text: '', data: { answer: '', score: 0 } }, 'no shared word: an empty answer, not a made-up one');
});

t.test('extractive QA never answers with the question, nor with a sentence that only restates it', async (t) => {
  const ask = (question: string, context: string) => run('local/bm25-sentence-qa', 'question-answering', { question, context });
  const pasted = await ask('Where is the Eiffel Tower?', 'Where is the Eiffel Tower? The Eiffel Tower stands in Paris, on the Champ de Mars.');
  t.equal(pasted.text, 'The Eiffel Tower stands in Paris, on the Champ de Mars.');
  const faq = 'What time does the shop open? The shop opens at nine every morning. What time does the shop close? It closes at six.';
  t.equal((await ask('What time does the shop open?', faq)).text, 'The shop opens at nine every morning.');
  const echo = await ask('Who painted the Mona Lisa?', 'Who painted the Mona Lisa? The Mona Lisa.');
  t.match(echo, { text: '', data: { answer: '', score: 0 } }, 'only restatements: no answer rather than the question');
});

t.test('lazy models: one shared load, a failed load retried on the next call', async (t) => {
  const { lazy, createLane } = await import('../src/experts/local/lazy.js');
  let attempts = 0;
  const model = lazy(async () => {
    attempts++;
    if (attempts === 1) throw new Error('disk hiccup');
    return `model #${attempts}`;
  });
  await t.rejects(model.get(), /disk hiccup/);
  const [first, second] = await Promise.all([model.get(), model.get()]);
  t.equal(first, 'model #2');
  t.equal(second, 'model #2', 'concurrent callers share one load');
  t.equal(attempts, 2);

  const lane = createLane();
  const order: string[] = [];
  const task = (name: string, ms: number) => lane(async () => {
    order.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    order.push(`end ${name}`);
    return name;
  });
  const aborted = new AbortController();
  const queued = [task('a', 30), task('b', 1), lane(async () => 'never', aborted.signal), task('c', 1)];
  aborted.abort();
  const results = await Promise.allSettled(queued);
  t.same(order, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c'], 'one task at a time, in call order');
  t.match(results[2], { status: 'rejected', reason: { code: 'CANCELLED' } }, 'a task aborted while waiting is skipped');
});

t.test('the file: fetch shim reads files and leaves every other URL to the real fetch', async (t) => {
  const original = globalThis.fetch;
  const passedOn: string[] = [];
  globalThis.fetch = (async (input: string | URL | Request) => {
    passedOn.push(String(input));
    return new Response('from the network');
  }) as typeof fetch;
  t.teardown(() => {
    globalThis.fetch = original;
  });
  // The shim lives in the tfjs worker's plain-JS module (it only runs there); import it here to test it.
  const models = new URL('../src/experts/local/tfjs-models.mjs', import.meta.url).href;
  const { installFileFetchShim } = (await import(models)) as { installFileFetchShim(): void };
  installFileFetchShim();
  const shimmed = globalThis.fetch;
  installFileFetchShim();
  t.equal(globalThis.fetch, shimmed, 'installed once');
  const readme = new URL('../public/examples/README.md', import.meta.url);
  t.match(await (await fetch(readme.href)).text(), /Example images/);
  t.equal((await fetch('file:///nonexistent/model.json')).status, 404);
  t.equal(await (await fetch('https://example.org/model.json')).text(), 'from the network');
  t.same(passedOn, ['https://example.org/model.json']);
});
