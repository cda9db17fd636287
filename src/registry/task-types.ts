// The task taxonomy as data. The planner's task list, the request schemas' enums, the
// validator and the expert dispatch tables are all derived from this one object.
//
// Keys are Hugging Face pipeline tags. `conversational` and `text2text-generation` are no longer
// pipeline tags on the Hub but the reference implementation and its catalogue still use them.
import { PIPELINE_DATA } from '@huggingface/tasks';

/** A kind of resource a task consumes or produces. */
export type ResourceKind = 'text' | 'image' | 'audio' | 'video';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['text', 'image', 'audio', 'video'];

export interface ArgSpec {
  kind: ResourceKind;
  required: boolean;
  description: string;
  /** A literal setting (a language code, a label list), never a `<GENERATED>-k` reference. */
  option?: true;
}

export interface TaskTypeSpec {
  /** One line for the planner prompt and the API docs. */
  description: string;
  args: Record<string, ArgSpec>;
  /** When set, at least one of these (otherwise optional) arguments must be present. */
  requireOneOf?: readonly string[];
  /** Kinds of resource the task produces; a `<GENERATED>-k` of another kind is invalid. */
  outputs: readonly ResourceKind[];
  /** Remote models of this type sample their output (it differs from call to call): never reused from the expert cache. */
  sampled?: true;
}

const text = (description: string, required = true): ArgSpec => ({ kind: 'text', required, description });
const image = (description = 'the image to process', required = true): ArgSpec => ({ kind: 'image', required, description });
const audio = (description = 'the audio to process'): ArgSpec => ({ kind: 'audio', required: true, description });
const option = (description: string): ArgSpec => ({ kind: 'text', required: false, description, option: true });

const TASK_TABLE = {
  'text-classification': {
    description: 'classify a text (sentiment, topic, language…)',
    args: { text: text('the text to classify') },
    outputs: ['text'],
  },
  'token-classification': {
    description: 'label the words of a text: named entities, parts of speech',
    args: { text: text('the text to analyse') },
    outputs: ['text'],
  },
  'zero-shot-classification': {
    description: 'classify a text into labels given at request time',
    args: { text: text('the text to classify'), labels: option('comma-separated candidate labels') },
    outputs: ['text'],
  },
  'question-answering': {
    description: 'answer a question from a given text',
    args: { question: text('the question'), context: text('the text that holds the answer') },
    outputs: ['text'],
  },
  summarization: {
    description: 'write a shorter version of a text',
    args: { text: text('the text to summarize') },
    outputs: ['text'],
  },
  translation: {
    description: 'translate a text into another language',
    args: {
      text: text('the text to translate'),
      target_language: option('ISO 639-1 code of the language to translate into, e.g. "es"'),
      source_language: option('ISO 639-1 code of the source language, when known'),
    },
    outputs: ['text'],
  },
  'text-generation': {
    description: 'continue or write text from a prompt',
    args: { text: text('the prompt') },
    outputs: ['text'],
    sampled: true,
  },
  'text2text-generation': {
    description: 'transform a text into another text following an instruction',
    args: { text: text('the instruction and the text') },
    outputs: ['text'],
    sampled: true,
  },
  conversational: {
    description: 'reply to a message as a chat assistant',
    args: { text: text('the message to reply to') },
    outputs: ['text'],
    sampled: true,
  },
  'sentence-similarity': {
    description: 'score how similar two texts are',
    args: { text: text('the first text'), other_text: text('the text to compare it with') },
    outputs: ['text'],
  },
  'fill-mask': {
    description: 'fill the [MASK] token of a sentence',
    args: { text: text('a sentence containing [MASK]') },
    outputs: ['text'],
  },
  'tabular-classification': {
    description: 'classify the rows of a table',
    args: {
      table: text('the table as CSV with a header row', false),
      image: image('a picture of a table', false),
    },
    requireOneOf: ['table', 'image'],
    outputs: ['text'],
  },
  'image-classification': {
    description: 'say what an image shows, as labels',
    args: { image: image() },
    outputs: ['text'],
  },
  'zero-shot-image-classification': {
    description: 'classify an image into labels given at request time',
    args: { image: image(), labels: option('comma-separated candidate labels') },
    outputs: ['text'],
  },
  'object-detection': {
    description: 'find and count the objects in an image, with boxes drawn on a copy',
    args: { image: image() },
    outputs: ['text', 'image'],
  },
  'image-segmentation': {
    description: 'split an image into labelled regions (masks)',
    args: { image: image() },
    outputs: ['image', 'text'],
  },
  'depth-estimation': {
    description: 'estimate the depth of every pixel of an image',
    args: { image: image() },
    outputs: ['image'],
  },
  'image-to-text': {
    description: 'describe an image in words (caption) or read its text (OCR)',
    args: { image: image() },
    outputs: ['text'],
  },
  'image-to-image': {
    description: 'transform or edit an image (enhance, upscale, restyle, edit by instruction)',
    args: { image: image(), text: text('what to change, when the model takes an instruction', false) },
    outputs: ['image'],
    sampled: true,
  },
  'text-to-image': {
    description: 'generate an image from a description',
    args: { text: text('what the image should show') },
    outputs: ['image'],
    sampled: true,
  },
  'text-to-video': {
    description: 'generate a short video from a description',
    args: { text: text('what the video should show') },
    outputs: ['video'],
    sampled: true,
  },
  'visual-question-answering': {
    description: 'answer a question about a photo',
    args: { image: image(), question: text('the question about the image') },
    outputs: ['text'],
  },
  'document-question-answering': {
    description: 'answer a question about a document image (scan, receipt, form)',
    args: { image: image('the document image'), question: text('the question about the document') },
    outputs: ['text'],
  },
  'text-to-speech': {
    description: 'read a text aloud (speech audio)',
    args: { text: text('the text to speak') },
    outputs: ['audio'],
    sampled: true,
  },
  'automatic-speech-recognition': {
    description: 'transcribe speech audio into text',
    args: { audio: audio('the speech to transcribe') },
    outputs: ['text'],
  },
  'audio-to-audio': {
    description: 'transform audio (enhance speech, separate sources)',
    args: { audio: audio() },
    outputs: ['audio'],
  },
  'audio-classification': {
    description: 'classify a sound or speech clip',
    args: { audio: audio() },
    outputs: ['text'],
  },
} satisfies Record<string, TaskTypeSpec>;

export type TaskType = keyof typeof TASK_TABLE;
export const TASK_TYPES: Record<TaskType, TaskTypeSpec> = TASK_TABLE;
export const TASK_TYPE_NAMES = Object.keys(TASK_TYPES) as TaskType[];

export function isTaskType(name: string): name is TaskType {
  return Object.hasOwn(TASK_TYPES, name);
}

export function taskSpec(name: TaskType): TaskTypeSpec {
  return TASK_TYPES[name];
}

/** Human name of a task type, from the Hub's own taxonomy where it has one. */
export function taskDisplayName(name: TaskType): string {
  const hub = (PIPELINE_DATA as Record<string, { name: string } | undefined>)[name];
  if (hub) return hub.name;
  return name.replace(/(^|-)(\w)/g, (_m, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());
}

/** Names of every argument any task type takes (for structured-output schemas). */
export const ALL_ARG_NAMES: readonly string[] = [
  ...new Set(Object.values(TASK_TYPES).flatMap((spec) => Object.keys(spec.args))),
].sort();
