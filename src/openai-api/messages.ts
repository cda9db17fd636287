// OpenAI chat messages → the pipeline's conversation. Text parts stay text; `image_url` and
// `input_audio` parts become resources of the request, each named on its own line so the
// planner sees it as a file named in the text: http(s) URLs as they are (fetched when a task
// needs them, under the SSRF guard), data URIs and audio stored as artifacts. Links to this
// service's own files (earlier answers carry absolute URLs) become paths again, so they are read
// from the store rather than fetched over the network.
import { createHash } from 'node:crypto';
import { toMedia } from '../artifacts/media-types.js';
import type { ArtifactStore } from '../artifacts/store.js';
import { AppError } from '../pipeline/errors.js';
import type { ArtifactRef, ChatMessage, Media } from '../pipeline/types.js';

export interface OpenAiMessage {
  role: string;
  content?: string | Array<{ type: string; [field: string]: unknown }> | null;
}

/** Tool and function results have no place here: no tools are offered. */
const ROLES: Record<string, ChatMessage['role'] | null> = { system: 'system', developer: 'system', user: 'user', assistant: 'assistant', tool: null, function: null };

export type MediaSaver = (media: Media) => Promise<ArtifactRef>;

/** Stores each distinct file once: chat front-ends resend the whole conversation every turn. */
export function createDedupingSaver(artifacts: ArtifactStore, capacity = 500): MediaSaver {
  const stored = new Map<string, Promise<ArtifactRef>>();
  return (media) => {
    const key = createHash('sha256').update(media.bytes).digest('hex');
    const known = stored.get(key);
    if (known) return known;
    const saving = artifacts.put(media);
    saving.catch(() => stored.delete(key));
    stored.set(key, saving);
    if (stored.size > capacity) stored.delete(stored.keys().next().value!);
    return saving;
  };
}

export async function toConversation(messages: OpenAiMessage[], context: { save: MediaSaver; baseUrl: string }): Promise<ChatMessage[]> {
  const conversation: ChatMessage[] = [];
  for (const [index, message] of messages.entries()) {
    const role = ROLES[message.role];
    if (!role) continue;
    const text = await contentText(message.content, `messages[${index}]`, context);
    if (text.trim()) conversation.push({ role, content: ownLinksAsPaths(text, context.baseUrl) });
  }
  if (conversation.at(-1)?.role !== 'user') {
    throw new AppError('VALIDATION_FAILED', 'The last message with content must have role "user": it is the request to fulfil.');
  }
  return conversation;
}

type Part = { type: string; [field: string]: unknown };
type PartReader = (part: Part, where: string, context: { save: MediaSaver; baseUrl: string }) => Promise<string>;

const PARTS: Record<string, PartReader> = {
  text: async (part, where) => stringField(part.text, `${where}.text`),
  refusal: async (part) => (typeof part.refusal === 'string' ? part.refusal : ''),
  image_url: async (part, where, context) => {
    const field = part.image_url as { url?: unknown } | string | undefined;
    const url = stringField(typeof field === 'string' ? field : field?.url, `${where}.image_url.url`);
    if (url.startsWith('data:')) return (await context.save(decodeMedia(dataUriBase64(url, where), 'image', where))).url;
    if (/^https?:\/\//i.test(url) && URL.canParse(url)) return url;
    if (/^\/(artifacts|examples)\//.test(url)) return url;
    throw new AppError('VALIDATION_FAILED', `${where}.image_url.url must be an http(s) URL or a data: URI (got "${url.slice(0, 40)}").`);
  },
  input_audio: async (part, where, context) => {
    const audio = part.input_audio as { data?: unknown } | undefined;
    const base64 = stringField(audio?.data, `${where}.input_audio.data`);
    return (await context.save(decodeMedia(base64, 'audio', where))).url;
  },
};

async function contentText(content: OpenAiMessage['content'], where: string, context: { save: MediaSaver; baseUrl: string }): Promise<string> {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  const pieces: string[] = [];
  for (const [index, part] of content.entries()) {
    const read = PARTS[part.type];
    if (!read) {
      throw new AppError('VALIDATION_FAILED', `${where}.content[${index}]: content parts of type "${part.type}" are not supported; send text, image_url or input_audio.`);
    }
    pieces.push(await read(part, `${where}.content[${index}]`, context));
  }
  return pieces.filter((piece) => piece.trim()).join('\n');
}

function stringField(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new AppError('VALIDATION_FAILED', `${where} must be a non-empty string.`);
  return value;
}

function dataUriBase64(uri: string, where: string): string {
  const match = /^data:[^,]*;base64,(.*)$/is.exec(uri);
  if (!match) throw new AppError('VALIDATION_FAILED', `${where}: only base64 data: URIs are accepted (data:image/png;base64,…).`);
  return match[1]!;
}

function decodeMedia(base64: string, kind: 'image' | 'audio', where: string): Media {
  const media = toMedia(Buffer.from(base64, 'base64'));
  if (!media || media.kind !== kind) {
    const formats = kind === 'image' ? 'png, jpeg, gif, webp, bmp or tiff' : 'wav, flac, ogg or mp3';
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `${where}: the ${kind} is not a ${formats} file${media ? ` (it is ${media.mime})` : ''}.`);
  }
  return media;
}

function ownLinksAsPaths(text: string, baseUrl: string): string {
  return text.split(`${baseUrl}/artifacts/`).join('/artifacts/').split(`${baseUrl}/examples/`).join('/examples/');
}
