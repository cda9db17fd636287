// The plan streams into the executor: a task starts while the LLM is still writing the plan; an
// invalid streamed plan cancels what it started and goes to the repair round; a stream cut after
// use goes to the repair round too, one cut before any use is retried; a server that does not
// stream gives the plan at the end. Real `openai` client code against the fake server's SSE.
import t, { type Test } from 'tap';
import type { ExpertCall } from '../src/pipeline/types.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { startFakeOpenAI, streamedPlan, type Handler } from './fakes/openai-server.js';
import { buildTestApp } from './helper.js';
import { pipelineEvents } from './sse-client.js';

const TEXT = 'The Eiffel Tower is in Paris. It is 330 metres tall.';
const task = (id: number, type: string, args: Record<string, string>, dep: number[] = []) => ({ id, task: type, dep, args });
const CHAIN = [
  task(0, 'summarization', { text: TEXT }),
  task(1, 'text-classification', { text: '<GENERATED>-0' }, [0]),
  task(2, 'text-to-speech', { text: '<GENERATED>-1' }, [1]),
];

async function chatApp(t: Test, handler: Handler, env: Record<string, string> = {}, delayMs = 100) {
  const llm = await startFakeOpenAI(handler);
  t.teardown(() => llm.close());
  const experts = scriptedProvider('local', [
    { id: 'local/sum', task: 'summarization', delayMs, output: () => ({ text: 'A tall tower in Paris.' }) },
    { id: 'local/cls', task: 'text-classification', delayMs, output: () => ({ text: 'POSITIVE' }) },
    { id: 'local/tts', task: 'text-to-speech', delayMs, output: () => ({ text: 'spoken' }) },
  ]);
  const app = await buildTestApp(t, { OPENAI_BASE_URL: llm.url, LLM_MAX_RETRIES: '1', INFERENCE_MODE: 'local', DIRECT_ANSWER: 'false', PLAN_CACHE_TTL: '0', ...env }, { providers: [experts], catalogue: [] });
  const chat = async () => {
    const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'summarize, classify and read it aloud', stream: true } });
    t.equal(response.statusCode, 200);
    return pipelineEvents(response.body);
  };
  return { app, llm, experts, chat };
}

t.test('a task starts as soon as it is written, its dependencies done and its model known: before the plan is complete', async (t) => {
  const { llm, experts, chat } = await chatApp(t, ({ purpose }) => (purpose === 'plan' ? streamedPlan(CHAIN, 150) : { content: 'Done.' }));
  const events = await chat();
  const types = events.map((event) => event.type);
  t.same(types.slice(0, 3), ['task-planned', 'selection', 'task-start'], 'task 0: written, given its model, started');
  t.ok(types.indexOf('task-start') < types.indexOf('plan'), 'task 0 started before the plan was complete');
  t.equal(types.filter((type) => type === 'task-planned').length, 3, 'one task-planned per task');
  t.equal(types.filter((type) => type === 'selection').length, 3, 'one selection per task');
  t.match(events.find((event) => event.type === 'plan'), { tasks: CHAIN });
  const planEnd = llm.requests[0]!.finishedAt!;
  t.ok(experts.calls[0]!.start < planEnd, `the first expert call began ${Math.round(planEnd - experts.calls[0]!.start)} ms before the plan's last byte`);
  const done = events.at(-1)!;
  t.match(done, { type: 'done', result: { results: [{ status: 'succeeded' }, { status: 'succeeded' }, { status: 'succeeded' }], usage: { calls: 2 } } });
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'respond'], 'selection needed no call (SELECT_MODE=auto, one candidate each)');
  t.equal(llm.requests[0]!.body.stream, true, 'the planning call streams');
});

