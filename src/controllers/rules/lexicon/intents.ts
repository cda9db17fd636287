// What each intent means whatever the language: the task it becomes for each kind of object it
// acts on, the extra slot it fills, and what its output is. "classify" on a photo is image
// classification, on a recording audio classification; a question on a scan is document QA.
import type { TaskType } from '../../../registry/task-types.js';
import type { NounClass } from './types.js';

/** What a step acts on: a resource kind, or a picture of a document (scan, receipt, form). */
export type ObjectKind = 'image' | 'audio' | 'video' | 'text' | 'document';

export type Slot = 'question' | 'labels' | 'description' | 'instruction' | 'languages';

export interface IntentSpec {
  /** What to write to ask for it, shown when a request is not understood. */
  example: string;
  /** The task for each kind of object; a kind not listed is converted first (speech → text). */
  tasks: Partial<Record<ObjectKind, TaskType>>;
  /** The kind assumed when nothing says what the step acts on. */
  prefers: ObjectKind;
  slot?: Slot;
  /** Takes two texts (similarity). */
  pair?: true;
  /** The output judges the input (labels, boxes, an answer) rather than being new content. */
  verdict?: true;
  /** The image output marks up the input (boxes, masks, depth) rather than being a new version. */
  annotation?: true;
  /** Only asked as a question, and only about something named: never about the world at large. */
  needsObject?: true;
  /** A candidate-label list turns it into this intent. */
  withLabels?: 'zeroShot';
  /** Says how the result is wanted, not what it is: before a question ("can he hear what's on the sign?") it is both steps, this one on the other's output. */
  form?: true;
  /** One label for a whole text: a list of texts is judged item by item ("the sentiment of each: - … - …"). */
  perItem?: true;
  /** Gives way to a more precise step in the same clause: "identify the emotion" is sentiment, "I'd like to know which class" classification. */
  generic?: 1 | 2;
}

const image = { prefers: 'image' } as const;
const text = { prefers: 'text' } as const;

