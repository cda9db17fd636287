import t from 'tap';
import { executeTasks } from '../src/pipeline/execute-tasks.js';
import type { Task } from '../src/pipeline/types.js';
import { RED_PNG } from './samples.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { selectionsFor, testDeps } from './pipeline-helper.js';

t.test('a chain passes each output to the next task', async (t) => {
  const provider = scriptedProvider('local', [
    { id: 'asr', task: 'automatic-speech-recognition', output: () => ({ text: 'hello world' }) },
    { id: 'mt', task: 'translation', output: (call) => ({ text: `hola (${call.args.text as string})` }) },
    { id: 'tts', task: 'text-to-speech', output: () => ({ audio: { kind: 'audio', mime: 'audio/wav', bytes: Buffer.from('RIFF....WAVEfmt ') } }) },
  ]);
  const deps = await testDeps(t, { providers: [provider] });
  const wav = `data:audio/wav;base64,${Buffer.from('RIFF\0\0\0\0WAVEfmt ').toString('base64')}`;
  const tasks: Task[] = [
    { id: 0, task: 'automatic-speech-recognition', dep: [], args: { audio: wav } },
    { id: 1, task: 'translation', dep: [0], args: { text: '<GENERATED>-0', target_language: 'es' } },
    { id: 2, task: 'text-to-speech', dep: [1], args: { text: '<GENERATED>-1' } },
  ];
  const results = await executeTasks({ tasks, selections: selectionsFor(tasks, { 0: ['asr'], 1: ['mt'], 2: ['tts'] }) }, deps, {});
  t.same(results.map((result) => result.status), ['succeeded', 'succeeded', 'succeeded']);
  t.equal(provider.calls[1]!.args.text, 'hello world', 'translation received the transcript');
  t.equal(provider.calls[2]!.args.text, 'hola (hello world)', 'speech received the translation');
  t.match(results[2]!.output!.audio, { mime: 'audio/wav', url: /^\/artifacts\/[a-f0-9]{32}\.wav$/ });
  t.ok(provider.calls[0]!.end <= provider.calls[1]!.start, 'task 1 started after task 0 finished');
});

t.test('independent branches of a DAG run in parallel; the join waits for both', async (t) => {
  const provider = scriptedProvider('local', [
    { id: 'det', task: 'object-detection', delayMs: 200, output: () => ({ text: '2 zebras' }) },
    { id: 'cap', task: 'image-to-text', delayMs: 200, output: () => ({ text: 'zebras in a field' }) },
    { id: 'sum', task: 'summarization', output: (call) => ({ text: String(call.args.text) }) },
  ]);
  const deps = await testDeps(t, { providers: [provider] });
  const image = `data:image/png;base64,${RED_PNG.toString('base64')}`;
  const tasks: Task[] = [
    { id: 0, task: 'object-detection', dep: [], args: { image } },
    { id: 1, task: 'image-to-text', dep: [], args: { image } },
    { id: 2, task: 'summarization', dep: [1, 0], args: { text: '<GENERATED>-1' } },
  ];
  const results = await executeTasks({ tasks, selections: selectionsFor(tasks, { 0: ['det'], 1: ['cap'], 2: ['sum'] }) }, deps, {});
  t.same(results.map((result) => result.status), ['succeeded', 'succeeded', 'succeeded']);
  const [det, cap] = [results[0]!, results[1]!];
  const overlap = Date.parse(det.startedAt!) < Date.parse(cap.finishedAt!) && Date.parse(cap.startedAt!) < Date.parse(det.finishedAt!);
  t.ok(overlap, `branches overlapped: ${det.startedAt}–${det.finishedAt} and ${cap.startedAt}–${cap.finishedAt}`);
  t.ok(Date.parse(results[2]!.startedAt!) >= Math.max(Date.parse(det.finishedAt!), Date.parse(cap.finishedAt!)), 'the join started after both');
});

