// How sure the planner is, and what it says: which words led to which task, why a plan is empty
// (small talk, a question about the world, a language it does not read), and, when it abstains,
// the closest thing it can do, worded so the user can ask for it.
import type { Task } from '../../pipeline/types.js';
export { planTooLargeMessage as tooLarge } from '../../pipeline/errors.js';
import { LANGUAGE_NAMES } from './lexicon/index.js';
import { INTENT_SPECS, type IntentId, type ObjectKind } from './lexicon/intents.js';
import type { Reading } from './clauses.js';
import type { Step } from './read.js';
import type { Node } from './graph.js';

/** Below this the planner does not guess: an empty plan and a suggestion instead. */
export const ABSTAIN_BELOW = 0.35;

const LLM_HINT = 'configure an LLM controller (OPENAI_API_KEY or OPENAI_BASE_URL)';
/** What a step that prefers a kind needs to work on, in words. */
const NEEDS: Partial<Record<ObjectKind, string>> = { image: 'an image', audio: 'a recording' };

/** Confidence of a plan in [0, 1]: the weakest step, less for words no phrase explains and for steps left out. */
export function confidenceOf(reading: Reading, dropped: readonly Step[], implicit: number): number {
  const weakest = Math.min(...reading.steps.filter((step) => !dropped.includes(step)).map((step) => step.strength), 1);
  const unexplained = reading.words ? reading.unexplained.length / reading.words : 0;
  const leftOut = reading.steps.length ? dropped.length / reading.steps.length : 0;
  const value = weakest * (1 - 0.4 * unexplained) * (1 - 0.6 * leftOut) * 0.97 ** implicit;
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}

/**
 * Why a plan is empty, and how sure that is: small talk is clearly no request, a question about the world
 * fairly clearly (more so with small talk around it); anything else is a request not understood.
 */
export function emptyPlan(request: string, reading: Reading, dropped: readonly Step[], kinds: readonly string[], generalQuestion: boolean): { confidence: number; explanation: string } {
  const smallTalk = reading.chitchat > 0 && reading.unexplained.length <= 3;
  if (generalQuestion) return { confidence: smallTalk ? 0.9 : 0.7, explanation: 'Nothing to plan: this is a question about the world, and I only run tasks on files or text you give. Name a file (for example "in /examples/a.jpg, what is the man holding?") or paste a text with your question.' };
  if (smallTalk && reading.steps.length === 0) return { confidence: 0.9, explanation: 'Nothing to plan: this reads as small talk, not a request for an image, audio or text task.' };
  return { confidence: 0, explanation: abstain(request, dropped, kinds) };
}

const suggest = (intent: IntentId) => `say "${INTENT_SPECS[intent].example}"`;
/** The task an intent is when nothing says what it acts on. */
const preferredTask = (intent: IntentId) => INTENT_SPECS[intent].tasks[INTENT_SPECS[intent].prefers] ?? intent;

/** Each step with the task it actually became (a question with labels is a zero-shot classification, not visual QA). */
export function planNotes(steps: readonly Step[], tasks: readonly Task[], dropped: readonly Step[], nodes: readonly Node[]): string {
  const became = (intent: IntentId) => [...new Set(nodes.filter((node) => (node.asked ?? node.intent) === intent && !node.implicit).map((node) => node.task))].join(' / ');
  const read = steps
    .filter((step) => !dropped.includes(step))
    .map((step) => `"${step.phrase || 'a question'}" → ${became(step.intent) || preferredTask(step.intent)}`);
  // "<pasted text> English please": only a language was named.
  if (!read.length) read.push(...[...new Set(tasks.map((task) => task.task))].map((task) => `the language named → ${task}`));
  const left = dropped.map((step) => `"${step.phrase || 'a question'}" (${suggest(step.intent)})`);
  return `Planned by rules from the wording: ${read.join('; ')}${tasks.length > steps.length ? ' (with the steps they need)' : ''}.${left.length ? ` Left out, for lack of something to work on: ${left.join(', ')}.` : ''}`;
}

/** An empty plan that says what was close: a step without an object, or what the files named allow. */
export function abstain(request: string, dropped: readonly Step[], kinds: readonly string[]): string {
  const quoted = request.trim().length > 60 ? `${request.trim().slice(0, 57)}…` : request.trim();
  if (dropped.length) {
    const { intent } = dropped[0]!;
    return `I am not sure what to do with "${quoted}". The closest I can do: ${preferredTask(intent)}, which needs ${NEEDS[INTENT_SPECS[intent].prefers] ?? 'a text'} to work on: ${suggest(intent)}.`;
  }
  const byKind: Record<string, IntentId[]> = { image: ['caption', 'detect', 'ocr'], audio: ['transcribe', 'classifySound'], text: ['summarize', 'translate'] };
  const ideas = [...new Set(kinds)].flatMap((kind) => byKind[kind] ?? []).map((intent) => `"${INTENT_SPECS[intent].example}"`);
  const examples = ideas.length ? ideas : ['"describe /examples/a.jpg"', '"transcribe speech.wav, then translate it to Spanish"', '"summarize this: …"', '"draw a lighthouse at sunset"'];
  return `I could not find a task I can run in "${quoted}". The closest things I can do: ${examples.join(', ')}. If you meant something else, rephrase it, or ${LLM_HINT} to plan free-form requests.`;
}

/** A request in a language there is no lexicon for, as the language identifier named it. */
export function unsupportedLanguage(name: string): string {
  return `This request seems to be in ${name}. The rule-based planner reads ${LANGUAGE_NAMES.slice(0, -1).join(', ')} and ${LANGUAGE_NAMES.at(-1)}; for other languages, ${LLM_HINT}, or write the request in one of those languages.`;
}
