// The replayable event stream: numbering, replay for late or reconnecting views, exactly one
// terminal event, and views that cannot break the run.
import t from 'tap';
import { answerPieces, type PipelineEvent } from '../src/pipeline/events.js';
import { createEventStream } from '../src/pipeline/event-stream.js';

const delta = (text: string) => ({ type: 'answer-delta' as const, text });

t.test('events are numbered from 1, timed, and replayed from any seq', async (t) => {
  const stream = createEventStream({ now: () => new Date('2025-01-01T00:00:00Z') });
  stream.emit(delta('a'));
  stream.emit(delta('b'));
  t.same(stream.events().map((event) => [event.seq, event.at]), [[1, '2025-01-01T00:00:00.000Z'], [2, '2025-01-01T00:00:00.000Z']]);
  const late: PipelineEvent[] = [];
  stream.subscribe((event) => late.push(event), { after: 1 });
  stream.emit(delta('c'));
  t.same(late.map((event) => event.seq), [2, 3], 'the missed event, then the live one');
  t.same(stream.events(2).map((event) => event.seq), [3]);
});

t.test('the first done or error ends the stream; later emits are dropped', async (t) => {
  const stream = createEventStream();
  const seen: string[] = [];
  stream.subscribe((event) => seen.push(event.type));
  stream.emit({ type: 'error', code: 'LLM_ERROR', message: 'down' });
  stream.emit(delta('after the end'));
  stream.emit({ type: 'error', code: 'INTERNAL', message: 'again' });
  t.ok(stream.ended);
  t.same(seen, ['error']);
  t.same(stream.events().length, 1);
});

t.test('a failing listener does not stop the others or the run', async (t) => {
  const stream = createEventStream();
  const seen: number[] = [];
  stream.subscribe(() => {
    throw new Error('broken view');
  });
  stream.subscribe((event) => seen.push(event.seq));
  t.doesNotThrow(() => stream.emit(delta('x')));
  t.same(seen, [1]);
});

t.test('iterate replays, follows live events, and stops at the end or on abort', async (t) => {
  const stream = createEventStream();
  stream.emit(delta('one '));
  const collected = (async () => {
    const texts: string[] = [];
    for await (const event of stream.iterate()) texts.push(event.type === 'answer-delta' ? event.text : event.type);
    return texts;
  })();
  await new Promise((resolve) => setImmediate(resolve));
  stream.emit(delta('two'));
  setTimeout(() => stream.emit({ type: 'error', code: 'REQUEST_ABORTED', message: 'gone' }), 5);
  t.same(await collected, ['one ', 'two', 'error']);

  const open = createEventStream();
  const stop = new AbortController();
  const reading = (async () => {
    let count = 0;
    for await (const _event of open.iterate({ signal: stop.signal })) count++;
    return count;
  })();
  open.emit(delta('x'));
  await new Promise((resolve) => setImmediate(resolve));
  stop.abort();
  t.equal(await reading, 1, 'a view that stops reading ends its iteration');
  const aborted = open.iterate({ signal: AbortSignal.abort() });
  t.same(await aborted.next(), { value: undefined, done: true }, 'an aborted view reads nothing');
});

t.test('answers are cut into lines and sentences that concatenate back', async (t) => {
  const answer = '"2 zebras", spoken: /artifacts/a.wav\n\nWhat I did:\n1. Object Detection with m: "2 zebras". Then more! Done?';
  const pieces = answerPieces(answer);
  t.equal(pieces.join(''), answer);
  t.ok(pieces.length >= 5, pieces.join('|'));
  t.same(answerPieces(''), []);
});
