// Dialects of a plan are normalised before validation, as data: what the reference implementation
// and models trained on it write, for client plans and LLM plans alike.
import t from 'tap';
import { validatePlan } from '../src/pipeline/task-graph.js';

t.test('reference-implementation plans validate after normalisation', async (t) => {
  const check = validatePlan([
    { task: 'object-detection', id: 'task-0', dep: '-1', args: { img_url: 'a.jpg' } },
    { task: 'document-question-answering', id: '1', dep: ['<GENERATED>-0'], args: { image: '<GENERATED-0>', text: 'What is the total?' } },
    { task: 'sentence-similarity', id: 2, dep: -1, args: { text1: 'a cat', text2: 'a dog' } },
    { task: 'zero-shot-classification', id: 3, dep: [], args: { text: 'I love it', candidate_labels: 'positive, negative' } },
    { task: 'translation', id: 4, dep: [2, -1], args: { text: 'hello', tgt_lang: 'es' } },
    { task: 'automatic-speech-recognition', id: 5, args: { audio_url: 'b.wav' } },
  ]);
  t.ok(check.ok, JSON.stringify(!check.ok && check.problems));
  if (!check.ok) return;
  t.same(check.tasks, [
    { id: 0, task: 'object-detection', dep: [], args: { image: 'a.jpg' } },
    { id: 1, task: 'document-question-answering', dep: [0], args: { image: '<GENERATED>-0', question: 'What is the total?' } },
    { id: 2, task: 'sentence-similarity', dep: [], args: { text: 'a cat', other_text: 'a dog' } },
    { id: 3, task: 'zero-shot-classification', dep: [], args: { text: 'I love it', labels: 'positive, negative' } },
    { id: 4, task: 'translation', dep: [2], args: { text: 'hello', target_language: 'es' } },
    { id: 5, task: 'automatic-speech-recognition', dep: [], args: { audio: 'b.wav' } },
  ]);
});

t.test('renames never override an argument the task takes, nor one already given', async (t) => {
  const imageToImage = validatePlan([{ id: 0, task: 'image-to-image', dep: [], args: { image: 'a.jpg', text: 'make it brighter' } }]);
  t.match(imageToImage, { ok: true, tasks: [{ args: { image: 'a.jpg', text: 'make it brighter' } }] }, 'image-to-image takes text itself');
  const both = validatePlan([{ id: 0, task: 'visual-question-answering', dep: [], args: { image: 'a.jpg', question: 'Q?', text: 'other' } }]);
  t.match(both, { ok: false, problems: [{ code: 'UNEXPECTED_ARGUMENT', arg: 'text' }] }, 'with question given, text stays unexpected');
  const unknownId = validatePlan([{ id: 'first', task: 'summarization', dep: [], args: { text: 'x' } }]);
  t.match(unknownId, { ok: false, problems: [{ code: 'BAD_ID' }] });
});
