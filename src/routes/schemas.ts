// Request and response schemas shared by the routes. Enums come from the task-type table and the
// error-code lists, so the OpenAPI document always matches the code.
import { Type, type TSchema } from 'typebox';
import { ERROR_CODES, TASK_ERROR_CODES, type ErrorCode } from '../pipeline/errors.js';
import { TASK_TYPE_NAMES } from '../registry/task-types.js';
import { codesByStatus, errorExample } from './error-examples.js';

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ErrorBody = Type.Object(
  {
    code: Type.Enum([...ERROR_CODES], { description: 'stable error code' }),
    message: Type.String({ description: 'what went wrong and what to do about it' }),
    details: Type.Optional(Type.Unknown({ description: 'e.g. every problem of an invalid plan' })),
  },
  { $id: 'Error', description: 'Every error response has this shape.' },
);

/**
 * The error responses of a route: a status (with its usual code as the example) or the codes it
 * can return (their statuses from the error handler's mapping), each with an example.
 */
export const errorResponses = (...entries: Array<number | ErrorCode>) =>
  Object.fromEntries(
    [...codesByStatus(entries)].map(([status, codes]) => [
      status,
      codes.length
        ? Type.Intersect([Type.Ref('Error')], {
            description: codes.join(', '),
            'x-examples': Object.fromEntries(codes.map((code) => [code, { summary: code, value: errorExample(code) }])),
          })
        : Type.Ref('Error'),
    ]),
  ) as Record<number, TSchema>;

export const TaskTypeName = Type.Enum([...TASK_TYPE_NAMES], { $id: 'TaskType', description: 'a Hugging Face pipeline tag known to the registry' });
/** The same enum inline, for request schemas: the request validator does not resolve shared $refs. */
export const TaskTypeParam = Type.Enum([...TASK_TYPE_NAMES], { description: 'a task type (GET /tasks lists them)' });

export const ChatMessage = Type.Object(
  {
    role: Type.Enum(['user', 'assistant', 'system']),
    content: Type.String({ minLength: 1, description: 'at most MAX_REQUEST_CHARS characters' }),
  },
  { additionalProperties: false, description: 'a chat message' },
);

export const Conversation = {
  request: Type.Optional(Type.String({ minLength: 1, description: 'the user request (shortcut for messages: [{role: "user", content}]); at most MAX_REQUEST_CHARS characters' })),
  messages: Type.Optional(
    Type.Array(ChatMessage, {
      minItems: 1,
      description: 'the chat so far, oldest first; the last message is the user request; at most MAX_CONVERSATION_MESSAGES messages and MAX_CONVERSATION_CHARS characters',
    }),
  ),
};

export const Task = Type.Object(
  {
    id: Type.Integer({ minimum: 0 }),
    task: Type.Ref('TaskType'),
    dep: Type.Array(Type.Integer({ minimum: 0 }), { description: 'ids of the tasks whose output this task uses' }),
    args: Type.Record(Type.String(), Type.String(), { description: 'text, a resource (URL, data URI, /artifacts/<id>, /examples/<file>) or <GENERATED>-k' }),
  },
  { $id: 'Task' },
);

/** The user request behind a plan sent to /select or /execute: it helps the controller choose models. */
export const RequestHint = Type.Optional(Type.String({ minLength: 1, description: 'the user request, to help model selection; at most MAX_REQUEST_CHARS characters' }));

/** Plans sent by clients are checked by the task-graph validator, which reports every problem at once. */
export const TaskInput = Type.Array(Type.Object({}, { additionalProperties: true, description: 'a task: {id, task, dep, args}' }), {
  minItems: 1,
  maxItems: 100,
  description: 'the task graph; `[-1]` in dep means none; invalid graphs get a 422 listing every problem',
});

export const Selection = Type.Object(
  {
    id: Type.Integer(),
    task: Type.Ref('TaskType'),
    model: Type.String(),
    provider: Type.Enum(['huggingface', 'local']),
    reason: Type.String(),
    source: Type.Enum(['controller', 'ranking', 'single-candidate', 'fallback', 'request']),
    candidates: Type.Array(Type.String(), { description: 'ranked candidates; execution falls back along them' }),
  },
  { $id: 'Selection' },
);

export const Unassigned = Type.Object(
  { id: Type.Integer(), task: Type.Ref('TaskType'), reason: Type.String() },
  { $id: 'Unassigned', description: 'a task no model can run now' },
);

const ArtifactRef = Type.Object(
  {
    artifact: Type.String({ description: 'artifact id' }),
    url: Type.String({ description: 'GET this path to download the file' }),
    mime: Type.String(),
  },
  { $id: 'ArtifactRef' },
);

