// The playground's whole use of the service: the public API, nothing else. An integrator can copy
// this file: POST /chat as Server-Sent Events, POST /artifacts for uploads, GET /examples, and
// files fetched with the API key and shown through blob: URLs.
import { readServerSentEvents } from './sse.js';

const KEY_STORAGE = 'hugginggpt.apiKey';

/** The API key, kept in this browser only. Empty when the server runs without API_KEYS. */
export const apiKey = {
  get: () => localStorage.getItem(KEY_STORAGE) ?? '',
  set: (/** @type {string} */ key) => (key ? localStorage.setItem(KEY_STORAGE, key) : localStorage.removeItem(KEY_STORAGE)),
};

/** An error answer of the API: `{ code, message, details? }` with its HTTP status. */
export class ApiError extends Error {
  /** @param {number} status @param {string} code @param {string} message @param {unknown} [details] */
  constructor(status, code, message, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** @param {Response} response */
  static async from(response) {
    const text = await response.text();
    try {
      const body = JSON.parse(text);
      return new ApiError(response.status, String(body.code ?? response.status), String(body.message ?? text), body.details);
    } catch {
      return new ApiError(response.status, String(response.status), text || response.statusText);
    }
  }
}

/**
 * fetch() with the API key, throwing ApiError on a 4xx/5xx answer.
 * @param {string} path @param {RequestInit & { headers?: Record<string, string> }} [init]
 */
export async function api(path, init = {}) {
  const key = apiKey.get();
  const headers = { ...init.headers, ...(key ? { authorization: `Bearer ${key}` } : {}) };
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) throw await ApiError.from(response);
  return response;
}

/** @returns {Promise<Array<{ name: string, url: string, mime: string }>>} */
export async function listExamples() {
  return (await (await api('/examples')).json()).examples;
}

/**
 * Uploads a file as the raw body; the answer names it: `{ artifact, url: "/artifacts/<id>", mime }`.
 * @param {File} file
 */
export async function uploadFile(file) {
  const response = await api('/artifacts', {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  return response.json();
}

/**
 * Runs a chat turn and yields the pipeline's events as they happen (plan, selection, task-start,
 * task-end, answer-delta, then done or error; later versions may add types: ignore unknown ones).
 * Aborting `signal` closes the connection, which cancels the work on the server.
 * @param {{ messages: Array<{ role: string, content: string }> }} body
 * @param {AbortSignal} signal
 * @returns {AsyncGenerator<Record<string, any> & { type: string, seq: number }>}
 */
export async function* streamChat(body, signal) {
  const response = await api('/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ ...body, stream: true }),
    signal,
  });
  if (!response.body) throw new ApiError(response.status, 'NO_BODY', 'The answer has no body to read.');
  for await (const message of readServerSentEvents(response.body)) {
    yield { type: message.event, ...JSON.parse(message.data) };
  }
}

/** @type {Map<string, Promise<string>>} */
const blobUrls = new Map();

/**
 * A blob: URL for a file of the service (/artifacts/<id>, /examples/<name>). An <img src> cannot
 * send the Authorization header, so the file is fetched with it first. Artifacts never change,
 * so each is fetched once per page.
 * @param {string} path
 */
export function blobUrl(path) {
  let url = blobUrls.get(path);
  if (!url) {
    url = api(path).then(async (response) => URL.createObjectURL(await response.blob()));
    url.catch(() => blobUrls.delete(path)); // a failed fetch may be retried later
    blobUrls.set(path, url);
  }
  return url;
}
