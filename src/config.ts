// Configuration is a schema: every environment variable is declared once here (type, default,
// meaning), validated at start-up, and passed down. Only src/server.ts reads process.env.
import { availableParallelism } from 'node:os';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { PROVIDERS_OR_POLICIES } from '@huggingface/inference';

const str = (description: string) => Type.Optional(Type.String({ minLength: 1, description }));
const int = (description: string, defaultValue: number, minimum: number, maximum = Number.MAX_SAFE_INTEGER) =>
  Type.Integer({ description, default: defaultValue, minimum, maximum });
const oneOf = <T extends string>(values: readonly T[], defaultValue: T, description: string) =>
  Type.Enum(values as T[], { description, default: defaultValue });
const bool = (description: string, defaultValue: boolean) => Type.Boolean({ description, default: defaultValue });

export const INFERENCE_MODES = ['local', 'huggingface', 'hybrid'] as const;
export const CONTROLLER_KINDS = ['auto', 'llm', 'rules', 'rules-first'] as const;
export const RESPONSE_FORMATS = ['none', 'json_object', 'json_schema'] as const;
export const LLM_APIS = ['openai', 'azure'] as const;
export const SELECT_MODES = ['auto', 'rank', 'llm'] as const;

export const ConfigSchema = Type.Object({
  PORT: int('port the HTTP server listens on', 3000, 1, 65535),
  HOST: Type.String({ description: 'interface to bind', default: '0.0.0.0' }),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info', 'pino log level'),
  BODY_LIMIT_BYTES: int('largest accepted request body (data URIs and uploads count)', 15 * 1024 * 1024, 1024),

  CONTROLLER: oneOf(CONTROLLER_KINDS, 'auto', 'who plans, selects and answers: auto (LLM if configured, else rules), llm, rules, or rules-first (rules plan when they understand the request, the LLM otherwise)'),
  RULES_MIN_CONFIDENCE: Type.Number({ description: 'with CONTROLLER=rules-first, rule-based plans less confident than this (0 to 1) go to the LLM instead', default: 0.6, minimum: 0, maximum: 1 }),
  OPENAI_API_KEY: str('API key of the OpenAI-compatible chat API; setting it (or OPENAI_BASE_URL) enables the LLM controller'),
  OPENAI_BASE_URL: str('base URL of an OpenAI-compatible API, e.g. http://localhost:11434/v1 (Ollama); for Azure the resource endpoint'),
  LLM_API: oneOf(LLM_APIS, 'openai', 'openai (any OpenAI-compatible server) or azure (Azure OpenAI)'),
  AZURE_OPENAI_API_VERSION: Type.String({ description: 'Azure OpenAI API version (LLM_API=azure)', default: '2024-10-21' }),
  LLM_MODEL: Type.String({ description: 'chat model name (the deployment name on Azure)', default: 'gpt-4o-mini' }),
  LLM_CONTEXT_TOKENS: int('context window of LLM_MODEL in tokens; prompts are trimmed to fit', 16384, 2048),
  LLM_MAX_OUTPUT_TOKENS: int('tokens reserved for each LLM answer', 1024, 64),
  LLM_TEMPERATURE: Type.Number({ description: 'sampling temperature', default: 0, minimum: 0, maximum: 2 }),
  LLM_RESPONSE_FORMAT: oneOf(RESPONSE_FORMATS, 'none', 'structured output for plans and selections: none (parse JSON from text), json_object, json_schema'),
  LLM_TIMEOUT_MS: int('timeout of one LLM attempt, ms', 60_000, 100),
  LLM_STREAM: bool('stream the LLM\'s replies: plan tasks start as they are written, answers reach clients as they are written; false for servers or proxies that cannot stream', true),
  SELECT_MODE: oneOf(SELECT_MODES, 'auto', 'how a model is chosen per task: auto (the ranking, adjusted by the request\'s wording and measured health; candidates that cover the languages the arguments name; the controller is asked only for tasks whose candidates do different things the wording does not settle, or when none covers a named language), rank (the ranking only, never a call), llm (one controller call for every task with several candidates)'),
  DIRECT_ANSWER: bool('a plan of one text task the LLM can do itself (summarization, translation, conversational, text-generation, text2text-generation) is answered by the LLM in its answer call, with no expert model, as the reference implementation does', true),
  PLAN_CACHE_TTL: int('seconds an identical request (same conversation, same resources, same controller) reuses its plan without a planning call; 0: no plan cache', 300, 0),
  PLAN_CACHE_SIZE: int('plans kept in the plan cache (least recently used out first)', 500, 1, 1_000_000),
  EXPERT_CACHE_SIZE: int('deterministic expert calls (same task, model and inputs) whose outputs are kept and reused; 0: no expert cache', 256, 0, 1_000_000),
  EXPERT_CACHE_TTL: int('seconds an expert output stays reusable (its files must still exist: ARTIFACTS_TTL)', 3600, 1),
  LLM_MAX_RETRIES: int('retries of an LLM call after a transient failure: 408/409/429/5xx, connection errors, cut or unparsable bodies, attempt timeouts (backoff RETRY_BASE_DELAY_MS × 2^n, honours Retry-After)', 3, 0, 10),

  INFERENCE_MODE: oneOf(INFERENCE_MODES, 'hybrid', 'where experts run: local (embedded only), huggingface (remote only), hybrid (local first, remote as fallback, and vice versa)'),
  HF_TOKEN: str('Hugging Face token for Inference Providers'),
  HF_ENDPOINT_URL: str('self-hosted inference endpoint; "{model}" in it is replaced by the model id'),
  HF_PROVIDER: oneOf([...PROVIDERS_OR_POLICIES], 'auto', 'Inference Providers routing (auto, hf-inference, together, …); ignored with HF_ENDPOINT_URL'),
  CANDIDATE_MODELS: int('top-k candidates per task shown to the controller', 5, 1, 20),
  LOCAL_UPSCALE_MAX_PIXELS: int('largest image (width × height) the embedded x2 upscaler accepts; 800×534 takes about 15 s on 2 cores', 500_000, 1),

  MAX_TASKS: int('largest accepted plan', 20, 1, 100),
  PLAN_OFFLOAD_BYTES: int('requests (with the chat so far) of more UTF-8 bytes than this are planned by the rule-based planner in a worker thread, so the event loop is not held while they plan; smaller ones plan inline', 4096, 0),
  PLAN_WORKERS: int('worker threads of the rule-based planner for large requests (started on first use, kept warm); 0: every request plans inline, on the event loop', 1, 0, 64),
  PLAN_TIMEOUT_MS: int('longest one plan may run in a planner worker thread, ms; then the thread is replaced and the request gets 422 PLAN_TIMEOUT', 5_000, 10),
  PLAN_MAX_QUEUED: int('large requests waiting for a planner worker thread; more get 503 OVERLOADED with Retry-After', 16, 0, 10_000),
  TASK_CONCURRENCY: int('tasks of one request run at the same time; the default never queues a plan (MAX_TASKS is at most 100): REMOTE_CONCURRENCY and LOCAL_CONCURRENCY bound the work', 100, 1, 100),
  REMOTE_CONCURRENCY: int('Hugging Face calls in flight at once, shared by all requests (I/O: can run wide)', 16, 1, 1000),
  LOCAL_CONCURRENCY: int('embedded expert calls in flight at once, shared by all requests (CPU-bound); default: the number of cores', availableParallelism(), 1, 1000),
  BREAKER_FAILURES: int('consecutive failures of a remote model that open its circuit breaker (the model is skipped for BREAKER_COOLDOWN_MS)', 5, 1, 1000),
  BREAKER_COOLDOWN_MS: int('how long an open breaker skips its model before one probe call, ms; doubles after each failed probe, up to 16x', 30_000, 100),
  TASK_TIMEOUT_MS: int('timeout of one model attempt, ms', 120_000, 100),
  MODEL_RETRIES: int('extra attempts on the same model after a transient failure', 1, 0, 5),
  MAX_MODELS_PER_TASK: int('candidate models tried before a task fails', 3, 1, 10),
  RETRY_BASE_DELAY_MS: int('first backoff delay between attempts (doubles, with jitter), ms', 500, 0),
  REQUEST_TIMEOUT_MS: int('budget of a whole /chat or /execute, ms', 300_000, 1000),
  SSE_HEARTBEAT_MS: int('interval of the heartbeat comment on streamed responses (SSE /chat, /v1/chat/completions), ms; keeps proxies from closing an idle stream', 15_000, 10),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s/]+(/[^\\s]*)?$', description: 'public base URL of the service (e.g. https://gpt.example.org), for absolute file links in /v1/chat/completions answers; default: the request\'s own scheme and host' })),
  OPENAI_MODEL_ALIASES: Type.String({ description: 'comma-separated model names /v1/chat/completions also accepts for hugginggpt (e.g. gpt-4o-mini, for clients with a fixed list of models)', default: '' }),

  ARTIFACTS_DIR: Type.String({ description: 'folder of produced and uploaded files', default: 'data/artifacts' }),
  EXAMPLES_DIR: Type.String({ description: 'folder served at /examples and usable as inputs', default: 'public/examples' }),
  RESOURCE_MAX_BYTES: int('largest image/audio fetched from a URL or data URI', 20 * 1024 * 1024, 1024),
  RESOURCE_TIMEOUT_MS: int('timeout of fetching one input URL, ms', 15_000, 100),
  ALLOW_PRIVATE_URLS: bool('allow input URLs on loopback, private and link-local addresses (off: SSRF protection)', false),

  // Operations: access, load shedding, bounded inputs, artifact retention, shutdown (README "Operations").
  API_KEYS: str('comma-separated API keys (16+ characters each); when set (or API_KEYS_FILE), every route but the probes, /metrics, /docs and the playground needs Authorization: Bearer <key>'),
  API_KEYS_FILE: str('file with one API key per line (blank lines and # comments ignored), read at start-up; combined with API_KEYS'),
  RATE_LIMIT_MAX: int('requests per RATE_LIMIT_WINDOW_MS per API key (per client IP without keys); 0: no rate limit', 120, 0),
  RATE_LIMIT_WINDOW_MS: int('rate-limit window, ms', 60_000, 1000),
  RATE_LIMIT_LOCAL: bool('without API_KEYS, also rate-limit clients on this machine (127.0.0.0/8, ::1); off: the operator\'s own scripts, scorers and benchmarks are not limited. Turn it on, or set TRUST_PROXY, when a reverse proxy on the same host forwards every client', false),
  TRUST_PROXY: int('reverse proxies in front of the service whose X-Forwarded-For is trusted for the client IP (rate limits per IP); 0: none', 0, 0, 10),
  CORS_ORIGINS: str('comma-separated origins allowed to call the API from a browser (e.g. https://app.example.com), or * for any; unset: no CORS headers'),
  METRICS_PORT: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, description: 'serve GET /metrics on this port instead of PORT (the main port then has no /metrics)' })),
  MAX_INFLIGHT: int('pipelines (/plan, /select, /execute, /chat) running at once; more get 503 OVERLOADED with Retry-After', 32, 1, 10_000),
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: int('mean event-loop delay above which requests are shed (503 OVERLOADED); 0: off', 1000, 0),
  PRESSURE_MAX_HEAP_RATIO: Type.Number({ description: 'share of the V8 heap limit in use above which requests are shed (503 OVERLOADED); 0: off', default: 0.9, minimum: 0, maximum: 1 }),
  HTTP_REQUEST_TIMEOUT_MS: int('time a client has to send a whole request (headers and body), ms; slower ones get 408', 60_000, 1000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: int('idle keep-alive connections are closed after this, ms (keep it above your load balancer\'s idle timeout)', 72_000, 1000),
  MAX_REQUEST_CHARS: int('longest request text (request, one message, the request hint of /select and /execute, a text argument of a plan); longer: 413 INPUT_TOO_LARGE', 100_000, 1),
  MAX_CONVERSATION_CHARS: int('longest conversation (all messages together), characters; longer: 413 INPUT_TOO_LARGE', 200_000, 1),
  MAX_CONVERSATION_MESSAGES: int('most messages in a conversation; more: 413 INPUT_TOO_LARGE', 200, 1),
  MAX_IMAGE_PIXELS: int('largest image (width × height) a task accepts, read from the header before any decoding; larger: RESOURCE_TOO_LARGE', 16_777_216, 1),
  MAX_AUDIO_SECONDS: int('longest audio a task accepts, read from the header or container (wav, flac, ogg, mp3, mp4, webm); longer: RESOURCE_TOO_LARGE', 600, 1),
  ARTIFACTS_MAX_BYTES: int('quota of the artifacts folder, bytes; the oldest files are deleted first to stay under it; 0: no quota', 1024 * 1024 * 1024, 0),
  ARTIFACTS_TTL: int('lifetime of an artifact, seconds (produced or uploaded); expired files are deleted, also those found at start-up; 0: forever', 86_400, 0),
  UPLOAD_MAX_BYTES: int('largest file accepted by POST /artifacts, bytes', 10 * 1024 * 1024, 1024),
  UPLOAD_TYPES: Type.String({ description: 'media types POST /artifacts accepts (sniffed from the bytes), comma-separated; type/* for a family', default: 'image/*,audio/*,video/*' }),
  SHUTDOWN_DRAIN_MS: int('after SIGTERM, /readyz answers 503 for this long while requests are still served, so load balancers stop routing here first, ms', 5_000, 0),
  SHUTDOWN_GRACE_MS: int('then in-flight requests get this long to finish before they are aborted with 503 SHUTTING_DOWN, ms', 30_000, 0),
});

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const KNOWN = new Set(Object.keys(ConfigSchema.properties));

/** Validates the environment; throws ConfigError naming every bad variable at once. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const input: Record<string, unknown> = {};
  for (const key of KNOWN) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const converted = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, input));
  const problems = new Map<string, string>();
  for (const error of Value.Errors(ConfigSchema, converted)) {
    const key = error.instancePath.replace(/^\//, '');
    if (!problems.has(key)) problems.set(key, describe(key, input[key], error.message));
  }
  if (problems.size > 0) throw new ConfigError([...problems.values()]);
  return converted as Config;
}

function describe(key: string, value: unknown, message: string): string {
  const schema = (ConfigSchema.properties as Record<string, { enum?: string[]; type?: string; minimum?: number; maximum?: number }>)[key];
  const got = value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
  if (schema?.enum) return `${key} must be one of ${schema.enum.join(', ')}${got}`;
  if (schema?.type === 'integer') return `${key} must be an integer between ${schema.minimum} and ${schema.maximum}${got}`;
  if (schema?.type === 'boolean') return `${key} must be true or false${got}`;
  return `${key} ${message}${got}`;
}

/** The LLM controller is configured when there is a key or a base URL (self-hosted servers need no key). */
export function llmConfigured(config: Config): boolean {
  return Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);
}
