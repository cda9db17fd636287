import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { createRulesController } from '../src/controllers/rules/index.js';
import { planRequest } from '../src/controllers/rules/plan.js';
import { validatePlan } from '../src/pipeline/task-graph.js';
import type { Task } from '../src/pipeline/types.js';

/** "task(arg=value, …) <- deps" per task: compact enough to assert whole plans. */
const shape = (tasks: Task[]): string[] =>
  tasks.map((task) => `${task.task}(${Object.entries(task.args).map(([name, value]) => `${name}=${value}`).join(', ')})${task.dep.length ? ` <- ${task.dep.join(',')}` : ''}`);
const plan = (request: string) => shape(planRequest(request).tasks);

t.test('steps: sentences, "and then", enumerations, first/second/finally', async (t) => {
  t.same(plan('Describe example.jpg. Then read the description aloud.'), ['image-to-text(image=example.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']);
  t.same(plan('Transcribe speech.wav and then translate it to Spanish'), [
    'automatic-speech-recognition(audio=speech.wav)',
    'translation(text=<GENERATED>-0, target_language=es) <- 0',
  ]);
  t.same(plan('1. Caption /examples/a.jpg. 2. Translate the caption to German. 3. Read it aloud.'), [
    'image-to-text(image=/examples/a.jpg)',
    'translation(text=<GENERATED>-0, target_language=de) <- 0',
    'text-to-speech(text=<GENERATED>-1) <- 1',
  ]);
  t.same(plan('First, transcribe speech.wav; second, summarize the transcript; finally say it out loud.'), [
    'automatic-speech-recognition(audio=speech.wav)',
    'summarization(text=<GENERATED>-0) <- 0',
    'text-to-speech(text=<GENERATED>-1) <- 1',
  ]);
});

t.test('linking by pronoun, by the kind of output, and by the resource named', async (t) => {
  t.same(plan('Generate a picture of a red fox in the snow, then detect the objects in the generated image and read the result aloud.'), [
    'text-to-image(text=a red fox in the snow)',
    'object-detection(image=<GENERATED>-0) <- 0',
    'text-to-speech(text=<GENERATED>-1) <- 1',
  ]);
  t.same(plan('Detect the objects in photo.jpg, then segment photo.jpg too.'), ['object-detection(image=photo.jpg)', 'image-segmentation(image=photo.jpg)'], 'the same file twice: two independent tasks');
  t.same(plan('Upscale /artifacts/abc123 and then describe it.'), ['image-to-image(image=/artifacts/abc123)', 'image-to-text(image=<GENERATED>-0) <- 0']);
  t.same(
    plan('I have an audio file speech.wav. Please enhance its quality, transcribe it, and make a short video about what was said.'),
    ['audio-to-audio(audio=speech.wav)', 'automatic-speech-recognition(audio=<GENERATED>-0) <- 0', 'text-to-video(text=<GENERATED>-1) <- 1'],
  );
  t.same(plan('I have an image photo.png with a quote on it. Read the quote out loud.'), ['image-to-text(image=photo.png)', 'text-to-speech(text=<GENERATED>-0) <- 0'], 'text inside a picture is read first');
  t.same(plan('Compare the caption of cat.jpg with the sentence "a cat on a sofa"'), [
    'image-to-text(image=cat.jpg)',
    'sentence-similarity(text=<GENERATED>-0, other_text=a cat on a sofa) <- 0',
  ]);
});

