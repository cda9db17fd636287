// Prompts of the LLM controller. The task list and the argument names come from the task-type
// table, so adding a task type there teaches the planner about it.
import { ALL_ARG_NAMES, TASK_TYPES, TASK_TYPE_NAMES } from '../../registry/task-types.js';
import type { LlmMessage } from './client.js';

function taskCatalogue(): string {
  return TASK_TYPE_NAMES.map((name) => {
    const spec = TASK_TYPES[name];
    const args = Object.entries(spec.args)
      .map(([arg, info]) => `${arg}${info.required ? '' : '?'}: ${info.option ? 'setting' : info.kind}`)
      .join(', ');
    return `- ${name}(${args}) -> ${spec.outputs.join(' + ')}: ${spec.description}`;
  }).join('\n');
}

export const PLAN_SYSTEM = `You are the task planner of HuggingGPT. Turn the user's request into the smallest graph of AI tasks that fulfils it.
Answer with JSON only, in this form: {"tasks": [{"id": 0, "task": "<task type>", "dep": [<ids>], "args": {"<name>": "<value>"}}], "explanation": ""}

Rules:
1. "task" is one of the task types below; use exactly the argument names listed for it (? marks optional ones).
2. An argument value is text, a resource the user named (a URL, a data: URI, /examples/<file>, /artifacts/<id>, or a file name exactly as written), or "<GENERATED>-k": the output of task k. Use "<GENERATED>-k" only when task k produces that kind (text, image, audio or video, after the ->).
3. "dep" lists every task id whose output the task uses; [] when none. Ids start at 0 and each task appears after the tasks it depends on.
4. Copy the user's text and questions into the arguments; never invent resources. Settings (target_language, labels) are plain values, e.g. "es".
5. Use as few tasks as possible. If the request needs no AI task (greetings, questions you can answer directly) or cannot be done with these tasks, return {"tasks": [], "explanation": "<why>"}.

Task types:
${taskCatalogue()}`;

/** Correct demonstrations (the reference implementation's contained invalid JSON). */
export const PLAN_DEMOS: Array<{ request: string; plan: unknown }> = [
  {
    request: 'Look at /examples/b.jpg, count the zebras and read the answer aloud.',
    plan: {
      tasks: [
        { id: 0, task: 'object-detection', dep: [], args: { image: '/examples/b.jpg' } },
        { id: 1, task: 'visual-question-answering', dep: [], args: { image: '/examples/b.jpg', question: 'How many zebras are there?' } },
        { id: 2, task: 'text-to-speech', dep: [1], args: { text: '<GENERATED>-1' } },
      ],
      explanation: '',
    },
  },
  {
    request: 'Transcribe https://example.org/talk.wav, translate it into Spanish and summarize the transcript.',
    plan: {
      tasks: [
        { id: 0, task: 'automatic-speech-recognition', dep: [], args: { audio: 'https://example.org/talk.wav' } },
        { id: 1, task: 'translation', dep: [0], args: { text: '<GENERATED>-0', target_language: 'es' } },
        { id: 2, task: 'summarization', dep: [0], args: { text: '<GENERATED>-0' } },
      ],
      explanation: '',
    },
  },
  {
    request: 'Generate a picture of a red fox in the snow, then describe the picture.',
    plan: {
      tasks: [
        { id: 0, task: 'text-to-image', dep: [], args: { text: 'a red fox in the snow' } },
        { id: 1, task: 'image-to-text', dep: [0], args: { image: '<GENERATED>-0' } },
      ],
      explanation: '',
    },
  },
  {
    request: 'Hi! How are you today?',
    plan: { tasks: [], explanation: 'A greeting needs no AI task.' },
  },
];

export function planUserMessage(request: string, history: string): string {
  const context = history ? `The chat so far, which may name resources the request refers to:\n${history}\n\n` : '';
  return `${context}Request: ${request}\nPay attention to the kinds of input and output of each task and to the dependencies between tasks.`;
}

export function repairMessage(problems: string[]): string {
  return `Your plan is invalid:\n${problems.map((problem) => `- ${problem}`).join('\n')}\nReply with the corrected JSON only, in the same form.`;
}

export const SELECT_SYSTEM = `You choose the model for each task of a plan. For every task listed, pick one model id from that task's candidates, preferring models whose description fits the request and the task's arguments (language, domain), then popular ones; local models run inside the service and are fast and reliable.
Answer with JSON only: {"selections": [{"id": <task id>, "model": "<candidate id>", "reason": "<one sentence>"}]}`;

export const RESPOND_SYSTEM = `You are HuggingGPT. You answer the user's request from the results of AI models that ran for it.
First answer the request directly from the results. Then describe briefly what you did: the tasks, the models used, and their results. Give every produced file with its exact URL as listed. If a task failed or was skipped, say so and why. Never invent results, numbers or files; if the results are empty, answer the request yourself if you can, otherwise say you cannot do it.`;

export function respondUserMessage(request: string, workflow: string): string {
  return `Request: ${request}\n\nWhat ran (JSON):\n${workflow}\n\nNow write the answer.`;
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
