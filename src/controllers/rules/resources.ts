// The resources a request names: quoted text, files, URLs, data URIs, artifacts, and unquoted
// questions or text blocks ("the following text: …"). Quoted and named spans are masked out of the
// text the lexicon reads, so words inside a quote never start a task.
import type { ResourceKind } from '../../registry/task-types.js';
import { matches, type Span } from './analysis.js';

export interface Resource extends Span {
  kind: ResourceKind;
  value: string;
  /** A question the user asks (quoted, after "question:", or a question sentence). */
  question: boolean;
  /** Hidden from the lexicon: quotes, files, URLs and blocks are; question sentences are not. */
  masked: boolean;
  /** Named inside a quoted text: known to the request, but not an input of its step. */
  nested: boolean;
}

const EXTENSIONS: Record<ResourceKind, string> = {
  image: 'jpe?g|png|gif|bmp|webp|tiff?|svg|ico|heic',
  audio: 'wav|mp3|flac|ogg|m4a|aac|wma|aiff?|opus',
  video: 'mp4|avi|mov|mkv|webm|flv|wmv|m4v|mpe?g',
  text: 'txt|text|csv|tsv|md|pdf|docx?|json|html?',
};
const KIND_OF_EXTENSION = Object.entries(EXTENSIONS).map(([kind, pattern]) => ({
  kind: kind as ResourceKind,
  test: new RegExp(`\\.(?:${pattern})$`, 'i'),
}));
const ALL_EXTENSIONS = Object.values(EXTENSIONS).join('|');

