// The templated answer says what a weak result rests on (src/controllers/rules/result-basis.ts):
// detections behind a count, a "caption" listing detected objects, OCR that found nothing.
import t from 'tap';
import { writeAnswer } from '../src/controllers/rules/respond.js';
import { basisOf, RESULT_BASIS } from '../src/controllers/rules/result-basis.js';
import type { Task, TaskOutput, TaskResult } from '../src/pipeline/types.js';
import { LOCAL_MODELS } from '../src/experts/local/index.js';

function result(id: number, task: Task['task'], model: string, output: TaskOutput | null, status: TaskResult['status'] = 'succeeded'): TaskResult {
  return { id, task, status, model, provider: 'local', output, error: null, attempts: [], startedAt: null, finishedAt: null, durationMs: null };
}

const answer = (tasks: Task[], results: TaskResult[]) => writeAnswer({ request: 'x', history: [], tasks, selections: [], results }).split('\n')[0];

t.test('every row names a local model', async (t) => {
  const ids = new Set(LOCAL_MODELS.map((model) => model.id));
  for (const row of RESULT_BASIS) t.ok(ids.has(row.key), row.key);
});

t.test('a count from detections says so; a remote VQA model needs no note', async (t) => {
  const tasks: Task[] = [{ id: 0, task: 'visual-question-answering', dep: [], args: { image: '/examples/c.jpg', question: 'How many zebras?' } }];
  t.equal(
    answer(tasks, [result(0, 'visual-question-answering', 'local/centernet-vqa', { text: '3 zebras' })]),
    '"3 zebras" (based on object detection, which can miss small or half-hidden objects)',
  );
  t.equal(answer(tasks, [result(0, 'visual-question-answering', 'dandelin/vilt-b32-finetuned-vqa', { text: '3' })]), '"3"');
});

t.test('speech made from a detection carries the detection\'s note', async (t) => {
  const tasks: Task[] = [
    { id: 0, task: 'object-detection', dep: [], args: { image: '/examples/c.jpg' } },
    { id: 1, task: 'text-to-speech', dep: [0], args: { text: '<GENERATED>-0' } },
  ];
  const results = [
    result(0, 'object-detection', 'local/centernet-coco', { text: '3 zebras', image: { artifact: 'a', url: '/artifacts/a', mime: 'image/png' } }),
    result(1, 'text-to-speech', 'local/espeak-ng', { audio: { artifact: 'b', url: '/artifacts/b', mime: 'audio/wav' } }),
  ];
  t.equal(answer(tasks, results), '"3 zebras" (based on object detection, which can miss small or half-hidden objects), spoken: /artifacts/b');
});

t.test('OCR: nothing found, a stray word, or real text', async (t) => {
  const tasks: Task[] = [{ id: 0, task: 'image-to-text', dep: [], args: { image: '/examples/a.jpg' } }];
  const ocr = (text: string) => answer(tasks, [result(0, 'image-to-text', 'local/tesseract-eng', { text })]);
  t.equal(ocr(''), 'OCR found no legible text in the image');
  t.match(ocr('Sa'), /^"Sa" \(OCR found very little text/);
  t.equal(ocr('Total due: 318 euros'), '"Total due: 318 euros"');
  t.equal(answer(tasks, [result(0, 'image-to-text', 'local/centernet-caption', { text: 'an image with 1 cat' })]), '"an image with 1 cat" (a list of the objects detected, not a written caption)');
});

t.test('failed results have no note', async (t) => {
  t.equal(basisOf(result(0, 'object-detection', 'local/centernet-coco', null, 'failed')), undefined);
  t.equal(basisOf(undefined), undefined);
});