const TaskError = Type.Object({ code: Type.Enum([...TASK_ERROR_CODES]), message: Type.String() });

export const TaskResult = Type.Object(
  {
    id: Type.Integer(),
    task: Type.Ref('TaskType'),
    status: Type.Enum(['succeeded', 'failed', 'skipped']),
    model: nullable(Type.String()),
    provider: nullable(Type.Enum(['huggingface', 'local'])),
    output: nullable(
      Type.Object({
        text: Type.Optional(Type.String()),
        image: Type.Optional(Type.Ref('ArtifactRef')),
        audio: Type.Optional(Type.Ref('ArtifactRef')),
        video: Type.Optional(Type.Ref('ArtifactRef')),
        data: Type.Optional(Type.Unknown({ description: 'structured model output: labels, boxes, scores…' })),
      }),
    ),
    error: nullable(TaskError),
    attempts: Type.Array(
      Type.Object({
        model: Type.String(),
        provider: Type.Enum(['huggingface', 'local']),
        ok: Type.Boolean(),
        error: Type.Optional(TaskError),
        startedAt: Type.String({ format: 'date-time' }),
        durationMs: Type.Number(),
        cached: Type.Optional(Type.Boolean({ description: 'the output of an identical earlier call, reused (EXPERT_CACHE_SIZE): no model ran' })),
      }),
    ),
    startedAt: nullable(Type.String({ format: 'date-time' })),
    finishedAt: nullable(Type.String({ format: 'date-time' })),
    durationMs: nullable(Type.Number()),
  },
  { $id: 'TaskResult' },
);

export const Timings = Type.Object(
  {
    plan: Type.Optional(Type.Number()),
    select: Type.Optional(Type.Number()),
    execute: Type.Optional(Type.Number()),
    respond: Type.Optional(Type.Number()),
    total: Type.Number(),
  },
  { $id: 'Timings', description: 'wall time of each stage, ms' },
);

const Usage = Type.Object({ calls: Type.Integer(), promptTokens: Type.Integer(), completionTokens: Type.Integer() });

export const LlmUsage = Type.Object(
  { ...Usage.properties, byPurpose: Type.Record(Type.String(), Usage, { description: 'plan, repair, select, respond' }) },
  { $id: 'LlmUsage', description: 'LLM calls and tokens spent on this request (zero with the rule-based controller)' },
);

export const ModelInfo = Type.Object(
  {
    id: Type.String(),
    task: Type.Ref('TaskType'),
    provider: Type.Enum(['huggingface', 'local']),
    downloads: Type.Integer(),
    likes: Type.Integer(),
    tags: Type.Array(Type.String()),
    languages: Type.Array(Type.String()),
    license: nullable(Type.String()),
    description: Type.String(),
    available: Type.Boolean(),
    unavailableReason: Type.Optional(Type.String()),
    health: Type.Object(
      {
        breaker: Type.Enum(['closed', 'open', 'half_open'], { description: 'circuit breaker: open skips the model until retryAt, then one probe call (half_open) decides' }),
        calls: Type.Integer({ description: 'calls in the window (the last 100 within 10 minutes)' }),
        successRate: nullable(Type.Number({ description: 'share of those calls that succeeded' })),
        latencyP50Ms: nullable(Type.Integer({ description: 'median latency of the successful calls, ms' })),
        consecutiveFailures: Type.Integer(),
        degraded: Type.Boolean({ description: 'measured as unreliable (success rate < 0.8 over 5+ calls) or slow (median >= half of TASK_TIMEOUT_MS): ranked after healthy models' }),
        retryAt: Type.Optional(Type.String({ format: 'date-time', description: 'when an open breaker lets a probe through' })),
        lastError: Type.Optional(Type.Object({ code: Type.String(), at: Type.String({ format: 'date-time' }) })),
      },
      { description: 'measured by this process since it started' },
    ),
  },
  { $id: 'ModelInfo' },
);

export const Degradation = Type.Object(
  {
    stage: Type.Enum(['select', 'respond']),
    code: Type.Enum([...ERROR_CODES], { description: 'why the controller call failed' }),
    message: Type.String(),
  },
  {
    $id: 'Degradation',
    description: 'a stage whose controller call failed and fell back: select took the top-ranked candidates, respond wrote the templated answer from the results',
  },
);

/** Present only when a stage fell back. */
export const DegradedList = Type.Optional(Type.Array(Type.Ref('Degradation'), { description: 'stages that fell back; absent when none did' }));

/** Schemas registered once with app.addSchema so the OpenAPI document names them. */
export const SHARED_SCHEMAS = [ErrorBody, TaskTypeName, Task, Selection, Unassigned, ArtifactRef, TaskResult, Timings, LlmUsage, ModelInfo, Degradation];
