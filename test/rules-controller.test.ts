import t from 'tap';
import { createRulesController } from '../src/controllers/rules/index.js';
import { buildTestApp } from './helper.js';
import type { ModelEntry, Selection, Task, TaskResult } from '../src/pipeline/types.js';

const controller = createRulesController();

const model = (id: string, provider: ModelEntry['provider'], downloads: number, likes = 0): ModelEntry => ({
  id,
  task: 'object-detection',
  provider,
  downloads,
  likes,
  tags: [],
  languages: [],
  license: null,
  description: '',
});

t.test('chooseModels takes the top-ranked candidate and says why', async (t) => {
  const detect: Task = { id: 0, task: 'object-detection', dep: [], args: { image: 'a.jpg' } };
  const speak: Task = { id: 3, task: 'text-to-speech', dep: [], args: { text: 'hi' } };
  const choices = await controller.chooseModels(
    {
      request: 'detect the objects in a.jpg, and say hi',
      tasks: [
        { task: detect, candidates: [model('facebook/detr-resnet-50', 'huggingface', 1234567, 890), model('hustvl/yolos-tiny', 'huggingface', 99)] },
        { task: speak, candidates: [model('local/espeak', 'local', 0), model('espnet/tts', 'huggingface', 5000)] },
      ],
    },
    {},
  );
  t.same(
    choices.map((choice) => [choice.id, choice.model]),
    [
      [0, 'facebook/detr-resnet-50'],
      [3, 'local/espeak'],
    ],
  );
  t.equal(choices[0]!.reason, 'top-ranked candidate for object-detection (1,234,567 downloads, 890 likes)');
  t.match(choices[1]!.reason, /embedded local expert for text-to-speech.*preferred in local and hybrid modes/);
  t.same(await controller.chooseModels({ request: 'x', tasks: [{ task: detect, candidates: [] }] }, {}), [], 'no candidate, no choice');
});

const selection = (id: number, task: Task['task'], modelId: string, provider: Selection['provider']): Selection => ({
  id,
  task,
  model: modelId,
  provider,
  reason: 'top-ranked',
  source: 'controller',
  candidates: [modelId],
});

function result(id: number, task: Task['task'], status: TaskResult['status'], extra: Partial<TaskResult> = {}): TaskResult {
  return {
    id,
    task,
    status,
    model: status === 'skipped' ? null : 'm',
    provider: status === 'skipped' ? null : 'huggingface',
    output: null,
    error: null,
    attempts: [],
    startedAt: null,
    finishedAt: null,
    durationMs: null,
    ...extra,
  };
}

t.test('respond: one line answering the request, then one line per task', async (t) => {
  const tasks: Task[] = [
    { id: 0, task: 'object-detection', dep: [], args: { image: 'street.jpg' } },
    { id: 1, task: 'text-to-speech', dep: [0], args: { text: '<GENERATED>-0' } },
  ];
  const answer = await controller.respond(
    {
      request: 'detect the objects in street.jpg and read the result aloud',
      history: [],
      tasks,
      selections: [selection(0, 'object-detection', 'facebook/detr-resnet-50', 'huggingface'), selection(1, 'text-to-speech', 'local/espeak', 'local')],
      results: [
        result(0, 'object-detection', 'succeeded', {
          model: 'facebook/detr-resnet-50',
          output: { text: '2 cars and 1 person', image: { artifact: 'a1', url: '/artifacts/a1', mime: 'image/png' } },
        }),
        result(1, 'text-to-speech', 'succeeded', {
          model: 'local/espeak',
          provider: 'local',
          output: { audio: { artifact: 'b2', url: '/artifacts/b2', mime: 'audio/wav' } },
          attempts: [
            { model: 'hf/tts', provider: 'huggingface', ok: false, startedAt: '', durationMs: 1 },
            { model: 'local/espeak', provider: 'local', ok: true, startedAt: '', durationMs: 1 },
          ],
        }),
      ],
    },
    {},
  );
  const lines = answer.split('\n');
  t.equal(lines[0], '"2 cars and 1 person", spoken: /artifacts/b2', 'the first line gives the last task\'s file with the text it was made from');
  t.match(answer, /1\. Object Detection with facebook\/detr-resnet-50 \(huggingface\): "2 cars and 1 person", image \/artifacts\/a1 \(image\/png\)/);
  t.match(answer, /2\. Text-to-Speech with local\/espeak \(local, after 1 failed attempt\): audio \/artifacts\/b2/);
});

