// Linked signals: abort with any source or the timeout, and release everything on dispose (the
// retained AbortSignal.any signals were the per-request leak).
import t from 'tap';
import { linkSignals, withLinkedSignal } from '../src/pipeline/signals.js';

t.test('a linked signal aborts with a source, with its reason, and says whether its own timeout fired', async (t) => {
  const source = new AbortController();
  const link = linkSignals([source.signal, undefined]);
  source.abort(new Error('client gone'));
  t.ok(link.signal.aborted);
  t.match(link.signal.reason, { message: 'client gone' });
  t.notOk(link.timedOut);

  const timed = linkSignals([new AbortController().signal], { timeoutMs: 20 });
  // Like AbortSignal.timeout, the timer does not keep the process alive: this one does.
  const keepAlive = setTimeout(() => {}, 1000);
  await new Promise((resolve) => timed.signal.addEventListener('abort', resolve));
  clearTimeout(keepAlive);
  t.ok(timed.timedOut);
  t.equal(timed.signal.reason.name, 'TimeoutError');

  const already = AbortSignal.abort(new Error('before'));
  t.ok(linkSignals([already]).signal.aborted, 'an already aborted source aborts at once');
});

t.test('dispose removes the listeners from long-lived sources and clears the timer', async (t) => {
  const longLived = new AbortController();
  const added: unknown[] = [];
  const removed: unknown[] = [];
  const add = longLived.signal.addEventListener.bind(longLived.signal);
  const remove = longLived.signal.removeEventListener.bind(longLived.signal);
  longLived.signal.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
    added.push(listener);
    add(type, listener, options);
  }) as typeof longLived.signal.addEventListener;
  longLived.signal.removeEventListener = ((type: string, listener: EventListener) => {
    removed.push(listener);
    remove(type, listener);
  }) as typeof longLived.signal.removeEventListener;

  for (let i = 0; i < 100; i++) await withLinkedSignal([longLived.signal], { timeoutMs: 60_000 }, async () => i);
  t.equal(added.length, 100);
  t.same(removed, added, 'every listener was removed again');
  const link = linkSignals([longLived.signal], { timeoutMs: 10 });
  link.dispose();
  await new Promise((resolve) => setTimeout(resolve, 30));
  t.notOk(link.signal.aborted, 'the timer was cleared');
  longLived.abort();
  t.notOk(link.signal.aborted, 'a disposed link no longer follows its sources');
});
