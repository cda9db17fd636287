// Common dialects of a task plan, normalised before validation so that a plan meaning the right
// thing is not sent back for repair (an LLM round trip) or rejected. The reference implementation
// (JARVIS) and models that learnt from it write `"dep": [-1]`, string ids, `<GENERATED-0>`, and
// its argument names: `text` for every question, `img_url`, `audio_url`, `text1`/`text2`. The
// renames are data; a rename applies only when the task type does not take the alias itself and
// the canonical argument is absent.
import { TASK_TYPES, isTaskType, type TaskType } from '../registry/task-types.js';

/** Alias → argument name, for every task type that takes that argument. */
const COMMON_ALIASES: Record<string, string> = {
  img_url: 'image',
  image_url: 'image',
  img: 'image',
  picture: 'image',
  photo: 'image',
  audio_url: 'audio',
  audio_file: 'audio',
  speech: 'audio',
  video_url: 'video',
  prompt: 'text',
  input: 'text',
  inputs: 'text',
  sentence: 'text',
  candidate_labels: 'labels',
  target_lang: 'target_language',
  tgt_lang: 'target_language',
  target: 'target_language',
  src_lang: 'source_language',
  source_lang: 'source_language',
};

/** Renames that only make sense for one task type (the reference puts every question in `text`). */
const TASK_ALIASES: Partial<Record<TaskType, Record<string, string>>> = {
  'visual-question-answering': { text: 'question', query: 'question' },
  'document-question-answering': { text: 'question', query: 'question' },
  'question-answering': { text: 'question', query: 'question' },
  'sentence-similarity': { text1: 'text', text2: 'other_text', source_sentence: 'text', target_sentence: 'other_text' },
  'tabular-classification': { text: 'table', csv: 'table' },
};

/** `<GENERATED-0>`, `<generated>0`, `< GENERATED >-0` … → `<GENERATED>-0`. */
// Each optional mark takes the spaces before it: `\s*>?\s*-?\s*` could split one run of spaces three ways (cubic).
const LOOSE_REFERENCE = /^<\s*GENERATED(?:\s*>)?(?:\s*-)?\s*(\d+)\s*>?$/i;
/** "task-1", "t1", "task_1" as an id → 1. */
const PREFIXED_ID = /^[A-Za-z][A-Za-z_ -]*?[-_ ]?(\d+)$/;

/** A task record in the common dialects, rewritten in the contract's terms; other values untouched. */
export function normaliseDialect(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const record = { ...(item as Record<string, unknown>) };
  record.id = normaliseId(record.id);
  if (record.dep !== undefined && record.dep !== null) record.dep = normaliseDep(record.dep);
  if (typeof record.task === 'string') record.task = record.task.trim();
  if (record.args && typeof record.args === 'object' && !Array.isArray(record.args)) {
    record.args = normaliseArgs(record.args as Record<string, unknown>, typeof record.task === 'string' && isTaskType(record.task) ? record.task : undefined);
  }
  return record;
}

function normaliseId(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (/^-?\d+$/.test(trimmed)) return Number(trimmed);
  const reference = LOOSE_REFERENCE.exec(trimmed) ?? PREFIXED_ID.exec(trimmed);
  return reference ? Number(reference[1]) : value;
}

function normaliseDep(value: unknown): unknown {
  // "0,1" and a single id are lists of one or more ids; -1 means none.
  const list = typeof value === 'string' ? value.split(',').filter((part) => part.trim() !== '') : Array.isArray(value) ? value : [value];
  return list.map(normaliseId).filter((entry) => entry !== -1);
}

function normaliseArgs(args: Record<string, unknown>, task: TaskType | undefined): Record<string, unknown> {
  const accepted = task ? TASK_TYPES[task].args : undefined;
  const aliases = { ...COMMON_ALIASES, ...(task ? TASK_ALIASES[task] : undefined) };
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(args)) {
    const value = typeof raw === 'string' ? normaliseReference(raw) : raw;
    const canonical = aliases[name];
    const rename = accepted && canonical && !(name in accepted) && canonical in accepted && !(canonical in args) && !(canonical in out);
    out[rename ? canonical! : name] = value;
  }
  return out;
}

function normaliseReference(value: string): string {
  const match = LOOSE_REFERENCE.exec(value.trim());
  return match ? `<GENERATED>-${match[1]}` : value;
}