t.test('an invalid streamed plan: what it started is cancelled and the repair round runs as before', async (t) => {
  const bad = [CHAIN[0], task(1, 'image-captioning', { image: 'x.jpg' })];
  const { llm, experts, chat } = await chatApp(
    t,
    ({ purpose }) => (purpose === 'plan' ? streamedPlan(bad, 100) : purpose === 'repair' ? { content: { tasks: CHAIN.slice(0, 2) } } : { content: 'Done.' }),
    {},
    400,
  );
  const events = await chat();
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'repair', 'respond']);
  t.match(llm.requests[1]!.body.messages.at(-1)!.content, /unknown task type "image-captioning"/);
  const ends = events.filter((event) => event.type === 'task-end');
  t.match(ends[0], { result: { id: 0, status: 'failed', error: { code: 'CANCELLED', message: /invalid; it is being repaired/ } } }, 'the task of the invalid plan was cancelled');
  const cancelled = experts.calls.find((call) => call.model === 'local/sum');
  t.ok(cancelled, 'it had started');
  t.match(events.find((event) => event.type === 'plan'), { tasks: CHAIN.slice(0, 2) }, 'the repaired plan is the plan');
  t.match(events.at(-1), { type: 'done', result: { tasks: CHAIN.slice(0, 2), results: [{ id: 0, status: 'succeeded' }, { id: 1, status: 'succeeded' }] } });
  t.equal(experts.calls.filter((call) => call.model === 'local/sum' && call.ok).length, 1, 'the repaired plan ran its task once, to the end');
});

t.test('a plan stream cut after a task was used: what it started is cancelled and the call made again; cut twice, the repair round; cut before any use, retried', async (t) => {
  let plans = 0;
  const { llm, experts, chat } = await chatApp(t, ({ purpose }) => {
    if (purpose === 'plan') return ++plans === 1 ? { ...streamedPlan(CHAIN, 0), truncate: true } : { content: { tasks: CHAIN } };
    if (purpose === 'repair') return { content: { tasks: CHAIN } };
    return { content: 'Done.' };
  }, {}, 300);
  const events = await chat();
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'plan', 'respond'], 'asked again, whole: no repair round for a broken connection');
  const planned = events.filter((event) => event.type === 'task-planned').length;
  t.ok(planned > CHAIN.length, `tasks of the cut stream were used (${planned - CHAIN.length}), then the second reply's`);
  t.equal(experts.calls.filter((call) => call.model === 'local/sum' && call.ok).length, 1, 'the first task ran once to the end');
  t.match(events.at(-1), { type: 'done', result: { results: [{ status: 'succeeded' }, { status: 'succeeded' }, { status: 'succeeded' }] } });

  llm.requests.length = 0;
  plans = 0;
  llm.handle(({ purpose }) => (purpose === 'plan' ? { ...streamedPlan(CHAIN, 0), truncate: true } : purpose === 'repair' ? { content: { tasks: CHAIN } } : { content: 'Done.' }));
  const twice = await chat();
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'plan', 'repair', 'respond'], 'cut twice: what was received goes to the repair round');
  t.match(llm.requests[2]!.body.messages.at(-1)!.content, /cut off by a broken connection|invalid JSON/);
  t.equal(twice.at(-1)!.type, 'done');

  llm.requests.length = 0;
  let calls = 0;
  llm.handle(({ purpose }) => (purpose === 'plan' ? (++calls === 1 ? { truncate: true, content: 'x' } : { content: { tasks: CHAIN } }) : { content: 'Done.' }));
  const again = await chat();
  t.same(llm.requests.map((request) => request.purpose), ['plan', 'plan', 'respond'], 'cut before any content: retried');
  t.equal(again.at(-1)!.type, 'done');
});

t.test('a server that ignores stream: true gives the plan at the end; LLM_STREAM=false never asks for a stream', async (t) => {
  const { llm, chat } = await chatApp(t, ({ purpose }) => ({ noStream: true, content: purpose === 'plan' ? { tasks: CHAIN } : 'Done.' }));
  const events = await chat();
  t.equal(events[0]!.type, 'plan', 'nothing was streamed: the plan comes first, whole');
  t.notOk(events.some((event) => event.type === 'task-planned'));
  t.match(events.at(-1), { type: 'done', result: { answer: 'Done.', results: [{ status: 'succeeded' }, { status: 'succeeded' }, { status: 'succeeded' }] } });

  const plain = await chatApp(t, ({ purpose }) => ({ content: purpose === 'plan' ? { tasks: CHAIN } : 'Done.' }), { LLM_STREAM: 'false' });
  await plain.chat();
  t.same(plain.llm.requests.map((request) => request.body.stream), [undefined, undefined]);
});