t.test('arguments: quoted text, blocks, questions, languages, labels, resources', async (t) => {
  t.same(plan("Summarize 'The meeting moved to Friday because the venue flooded.'"), ['summarization(text=The meeting moved to Friday because the venue flooded.)']);
  t.same(plan('Find the named entities in the following text: Barack Obama visited Berlin in 2013.'), ['token-classification(text=Barack Obama visited Berlin in 2013.)']);
  t.same(plan("Answer the question 'what color is the car?' about the image at https://example.org/car.jpg"), [
    'visual-question-answering(image=https://example.org/car.jpg, question=what color is the car?)',
  ]);
  t.same(plan('How tall is the tower in /examples/tower.png?'), ['visual-question-answering(image=/examples/tower.png, question=How tall is the tower in /examples/tower.png?)']);
  t.same(plan('I have a document image scan.png. My question is: what is the total amount?'), [
    'document-question-answering(image=scan.png, question=what is the total amount?)',
  ]);
  t.same(plan('Translate "Where is the station?" from English into Japanese'), ['translation(text=Where is the station?, target_language=ja, source_language=en)']);
  t.same(plan("Classify 'The new phone is great' into labels: positive, negative, neutral"), [
    'zero-shot-classification(text=The new phone is great, labels=positive, negative, neutral)',
  ]);
  t.same(plan('Edit photo.jpg: make the sky purple'), ['image-to-image(image=photo.jpg, text=make the sky purple)'], 'an edit carries its instruction');
  const dataUri = 'data:image/png;base64,iVBORw0KGgo=';
  t.same(plan(`What's in ${dataUri}?`), [`image-to-text(image=${dataUri})`]);
  t.same(plan('Say "good morning" out loud'), ['text-to-speech(text=good morning)']);
});

t.test('resources named earlier in the conversation', async (t) => {
  const history = [{ role: 'user' as const, content: 'Here is my photo: /examples/dog.jpg' }];
  t.same(shape(planRequest('Now caption it', history).tasks), ['image-to-text(image=/examples/dog.jpg)']);
});

t.test('requests it does not understand: an empty plan and an explanation, never a guess', async (t) => {
  for (const request of ['hello, how are you?', 'thanks!', 'What do you think about the weather these days']) {
    const draft = planRequest(request);
    t.same(draft.tasks, [], request);
    t.match(draft.explanation, /could not find a task/);
    t.match(draft.explanation, /describe \/examples\/a\.jpg/, 'says what it does understand, with files the service has');
  }
  const missing = planRequest('describe this image');
  t.same(missing.tasks, []);
  t.match(missing.explanation, /image-to-text, which needs an image/);
});

t.test('the controller', async (t) => {
  const controller = createRulesController();
  t.equal(controller.name, 'rules');
  const draft = await controller.plan({ request: 'Caption photo.jpg', history: [] }, {});
  t.same(shape(draft.tasks), ['image-to-text(image=photo.jpg)']);
  t.match(draft.explanation, /"Caption" → image-to-text/);
});

const here = dirname(fileURLToPath(import.meta.url));
const devSets = ['huggingface', 'multimedia'].map((domain) => resolve(here, `../bench/data/taskbench/${domain}/dev.jsonl`));

t.test('every plan on the TaskBench dev sets is a valid task graph', { skip: !devSets.every((file) => existsSync(file)) && 'dev sets not present' }, async (t) => {
  let planned = 0;
  for (const file of devSets) {
    for (const line of readFileSync(file, 'utf8').split('\n').filter((text) => text.trim())) {
      const { request } = JSON.parse(line) as { request: string };
      const draft = planRequest(request);
      const check = validatePlan(draft.tasks);
      if (!check.ok) t.fail(`${request}\n${check.problems.map((problem) => problem.message).join('\n')}`);
      t.same(draft.tasks.map((task) => task.id), draft.tasks.map((_, index) => index), 'ids are 0..n-1');
      if (draft.tasks.some((task) => task.dep.some((k) => k >= task.id))) t.fail(`a task depends on a later one: ${request}`);
      if (draft.tasks.length === 0) t.ok(draft.explanation, 'an empty plan says why');
      planned += draft.tasks.length;
    }
  }
  t.ok(planned > 700, `planned ${planned} tasks`);
});

t.test('"the original" points at the user\'s own input, not at the latest output', async (t) => {
  t.same(planRequest("Translate 'I love this beautiful city' into Spanish and tell me the sentiment of the original.", []).tasks, [
    { id: 0, task: 'translation', dep: [], args: { text: 'I love this beautiful city', target_language: 'es' } },
    { id: 1, task: 'text-classification', dep: [], args: { text: 'I love this beautiful city' } },
  ]);
  t.match(planRequest('Upscale /examples/a.jpg and then describe the original.', []).tasks[1], { task: 'image-to-text', dep: [], args: { image: '/examples/a.jpg' } });
  t.match(planRequest('Upscale /examples/a.jpg and then describe it.', []).tasks[1], { dep: [0], args: { image: '<GENERATED>-0' } }, 'a pronoun still takes the output');
});
