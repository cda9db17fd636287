// The service's logger: pino JSON lines, secrets redacted wherever they appear in logged objects,
// and every finished line scrubbed of secret values and credential shapes before it is written
// (an upstream error quoting our Authorization header ends up in a message string, not a field).
import { pino, type DestinationStream, type Logger } from 'pino';
import { createScrubber, type Scrubber } from './secrets.js';

export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  '*.OPENAI_API_KEY',
  '*.HF_TOKEN',
  '*.apiKey',
  '*.token',
  '*.authorization',
  '*.headers.authorization',
];

/** A destination that scrubs each line before handing it on. */
export function scrubbingDestination(scrub: (text: string) => string, destination: DestinationStream = pino.destination(1)): DestinationStream {
  return { write: (line: string) => destination.write(scrub(line)) };
}

export function createLogger(level: string, options: { scrub?: Scrubber; destination?: DestinationStream } = {}): Logger {
  const scrub = options.scrub ?? createScrubber();
  return pino({ level, redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } }, scrubbingDestination(scrub, options.destination));
}
