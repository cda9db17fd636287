// The playground in a real browser (Debian's chromium through playwright-core) against the real
// app: the rules controller and the embedded experts, listening on 127.0.0.1. A person's session:
// set an API key, upload a file, ask about a shipped example, watch the graph and the answer,
// see the image and hear the audio produced, then ask a follow-up that carries the conversation.
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import t from 'tap';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { browserMissing, openBrowser } from './browser.js';
import { buildTestApp } from './helper.js';

const SCREENSHOT = resolve('.artifacts/playground.png');
const KEY = 'playground-test-key';
const API_PATH = /^\/(chat|artifacts|examples)\b/;
const REQUEST = 'detect the objects in /examples/c.jpg and read out loud what you found';

// Real models on a shared machine: detection alone takes 10 to 25 s, more than the suite's
// default per-file budget allows when every file runs at once.
t.setTimeout(240_000);

// One app and one browser for the file: starting chromium costs seconds.
let origin = '';
let browser: BrowserContext;
t.before(async () => {
  if (browserMissing) return;
  const app = await buildTestApp(t, { CONTROLLER: 'rules', INFERENCE_MODE: 'local' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await openBrowser(t);
});

t.test('the playground runs a chat in chromium and shows the plan, the answer and the image', { skip: browserMissing }, async (t) => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));

  await page.goto(`${origin}/`);
  await page.fill('#api-key', KEY);
  await page.press('#api-key', 'Tab'); // stored on change
  t.equal(await page.evaluate(() => localStorage.getItem('hugginggpt.apiKey')), KEY, 'the API key is kept in localStorage');
  await page.reload(); // from now on, every call must carry the key
  requests.length = 0;
  t.equal(await page.inputValue('#api-key'), KEY, 'and shown again on the next visit');

  // The shipped examples are listed with thumbnails fetched through blob: URLs.
  await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.example img')).some((img) => img.src.startsWith('blob:') && img.naturalWidth > 0));
  t.ok(await page.locator('.example', { hasText: 'c.jpg' }).count(), 'c.jpg is among the examples');

  // An upload through the file picker puts the returned /artifacts/<id> into the request.
  await page.setInputFiles('#file', 'public/examples/a.jpg');
  await page.waitForFunction(() => /\/artifacts\/[a-f0-9]{32}\.jpg/.test(document.querySelector('textarea')!.value));
  await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('.upload img')?.naturalWidth ?? 0) > 0);

  // The request about a shipped example.
  await page.fill('#request', REQUEST);
  await page.click('#send');
  await page.waitForSelector('.plan-graph .node[data-task="0"]');
  t.match(await page.textContent('.plan-graph .node[data-task="0"]'), /#0 object-detection/, 'the plan is drawn as soon as it exists');
  await page.waitForSelector('.message.assistant[data-state="done"]', { timeout: 90_000 });

  const node = page.locator('.plan-graph .node[data-task="0"]');
  t.equal(await node.getAttribute('data-state'), 'done');
  t.match(await node.textContent(), /local\/centernet-coco.*done \d+\.\d s/s, 'the node shows the model and the time');
  t.match(await page.textContent('.plan-graph .node[data-task="1"]'), /#1 text-to-speech.*done/s);
  t.equal(await page.locator('.plan-graph .edge').count(), 1, 'an arrow from the detection to the speech that reads it');
  const answer = (await page.textContent('.message.assistant .answer')) ?? '';
  t.match(answer, /zebra/, 'the answer streamed in');
  t.equal(answer, await page.evaluate(() => JSON.parse(document.querySelector('.raw-entry[open] pre')!.textContent!).answer), 'it is the answer of the done event');

  const image = await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.result img');
    return img && img.complete && img.naturalWidth > 0 ? { src: img.src, path: img.dataset.src, width: img.naturalWidth } : null;
  });
  const shown = (await image.jsonValue())!;
  t.match(shown, { src: /^blob:/, path: /^\/artifacts\/[a-f0-9]{32}\.(jpg|png)$/ }, 'the produced image is shown from a blob: URL');
  t.ok(shown.width > 0, `the image has loaded (${shown.width} px wide)`);
  t.ok(await page.locator('.previews img').count(), 'the user message previews the example it names');
  const audio = await page.waitForFunction(() => {
    const player = document.querySelector<HTMLAudioElement>('.result audio');
    return player && player.src.startsWith('blob:') && player.duration > 0 ? player.duration : null;
  });
  t.ok((await audio.jsonValue())! > 0, 'the speech is playable inline');

  await mkdir('.artifacts', { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  t.comment(`screenshot: ${SCREENSHOT}`);

  // A follow-up carries the conversation: the first request and its answer, then the new one.
  const followUp = page.waitForRequest((request) => request.url().endsWith('/chat') && request.postDataJSON().messages.length === 3);
  await page.fill('#request', 'what is the sentiment of "I love this playground"');
  await page.press('#request', 'Enter');
  const sent = (await followUp).postDataJSON();
  t.match(sent.messages, [{ role: 'user', content: REQUEST }, { role: 'assistant', content: answer }, { role: 'user' }]);
  await page.waitForFunction(() => document.querySelectorAll('.message.assistant[data-state="done"]').length === 2, undefined, { timeout: 60_000 });
  t.equal(await page.locator('.raw-turn').count(), 2, 'the raw panel has a section per turn');

  const apiCalls = requests.filter((request) => API_PATH.test(new URL(request.url()).pathname));
  t.ok(apiCalls.length >= 5, `${apiCalls.length} API calls`);
  const withoutKey = apiCalls.filter((request) => request.headers().authorization !== `Bearer ${KEY}`).map((request) => request.url());
  t.same(withoutKey, [], 'every API call, files included, sends the key');
  t.same(requests.map((request) => request.url()).filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')), [], 'nothing is loaded from elsewhere');
  t.same(problems, [], 'no errors in the page');
});

t.test('the page reads SSE streams cut anywhere, follows streamed plans, and reports API errors', { skip: browserMissing }, async (t) => {
  const page: Page = await browser.newPage();
  await page.goto(`${origin}/`);

  const parsed = await page.evaluate(async (modulePath) => {
    const { readServerSentEvents } = await import(modulePath);
    const text = ': heartbeat\r\n\r\nevent: plan\r\nid: 1\r\ndata: {"a":\r\ndata: 1}\r\n\r\ndata: no type\rid: 2\r\r:comment only\n\nevent: empty\n\n';
    const results = [];
    for (let cut = 0; cut <= text.length; cut++) {
      const bytes = new TextEncoder().encode(text);
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.slice(0, cut));
          controller.enqueue(bytes.slice(cut));
          controller.close();
        },
      });
      const events = [];
      for await (const event of readServerSentEvents(body)) events.push(event);
      results.push(JSON.stringify(events));
    }
    return [...new Set(results)];
  }, '/playground/sse.js');
  t.same(parsed.map((json) => JSON.parse(json)), [[{ event: 'plan', id: '1', data: '{"a":\n1}' }, { event: 'message', id: '2', data: 'no type' }]], 'the same events wherever the chunks are cut');

  // A planner that streams its tasks: each node appears when its task-planned event arrives;
  // event types the page does not know are ignored; the layout puts a task right of its deps.
  const seen = await page.evaluate(async (modulePath) => {
    const { createTurn } = await import(modulePath);
    const log = document.createElement('div');
    document.body.append(log);
    const turn = createTurn(log, 'a diamond');
    const nodes = () => Array.from(log.querySelectorAll('.node')).map((node) => `${node.getAttribute('data-task')}:${node.getAttribute('data-state')}:${node.getAttribute('transform')}`);
    const steps: Record<string, string[]> = {};
    const tasks = [
      { id: 0, task: 'image-to-text', dep: [], args: {} },
      { id: 1, task: 'object-detection', dep: [0], args: {} },
      { id: 2, task: 'translation', dep: [0], args: {} },
      { id: 3, task: 'summarization', dep: [1, 2], args: {} },
    ];
    turn.handle({ type: 'task-planned', seq: 1, task: tasks[0] });
    steps.first = nodes();
    turn.handle({ type: 'task-planned', seq: 2, task: tasks[1] });
    turn.handle({ type: 'some-future-event', seq: 3, whatever: true });
    steps.second = nodes();
    turn.handle({ type: 'plan', seq: 4, controller: 'test', tasks });
    turn.handle({ type: 'task-start', seq: 5, id: 0, task: 'image-to-text', model: 'm', provider: 'local' });
    steps.running = nodes();
    const result = { id: 0, task: 'image-to-text', status: 'succeeded', model: 'm', provider: 'local', output: { text: 'a cat' }, error: null, attempts: [], startedAt: null, finishedAt: null, durationMs: 1234 };
    turn.handle({ type: 'task-end', seq: 6, result });
    turn.handle({ type: 'task-end', seq: 7, result: { ...result, id: 2, task: 'translation', status: 'failed', output: null, error: { code: 'MODEL_FAILED', message: 'boom' } } });
    turn.handle({ type: 'error', seq: 8, code: 'REQUEST_TIMEOUT', message: 'too slow' });
    steps.end = nodes();
    return { steps, error: log.querySelector('.answer ~ .error')?.textContent, text: log.querySelector('.result .text')?.textContent };
  }, '/playground/turn.js');
  t.same(seen.steps.first, ['0:waiting:translate(8 8)']);
  t.same(seen.steps.second, ['0:waiting:translate(8 8)', '1:waiting:translate(284 8)'], 'the second task appears right of its dependency');
  t.same(seen.steps.running, ['0:running:translate(8 8)', '1:waiting:translate(284 8)', '2:waiting:translate(284 88)', '3:waiting:translate(560 8)']);
  t.same(seen.steps.end, ['0:done:translate(8 8)', '1:skipped:translate(284 8)', '2:failed:translate(284 88)', '3:skipped:translate(560 8)'], 'an error event ends the tasks that had not finished');
  t.equal(seen.error, 'REQUEST_TIMEOUT: too slow');
  t.equal(seen.text, 'a cat');

  // A request the API refuses is shown with its code, not swallowed.
  await page.fill('#request', 'x'.repeat(100_001));
  await page.click('#send');
  await page.waitForSelector('.message.assistant[data-state="failed"]');
  t.match(await page.textContent('.message.assistant .error'), /^INPUT_TOO_LARGE: .*MAX_REQUEST_CHARS/);
});