const DATA_URI = /data:(image|audio|video)\/[\w.+-]+;base64,[A-Za-z0-9+/=]+/g;
const URL = /\bhttps?:\/\/[^\s'"<>()[\]{}]+[^\s'"<>()[\]{}.,;:!?]/g;
const ARTIFACT = /\/artifacts\/[\w.-]*[\w-]/g;
const FILE = new RegExp(`(?<![\\w/@.-])/?(?:[\\w.~-]+/)*[\\w~-][\\w.~-]*\\.(?:${ALL_EXTENSIONS})(?![\\w-])`, 'gi');
const QUESTION_BLOCK = /\bquestions?\b[^.?!:#(]{0,60}?(?::|\()\s*([A-Za-z0-9¿][^?#]{2,300}\?)/dg;
const TEXT_BLOCK =
  /\b(?:following|this|the|my)\s+(?:[\w-]+\s+){0,2}?(?:text|sentence|passage|article|paragraph|description|message|email|story|prompt|script|quote|review|content|statement)s?(?:\s+is)?(?:\s+as\s+follows)?\s*:\s*([^#\s][^#]*)$/d;
/** A later sentence that starts a new instruction ends an unquoted text block. */
const BLOCK_END = /[.!?]\s+(?=(?:then|finally|after that|afterwards?|next|also|please|lastly|and)\b)/i;
const QUESTION_SENTENCE = /(?:^|[.!?]\s+)((?:what|which|who|whom|whose|where|when|why|how|is|are|was|were|does|do|did)\b[^.!?]*\?)/dgi;
const QUESTION_BEFORE = /\bquestion\b[^.?!]{0,20}$/i;

export function kindOfName(name: string): ResourceKind | null {
  const path = name.split(/[?#]/)[0]!;
  return KIND_OF_EXTENSION.find((entry) => entry.test.test(path))?.kind ?? null;
}

/** Kind of a URL or artifact without an extension: the noun just before it, else an image. */
function kindNear(text: string, start: number): ResourceKind {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  if (/\b(?:audio|sound|speech|voice|recording|song)\b/.test(before)) return 'audio';
  if (/\bvideo|clip|movie\b/.test(before)) return 'video';
  if (/\b(?:text|article|page|document)\b/.test(before)) return 'text';
  return 'image';
}

const OPEN_QUOTES: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'", '«': '»' };

/** Quoted spans. A single quote opens only after a non-word character and closes only before one, so "I'd" and "J'adore" stay inside. */
function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = OPEN_QUOTES[text[i]!];
    if (!close || /[\w]/.test(text[i - 1] ?? ' ') || /\s/.test(text[i + 1] ?? ' ')) continue;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] !== close || /\s/.test(text[j - 1]!)) continue;
      if (close === "'" && /\w/.test(text[j + 1] ?? ' ')) continue;
      spans.push({ start: i, end: j + 1 });
      i = j;
      break;
    }
  }
  return spans;
}

const inside = (spans: Span[], at: number): boolean => spans.some((span) => at >= span.start && at < span.end);

function literal(text: string, start: number, end: number, masked = true): Resource {
  const value = text.slice(start, end);
  // A name is one token: "the car in example.jpg?" is a text that mentions a file, not the file.
  const token = !/\s/.test(value.trim());
  const kind = !token ? 'text' : (kindOfName(value.trim()) ?? (/^(?:https?:|\/artifacts\/|data:)/.test(value.trim()) ? kindNear(text, start) : 'text'));
  return { start, end, kind, value, question: false, masked, nested: false };
}

export function findResources(text: string): Resource[] {
  const quotes = findQuotes(text);
  const resources: Resource[] = [];
  for (const quote of quotes) {
    const inner = literal(text, quote.start + 1, quote.end - 1);
    const value = inner.value.trim();
    const named = inner.kind !== 'text' || /^(?:https?:|\/artifacts\/|data:)/.test(value);
    const question = !named && (value.endsWith('?') || QUESTION_BEFORE.test(text.slice(Math.max(0, quote.start - 30), quote.start)));
    resources.push({ ...inner, start: quote.start, end: quote.end, value, question });
  }
  for (const pattern of [DATA_URI, URL, ARTIFACT, FILE]) {
    for (const match of matches(pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (resources.some((known) => !known.nested && start >= known.start && end <= known.end && known.kind !== 'text')) continue;
      if (resources.some((known) => !known.nested && start < known.end && end > known.start && known.kind !== 'text')) continue;
      const nested = inside(quotes, start);
      resources.push({ ...literal(text, start, end, !nested), nested });
    }
  }
  addBlocks(text, resources);
  return resources.sort((a, b) => a.start - b.start);
}

/** Unquoted questions and text blocks, read on the text with quotes and names already masked. */
function addBlocks(text: string, resources: Resource[]): void {
  const masked = maskResources(text, resources);
  for (const match of matches(QUESTION_BLOCK, masked)) {
    const [start, end] = match.indices![1]!;
    resources.push({ start, end, kind: 'text', value: text.slice(start, end), question: true, masked: true, nested: false });
  }
  const block = TEXT_BLOCK.exec(maskResources(text, resources));
  if (block) {
    const [start, end] = block.indices![1]!;
    const stop = BLOCK_END.exec(text.slice(start, end));
    const blockEnd = stop ? start + stop.index + 1 : end;
    resources.push({ start, end: blockEnd, kind: 'text', value: text.slice(start, blockEnd).trim(), question: false, masked: true, nested: false });
  }
  for (const match of matches(QUESTION_SENTENCE, maskResources(text, resources))) {
    const [start, end] = match.indices![1]!;
    resources.push({ start, end, kind: 'text', value: text.slice(start, end), question: true, masked: false, nested: false });
  }
}

/** The text with every masked resource replaced by `#` of the same length, so offsets still match. */
export function maskResources(text: string, resources: readonly Resource[]): string {
  let masked = text;
  for (const resource of resources) {
    if (!resource.masked) continue;
    // A quote that ends a sentence ("… 'Is it blue?' Then …") still ends it in the masked text.
    const end = /[.!?]['"”’»]?$/.exec(text.slice(resource.start, resource.end))?.[0][0] ?? '#';
    masked = masked.slice(0, resource.start) + '#'.repeat(resource.end - resource.start - 1) + end + masked.slice(resource.end);
  }
  return masked;
}
