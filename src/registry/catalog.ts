// The model catalogue shipped with the service (src/registry/catalog.json, made by
// `npm run catalog` from the HuggingGPT model dump). Remote models only; local experts register
// themselves through their provider.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModelEntry } from '../pipeline/types.js';
import { isTaskType } from './task-types.js';

export const DEFAULT_CATALOG_PATH = fileURLToPath(new URL('./catalog.json', import.meta.url));

interface CatalogFile {
  models: Array<Omit<ModelEntry, 'provider'>>;
}

export function loadCatalog(path = DEFAULT_CATALOG_PATH): ModelEntry[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as CatalogFile;
  return file.models
    .filter((model) => isTaskType(model.task))
    .map((model) => ({ ...model, provider: 'huggingface' as const }));
}

/**
 * Best first: downloads, then likes. Ties keep their listing order (sorts are stable), so a
 * provider's table order is its preference among models without download counts.
 */
export function compareByRank(a: ModelEntry, b: ModelEntry): number {
  return b.downloads - a.downloads || b.likes - a.likes;
}
