// The rule-based planner: resources → steps → clues → mentions → task graph. Deterministic, no
// model; a request it cannot read yields an empty plan with an explanation, never a guess.
import { validatePlan } from '../../pipeline/task-graph.js';
import type { ChatMessage, PlanDraft } from '../../pipeline/types.js';
import type { Analysis } from './analysis.js';
import { buildPlan } from './build.js';
import { findClues } from './clues.js';
import { notUnderstood, planNotes, unusable } from './explain.js';
import { recognise } from './recognise.js';
import { findResources, maskResources, type Resource } from './resources.js';
import { splitSteps } from './steps.js';

/** Only the latest messages can hold what "it" or "this image" means. */
const HISTORY_MESSAGES = 6;

export function analyse(request: string, history: readonly ChatMessage[] = []): Analysis {
  const resources = findResources(request);
  const named = maskResources(request, resources);
  const steps = splitSteps(named);
  const { clues, masked } = findClues(request, named, resources, steps);
  return { text: request, masked, named, resources, clues, steps, history: historyResources(history) };
}

/** Files and URLs named earlier in the chat (by the user, or produced and linked in an answer). */
function historyResources(history: readonly ChatMessage[]): Resource[] {
  return history
    .slice(-HISTORY_MESSAGES)
    .flatMap((message) => findResources(message.content))
    .filter((resource) => resource.kind !== 'text' && !resource.nested);
}

export function planRequest(request: string, history: readonly ChatMessage[] = []): PlanDraft {
  const analysed = analyse(request, history);
  const { mentions, echoes } = recognise(analysed);
  if (mentions.length === 0) return { tasks: [], explanation: notUnderstood(request) };
  const analysis = echoes.length ? { ...analysed, clues: [...analysed.clues, ...echoes].sort((a, b) => a.start - b.start) } : analysed;
  const built = buildPlan(analysis, mentions);
  if (built.tasks.length === 0) return { tasks: [], explanation: unusable(built.problems) };
  const check = validatePlan(built.tasks);
  if (!check.ok) {
    // A bug of the rules, not of the user; say so rather than hand an invalid graph on.
    return { tasks: [], explanation: `The rule-based planner built an invalid plan: ${check.problems.map((p) => p.message).join('; ')}` };
  }
  return { tasks: check.tasks, explanation: planNotes(mentions, built.problems) };
}
