// Model choice without an LLM. The select stage has already ranked the candidates (runnable in the
// current inference mode, local experts first where preferred, then downloads and likes), so the
// first one is the choice, unless the request's wording names what one candidate does and the
// others don't ("what language…" → a language identifier among text classifiers, "read the
// text…" → OCR among image-to-text models, "into French" → an en-fr translation model).
import type { ChooseRequest, ModelChoice, ModelEntry, Task } from '../../pipeline/types.js';
import { parseReference } from '../../pipeline/task-graph.js';
import { TASK_TYPES } from '../../registry/task-types.js';
import { replaceQuoted } from '../../quoted.js';

const count = new Intl.NumberFormat('en-US');

const STOPWORDS = new Set(
  ('a an the and or of to in on at by for with from into this that these those it its is are was be as not no all any my me i you your ' +
    'please can could would will do does what which who how image picture photo text model models file use using then also only one two')
    .split(' '),
);

/** `stem.replace(/(.{3,})e$/, '$1')` without trying every start of a long word. */
const dropFinalE = (stem: string) => (stem.length >= 4 && stem.endsWith('e') ? stem.slice(0, -1) : stem);
/** Quoted material the request acts on: "…", “…”, and '…' of 12 characters or more (shorter ones may be apostrophes). */
const QUOTED = [{ open: '"', close: '"' }, { open: '“', close: '”' }, { open: "'", close: "'", least: 12 }];

/** Lower-case word stems ("reads" → "read", "languages" → "languag"), each with a word it came from. */
function stems(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const word of text.toLowerCase().match(/[a-z]{2,}/g) ?? []) {
    if (STOPWORDS.has(word)) continue;
    const stem = word.length > 4 ? dropFinalE(word.replace(/(ing|ed|es|s)$/, '')) : word;
    if (!found.has(stem)) found.set(stem, word);
  }
  return found;
}

/** What the user asked, without the quoted material it acts on, plus the task's settings. */
function requestStems(request: string, task: Task): Map<string, string> {
  const unquoted = replaceQuoted(request, QUOTED, ' ');
  const settings = Object.entries(task.args)
    .filter(([name, value]) => TASK_TYPES[task.task].args[name]?.option && parseReference(value) === null)
    .map(([, value]) => value);
  return stems([unquoted, ...settings].join(' '));
}

const modelStems = (model: ModelEntry): Map<string, string> => stems([model.id.replace(/[/_-]/g, ' '), model.tags.join(' '), model.description].join(' '));

/** Index of the candidate whose words match the request best, weighting words few candidates share. */
function bestMatch(request: Map<string, string>, candidates: ModelEntry[]): { index: number; words: string[] } {
  const vocabularies = candidates.map(modelStems);
  const share = (word: string) => vocabularies.filter((vocabulary) => vocabulary.has(word)).length;
  let best = { index: 0, words: [] as string[], score: 0 };
  vocabularies.forEach((vocabulary, index) => {
    const matched = [...request.keys()].filter((stem) => vocabulary.has(stem) && share(stem) < candidates.length);
    const score = matched.reduce((sum, stem) => sum + 1 / share(stem), 0);
    if (score > best.score) best = { index, words: matched.map((stem) => request.get(stem)!), score };
  });
  return best;
}

export function reasonFor(model: ModelEntry, task: string): string {
  if (model.provider === 'local') return `embedded local expert for ${task}, runs in-process and is preferred in local and hybrid modes`;
  const likes = model.likes > 0 ? `, ${count.format(model.likes)} likes` : '';
  return `top-ranked candidate for ${task} (${count.format(model.downloads)} downloads${likes})`;
}

export function chooseModels(input: ChooseRequest): ModelChoice[] {
  return input.tasks.flatMap(({ task, candidates }) => {
    if (candidates.length === 0) return [];
    const { index, words } = bestMatch(requestStems(input.request, task), candidates);
    const chosen = candidates[index]!;
    const reason = index === 0 ? reasonFor(chosen, task.task) : `the request (${words.map((word) => `"${word}"`).join(', ')}) matches what this model does; ${reasonFor(chosen, task.task)}`;
    return [{ id: task.id, model: chosen.id, reason }];
  });
}