t.test('respond: failures and skipped tasks say why', async (t) => {
  const tasks: Task[] = [
    { id: 0, task: 'image-to-text', dep: [], args: { image: 'a.jpg' } },
    { id: 1, task: 'translation', dep: [0], args: { text: '<GENERATED>-0', target_language: 'fr' } },
    { id: 2, task: 'depth-estimation', dep: [], args: { image: 'a.jpg' } },
  ];
  const answer = await controller.respond(
    {
      request: 'caption a.jpg, translate it to French, and estimate its depth',
      history: [],
      tasks,
      selections: [selection(0, 'image-to-text', 'blip', 'huggingface'), selection(2, 'depth-estimation', 'dpt', 'huggingface')],
      results: [
        result(0, 'image-to-text', 'failed', { model: 'blip', error: { code: 'UPSTREAM_TIMEOUT', message: 'blip did not answer within 30 s' } }),
        result(1, 'translation', 'skipped', { error: { code: 'DEPENDENCY_FAILED', message: 'task 0 (image-to-text) failed' } }),
        result(2, 'depth-estimation', 'succeeded', { model: 'dpt', output: { image: { artifact: 'd', url: '/artifacts/d', mime: 'image/png' } } }),
      ],
    },
    {},
  );
  t.match(answer.split('\n')[0], /^Partly done \(2 of 3 tasks did not succeed\): image: \/artifacts\/d/);
  t.match(answer, /1\. Image-to-Text with blip \(huggingface\) failed: blip did not answer within 30 s/);
  t.match(answer, /2\. Translation was skipped: task 0 \(image-to-text\) failed/);
  t.match(answer, /3\. Depth Estimation with dpt \(huggingface\): image \/artifacts\/d \(image\/png\)/);

  const allFailed = await controller.respond(
    { request: 'caption a.jpg', history: [], tasks: [tasks[0]!], selections: [], results: [result(0, 'image-to-text', 'failed', { error: { code: 'X', message: 'no model can run image-to-text now' } })] },
    {},
  );
  t.match(allFailed, /^I could not complete your request: no model can run image-to-text now/);
});

