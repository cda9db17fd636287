// A task's result as the page shows it: a header (task, model, status, time), its text, its
// image, audio or video inline, and its structured data folded away. Files are fetched with the
// API key and shown through blob: URLs (api.js, blobUrl).
import { blobUrl } from './api.js';

const MEDIA_TAGS = { image: 'img', audio: 'audio', video: 'video' };

/**
 * @param {{ id: number, task: string, status: string, model: string | null, durationMs: number | null,
 *   output: null | { text?: string, data?: unknown } & Record<string, any>,
 *   error: null | { code: string, message: string } }} result
 */
export function renderResult(result) {
  const card = element('section', { className: `result status-${result.status}`, dataset: { task: String(result.id) } });
  const seconds = result.durationMs === null ? '' : ` · ${(result.durationMs / 1000).toFixed(1)} s`;
  card.append(element('h4', { textContent: `#${result.id} ${result.task} · ${result.model ?? 'no model'} · ${result.status}${seconds}` }));
  if (result.error) card.append(element('p', { className: 'error', textContent: `${result.error.code}: ${result.error.message}` }));
  const output = result.output ?? {};
  if (output.text) card.append(element('p', { className: 'text', textContent: output.text }));
  for (const kind of /** @type {const} */ (['image', 'audio', 'video'])) {
    if (output[kind]?.url) card.append(mediaElement(kind, output[kind].url, `${kind} produced by task #${result.id}`));
  }
  if (output.data !== undefined) {
    const details = element('details', { className: 'data' });
    details.append(element('summary', { textContent: 'data' }), element('pre', { textContent: JSON.stringify(output.data, null, 2) }));
    card.append(details);
  }
  return card;
}

/**
 * An <img>, <audio> or <video> for a file of the service; its source is set once fetched.
 * @param {'image' | 'audio' | 'video'} kind @param {string} path @param {string} label
 */
export function mediaElement(kind, path, label) {
  const media = /** @type {HTMLImageElement | HTMLAudioElement | HTMLVideoElement} */ (document.createElement(MEDIA_TAGS[kind]));
  media.dataset.src = path;
  media.title = path;
  if (media instanceof HTMLImageElement) media.alt = label;
  else media.controls = true;
  blobUrl(path).then(
    (url) => {
      media.src = url;
    },
    (/** @type {Error} */ error) => media.replaceWith(element('p', { className: 'error', textContent: `${path}: ${error.message}` })),
  );
  return media;
}

/** The kind of a file of the service, from its name: image, audio, video or undefined. */
export function kindOfPath(/** @type {string} */ path) {
  const extension = path.split('.').pop()?.toLowerCase() ?? '';
  if (['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp'].includes(extension)) return 'image';
  if (['wav', 'flac', 'mp3', 'ogg'].includes(extension)) return 'audio';
  if (['mp4', 'webm'].includes(extension)) return 'video';
  return undefined;
}

/**
 * document.createElement with properties (and `dataset` entries) set.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag @param {Partial<Omit<HTMLElementTagNameMap[K], 'dataset'>> & { dataset?: Record<string, string> }} [properties]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function element(tag, properties = {}) {
  const { dataset, ...rest } = properties;
  const created = Object.assign(document.createElement(tag), rest);
  Object.assign(created.dataset, dataset ?? {});
  return created;
}
