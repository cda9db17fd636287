// The local VQA expert reads questions of at most MAX_QUESTION_CHARS: its question patterns look
// ahead from every word, so a longer question goes to the next model (test/regex-safety.test.ts
// lists those patterns as bounded by this). The check comes before any model is loaded.
import t from 'tap';
import { TaskFailure } from '../src/pipeline/errors.js';
import { answerAboutImage, MAX_QUESTION_CHARS } from '../src/experts/local/visual-qa.js';
import type { ExpertContext } from '../src/experts/local/runtime.js';

const image = { kind: 'image' as const, bytes: new Uint8Array([0xff, 0xd8, 0xff]), mime: 'image/jpeg' };

t.test('a question longer than the bound is refused, and the next model tried', async (t) => {
  const question = `how many zebras ${'are there '.repeat(MAX_QUESTION_CHARS / 10)}?`;
  const error = await answerAboutImage({ image, question }, { model: 'local/centernet-vqa' } as unknown as ExpertContext).catch((failure: unknown) => failure);
  t.ok(error instanceof TaskFailure);
  t.equal((error as TaskFailure).code, 'EXPERT_BAD_INPUT');
  t.equal((error as TaskFailure).tryNextModel, true);
  t.match((error as TaskFailure).message, `at most ${MAX_QUESTION_CHARS} characters`);
});