t.test('TASK_CONCURRENCY=1 runs independent tasks one after the other', async (t) => {
  const provider = scriptedProvider('local', [{ id: 'cls', task: 'text-classification', delayMs: 60 }]);
  const deps = await testDeps(t, { providers: [provider], settings: { concurrency: 1 } });
  const tasks: Task[] = [0, 1, 2].map((id) => ({ id, task: 'text-classification', dep: [], args: { text: `text ${id}` } }));
  await executeTasks({ tasks, selections: selectionsFor(tasks, { 0: ['cls'], 1: ['cls'], 2: ['cls'] }) }, deps, {});
  const calls = [...provider.calls].sort((a, b) => a.start - b.start);
  t.ok(calls[0]!.end <= calls[1]!.start && calls[1]!.end <= calls[2]!.start, 'no two calls overlapped');
});

t.test('a failing model is retried within bounds, then the next candidate takes over', async (t) => {
  const provider = scriptedProvider('local', [
    { id: 'flaky', task: 'summarization', failTimes: Infinity, failure: { retryable: true, message: 'HTTP 503' } },
    { id: 'broken', task: 'summarization', failTimes: Infinity, failure: { retryable: false, message: 'HTTP 400' } },
    { id: 'good', task: 'summarization', output: () => ({ text: 'short' }) },
  ]);
  const deps = await testDeps(t, { providers: [provider], settings: { modelRetries: 2 } });
  const tasks: Task[] = [{ id: 0, task: 'summarization', dep: [], args: { text: 'a long text' } }];
  const [result] = await executeTasks({ tasks, selections: selectionsFor(tasks, { 0: ['flaky', 'broken', 'good'] }) }, deps, {});
  t.equal(result!.status, 'succeeded');
  t.equal(result!.model, 'good');
  t.same(
    result!.attempts.map((attempt) => [attempt.model, attempt.ok]),
    [['flaky', false], ['flaky', false], ['flaky', false], ['broken', false], ['good', true]],
    '3 attempts on the retryable failure, 1 on the permanent one, then the next candidate',
  );
  t.equal(result!.attempts[3]!.error!.message, 'HTTP 400');
});

t.test('MAX_MODELS_PER_TASK bounds the fallback; the error names every model tried', async (t) => {
  const provider = scriptedProvider('local', ['a', 'b', 'c'].map((id) => ({ id, task: 'summarization' as const, failTimes: Infinity, failure: { retryable: false, message: `${id} is down` } })));
  const deps = await testDeps(t, { providers: [provider], settings: { maxModelsPerTask: 2 } });
  const tasks: Task[] = [{ id: 0, task: 'summarization', dep: [], args: { text: 'x' } }];
  const [result] = await executeTasks({ tasks, selections: selectionsFor(tasks, { 0: ['a', 'b', 'c'] }) }, deps, {});
  t.equal(result!.status, 'failed');
  t.equal(result!.error!.code, 'EXPERT_FAILED');
  t.match(result!.error!.message, /all 2 models tried failed \(a, b\); last error: b is down/);
  t.notOk(provider.calls.some((call) => call.model === 'c'), 'the third candidate was not tried');
});

t.test('an input the model rejects fails the task at once (no other model is tried)', async (t) => {
  const provider = scriptedProvider('local', [
    { id: 'a', task: 'image-classification', failTimes: Infinity, failure: { code: 'EXPERT_BAD_INPUT', tryNextModel: false, message: 'not an image' } },
    { id: 'b', task: 'image-classification' },
  ]);
  const deps = await testDeps(t, { providers: [provider] });
  const tasks: Task[] = [{ id: 0, task: 'image-classification', dep: [], args: { image: `data:image/png;base64,${RED_PNG.toString('base64')}` } }];
  const [result] = await executeTasks({ tasks, selections: selectionsFor(tasks, { 0: ['a', 'b'] }) }, deps, {});
  t.equal(result!.error!.code, 'EXPERT_BAD_INPUT');
  t.equal(provider.calls.length, 1);
});

