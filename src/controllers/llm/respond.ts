// The final answer, written by the LLM from the request, the plan, the chosen models and the
// results. Results are shrunk to the budget (long texts and structured outputs first). The reply
// streams: its pieces go out as `answer-delta` events as they are written (the answer's leading
// and trailing blanks left out, so the pieces still add up to the answer).
import { LlmError } from '../../pipeline/errors.js';
import type { CallContext, RespondRequest, TaskResult } from '../../pipeline/types.js';
import { fitHistory } from './budget.js';
import type { LlmClient, LlmMessage } from './client.js';
import { RESPOND_SYSTEM, respondUserMessage } from './prompts.js';
import { clip, estimateMessages } from './tokens.js';

const FIELD_TOKENS = [400, 150, 50, 15];

export async function respondWithLlm(llm: LlmClient, input: RespondRequest, budget: number, context: CallContext): Promise<string> {
  const events = context.events;
  const onDelta = events && trimmedPieces((text) => events.emit({ type: 'answer-delta', text }));
  const reply = await llm.complete({ purpose: 'respond', messages: fitRespondPrompt(input, budget), ...(onDelta ? { onDelta } : {}) }, context);
  const answer = reply.text.trim();
  // An empty answer is a failed answer: the stage falls back to the templated one.
  if (!answer) throw new LlmError('LLM_ERROR', `The LLM answered with an empty message (finish_reason ${reply.finishReason ?? 'unknown'}).`);
  return answer;
}

function fitRespondPrompt(input: RespondRequest, budget: number): LlmMessage[] {
  let messages: LlmMessage[] = [];
  for (const tokens of FIELD_TOKENS) {
    const workflow = JSON.stringify(describeWorkflow(input, tokens));
    const history = fitHistory(input.history, Math.floor(budget / 6));
    // The request whole while it fits: a task the controller does itself (DIRECT_ANSWER) works on it.
    messages = [
      { role: 'system', content: RESPOND_SYSTEM },
      ...(history ? [{ role: 'user' as const, content: `Earlier in this chat:\n${history}` }] : []),
      { role: 'user', content: respondUserMessage(clip(input.request, Math.max(tokens * 4, Math.floor(budget / 2))), workflow) },
    ];
    if (estimateMessages(messages) <= budget) break;
  }
  return messages;
}

function describeWorkflow(input: RespondRequest, tokens: number) {
  const selections = new Map(input.selections.map((selection) => [selection.id, selection]));
  const results = new Map(input.results.map((result) => [result.id, result]));
  return {
    ...(input.explanation ? { note: input.explanation } : {}),
    tasks: input.tasks.map((task) => {
      const selection = selections.get(task.id);
      const result = results.get(task.id);
      return {
        id: task.id,
        task: task.task,
        args: Object.fromEntries(Object.entries(task.args).map(([name, value]) => [name, clip(value, tokens / 4)])),
        model: result?.model ?? selection?.model ?? null,
        ...(result ? describeResult(result, tokens) : { status: 'not run' }),
      };
    }),
  };
}

function describeResult(result: TaskResult, tokens: number) {
  const output = result.output;
  const files = output ? (['image', 'audio', 'video'] as const).flatMap((kind) => (output[kind] ? [{ kind, url: output[kind]!.url }] : [])) : [];
  return {
    status: result.status,
    ...(output?.text ? { text: clip(output.text, tokens) } : {}),
    ...(output?.data !== undefined ? { data: clip(JSON.stringify(output.data), tokens) } : {}),
    ...(files.length ? { files } : {}),
    ...(result.error ? { error: result.error.message } : {}),
  };
}

/** Passes pieces on without the text's leading blanks, holding back blanks until more text follows them. */
function trimmedPieces(emit: (text: string) => void): (text: string) => void {
  let started = false;
  let blanks = '';
  return (text) => {
    const piece = started ? blanks + text : text.trimStart();
    if (!piece) return;
    started = true;
    const body = piece.trimEnd();
    blanks = piece.slice(body.length);
    if (body) emit(body);
  };
}