t.test('the answer streams: its pieces reach SSE and the /v1 stream as the LLM writes them', async (t) => {
  const pieces = ['The tower ', 300, 'is 330 metres ', 300, 'tall.'];
  const { app, llm, chat } = await chatApp(t, ({ purpose }) => (purpose === 'plan' ? { content: { tasks: CHAIN.slice(0, 1) } } : { chunks: pieces }), {}, 0);
  const events = await chat();
  const deltas = events.filter((event) => event.type === 'answer-delta');
  t.same(deltas.map((event) => event.text), ['The tower', ' is 330 metres', ' tall.'], 'the pieces as written (the blanks at the end held back)');
  const gaps = deltas.slice(1).map((event, index) => Date.parse(event.at) - Date.parse(deltas[index]!.at));
  t.ok(gaps.every((gap) => gap >= 200), `each piece left when it was written (${gaps.join(', ')} ms apart)`);
  t.equal(events.at(-1)!.result.answer, 'The tower is 330 metres tall.');
  t.equal(llm.requests.at(-1)!.body.stream, true, 'the answer call streams');

  const response = await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { model: 'hugginggpt', stream: true, messages: [{ role: 'user', content: 'summarize it' }] } });
  const contents = response.body
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: {'))
    .map((frame) => JSON.parse(frame.slice(6)).choices[0]?.delta?.content ?? '');
  t.match(contents.join(''), /^- running summarization with local\/sum…\n- summarization done in [\d.]+ s\n\nThe tower is 330 metres tall\.$/, 'progress lines, then the answer');
  const answerStart = contents.findIndex((content: string) => content.includes('done in')) + 1;
  t.ok(contents.slice(answerStart).filter(Boolean).length >= 2, 'the answer came in several chunks');
});

t.test('with a plan made of one text task the LLM does itself, DIRECT_ANSWER answers in the answer call: no expert, no waiting task', async (t) => {
  const lone = [task(0, 'summarization', { text: TEXT })];
  const { llm, experts, chat } = await chatApp(t, ({ purpose }) => (purpose === 'plan' ? streamedPlan(lone, 50) : { content: 'A tall tower in Paris.' }), { DIRECT_ANSWER: 'true' });
  const events = await chat();
  t.same(experts.calls, [], 'the summarizer never ran, not even while the plan streamed');
  t.notOk(events.some((event) => event.type === 'task-planned' || event.type === 'task-start'), 'the lone task was held back');
  t.match(events.find((event) => event.type === 'plan'), { tasks: [], explanation: /single summarization task.*DIRECT_ANSWER/ });
  t.match(events.at(-1), { type: 'done', result: { answer: 'A tall tower in Paris.', tasks: [], results: [], usage: { calls: 2 } } });
  t.match(llm.requests.at(-1)!.body.messages.at(-1)!.content, new RegExp(`Request: summarize, classify and read it aloud[\\s\\S]*DIRECT_ANSWER`));

  // The same request with a second task: the held task starts when the second is written.
  llm.handle(({ purpose }) => (purpose === 'plan' ? streamedPlan(CHAIN.slice(0, 2), 50) : { content: 'Done.' }));
  const two = await chat();
  t.same(two.filter((event) => event.type === 'task-planned').map((event) => event.task.id), [0, 1]);
  t.match(two.at(-1), { type: 'done', result: { results: [{ status: 'succeeded' }, { status: 'succeeded' }] } });
  t.ok(experts.calls.some((call: { args: ExpertCall['args'] }) => call.args.text === TEXT));
});
