// API keys: read from API_KEYS and API_KEYS_FILE at start-up, compared in constant time. A key is
// never logged or used as a label: callers are identified by a short hash of their key.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config.js';

export const MIN_KEY_LENGTH = 16;

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** The configured keys (both sources together); an empty list means authentication is off. */
export function loadApiKeys(config: { API_KEYS?: string; API_KEYS_FILE?: string }): string[] {
  const keys = (config.API_KEYS ?? '').split(',');
  if (config.API_KEYS_FILE) {
    let text: string;
    try {
      text = readFileSync(config.API_KEYS_FILE, 'utf8');
    } catch (error) {
      throw new ConfigError([`API_KEYS_FILE ${config.API_KEYS_FILE} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
    }
    const lines = text.split(/\r?\n/).filter((line) => !line.trim().startsWith('#'));
    if (!lines.some((line) => line.trim())) throw new ConfigError([`API_KEYS_FILE ${config.API_KEYS_FILE} holds no key`]);
    keys.push(...lines);
  }
  const trimmed = [...new Set(keys.map((key) => key.trim()).filter(Boolean))];
  const short = trimmed.filter((key) => key.length < MIN_KEY_LENGTH || /\s/.test(key));
  if (short.length > 0) {
    throw new ConfigError([`${short.length} API key(s) are shorter than ${MIN_KEY_LENGTH} characters or contain spaces; use long random keys (e.g. openssl rand -hex 24)`]);
  }
  return trimmed;
}

export interface KeyChecker {
  /** The caller's id (a short hash of the key) when the Authorization header carries a valid key, else null. */
  check(authorization: string | undefined): string | null;
}

export function createKeyChecker(keys: string[]): KeyChecker {
  const digests = keys.map((key) => ({ digest: digest(key), id: digest(key).toString('hex').slice(0, 12) }));
  return {
    check(authorization) {
      const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
      if (!match) return null;
      // Hashing first gives equal-length buffers; every key is compared, so the time taken does
      // not tell which key (or how much of one) matched.
      const presented = digest(match[1]!);
      let found: string | null = null;
      for (const entry of digests) if (timingSafeEqual(presented, entry.digest)) found = entry.id;
      return found;
    },
  };
}
