// Model selection in ONE call for every task that needs the controller's choice (the reference
// implementation made one call per task, repeating each candidate list). Descriptions shrink until
// the prompt fits the budget.
import type { CallContext, ChooseRequest, ModelChoice, ModelEntry } from '../../pipeline/types.js';
import type { LlmClient, LlmMessage } from './client.js';
import { parseJsonReply } from './parse-json.js';
import { SELECT_SCHEMA, SELECT_SYSTEM } from './prompts.js';
import { clip, estimateMessages } from './tokens.js';

const DESCRIPTION_TOKENS = [40, 20, 8, 0];
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export async function chooseWithLlm(llm: LlmClient, input: ChooseRequest, budget: number, context: CallContext): Promise<ModelChoice[]> {
  const messages = fitSelectPrompt(input, budget);
  const reply = await llm.complete({ purpose: 'select', messages, json: { name: 'model_selection', schema: SELECT_SCHEMA } }, context);
  return readChoices(reply.text);
}

/**
 * Each candidate model is described once, in a list; the tasks name their candidates by id. Tasks
 * of one type share their candidates, and the reference scheme repeated them per task. The
 * descriptions shrink until the prompt fits the budget.
 */
function fitSelectPrompt(input: ChooseRequest, budget: number): LlmMessage[] {
  const models = [...new Map(input.tasks.flatMap(({ candidates }) => candidates.map((model) => [model.id, model] as const))).values()];
  const tasks = input.tasks.map(({ task, candidates }) =>
    JSON.stringify({
      id: task.id,
      task: task.task,
      args: Object.fromEntries(Object.entries(task.args).map(([name, value]) => [name, clip(value, 40)])),
      candidates: candidates.map((model) => model.id),
    }),
  );
  let messages: LlmMessage[] = [];
  for (const tokens of DESCRIPTION_TOKENS) {
    const list = models.map((model) => describeCandidate(model, tokens)).join('\n');
    messages = [
      { role: 'system', content: SELECT_SYSTEM },
      { role: 'user', content: `Request: ${clip(input.request, 200)}\n\nModels:\n${list}\n\nTasks, candidates best first:\n${tasks.join('\n')}` },
    ];
    if (estimateMessages(messages) <= budget) break;
  }
  return messages;
}

/** `id [local|remote, 1.2M downloads, en es]: description` */
function describeCandidate(model: ModelEntry, descriptionTokens: number): string {
  const facts = [model.provider === 'local' ? 'local' : 'remote', `${compact.format(model.downloads)} downloads`, ...(model.languages.length ? [model.languages.slice(0, 5).join(' ')] : [])];
  const description = descriptionTokens > 0 && model.description ? `: ${clip(model.description.replace(/\s+/g, ' '), descriptionTokens)}` : '';
  return `${model.id} [${facts.join(', ')}]${description}`;
}

/** Unreadable answers give no choices: the select stage then falls back to the top candidates. */
export function readChoices(text: string): ModelChoice[] {
  const parsed = parseJsonReply(text);
  if (!parsed.ok) return [];
  const value = parsed.value as { selections?: unknown } | unknown[];
  const list = Array.isArray(value) ? value : Array.isArray(value?.selections) ? value.selections : [];
  return list.flatMap((item) => {
    const record = item as Record<string, unknown>;
    const id = typeof record.id === 'string' ? Number(record.id) : record.id;
    const model = record.model ?? record.id_model ?? record.model_id;
    if (typeof id !== 'number' || !Number.isInteger(id) || typeof model !== 'string') return [];
    return [{ id, model, reason: typeof record.reason === 'string' ? record.reason : '' }];
  });
}
