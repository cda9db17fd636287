// The model names the OpenAI-compatible API answers to: `hugginggpt`, and the aliases the
// operator configures (OPENAI_MODEL_ALIASES) for clients that only offer a fixed list of names.
import { AppError } from '../pipeline/errors.js';

export const MODEL_ID = 'hugginggpt';

export function modelIds(aliases: string): string[] {
  const names = aliases.split(',').map((name) => name.trim()).filter(Boolean);
  return [...new Set([MODEL_ID, ...names])];
}

export function requireModel(name: string, ids: readonly string[]): void {
  if (!ids.includes(name)) {
    throw new AppError('MODEL_NOT_FOUND', `The model "${name}" does not exist here; use "${MODEL_ID}"${ids.length > 1 ? ` or an alias (${ids.slice(1).join(', ')})` : ''}. GET /v1/models lists them.`);
  }
}
