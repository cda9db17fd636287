// Prompts of the LLM controller. The task list and the argument names come from the task-type
// table, so adding a task type there teaches the planner about it. Prompts are kept to what
// changes the result (every character costs latency on every request): task signatures one
// compact line each, two demonstrations that cover the rules, no repetition.
import { ALL_ARG_NAMES, TASK_TYPES, TASK_TYPE_NAMES, type ArgSpec, type TaskType } from '../../registry/task-types.js';
import type { LlmMessage } from './client.js';

/**
 * A word on what a task type is for, where its name does not say it (language identification is a
 * text-classification; counting is object detection). Only these change which task a planner picks.
 */
const GLOSS: Partial<Record<TaskType, string>> = {
  'text-classification': 'sentiment, topic, language',
  'token-classification': 'named entities, parts of speech',
  'text2text-generation': 'rewrite text by instruction',
  conversational: 'chat reply',
  'fill-mask': 'fill [MASK]',
  'object-detection': 'find, count, box objects',
  'image-to-text': 'caption or OCR',
  'image-to-image': 'edit, enhance, upscale',
  'document-question-answering': 'scans, receipts, forms',
  'audio-to-audio': 'enhance, separate sources',
};

/** `name` when the argument is named after its kind, else `name:kind`; `?` marks an optional one; settings are `:setting`. */
function signatureArg(name: string, info: ArgSpec): string {
  const kind = info.option ? 'setting' : info.kind;
  return `${name}${info.required ? '' : '?'}${kind === name ? '' : `:${kind}`}`;
}

/** One compact line per task type: `name(args)->outputs # gloss`. */
export function taskSignatures(): string {
  return TASK_TYPE_NAMES.map((name) => {
    const spec = TASK_TYPES[name];
    const args = Object.entries(spec.args).map(([arg, info]) => signatureArg(arg, info)).join(',');
    const gloss = GLOSS[name];
    return `${name}(${args})->${spec.outputs.join(',')}${gloss ? ` # ${gloss}` : ''}`;
  }).join('\n');
}

export const PLAN_SYSTEM = `You are the task planner of HuggingGPT: turn the request into the smallest graph of AI tasks that does it.
Reply with JSON only: {"tasks":[{"id":0,"task":"<type>","dep":[<ids>],"args":{"<name>":"<value>"}}]}
- "task": a type below, with its argument names (? optional).
- A value is text from the request, a resource the user named (URL, data: URI, /examples/…, /artifacts/…, a file name as written), a setting (e.g. "es"), or "<GENERATED>-k": task k's output, only of a kind task k makes (after ->). Never invent resources.
- "dep": ids of the tasks whose output it uses, [] if none; ids from 0, each task after its dependencies.
- No task needed (greeting, a question you can answer) or possible: {"tasks":[],"explanation":"<why>"}.
Types, name(arg:kind)->outputs:
${taskSignatures()}`;

/** Correct demonstrations, chosen to cover the rules: a chain through a setting, one output used by two tasks, text, image and audio references. */
export const PLAN_DEMOS: Array<{ request: string; plan: unknown }> = [
  {
    request: 'Transcribe /examples/talk.wav, translate it into Spanish and read that aloud.',
    plan: {
      tasks: [
        { id: 0, task: 'automatic-speech-recognition', dep: [], args: { audio: '/examples/talk.wav' } },
        { id: 1, task: 'translation', dep: [0], args: { text: '<GENERATED>-0', target_language: 'es' } },
        { id: 2, task: 'text-to-speech', dep: [1], args: { text: '<GENERATED>-1' } },
      ],
    },
  },
  {
    request: 'Draw a fox in the snow, then describe it and tell me: is it night?',
    plan: {
      tasks: [
        { id: 0, task: 'text-to-image', dep: [], args: { text: 'a fox in the snow' } },
        { id: 1, task: 'image-to-text', dep: [0], args: { image: '<GENERATED>-0' } },
        { id: 2, task: 'visual-question-answering', dep: [0], args: { image: '<GENERATED>-0', question: 'Is it night?' } },
      ],
    },
  },
];

export function planUserMessage(request: string, history: string): string {
  return history ? `Chat so far (it may name resources the request refers to):\n${history}\n\nRequest: ${request}` : request;
}

export function repairMessage(problems: string[]): string {
  return `Your plan is invalid:\n${problems.map((problem) => `- ${problem}`).join('\n')}\nReply with the corrected JSON only, in the same form.`;
}

export const SELECT_SYSTEM = `You choose the model for each task of a plan: one id from the task's candidates, preferring a model whose description fits the request and the task's arguments (what it does, language, domain), then popular ones; local models run inside the service, fast and reliable.
Reply with JSON only: {"selections":[{"id":<task id>,"model":"<model id>","reason":"<a few words>"}]}`;

export const RESPOND_SYSTEM = `You are HuggingGPT. Answer the user's request from the results of the AI models that ran for it: the answer first, then briefly what you did (tasks, models, results). Give every produced file with its exact URL. Say which tasks failed or were skipped, and why. Never invent results, numbers or files; with no results, answer yourself if you can, else say you cannot.`;

export function respondUserMessage(request: string, workflow: string): string {
  return `Request: ${request}\n\nWhat ran: ${workflow}`;
}

// ---- structured output schemas ----------------------------------------------------------------

const nullableString = { type: ['string', 'null'] };

export const PLAN_SCHEMA = {
  type: 'object',
  properties: {
    tasks: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          task: { type: 'string', enum: TASK_TYPE_NAMES },
          dep: { type: 'array', items: { type: 'integer' } },
          args: {
            type: 'object',
            properties: Object.fromEntries(ALL_ARG_NAMES.map((name) => [name, nullableString])),
            required: [...ALL_ARG_NAMES],
            additionalProperties: false,
          },
        },
        required: ['id', 'task', 'dep', 'args'],
        additionalProperties: false,
      },
    },
    explanation: { type: 'string' },
  },
  required: ['tasks', 'explanation'],
  additionalProperties: false,
} as const;

export const SELECT_SCHEMA = {
  type: 'object',
  properties: {
    selections: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'integer' }, model: { type: 'string' }, reason: { type: 'string' } },
        required: ['id', 'model', 'reason'],
        additionalProperties: false,
      },
    },
  },
  required: ['selections'],
  additionalProperties: false,
} as const;

export function demoMessages(): LlmMessage[] {
  return PLAN_DEMOS.flatMap((demo) => [
    { role: 'user' as const, content: planUserMessage(demo.request, '') },
    { role: 'assistant' as const, content: JSON.stringify(demo.plan) },
  ]);
}
