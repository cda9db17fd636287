// The playground page: wires the composer (text, uploads, examples, API key) to POST /chat and
// keeps the conversation. Each turn sends the whole chat so far as `messages`, and its events go
// both to the turn's view (turn.js) and to the raw JSON panel (raw-panel.js).
import { ApiError, apiKey, listExamples, streamChat, uploadFile } from './api.js';
import { createRawPanel } from './raw-panel.js';
import { element, kindOfPath, mediaElement } from './results.js';
import { createTurn } from './turn.js';

const MAX_MESSAGES = 200; // what POST /chat accepts; older messages are dropped first

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const log = $('log');
const form = /** @type {HTMLFormElement} */ ($('composer'));
const input = /** @type {HTMLTextAreaElement} */ ($('request'));
const sendButton = /** @type {HTMLButtonElement} */ ($('send'));
const keyField = /** @type {HTMLInputElement} */ ($('api-key'));
const uploads = $('uploads');
const rawPanel = createRawPanel($('raw-log'));

/** @type {Array<{ role: 'user' | 'assistant', content: string }>} */
let history = [];
/** @type {AbortController | undefined} the turn in progress, if any */
let running;

// The log keeps showing the newest content unless the reader has scrolled up to read.
let following = true;
function follow() {
  if (following) log.scrollTop = log.scrollHeight;
}
log.addEventListener('scroll', () => (following = log.scrollHeight - log.scrollTop - log.clientHeight < 80));
// An image or a video arriving makes the log taller (these events do not bubble: capture them).
log.addEventListener('load', follow, true);
log.addEventListener('loadedmetadata', follow, true);

async function send(/** @type {string} */ request) {
  const messages = [...history, { role: /** @type {const} */ ('user'), content: request }].slice(-MAX_MESSAGES);
  const turn = createTurn(log, request);
  following = true;
  follow();
  const raw = rawPanel.startTurn({ messages, stream: true });
  const controller = new AbortController();
  running = controller;
  setBusy(true);
  try {
    for await (const event of streamChat({ messages }, controller.signal)) {
      raw.add(event);
      turn.handle(event);
      if (event.type === 'done' && event.result.answer) {
        history = [...messages, { role: 'assistant', content: event.result.answer }];
      }
      follow();
    }
    if (!turn.finished) turn.fail('The stream ended before the run finished (the connection was lost).');
  } catch (error) {
    if (controller.signal.aborted) turn.fail('Stopped. Closing the stream cancelled the work on the server.');
    else if (error instanceof ApiError) {
      raw.add({ type: 'http-error', status: error.status, code: error.code, message: error.message, details: error.details });
      turn.fail(`${error.code}: ${error.message}${error.status === 401 ? ' Set the API key at the top of the page.' : ''}`);
    } else turn.fail(`The request failed: ${/** @type {Error} */ (error).message}`);
    follow();
  } finally {
    running = undefined;
    setBusy(false);
  }
}

function setBusy(/** @type {boolean} */ busy) {
  sendButton.textContent = busy ? 'Stop' : 'Send';
  sendButton.classList.toggle('stop', busy);
}

/** Puts text at the cursor, with spaces around it, as if typed. */
function insertAtCursor(/** @type {string} */ text) {
  const { selectionStart: start, selectionEnd: end, value } = input;
  const before = value.slice(0, start);
  const piece = `${before && !/\s$/.test(before) ? ' ' : ''}${text} `;
  input.value = before + piece + value.slice(end);
  input.selectionStart = input.selectionEnd = start + piece.length;
  input.focus();
}

/** Uploads files to POST /artifacts and puts each returned /artifacts/<id> into the request. */
async function upload(/** @type {Iterable<File>} */ files) {
  for (const file of files) {
    const chip = element('span', { className: 'upload', textContent: `uploading ${file.name}…` });
    uploads.append(chip);
    try {
      const artifact = await uploadFile(file);
      const kind = kindOfPath(artifact.url);
      chip.replaceChildren(...(kind ? [mediaElement(kind, artifact.url, file.name)] : []), `${file.name} → ${artifact.url}`);
      insertAtCursor(artifact.url);
    } catch (error) {
      chip.classList.add('error');
      chip.textContent = `${file.name}: ${/** @type {Error} */ (error).message}`;
    }
  }
}

/** The shipped examples (GET /examples) as buttons that insert their path. */
async function showExamples() {
  const list = $('examples');
  try {
    const examples = await listExamples();
    list.replaceChildren(
      ...examples.map((example) => {
        const button = element('button', { type: 'button', className: 'example', title: `insert ${example.url}` });
        const kind = kindOfPath(example.url);
        button.append(...(kind === 'image' ? [mediaElement(kind, example.url, example.name)] : []), element('span', { textContent: example.name }));
        button.addEventListener('click', () => insertAtCursor(example.url));
        return button;
      }),
    );
  } catch (error) {
    list.replaceChildren(element('span', { className: 'error', textContent: `examples: ${/** @type {Error} */ (error).message}` }));
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (running) return running.abort();
  const request = input.value.trim();
  if (!request) return input.focus();
  input.value = '';
  uploads.replaceChildren();
  void send(request);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
input.addEventListener('paste', (event) => {
  const files = event.clipboardData?.files;
  if (files?.length) {
    event.preventDefault();
    void upload(files);
  }
});
$('file').addEventListener('change', (event) => {
  const picker = /** @type {HTMLInputElement} */ (event.target);
  void upload([...(picker.files ?? [])]).then(() => (picker.value = ''));
});
$('new').addEventListener('click', () => {
  running?.abort();
  history = [];
  log.replaceChildren();
  rawPanel.clear();
  input.focus();
});

// Drag and drop anywhere on the chat column.
const chat = $('chat');
chat.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  chat.classList.add('dropping');
});
chat.addEventListener('dragleave', (event) => {
  if (!chat.contains(/** @type {Node | null} */ (event.relatedTarget))) chat.classList.remove('dropping');
});
chat.addEventListener('drop', (event) => {
  event.preventDefault();
  chat.classList.remove('dropping');
  void upload([...(event.dataTransfer?.files ?? [])]);
});

keyField.value = apiKey.get();
keyField.addEventListener('change', () => {
  apiKey.set(keyField.value.trim());
  void showExamples(); // they may have failed for want of a key
});
void showExamples();
input.focus();
