// Files and content that sit in a sentence without a step go to the steps they belong to.
import { INTENT_SPECS } from './lexicon/intents.js';
import type { Context } from './slots.js';
import type { Reading, Step } from './steps.js';

/** A step that can take content given after its sentence: it names none of its own, or has a slot to fill. */
function takesContent(step: Step): boolean {
  const slot = INTENT_SPECS[step.intent].slot;
  if ((slot === 'question' && !step.question) || slot === 'instruction' || slot === 'labels') return true;
  return step.objects.every((object) => object.type === 'ref' && (object.ref === 'it' || object.ref === 'pointer')) && !(step.description && slot === 'description');
}

/** Index of the first step that starts after an item (steps are sorted). */
function firstAfter(steps: readonly Step[], at: number): number {
  let low = 0;
  let high = steps.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (steps[middle]!.start > at) high = middle;
    else low = middle + 1;
  }
  return low;
}

function stepsOfSentence(steps: readonly Step[], sentence: number): Step[] {
  let low = 0;
  let high = steps.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (steps[middle]!.sentence < sentence) low = middle + 1;
    else high = middle;
  }
  const found: Step[] = [];
  for (let i = low; i < steps.length && steps[i]!.sentence === sentence; i++) found.push(steps[i]!);
  return found;
}

/**
 * Gives a file or content that sits in a sentence without a step to the steps it belongs to: text
 * after "…: " to the steps before the colon; anything else to the nearest step that can use it.
 */
export function adopt(steps: readonly Step[], orphan: Reading['orphans'][number], context: Context): boolean {
  const { object } = orphan;
  const colonTakers = orphan.afterColon && stepsOfSentence(steps, orphan.sentence).some(takesContent);
  if (object.type === 'content' && !context.contents[object.content]!.field && !colonTakers) {
    // Pasted text: to the step that points at it ("this email"), else one with nothing to act on.
    const rank = (step: Step) =>
      step.objects.some((other) => other.type === 'ref' && other.ref === 'pointer')
        ? 3
        : step.objects.length === 0 || (INTENT_SPECS[step.intent].pair && step.objects.filter((other) => other.type === 'content').length < 2)
          ? 2
          : takesContent(step)
            ? 1
            : 0;
    const best = steps.reduce<Step | undefined>((chosen, step) => (rank(step) > (chosen ? rank(chosen) : 0) ? step : chosen), undefined);
    if (best) {
      best.objects.push(object);
      return true;
    }
  }
  if (object.type === 'content' && orphan.afterColon) {
    const takers = stepsOfSentence(steps, orphan.sentence).filter(takesContent);
    for (const step of takers) step.objects.push(object);
    if (takers.length) return true;
  }
  if (object.type !== 'resource' && object.type !== 'content') return false;
  if (object.type === 'content' && context.contents[object.content]!.field) {
    // A labelled value ("Text: …", "Question: …") belongs to the nearest step, whatever else it holds.
    const split = firstAfter(steps, object.at);
    const nearest = steps[split - 1] ?? steps[split];
    nearest?.objects.push(object);
    return !!nearest;
  }
  const kind = object.type === 'content' ? 'text' : (context.tokens[context.items[object.at]!.token]!.kind ?? 'image');
  const split = firstAfter(steps, object.at);
  // A step that picks one of the files already ("the second one") takes no other.
  const free = (step: Step) =>
    !step.objects.some((other) => other.type === object.type || (other.type === 'ref' && other.ref === 'ordinal')) && (object.type === 'resource' || takesContent(step));
  const fits = (step: Step) => INTENT_SPECS[step.intent].tasks[kind] !== undefined || kind !== 'text';
  // The nearest steps first: up to eight before it, then up to eight after it.
  let step: Step | undefined;
  for (let i = split - 1; !step && i >= Math.max(0, split - 8); i--) if (free(steps[i]!) && fits(steps[i]!)) step = steps[i];
  for (let i = split; !step && i < Math.min(steps.length, split + 8); i++) if (free(steps[i]!) && fits(steps[i]!)) step = steps[i];
  if (!step && object.type === 'resource') step = steps[split - 1] ?? steps[split];
  if (!step) return false;
  step.objects.push(object);
  return true;
}

