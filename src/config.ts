// Configuration is a schema: every environment variable is declared once here (type, default,
// meaning), validated at start-up, and passed down. Only src/server.ts reads process.env.
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
  LLM_MAX_RETRIES: int('retries of an LLM call on 408/409/429/5xx/connection errors (backoff 0.5 s × 2^n, honours Retry-After)', 2, 0, 10),

  INFERENCE_MODE: oneOf(INFERENCE_MODES, 'hybrid', 'where experts run: local (embedded only), huggingface (remote only), hybrid (local first, remote as fallback, and vice versa)'),
  HF_TOKEN: str('Hugging Face token for Inference Providers'),
  HF_ENDPOINT_URL: str('self-hosted inference endpoint; "{model}" in it is replaced by the model id'),
  HF_PROVIDER: oneOf([...PROVIDERS_OR_POLICIES], 'auto', 'Inference Providers routing (auto, hf-inference, together, …); ignored with HF_ENDPOINT_URL'),
  CANDIDATE_MODELS: int('top-k candidates per task shown to the controller', 5, 1, 20),
  LOCAL_UPSCALE_MAX_PIXELS: int('largest image (width × height) the embedded x2 upscaler accepts; 800×534 takes about 15 s on 2 cores', 500_000, 1),

  MAX_TASKS: int('largest accepted plan', 20, 1, 100),
  TASK_CONCURRENCY: int('tasks of one request run at the same time', 4, 1, 64),
  TASK_TIMEOUT_MS: int('timeout of one model attempt, ms', 120_000, 100),
  MODEL_RETRIES: int('extra attempts on the same model after a transient failure', 1, 0, 5),
  MAX_MODELS_PER_TASK: int('candidate models tried before a task fails', 3, 1, 10),
  RETRY_BASE_DELAY_MS: int('first backoff delay between attempts (doubles, with jitter), ms', 500, 0),
  REQUEST_TIMEOUT_MS: int('budget of a whole /chat or /execute, ms', 300_000, 1000),

  ARTIFACTS_DIR: Type.String({ description: 'folder of produced and uploaded files', default: 'data/artifacts' }),
  EXAMPLES_DIR: Type.String({ description: 'folder served at /examples and usable as inputs', default: 'public/examples' }),
  RESOURCE_MAX_BYTES: int('largest image/audio fetched from a URL or data URI', 20 * 1024 * 1024, 1024),
  RESOURCE_TIMEOUT_MS: int('timeout of fetching one input URL, ms', 15_000, 100),
  ALLOW_PRIVATE_URLS: bool('allow input URLs on loopback, private and link-local addresses (off: SSRF protection)', false),
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
