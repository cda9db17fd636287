// The playground in a real browser (Debian's chromium through playwright-core) against the real
// app: the rules controller and the embedded experts, listening on 127.0.0.1. A person's session:
// set an API key, upload a file, ask about a shipped example, watch the graph and the answer,
// see the image produced, then ask a follow-up that carries the conversation.
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import t from 'tap';
import type { Page, Request } from 'playwright-core';
import { browserMissing, openBrowser } from './browser.js';
import { buildTestApp } from './helper.js';

const SCREENSHOT = resolve('.artifacts/playground.png');
const KEY = 'playground-test-key';
const API_PATH = /^\/(chat|artifacts|examples)\b/;

t.test('the playground runs a chat in chromium and shows the plan, the answer and the image', { skip: browserMissing }, async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', INFERENCE_MODE: 'local' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const browser = await openBrowser(t);
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
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.example img')].some((img) => img.src.startsWith('blob:') && img.naturalWidth > 0));
  t.ok(await page.locator('.example', { hasText: 'c.jpg' }).count(), 'c.jpg is among the examples');

  // An upload through the file picker puts the returned /artifacts/<id> into the request.
  await page.setInputFiles('#file', 'public/examples/a.jpg');
  await page.waitForFunction(() => /\/artifacts\/[a-f0-9]{32}\.jpg/.test(document.querySelector('textarea')!.value));
  await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('.upload img')?.naturalWidth ?? 0) > 0);

  // The request about a shipped example.
  await page.fill('#request', 'detect the objects in /examples/c.jpg');
  await page.click('#send');
  await page.waitForSelector('.plan-graph .node[data-task="0"]');
  t.match(await page.textContent('.plan-graph .node[data-task="0"]'), /#0 object-detection/, 'the plan is drawn as soon as it exists');
  await page.waitForSelector('.message.assistant[data-state="done"]', { timeout: 90_000 });

  const node = page.locator('.plan-graph .node[data-task="0"]');
  t.equal(await node.getAttribute('data-state'), 'done');
  t.match(await node.textContent(), /local\/centernet-coco.*done \d+\.\d s/s, 'the node shows the model and the time');
  const answer = (await page.textContent('.message.assistant .answer')) ?? '';
  t.match(answer, /zebra/, 'the answer streamed in');
  t.equal(answer, await page.evaluate(() => JSON.parse(document.querySelector('.raw-entry[open] pre')!.textContent!).answer), 'it is the answer of the done event');

  const image = await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.result img');
    return img && img.complete && img.naturalWidth > 0 ? { src: img.src, path: img.dataset.src, width: img.naturalWidth } : null;
  });
  const shown = (await image.jsonValue())!;
  t.match(shown, { src: /^blob:/, path: /^\/artifacts\/[a-f0-9]{32}\.png$/ }, 'the produced image is shown from a blob: URL');
  t.ok(shown.width > 0, `the image has loaded (${shown.width} px wide)`);
  t.ok(await page.locator('.previews img').count(), 'the user message previews the example it names');

  await mkdir('.artifacts', { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  t.comment(`screenshot: ${SCREENSHOT}`);

  // A follow-up carries the conversation: the first request and its answer, then the new one.
  const followUp = page.waitForRequest((request) => request.url().endsWith('/chat') && request.postDataJSON().messages.length === 3);
  await page.fill('#request', 'what is the sentiment of "I love this playground"');
  await page.press('#request', 'Enter');
  const sent = (await followUp).postDataJSON();
  t.match(sent.messages, [{ role: 'user', content: 'detect the objects in /examples/c.jpg' }, { role: 'assistant', content: answer }, { role: 'user' }]);
  await page.waitForFunction(() => document.querySelectorAll('.message.assistant[data-state="done"]').length === 2, undefined, { timeout: 60_000 });
  t.equal(await page.locator('.raw-turn').count(), 2, 'the raw panel has a section per turn');

  const apiCalls = requests.filter((request) => API_PATH.test(new URL(request.url()).pathname));
  t.ok(apiCalls.length >= 5, `${apiCalls.length} API calls`);
  const withoutKey = apiCalls.filter((request) => request.headers().authorization !== `Bearer ${KEY}`).map((request) => request.url());
  t.same(withoutKey, [], 'every API call, files included, sends the key');
  t.same(requests.map((request) => request.url()).filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')), [], 'nothing is loaded from elsewhere');
  t.same(problems, [], 'no errors in the page');
});

t.test('the page reads SSE streams cut anywhere, and reports API errors', { skip: browserMissing }, async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', INFERENCE_MODE: 'local' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const page: Page = await (await openBrowser(t)).newPage();
  await page.goto(`${origin}/`);

  const parsed = await page.evaluate(async () => {
    const { readServerSentEvents } = await import('/playground/sse.js');
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
  });
  t.same(parsed.map((json) => JSON.parse(json)), [[{ event: 'plan', id: '1', data: '{"a":\n1}' }, { event: 'message', id: '2', data: 'no type' }]], 'the same events wherever the chunks are cut');

  // A request the API refuses is shown with its code, not swallowed.
  await page.fill('#request', 'x'.repeat(100_001));
  await page.click('#send');
  await page.waitForSelector('.message.assistant[data-state="failed"]');
  t.match(await page.textContent('.message.assistant .error'), /^VALIDATION_FAILED: /);
});
