// How sure the planner is, and what it says: which words led to which task, why a plan is empty
// (small talk, a question about the world, a language it does not read), and, when it abstains,
// the closest thing it can do, worded so the user can ask for it.
import type { Task } from '../../pipeline/types.js';
export { planTooLargeMessage as tooLarge } from '../../pipeline/errors.js';
import { INTENT_SPECS, type IntentId } from './lexicon/intents.js';
import type { Reading } from './clauses.js';
import type { Step } from './read.js';
import type { Node } from './graph.js';

/** Below this the planner does not guess: an empty plan and a suggestion instead. */
export const ABSTAIN_BELOW = 0.35;

const LLM_HINT = 'configure an LLM controller (OPENAI_API_KEY or OPENAI_BASE_URL)';

/** Confidence of a plan in [0, 1]: the weakest step, less for words no phrase explains and for steps left out. */
export function confidenceOf(reading: Reading, tasks: readonly Task[], dropped: readonly Step[], implicit: number): number {
  if (tasks.length === 0) return 0;
  const weakest = Math.min(...reading.steps.filter((step) => !dropped.includes(step)).map((step) => step.strength), 1);
  const unexplained = reading.words ? reading.unexplained.length / reading.words : 0;
  const leftOut = reading.steps.length ? dropped.length / reading.steps.length : 0;
  const value = weakest * (1 - 0.4 * unexplained) * (1 - 0.6 * leftOut) * 0.97 ** implicit;
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}

/** Confidence that a request with no step needs no task: small talk is clear, a question about the world fairly clear. */
export function emptyConfidence(reading: Reading, generalQuestion: boolean): number {
  if (reading.chitchat > 0 && reading.unexplained.length <= 3) return 0.9;
  if (generalQuestion) return 0.7;
  return 0;
}

/** Each step with the task it actually became (a question with labels is a zero-shot classification, not visual QA). */
export function planNotes(steps: readonly Step[], tasks: readonly Task[], dropped: readonly Step[], nodes: readonly Node[]): string {
  const became = (intent: IntentId) => [...new Set(nodes.filter((node) => (node.asked ?? node.intent) === intent && !node.implicit).map((node) => node.task))].join(' / ');
  const read = steps
    .filter((step) => !dropped.includes(step))
    .map((step) => `"${step.phrase || 'a question'}" → ${became(step.intent) || (INTENT_SPECS[step.intent].tasks[INTENT_SPECS[step.intent].prefers] ?? step.intent)}`);
  // "<pasted text> English please": only a language was named.
  if (!read.length) read.push(...[...new Set(tasks.map((task) => task.task))].map((task) => `the language named → ${task}`));
  const left = dropped.map((step) => `"${step.phrase || 'a question'}" (${suggest(step.intent)})`);
  return `Planned by rules from the wording: ${read.join('; ')}${tasks.length > steps.length ? ' (with the steps they need)' : ''}.${left.length ? ` Left out, for lack of something to work on: ${left.join(', ')}.` : ''}`;
}

function suggest(intent: IntentId): string {
  return `say "${INTENT_SPECS[intent].example}"`;
}

export const SMALL_TALK = 'Nothing to plan: this reads as small talk, not a request for an image, audio or text task.';

export const GENERAL_QUESTION = 'Nothing to plan: this is a question about the world, and I only run tasks on files or text you give. Name a file (for example "in /examples/a.jpg, what is the man holding?") or paste a text with your question.';

/** An empty plan that says what was close: a step without an object, or what the files named allow. */
export function abstain(request: string, dropped: readonly Step[], kinds: readonly string[]): string {
  const quoted = request.trim().length > 60 ? `${request.trim().slice(0, 57)}…` : request.trim();
  if (dropped.length) {
    const step = dropped[0]!;
    return `I am not sure what to do with "${quoted}". The closest I can do: ${INTENT_SPECS[step.intent].tasks[INTENT_SPECS[step.intent].prefers]}, which needs ${INTENT_SPECS[step.intent].prefers === 'image' ? 'an image' : INTENT_SPECS[step.intent].prefers === 'audio' ? 'a recording' : 'a text'} to work on: ${suggest(step.intent)}.`;
  }
  const byKind: Record<string, IntentId[]> = { image: ['caption', 'detect', 'ocr'], audio: ['transcribe', 'classifySound'], text: ['summarize', 'translate'] };
  const ideas = [...new Set(kinds)].flatMap((kind) => byKind[kind] ?? []).map((intent) => `"${INTENT_SPECS[intent].example}"`);
  const examples = ideas.length ? ideas : ['"describe /examples/a.jpg"', '"transcribe speech.wav, then translate it to Spanish"', '"summarize this: …"', '"draw a lighthouse at sunset"'];
  return `I could not find a task I can run in "${quoted}". The closest things I can do: ${examples.join(', ')}. If you meant something else, rephrase it, or ${LLM_HINT} to plan free-form requests.`;
}

/** `reads`: the names of the languages there is a lexicon for. */
export function unsupportedLanguage(name: string | undefined, reads: readonly string[]): string {
  const language = name ? `in ${name}` : 'in a language the offline planner does not read';
  return `This request seems to be ${language}. The rule-based planner reads ${reads.slice(0, -1).join(', ')} and ${reads.at(-1)}; for other languages, ${LLM_HINT}, or write the request in one of those languages.`;
}
