// The /chat result and the pipeline's events (src/pipeline/events.ts) as schemas, so the OpenAPI
// document describes what a streamed /chat sends: one SSE event per pipeline event, `event:` its
// type, `id:` its seq, `data:` one of these objects.
import { Type, type TSchema } from 'typebox';
import { ERROR_CODES } from '../pipeline/errors.js';
import { DegradedList } from './schemas.js';

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Provider = Type.Enum(['huggingface', 'local']);

export const ChatResult = Type.Object(
  {
    answer: Type.String(),
    controller: Type.String(),
    explanation: Type.Optional(Type.String()),
    tasks: Type.Array(Type.Ref('Task')),
    selections: Type.Array(Type.Ref('Selection')),
    unassigned: Type.Array(Type.Ref('Unassigned')),
    results: Type.Array(Type.Ref('TaskResult')),
    timings: Type.Ref('Timings'),
    usage: Type.Ref('LlmUsage'),
    degraded: DegradedList,
  },
  { $id: 'ChatResult', description: 'the answer, and how it was made: the plan, the models, each task\'s result' },
);

const event = <T extends Record<string, TSchema>>(type: string, id: string, description: string, properties: T) =>
  Type.Object(
    {
      type: Type.Literal(type),
      seq: Type.Integer({ minimum: 1, description: 'position in the stream, from 1; also the SSE id' }),
      at: Type.String({ format: 'date-time', description: 'when the event was emitted' }),
      ...properties,
    },
    { $id: id, description },
  );

const EVENTS = [
  event('task-planned', 'TaskPlannedEvent', 'one task of the plan, as soon as a streaming planner (the LLM) has written it; it may start before the plan is complete', {
    task: Type.Ref('Task'),
  }),
  event('plan', 'PlanEvent', 'the validated task graph', {
    controller: Type.String(),
    tasks: Type.Array(Type.Ref('Task')),
    explanation: Type.Optional(Type.String()),
    confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'how sure the controller is of the plan, when it says' })),
  }),
  event('selection', 'SelectionEvent', 'the model chosen for one task; model null (source "unassigned") when none can run it, with the reason', {
    id: Type.Integer(),
    task: Type.Ref('TaskType'),
    model: nullable(Type.String()),
    provider: nullable(Provider),
    reason: Type.String(),
    source: Type.Enum(['controller', 'ranking', 'single-candidate', 'fallback', 'request', 'unassigned']),
    candidates: Type.Array(Type.String()),
  }),
  event('task-start', 'TaskStartEvent', 'a task starts running with its selected model (a failing model is replaced by the next candidate: see the result)', {
    id: Type.Integer(),
    task: Type.Ref('TaskType'),
    model: Type.String(),
    provider: Provider,
  }),
  event('task-end', 'TaskEndEvent', 'a task settled (succeeded, failed or skipped), with its output, error, attempts and timings', {
    result: Type.Ref('TaskResult'),
  }),
  event('answer-delta', 'AnswerDeltaEvent', 'the next piece of the answer; the pieces concatenated are the answer', {
    text: Type.String(),
  }),
  event('done', 'DoneEvent', 'the last event of a successful run: the full /chat result', {
    result: Type.Ref('ChatResult'),
  }),
  event('error', 'ErrorEvent', 'the last event of a failed run', {
    code: Type.Enum([...ERROR_CODES]),
    message: Type.String(),
    details: Type.Optional(Type.Unknown()),
  }),
];

export const ChatEvent = Type.Union(
  EVENTS.map((schema) => Type.Ref((schema as unknown as { $id: string }).$id)),
  {
    $id: 'ChatEvent',
    description:
      'One Server-Sent Event of a streamed /chat: `event:` the type, `id:` the seq, `data:` this object. Order: with a streaming planner, task-planned per task as it is written (its selection and task-start may follow at once); then plan (the validated whole), a selection per task not yet announced, task-start/task-end as tasks run, answer-delta pieces as the answer is written, then done or error. A comment line (": heartbeat") keeps an idle stream open.',
  },
);

/** Registered with app.addSchema, after the shared schemas they refer to. */
export const EVENT_SCHEMAS = [ChatResult, ...EVENTS, ChatEvent];
