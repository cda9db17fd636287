// Model selection in ONE call for every task that has more than one candidate (the reference
// implementation made one call per task). Descriptions shrink until the prompt fits the budget.
import type { CallContext, ChooseRequest, ModelChoice, ModelEntry } from '../../pipeline/types.js';
import type { LlmClient, LlmMessage } from './client.js';
import { parseJsonReply } from './parse-json.js';
import { SELECT_SCHEMA, SELECT_SYSTEM } from './prompts.js';
import { clip, estimateMessages } from './tokens.js';

const DESCRIPTION_TOKENS = [60, 30, 12, 0];

export async function chooseWithLlm(llm: LlmClient, input: ChooseRequest, budget: number, context: CallContext): Promise<ModelChoice[]> {
  const messages = fitSelectPrompt(input, budget);
  const reply = await llm.complete({ purpose: 'select', messages, json: { name: 'model_selection', schema: SELECT_SCHEMA } }, context);
  return readChoices(reply.text);
}

function fitSelectPrompt(input: ChooseRequest, budget: number): LlmMessage[] {
  let messages: LlmMessage[] = [];
  for (const tokens of DESCRIPTION_TOKENS) {
    const tasks = input.tasks.map(({ task, candidates }) => ({
      id: task.id,
      task: task.task,
      args: Object.fromEntries(Object.entries(task.args).map(([name, value]) => [name, clip(value, 40)])),
      candidates: candidates.map((model) => describeCandidate(model, tokens)),
    }));
    messages = [
      { role: 'system', content: SELECT_SYSTEM },
      { role: 'user', content: `Request: ${clip(input.request, 200)}\n\nTasks and their candidates (best ranked first):\n${JSON.stringify(tasks)}` },
    ];
    if (estimateMessages(messages) <= budget) break;
  }
  return messages;
}

function describeCandidate(model: ModelEntry, descriptionTokens: number) {
  return {
    id: model.id,
    where: model.provider === 'local' ? 'local' : 'remote',
    downloads: model.downloads,
    likes: model.likes,
    ...(model.languages.length ? { languages: model.languages.slice(0, 5) } : {}),
    ...(descriptionTokens > 0 ? { description: clip(model.description, descriptionTokens) } : {}),
  };
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