t.test('respond: an empty plan relays the explanation', async (t) => {
  const answer = await controller.respond(
    { request: 'hello', history: [], tasks: [], selections: [], results: [], explanation: 'I could not find a task I can run in "hello".' },
    {},
  );
  t.equal(answer, 'I could not find a task I can run in "hello".');
  const text = await controller.respond(
    {
      request: 'summarize',
      history: [],
      tasks: [{ id: 0, task: 'summarization', dep: [], args: { text: 'x' } }],
      selections: [],
      results: [result(0, 'summarization', 'succeeded', { output: { text: `Short.\n${'word '.repeat(100)}` } })],
    },
    {},
  );
  t.match(text.split('\n')[0], /^"Short\. word word/, 'text answers are quoted on one line');
  t.ok(text.split('\n')[0]!.length <= 205, 'and clipped');
});

t.test('chooseModels: the wording picks among candidates that do different things, else the top-ranked', async (t) => {
  const rules = createRulesController();
  const model = (id: string, task: ModelEntry['task'], description: string, tags: string[] = []): ModelEntry => ({
    id, task, provider: 'local', downloads: 0, likes: 0, tags, languages: [], license: null, description,
  });
  const classifiers = [
    model('local/sentiment', 'text-classification', 'lexicon-based English sentiment: POSITIVE / NEGATIVE', ['sentiment']),
    model('local/language-id', 'text-classification', 'language identification, 176 languages', ['language-identification']),
  ];
  const readers = [
    model('local/caption', 'image-to-text', 'detection-based description of an image: names and counts objects'),
    model('local/ocr', 'image-to-text', 'Tesseract OCR: reads the printed text in an image', ['ocr']),
  ];
  const choose = async (request: string, task: Task, candidates: ModelEntry[]) => (await rules.chooseModels({ request, tasks: [{ task, candidates }] }, {}))[0]!;
  const classify = { id: 0, task: 'text-classification' as const, dep: [], args: { text: 'the language of this book is lovely' } };
  t.match(await choose('Which language is "Bonjour à tous" written in?', classify, classifiers), { model: 'local/language-id', reason: /"language"/ });
  t.match(await choose('What is the sentiment of "the language of this book is lovely"?', classify, classifiers), { model: 'local/sentiment' }, 'quoted text does not count');
  t.match(await choose('Classify "great stuff"', classify, classifiers), { model: 'local/sentiment', reason: /embedded local expert/ }, 'no distinguishing word: the first');
  const read = { id: 0, task: 'image-to-text' as const, dep: [], args: { image: '/examples/sign.png' } };
  t.match(await choose('Read the text on /examples/sign.png', read, readers), { model: 'local/ocr' });
  t.match(await choose('Describe /examples/a.jpg', read, readers), { model: 'local/caption' });
  const translators = ['t5-base', 'Helsinki-NLP/opus-mt-en-es', 'Helsinki-NLP/opus-mt-en-fr'].map((id) => ({ ...model(id, 'translation', 'translation model'), provider: 'huggingface' as const }));
  const translate = (target: string) => ({ id: 0, task: 'translation' as const, dep: [], args: { text: 'hello', target_language: target } });
  t.match(await choose('Translate "hello" into French', translate('fr'), translators), { model: 'Helsinki-NLP/opus-mt-en-fr' }, 'the target language setting counts');
  t.match(await choose('Translate "hello" into German', translate('de'), translators), { model: 't5-base' });
});

t.test('respond: when the last step fails, the answer gives what did succeed', async (t) => {
  const rules = createRulesController();
  const tasks: Task[] = [
    { id: 0, task: 'image-segmentation', dep: [], args: { image: '/examples/d.jpg' } },
    { id: 1, task: 'image-to-image', dep: [0], args: { image: '<GENERATED>-0' } },
  ];
  const result = (id: number, fields: Partial<TaskResult>): TaskResult => ({
    id, task: tasks[id]!.task, status: 'succeeded', model: 'local/x', provider: 'local', output: null, error: null, attempts: [], startedAt: null, finishedAt: null, durationMs: 1, ...fields,
  });
  const answer = await rules.respond(
    {
      request: 'segment and upscale',
      history: [],
      tasks,
      selections: [],
      results: [
        result(0, { output: { text: 'person', image: { artifact: 'm.png', url: '/artifacts/m.png', mime: 'image/png' } } }),
        result(1, { status: 'failed', output: null, error: { code: 'EXPERT_BAD_INPUT', message: 'the image is too large' } }),
      ],
    },
    {},
  );
  t.equal(answer.split('\n')[0], 'Partly done (1 of 2 tasks did not succeed): "person", masks: /artifacts/m.png');
  t.match(answer, /2\. Image-to-Image with local\/x \(local\) failed: the image is too large/);
});

// ---- planning: the language identifier, confidence, MAX_TASKS ----------------------------------

t.test('plan: the injected language identifier names languages the lexicons do not read', async (t) => {
  const asked: string[] = [];
  const identify = (code: string, name: string) => async (text: string) => {
    asked.push(text);
    return { code, name, score: 0.9 };
  };
  const italian = createRulesController({ identifyLanguage: identify('it', 'Italian') });
  const draft = await italian.plan({ request: 'Quante zebre ci sono nella foto /examples/c.jpg?', history: [] }, {});
  t.same(draft.tasks, []);
  t.match(draft.explanation, /seems to be in Italian.*English, Spanish, French, German and Portuguese.*OPENAI_API_KEY or OPENAI_BASE_URL/);
  t.equal(asked.length, 1);

  asked.length = 0;
  const english = await italian.plan({ request: 'Count the zebras in /examples/c.jpg', history: [] }, {});
  t.equal(english.tasks[0]?.task, 'object-detection');
  t.equal(asked.length, 0, 'a request the English lexicon reads well is not sent to the identifier');

  const spanish = createRulesController({ identifyLanguage: identify('es', 'Spanish') });
  t.same((await spanish.plan({ request: 'Traduce al francés: Mañana llueve en Madrid.', history: [] }, {})).tasks, [
    { id: 0, task: 'translation', dep: [], args: { text: 'Mañana llueve en Madrid.', target_language: 'fr' } },
  ]);
  const failing = createRulesController({
    identifyLanguage: async () => {
      throw new Error('model failed to load');
    },
  });
  t.equal((await failing.plan({ request: 'Traduce al francés: Mañana llueve en Madrid.', history: [] }, {})).tasks.length, 1, 'without an answer from the identifier the lexicons decide');
  t.equal((await createRulesController().plan({ request: 'Fasse diesen Text zusammen: Die Bahn streikt am Montag.', history: [] }, {})).tasks[0]?.task, 'summarization', 'no identifier injected: the lexicons decide');
});

t.test('plan: a confidence on every plan, and PLAN_TOO_LARGE past MAX_TASKS', async (t) => {
  const rules = createRulesController({ maxTasks: 3 });
  const sure = await rules.plan({ request: 'Transcribe meeting.wav', history: [] }, {});
  t.ok(sure.confidence! > 0.8);
  const unsure = await rules.plan({ request: 'describe the image please', history: [] }, {});
  t.same(unsure.tasks, []);
  t.ok(unsure.confidence! < 0.35);
  await t.rejects(rules.plan({ request: 'Caption a.jpg, b.jpg, c.jpg and d.jpg', history: [] }, {}), { code: 'PLAN_TOO_LARGE', details: { tasks: 4, maxTasks: 3 } });
  // Reading stops after 200 steps: the count is a lower bound, and the message says so.
  await t.rejects(rules.plan({ request: 'Caption x.jpg and read it aloud. '.repeat(150), history: [] }, {}), {
    code: 'PLAN_TOO_LARGE',
    message: /^The request asks for at least 200 steps; at most 3 \(MAX_TASKS\) tasks fit/,
    details: { tasks: 200, maxTasks: 3, atLeast: true },
  });
});

t.test('POST /plan returns the confidence; a plan past MAX_TASKS is a 422 PLAN_TOO_LARGE', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', MAX_TASKS: '2' });
  const ok = await app.inject({ method: 'POST', url: '/plan', payload: { request: 'Caption /examples/a.jpg' } });
  t.equal(ok.statusCode, 200);
  t.match(ok.json(), { tasks: [{ task: 'image-to-text' }], controller: 'rules', confidence: Number });
  const large = await app.inject({ method: 'POST', url: '/plan', payload: { request: 'Describe a.jpg, b.jpg and c.jpg' } });
  t.equal(large.statusCode, 422);
  t.match(large.json(), { code: 'PLAN_TOO_LARGE', message: /3 tasks.*at most 2 \(MAX_TASKS\)/ });
});
