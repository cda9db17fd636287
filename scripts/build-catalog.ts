// Derives the compact model catalogue shipped with the service (src/registry/catalog.json)
// from the HuggingGPT model dump (one JSON object per line, as in microsoft/JARVIS p0_models.jsonl),
// or refreshes it from the Hugging Face Hub.
//
//   npm run catalog -- [source.jsonl] [output.json]
//   npm run catalog -- --hub [--limit 30] [--no-cards] [output.json]    (HF_TOKEN, HF_HUB_URL honoured)
//
// Keeps id, task, downloads, likes, a few tags, languages, licence and a short clean description.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanDescription } from '../src/registry/describe.js';
import { fetchHubCatalog } from '../src/registry/hub.js';
import { TASK_TYPE_NAMES, isTaskType, taskDisplayName } from '../src/registry/task-types.js';

interface SourceRow {
  id: string;
  task: string;
  downloads: number | string;
  likes: number | string;
  meta?: Record<string, unknown> | null;
  description?: string | null;
}

const MAX_TAGS = 8;
const args = process.argv.slice(2);
const fromHub = args.includes('--hub');
const limitAt = args.indexOf('--limit');
const positional = args.filter((arg, index) => !arg.startsWith('--') && index !== limitAt + 1);
const source = resolve(fromHub ? 'the Hugging Face Hub' : (positional[0] ?? '../shared/catalog/p0_models.jsonl'));
const output = resolve((fromHub ? positional[0] : positional[1]) ?? 'src/registry/catalog.json');

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item) => item.trim());

if (fromHub) {
  const models = await fetchHubCatalog(TASK_TYPE_NAMES, {
    hubUrl: process.env.HF_HUB_URL,
    token: process.env.HF_TOKEN,
    limit: limitAt >= 0 ? Number(args[limitAt + 1]) : 30,
    readCards: !args.includes('--no-cards'),
  });
  writeCatalog(models, `the Hugging Face Hub, ${new Date().toISOString().slice(0, 10)}`);
  process.exit(0);
}

const rows = readFileSync(source, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, index) => parseRow(line, index));

/** The dump was written by Python: bare NaN/Infinity values are not JSON, so they become null. */
function parseRow(line: string, index: number): SourceRow {
  const json = line.replace(/([:\[,]\s*)(-?Infinity|NaN)(?=\s*[,}\]])/g, '$1null');
  try {
    return JSON.parse(json) as SourceRow;
  } catch (error) {
    throw new Error(`${source}:${index + 1}: not a JSON object (${(error as Error).message.slice(0, 80)})`);
  }
}

const skipped = new Map<string, number>();
const models = rows.flatMap((row) => {
  if (!isTaskType(row.task)) {
    skipped.set(row.task, (skipped.get(row.task) ?? 0) + 1);
    return [];
  }
  const meta = row.meta ?? {};
  const licence = asList(meta.license)[0] ?? null;
  return [
    {
      id: row.id,
      task: row.task,
      downloads: Number(row.downloads) || 0,
      likes: Number(row.likes) || 0,
      tags: asList(meta.tags).slice(0, MAX_TAGS),
      languages: [...new Set([...asList(meta.language), ...asList(meta.languages)])],
      license: licence,
      description: cleanDescription(row.description ?? '') || `${taskDisplayName(row.task)} model (its card has no description).`,
    },
  ];
});

writeCatalog(models, 'microsoft/JARVIS p0_models.jsonl (MIT), spring 2023');
for (const [task, count] of skipped) console.log(`skipped ${count} models of unsupported task ${task}`);

function writeCatalog(models: Array<{ id: string; task: string; downloads: number; likes: number }>, origin: string): void {
  models.sort((a, b) => a.task.localeCompare(b.task) || b.downloads - a.downloads || b.likes - a.likes || a.id.localeCompare(b.id));
  writeFileSync(output, `${JSON.stringify({ source: origin, models }, null, 1)}\n`);
  console.log(`wrote ${models.length} models from ${source} to ${output}`);
}
