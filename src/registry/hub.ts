// Refreshing the catalogue from the Hugging Face Hub: the most downloaded models of each task
// type (GET /api/models), with licence, languages and tags from their card metadata, and a short
// description from the card's body (README.md). Used by `npm run catalog -- --hub`.
import type { ModelEntry } from '../pipeline/types.js';
import { createLimiter } from '../pipeline/concurrency.js';
import { cleanDescription } from './describe.js';
import { taskDisplayName, type TaskType } from './task-types.js';

export interface HubOptions {
  hubUrl?: string;
  token?: string;
  /** Models per task type. */
  limit?: number;
  /** Also read each model card for a description (one request per model). */
  readCards?: boolean;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

interface HubModel {
  id: string;
  downloads?: number;
  likes?: number;
  tags?: string[];
  pipeline_tag?: string;
  cardData?: { license?: string | string[]; language?: string | string[]; tags?: string[] };
}

const MAX_TAGS = 8;
const asList = (value: unknown): string[] => (Array.isArray(value) ? value : value ? [value] : []).filter((item): item is string => typeof item === 'string');

export async function fetchHubCatalog(tasks: readonly TaskType[], options: HubOptions = {}): Promise<Array<Omit<ModelEntry, 'provider'>>> {
  const hub = (options.hubUrl ?? 'https://huggingface.co').replace(/\/$/, '');
  const request = async (url: string): Promise<Response> => {
    const response = await (options.fetch ?? fetch)(url, {
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    return response;
  };
  const limit = createLimiter(8);
  const perTask = await Promise.all(
    tasks.map(async (task) => {
      const query = new URLSearchParams({ pipeline_tag: task, sort: 'downloads', direction: '-1', limit: String(options.limit ?? 30) });
      for (const field of ['downloads', 'likes', 'tags', 'pipeline_tag', 'cardData']) query.append('expand[]', field);
      const models = (await (await request(`${hub}/api/models?${query}`)).json()) as HubModel[];
      return Promise.all(
        models.map(async (model) => {
          const card = options.readCards ? await limit(() => readCard(hub, model.id, request)) : '';
          return toEntry(model, task, card);
        }),
      );
    }),
  );
  return perTask.flat();
}

async function readCard(hub: string, id: string, request: (url: string) => Promise<Response>): Promise<string> {
  try {
    const text = await (await request(`${hub}/${id}/raw/main/README.md`)).text();
    return text.replace(/^---\n[\s\S]*?\n---\n/, '');
  } catch {
    return '';
  }
}

function toEntry(model: HubModel, task: TaskType, card: string): Omit<ModelEntry, 'provider'> {
  const tags = model.tags ?? [];
  const fromTags = (prefix: string) => tags.filter((tag) => tag.startsWith(prefix)).map((tag) => tag.slice(prefix.length));
  const license = asList(model.cardData?.license)[0] ?? fromTags('license:')[0] ?? null;
  const languages = [...new Set([...asList(model.cardData?.language), ...tags.filter((tag) => /^[a-z]{2,3}$/.test(tag))])];
  const plainTags = tags.filter((tag) => !tag.includes(':') && tag !== task && !languages.includes(tag));
  return {
    id: model.id,
    task,
    downloads: model.downloads ?? 0,
    likes: model.likes ?? 0,
    tags: [...new Set([...asList(model.cardData?.tags), ...plainTags])].slice(0, MAX_TAGS),
    languages,
    license,
    description: cleanDescription(card) || `${taskDisplayName(task)} model${plainTags.length ? ` (${plainTags.slice(0, 4).join(', ')})` : ''}.`,
  };
}
