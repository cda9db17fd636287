// The OpenAI Chat Completions wire format, as much of it as the service reads and writes. Fields
// a client may send that the service does not use (sampling settings, tools, user…) are
// accepted and ignored: the controller's own settings apply.
import { Type } from 'typebox';
import { ERROR_CODES, type ErrorCode } from '../pipeline/errors.js';
import { openAiErrorBody } from '../plugins/error-handler.js';
import { ERROR_EXAMPLES } from '../routes/error-examples.js';

const ContentPart = Type.Object(
  { type: Type.String({ description: 'text, image_url (http(s) URL or data: URI) or input_audio (base64 wav/mp3)' }) },
  { additionalProperties: true },
);

const Message = Type.Object(
  {
    role: Type.Enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
    content: Type.Optional(Type.Union([Type.String(), Type.Array(ContentPart, { maxItems: 100 }), Type.Null()])),
  },
  { additionalProperties: true },
);

export const CompletionRequest = Type.Object(
  {
    model: Type.String({ minLength: 1, description: 'hugginggpt, or an alias from OPENAI_MODEL_ALIASES (GET /v1/models)' }),
    messages: Type.Array(Message, { minItems: 1, maxItems: 200 }),
    stream: Type.Optional(Type.Union([Type.Boolean(), Type.Null()])),
    stream_options: Type.Optional(Type.Union([Type.Object({ include_usage: Type.Optional(Type.Boolean()) }, { additionalProperties: true }), Type.Null()])),
    n: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 1, description: 'one choice only' }), Type.Null()])),
  },
  {
    additionalProperties: true,
    examples: [{ model: 'hugginggpt', messages: [{ role: 'user', content: 'How many zebras are in /examples/c.jpg?' }] }],
  },
);

const Usage = Type.Object({ prompt_tokens: Type.Integer(), completion_tokens: Type.Integer(), total_tokens: Type.Integer() }, {
  description: 'LLM tokens the controller spent on this request (0 with the rule-based controller)',
});

export const Completion = Type.Object({
  id: Type.String(),
  object: Type.Literal('chat.completion'),
  created: Type.Integer(),
  model: Type.String(),
  choices: Type.Array(
    Type.Object({
      index: Type.Integer(),
      message: Type.Object({ role: Type.Literal('assistant'), content: Type.String(), refusal: Type.Null() }),
      logprobs: Type.Null(),
      finish_reason: Type.Literal('stop'),
    }),
  ),
  usage: Usage,
});

export const CompletionChunk = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('chat.completion.chunk'),
    created: Type.Integer(),
    model: Type.String(),
    choices: Type.Array(
      Type.Object({
        index: Type.Integer(),
        delta: Type.Object({ role: Type.Optional(Type.Literal('assistant')), content: Type.Optional(Type.String()) }),
        logprobs: Type.Null(),
        finish_reason: Type.Union([Type.Literal('stop'), Type.Null()]),
      }),
    ),
    usage: Type.Optional(Usage),
  },
  {
    description:
      'Each `data:` line of the stream: progress lines, then the answer, then the files; a last chunk with finish_reason "stop", one with the usage if stream_options.include_usage, then `data: [DONE]`. An error after the start is a `data: {"error": …}` line.',
  },
);

export const ModelObject = Type.Object({ id: Type.String(), object: Type.Literal('model'), created: Type.Integer(), owned_by: Type.String() });

/** An OpenAI-shaped error response for each status, with an example of a code the route returns. */
export function openAiErrors(examples: Record<number, ErrorCode>) {
  return Object.fromEntries(
    Object.entries(examples).map(([status, code]) => [
      status,
      Type.Object(
        {
          error: Type.Object({
            message: Type.String(),
            type: Type.String({ description: 'invalid_request_error, authentication_error, rate_limit_error, server_error…' }),
            param: Type.Null(),
            code: Type.Enum([...ERROR_CODES], { description: 'the service\'s stable error code' }),
          }),
        },
        { description: `OpenAI's error shape, e.g. ${code}`, examples: [openAiErrorBody(code, ERROR_EXAMPLES[code]?.message ?? code)] },
      ),
    ]),
  );
}