export const INTENTS = {
  detect: { example: 'detect the objects in photo.jpg', ...image, tasks: { image: 'object-detection', document: 'object-detection' }, verdict: true, annotation: true },
  classify: {
    example: 'classify photo.jpg', ...image,
    tasks: { image: 'image-classification', document: 'image-classification', audio: 'audio-classification', text: 'text-classification' },
    verdict: true,
    withLabels: 'zeroShot',
    generic: 1,
    perItem: true,
  },
  caption: { example: 'describe photo.jpg', ...image, tasks: { image: 'image-to-text', document: 'image-to-text', audio: 'audio-classification' } },
  ocr: { example: 'read the text in photo.jpg', ...image, tasks: { image: 'image-to-text', document: 'image-to-text' } },
  /** "the text of X": the words in a picture, or those spoken in a recording. */
  textOf: { example: 'get the text from photo.jpg', ...image, tasks: { image: 'image-to-text', document: 'image-to-text', audio: 'automatic-speech-recognition', video: 'automatic-speech-recognition' } },
  /** "read X": the text in a picture, or a text aloud. */
  read: { example: 'read the text in photo.jpg', ...image, tasks: { image: 'image-to-text', document: 'image-to-text', text: 'text-to-speech' } },
  segment: { example: 'segment photo.jpg', ...image, tasks: { image: 'image-segmentation', document: 'image-segmentation' }, annotation: true },
  depth: { example: 'estimate the depth of photo.jpg', ...image, tasks: { image: 'depth-estimation', document: 'depth-estimation' }, annotation: true },
  enhance: { example: 'upscale photo.jpg', ...image, tasks: { image: 'image-to-image', document: 'image-to-image', audio: 'audio-to-audio', text: 'text2text-generation' } },
  edit: { example: 'edit photo.jpg: make the sky purple', ...image, tasks: { image: 'image-to-image', document: 'image-to-image' }, slot: 'instruction' },
  /** "remove the background hum" from a recording, "remove the car" from a photo. */
  remove: { example: 'remove the noise from speech.wav', ...image, tasks: { image: 'image-to-image', document: 'image-to-image', audio: 'audio-to-audio' }, slot: 'instruction' },
  question: {
    example: 'in photo.jpg, what color is the car?', ...image,
    tasks: { image: 'visual-question-answering', document: 'document-question-answering', text: 'question-answering', audio: 'audio-classification' },
    slot: 'question',
    verdict: true,
    needsObject: true,
    withLabels: 'zeroShot',
    generic: 2,
  },
  vqa: { example: 'in photo.jpg, what color is the car?', ...image, tasks: { image: 'visual-question-answering', document: 'visual-question-answering' }, slot: 'question', verdict: true },
  docqa: { example: 'what is the total on receipt.jpg?', ...image, tasks: { image: 'document-question-answering', document: 'document-question-answering' }, slot: 'question', verdict: true },
  qa: { example: "answer 'when was it built?' from this text: …", ...text, tasks: { text: 'question-answering' }, slot: 'question', verdict: true },
  drawImage: { example: 'draw a lighthouse at sunset', ...text, tasks: { text: 'text-to-image' }, slot: 'description' },
  makeVideo: { example: 'make a video of waves on a beach', ...text, tasks: { text: 'text-to-video' }, slot: 'description' },
  speak: { example: 'read this aloud: …', ...text, tasks: { text: 'text-to-speech' }, form: true },
  /** "listen to": a text aloud, or what a recording says. */
  listen: { example: 'read this aloud: …', ...text, tasks: { text: 'text-to-speech', audio: 'automatic-speech-recognition' } },
  transcribe: { example: 'transcribe speech.wav', prefers: 'audio', tasks: { audio: 'automatic-speech-recognition', video: 'automatic-speech-recognition', image: 'image-to-text', document: 'image-to-text' } },
  /** "what does it say": the words of a recording or of a picture; of a text, what it means in English. */
  words: { example: 'what does the sign in photo.jpg say?', prefers: 'audio', tasks: { audio: 'automatic-speech-recognition', video: 'automatic-speech-recognition', image: 'image-to-text', document: 'image-to-text', text: 'translation' }, generic: 1 },
  denoise: { example: 'remove the noise from speech.wav', prefers: 'audio', tasks: { audio: 'audio-to-audio', video: 'audio-to-audio' } },
  classifySound: { example: 'what kind of sound is in clip.wav?', prefers: 'audio', tasks: { audio: 'audio-classification' }, verdict: true },
  translate: { example: 'translate this into Spanish: …', ...text, tasks: { text: 'translation' }, slot: 'languages' },
  summarize: { example: 'summarize this: …', ...text, tasks: { text: 'summarization' } },
  sentiment: { example: "is this review positive or negative? '…'", ...text, tasks: { text: 'text-classification', audio: 'audio-classification' }, verdict: true, perItem: true },
  /** Good or bad news: a verdict on what is said, so speech is transcribed first (how a voice sounds is `sentiment`). */
  news: { example: "is this good news? '…'", ...text, tasks: { text: 'text-classification' }, verdict: true, perItem: true },
  language: { example: "what language is '…'?", ...text, tasks: { text: 'text-classification' }, verdict: true, perItem: true },
  entities: { example: 'find the people and places in: …', ...text, tasks: { text: 'token-classification' }, verdict: true },
  zeroShot: { example: "classify '…' as sports, politics or technology", ...text, tasks: { text: 'zero-shot-classification', image: 'zero-shot-image-classification', document: 'zero-shot-image-classification', audio: 'audio-classification' }, slot: 'labels', verdict: true, generic: 1, perItem: true },
  similarity: { example: "how similar are '…' and '…'?", ...text, tasks: { text: 'sentence-similarity' }, pair: true, verdict: true },
  write: { example: 'write a short story about a fox', ...text, tasks: { text: 'text-generation' }, slot: 'description' },
  reply: { example: "reply to this message: '…'", ...text, tasks: { text: 'conversational' } },
  rewrite: { example: 'correct the grammar of: …', ...text, tasks: { text: 'text2text-generation' } },
  fillMask: { example: 'fill in the blank: Paris is the [MASK] of France.', ...text, tasks: { text: 'fill-mask' } },
  table: { example: 'classify the table in table.png', ...image, tasks: { image: 'tabular-classification', document: 'tabular-classification', text: 'tabular-classification' }, verdict: true },
} satisfies Record<string, IntentSpec>;

export type IntentId = keyof typeof INTENTS;
export const INTENT_SPECS: Record<IntentId, IntentSpec> = INTENTS;

/** What a noun names ("receipt" a document, "sign" a picture of text). */
export const KIND_OF_NOUN: Record<NounClass, ObjectKind> = { image: 'image', audio: 'audio', video: 'video', text: 'text', document: 'document', textimage: 'document' };

/** Steps that turn a kind the user holds into the kind a step needs. */
export const CONVERSIONS: Partial<Record<ObjectKind, IntentId>> = { image: 'ocr', document: 'ocr', audio: 'transcribe', video: 'transcribe' };
