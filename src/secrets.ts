// Secrets never leave the process: every configured secret value, and anything shaped like an API
// key or a bearer token, is replaced by [REDACTED] in log lines, error messages and HTTP bodies.
// Upstreams quote our own request back at us (an error page echoing the Authorization header), so
// scrubbing keys only at the places we write them is not enough: text is scrubbed on its way out.

export const REDACTED = '[REDACTED]';

/** Config variables holding secrets, by name: API keys, tokens, passwords (API_KEYS: comma-separated). */
const SECRET_NAME = /(?:^|_)(?:KEY|KEYS|TOKEN|TOKENS|SECRET|PASSWORD)$/;

/** Shapes of credentials worth scrubbing even when nobody configured them here. */
const SECRET_SHAPES: Array<[RegExp, string]> = [
  // "Authorization: Bearer abc…" in headers, JSON or prose ("Basic" and "Token" are ordinary words too often).
  [/\b(Bearer)(\s+|%20)[A-Za-z0-9._~+/=-]{8,}/gi, `$1$2${REDACTED}`],
  // OpenAI-style keys (sk-…, sk-proj-…), Hugging Face tokens (hf_…), Anthropic-style and similar.
  [/\b(?:sk|rk|pk)-[A-Za-z0-9_-]{16,}/g, REDACTED],
  [/\bhf_[A-Za-z0-9]{16,}/g, REDACTED],
  // "api-key: …", "api_key=…", "x-api-key": "…", "access_token=…" (Azure sends its key as api-key).
  [/\b((?:x-)?api[-_]?key|access[-_]?token|auth[-_]?token|client[-_]?secret)(["']?\s*[:=]\s*["']?)[^\s"',;&}]{6,}/gi, `$1$2${REDACTED}`],
];

export interface Scrubber {
  (text: string): string;
  /** Adds values to scrub (keys loaded from a file after start-up). */
  add(values: Iterable<string | undefined>): void;
}

/** Secret values of a config object: every *_KEY(S), *_TOKEN, *_SECRET, *_PASSWORD variable. */
export function secretValues(config: object): string[] {
  return Object.entries(config).flatMap(([name, value]) => {
    if (!SECRET_NAME.test(name) || typeof value !== 'string') return [];
    return value.split(',').map((part) => part.trim());
  });
}

export function createScrubber(values: Iterable<string | undefined> = []): Scrubber {
  let literals: string[] = [];
  const scrub = ((text: string): string => {
    if (!text) return text;
    let out = text;
    for (const literal of literals) if (out.includes(literal)) out = out.split(literal).join(REDACTED);
    for (const [pattern, replacement] of SECRET_SHAPES) out = out.replace(pattern, replacement);
    return out;
  }) as Scrubber;
  scrub.add = (more) => {
    // Very short values would scrub ordinary words; keys and tokens are longer than this.
    const added = [...more].filter((value): value is string => typeof value === 'string' && value.trim().length >= 6).map((value) => value.trim());
    literals = [...new Set([...literals, ...added])].sort((a, b) => b.length - a.length);
  };
  scrub.add(values);
  return scrub;
}

/** Scrubs every string inside a JSON-like value (an error's details), returning a copy. */
export function scrubValue<T>(value: T, scrub: (text: string) => string): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, scrub)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, scrub)])) as T;
  }
  return value;
}

/** Scrubs with the credential shapes only (where no configuration is at hand). */
export const scrubShapes: (text: string) => string = createScrubber();