t.test('tasks needing a failed output are skipped with the reason; independent ones still run', async (t) => {
  const provider = scriptedProvider('local', [
    { id: 'bad', task: 'text-to-image', failTimes: Infinity, failure: { retryable: false, message: 'model is overloaded' } },
    { id: 'cap', task: 'image-to-text' },
    { id: 'tts', task: 'text-to-speech', output: () => ({ audio: { kind: 'audio', mime: 'audio/wav', bytes: Buffer.from('RIFF\0\0\0\0WAVE') } }) },
  ]);
  const deps = await testDeps(t, { providers: [provider] });
  const tasks: Task[] = [
    { id: 0, task: 'text-to-image', dep: [], args: { text: 'a fox' } },
    { id: 1, task: 'image-to-text', dep: [0], args: { image: '<GENERATED>-0' } },
    { id: 2, task: 'text-to-speech', dep: [1], args: { text: '<GENERATED>-1' } },
    { id: 3, task: 'text-to-speech', dep: [], args: { text: 'independent' } },
  ];
  const results = await executeTasks({ tasks, selections: selectionsFor(tasks, { 0: ['bad'], 1: ['cap'], 2: ['tts'], 3: ['tts'] }) }, deps, {});
  t.same(results.map((result) => result.status), ['failed', 'skipped', 'skipped', 'succeeded']);
  t.equal(results[1]!.error!.code, 'DEPENDENCY_FAILED');
  t.match(results[1]!.error!.message, /task 0 \(text-to-image\), which failed \(.*model is overloaded/);
  t.match(results[2]!.error!.message, /task 1 \(image-to-text\), which was skipped/);
  t.notOk(provider.calls.some((call) => call.model === 'cap'), 'the skipped task never ran');
});

t.test('a task without a model fails with the reason; an attempt over TASK_TIMEOUT_MS times out', async (t) => {
  const provider = scriptedProvider('local', [{ id: 'slow', task: 'summarization', delayMs: 1000 }]);
  const deps = await testDeps(t, { providers: [provider], settings: { taskTimeoutMs: 50, modelRetries: 0 } });
  const tasks: Task[] = [
    { id: 0, task: 'summarization', dep: [], args: { text: 'x' } },
    { id: 1, task: 'depth-estimation', dep: [], args: { image: 'https://example.org/a.png' } },
  ];
  const results = await executeTasks(
    { tasks, selections: selectionsFor([tasks[0]!], { 0: ['slow'] }), unassigned: [{ id: 1, task: 'depth-estimation', reason: 'no depth-estimation model can run now' }] },
    deps,
    {},
  );
  t.equal(results[0]!.error!.code, 'EXPERT_TIMEOUT');
  t.match(results[0]!.error!.message, /TASK_TIMEOUT_MS/);
  t.same(results[1]!.error, { code: 'NO_MODEL_AVAILABLE', message: 'no depth-estimation model can run now' });
});

t.test("the request's signal cancels what is in flight and what has not started", async (t) => {
  // The model would take 60 s: returning at the abort is told apart from waiting at any load.
  const provider = scriptedProvider('local', [{ id: 'slow', task: 'summarization', delayMs: 60_000 }]);
  const deps = await testDeps(t, { providers: [provider] });
  const tasks: Task[] = [
    { id: 0, task: 'summarization', dep: [], args: { text: 'x' } },
    { id: 1, task: 'summarization', dep: [0], args: { text: '<GENERATED>-0' } },
  ];
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const started = performance.now();
  const results = await executeTasks({ tasks, selections: selectionsFor(tasks, { 0: ['slow'], 1: ['slow'] }) }, deps, { signal: controller.signal });
  t.ok(performance.now() - started < 30_000, 'returned without waiting for the model');
  t.equal(results[0]!.error!.code, 'CANCELLED');
  t.equal(results[1]!.status, 'skipped');
});

t.test('an image produced by one task reaches the next as bytes', async (t) => {
  const provider = scriptedProvider('local', [
    { id: 'gen', task: 'text-to-image', output: () => ({ image: { kind: 'image', mime: 'image/png', bytes: RED_PNG } }) },
    { id: 'cap', task: 'image-to-text', output: (call) => ({ text: `got ${(call.args.image as { mime: string }).mime}` }) },
  ]);
  const deps = await testDeps(t, { providers: [provider] });
  const tasks: Task[] = [
    { id: 0, task: 'text-to-image', dep: [], args: { text: 'red' } },
    { id: 1, task: 'image-to-text', dep: [0], args: { image: '<GENERATED>-0' } },
  ];
  const results = await executeTasks({ tasks, selections: selectionsFor(tasks, { 0: ['gen'], 1: ['cap'] }) }, deps, {});
  t.equal(results[1]!.output!.text, 'got image/png');
  t.same(Buffer.from((provider.calls[1]!.args.image as { bytes: Uint8Array }).bytes), RED_PNG);
});
