// Puts recognised mentions in running order and drops repeats: "after segmentation" runs first, "… in
// French" after a generator translates before it, and a repeat that looks back becomes a reference.
import { TASK_TYPES } from '../../registry/task-types.js';
import type { Analysis, Clue, Intent, Step } from './analysis.js';
import { family, type Mention, type Recognised } from './mention.js';
import { taskOfIntent } from './subject.js';

const AFTER = /\b(?:after|once|following)\s+(?:[\w-]+\s+){0,2}$/i;
const MEDIA_GENERATORS: ReadonlySet<Intent> = new Set(['text-to-speech', 'text-to-image', 'text-to-video']);
const GENERATORS: ReadonlySet<Intent> = new Set([...MEDIA_GENERATORS, 'text-generation', 'conversational']);
/** "a response that summarizes …": the relative clause says what the made thing holds. */
const RELATIVE = /\b(?:that|which|about|of|describing|showing|from|based on)\s+$/i;

/** In one step, a specific phrase ("tabular", "Audio Classification") outranks a generic verb it refines ("classify"). */
export function specific(mention: Mention, _index: number, mentions: readonly Mention[]): boolean {
  if (!mention.sense) return true;
  const refines = family(mention.sense);
  return !mentions.some((other) => other !== mention && !other.sense && other.step === mention.step && refines.has(other.intent));
}

/**
 * Drops repeats, and puts "after X" and "… in French" before the mention they qualify. A repeat
 * that looks back ("after editing the image", "a video about what was said") becomes a reference
 * to the earlier task's output.
 */
export function order(analysis: Analysis, mentions: Mention[]): Recognised {
  const ordered: Mention[] = [];
  const echoes: Clue[] = [];
  for (const mention of mentions) {
    const previous = ordered.at(-1);
    const sameStep = previous?.step === mention.step;
    const after = AFTER.test(analysis.masked.slice(mention.step.start, mention.start)) || describesMade(analysis, previous, mention);
    const earlier = ordered.find((other) => other.intent === mention.intent && (other.step === mention.step || after));
    if (earlier) {
      if (earlier.step !== mention.step) echoes.push(echo(mention));
      continue;
    }
    // "Once classified, …" looks back at a classification whatever its subject.
    if (after && mention.sense && ordered.some((other) => family(mention.sense!).has(other.intent))) continue;
    if (previous && insideMade(previous, mention)) {
      // "a summarized answer": the answer first, then its summary.
      // It starts just after the made thing, so it takes the made thing's output.
      ordered.push({ ...mention, start: previous.end + 0.5, end: Math.max(previous.end + 0.5, mention.end) });
      continue;
    }
    if (previous?.intent === mention.intent && !(namesNewInput(analysis, previous.step) && namesNewInput(analysis, mention.step))) continue;
    if (previous && sameStep && (after || (mention.modifier && MEDIA_GENERATORS.has(previous.intent)))) {
      ordered.splice(-1, 0, { ...mention, readyBy: previous.start - 0.5 });
    } else ordered.push(mention);
  }
  const kept = ordered.filter((mention) => !mention.weak || !ordered.some((other) => other !== mention && family(mention.sense!).has(other.intent)));
  return { mentions: kept, echoes };
}

function echo(mention: Mention): Clue {
  const task = taskOfIntent(mention.intent);
  return { start: mention.start, end: mention.end, role: 'reference', kind: TASK_TYPES[task].outputs[0]!, subject: null, producers: [task], origin: 'output' };
}


function insideMade(made: Mention, mention: Mention): boolean {
  return made.step === mention.step && mention.start > made.start && mention.end <= made.end;
}

/** "a video summarizing the key points", "an image based on the objects detected": that task comes first. */
function describesMade(analysis: Analysis, previous: Mention | undefined, mention: Mention): boolean {
  if (!previous || previous.step !== mention.step || !GENERATORS.has(previous.intent)) return false;
  return /^\w+(?:ed|ing)$/i.test(mention.cue) || RELATIVE.test(analysis.named.slice(previous.end, mention.start));
}

/** Whether a step names a resource or language of its own, so a repeated task is a new task. */
function namesNewInput(analysis: Analysis, step: Step): boolean {
  const text = analysis.text.slice(step.start, step.end);
  return (
    analysis.resources.some((resource) => !resource.nested && !resource.question && resource.start >= step.start && resource.start < step.end) ||
    /\b(?:in|into|to)\s+[A-Z][a-z]+/.test(text)
  );
}
