// Finds what a request asks for: every lexicon phrase in the masked text, the longest where two
// overlap, each resolved to an intent (senses by their subject), then ordered and de-duplicated.
import { matches, overlaps, sentenceOf, stepAt, within, type Analysis, type Intent, type Span, type Step } from './analysis.js';
import { OUTPUT_LANGUAGE_CONTEXT, OUTPUT_LANGUAGE_CUES, TASK_CUES } from './lexicon.js';
import { CONVERSIONS, CONVERT_CUE, MADE_THINGS, MAKE_CUES, SENSES, TARGET_KINDS, type SenseName } from './senses.js';
import { withLabels } from './labels.js';
import { family, type Mention, type Recognised } from './mention.js';
import { order, specific } from './order.js';
import { subjectOf, subjectWithin, type SubjectContext } from './subject.js';
import { RESULT_NOUNS, SUBJECT_NOUNS } from './vocabulary.js';

export type { Mention, Recognised } from './mention.js';

type Meaning =
  | { type: 'intent'; intent: Intent; modifier?: true }
  | { type: 'sense'; sense: SenseName; weak?: true }
  | { type: 'make' }
  | { type: 'convert' }
  | { type: 'question' };

interface Cue {
  pattern: RegExp;
  meaning: Meaning;
  /** When set, "in <language>" counts only if the words before it match. */
  context?: RegExp;
}

interface Candidate extends Span {
  meaning: Meaning;
  priority: number;
  match: RegExpExecArray;
}

const AN_BEFORE = /\b(?:an?|some)\s+(?:[\w-]+\s+)?$/i;
const NOUN_AFTER = new RegExp(`^\\s+(?:[\\w-]+\\s+)?(?:${[...Object.values(SUBJECT_NOUNS), RESULT_NOUNS].join('|')})(?![\\w-])`, 'i');

/** Group indices ("d") cost time on every match, so only the phrases with groups ask for them. */
const compile = (phrases: readonly string[], groups = false): RegExp => new RegExp(`\\b(?:${phrases.join('|')})(?![\\w])`, groups ? 'dgi' : 'gi');

// Compiled once at module load; order is the tie-break between phrases of equal length.
const CUES: readonly Cue[] = [
  ...Object.entries(TASK_CUES).map(([intent, phrases]) => ({ pattern: compile(phrases), meaning: { type: 'intent', intent } as Meaning })),
  { pattern: compile(OUTPUT_LANGUAGE_CUES), meaning: { type: 'intent', intent: 'translation', modifier: true }, context: OUTPUT_LANGUAGE_CONTEXT },
  ...Object.entries(SENSES).map(([sense, { cues }]) => ({ pattern: compile(cues), meaning: { type: 'sense', sense } as Meaning })),
  ...Object.entries(SENSES)
    .filter(([, { weakCues }]) => weakCues)
    .map(([sense, { weakCues }]) => ({ pattern: compile(weakCues!), meaning: { type: 'sense', sense, weak: true } as Meaning })),
  ...MAKE_CUES.map((phrase) => ({ pattern: compile([phrase], true), meaning: { type: 'make' } as Meaning })),
  { pattern: compile([CONVERT_CUE], true), meaning: { type: 'convert' } },
];

/** "a command on how to edit the image" describes, it does not ask. */
const HOW_TO = /\b(?:how to|instructions? (?:for|on|to)|commands? (?:for|on|to))\s+$/i;
/**
 * Phrases are read with references visible ("extract the text", "identify the objects"), but a
 * phrase wholly inside a reference ("the classification result") asks for nothing new.
 */
function candidates(analysis: Analysis): Candidate[] {
  const references = analysis.clues.filter((clue) => clue.role === 'reference');
  const found: Candidate[] = [];
  CUES.forEach((cue, priority) => {
    for (const match of matches(cue.pattern, analysis.named)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (references.some((reference) => within(span, reference))) continue;
      if (cue.context && /^in/i.test(match[0]) && !cue.context.test(analysis.named.slice(Math.max(0, span.start - 60), span.start))) continue;
      if (HOW_TO.test(analysis.named.slice(Math.max(0, span.start - 30), span.start))) continue;
      // "detected objects", "edited image" name an output; "a summarized version" asks for one.
      if (/^[a-z-]+ed$/i.test(match[0]) && NOUN_AFTER.test(analysis.named.slice(span.end, span.end + 40)) && !AN_BEFORE.test(analysis.named.slice(Math.max(0, span.start - 30), span.start))) continue;
      found.push({ ...span, meaning: cue.meaning, priority, match });
    }
  });
  const kept: Candidate[] = [];
  for (const candidate of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority)) {
    if (!kept.some((other) => overlaps(candidate, other) && !insideGap(candidate, other))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "generate a segmented image": a task word between "make" and its noun asks for a task of its own. */
function insideGap(candidate: Candidate, make: Candidate): boolean {
  if (make.meaning.type !== 'make' || !make.match.indices?.[1]) return false;
  const [start, end] = make.match.indices[1];
  return candidate.start >= start && candidate.end <= end;
}

/** A question sentence with no phrase of its own asks for an answer ("What is in photo.jpg?"). */
function questionCandidates(analysis: Analysis, found: Candidate[]): Candidate[] {
  return analysis.resources
    .filter((resource) => resource.question && !resource.masked)
    .filter((resource) => !found.some((candidate) => candidate.start >= resource.start && candidate.end <= resource.end))
    .map((resource) => ({ start: resource.start, end: resource.start, meaning: { type: 'question' }, priority: 0, match: [] as unknown as RegExpExecArray }));
}

type Resolved = Pick<Mention, 'intent' | 'modifier' | 'sense' | 'weak'>;

function resolve(candidate: Candidate, step: Step, context: SubjectContext): Resolved | null {
  const { meaning } = candidate;
  const bySense = (sense: SenseName): Intent | null => {
    const subject = subjectOf(candidate, step, context, SENSES[sense].preferImage);
    return subject ? (SENSES[sense].bySubject[subject] ?? null) : null;
  };
  switch (meaning.type) {
    case 'intent':
      return meaning.modifier ? { intent: meaning.intent, modifier: true } : { intent: meaning.intent };
    case 'sense': {
      const intent = bySense(meaning.sense);
      return intent ? { intent, sense: meaning.sense, ...(meaning.weak ? { weak: true } : {}) } : null;
    }
    case 'question': {
      const intent = bySense('answer');
      return intent ? { intent, sense: 'answer' } : null;
    }
    case 'make': {
      const noun = candidate.match[2]!.toLowerCase();
      const makes = MADE_THINGS.find((thing) => thing.noun.test(noun))!.makes;
      if (!(makes in SENSES)) return { intent: makes as Intent };
      const intent = bySense(makes as SenseName);
      return intent ? { intent, sense: makes as SenseName } : null;
    }
    case 'convert': {
      const [from, to] = candidate.match.indices![1]!;
      const source = subjectWithin({ start: from, end: to }, context);
      const target = TARGET_KINDS.find((entry) => entry.noun.test(candidate.match[2]!.toLowerCase()))!.kind;
      const intent = source ? CONVERSIONS[source]?.[target] : undefined;
      return intent ? { intent } : null;
    }
  }
}

export function recognise(analysis: Analysis): Recognised {
  const found = candidates(analysis);
  const all = [...found, ...questionCandidates(analysis, found)].sort((a, b) => a.start - b.start);
  const mentions: Mention[] = [];
  const claimed = new Set(all.map((candidate) => stepAt(analysis.steps, candidate.start).index));
  for (const candidate of all) {
    const step = stepAt(analysis.steps, candidate.start);
    const resolved = resolve(candidate, step, { analysis, earlier: mentions.map((mention) => mention.intent), claimed });
    if (!resolved) continue;
    const cue = analysis.text.slice(candidate.start, candidate.end) || analysis.text.slice(candidate.start, candidate.start + 40);
    const sentence = sentenceOf(analysis.steps, step);
    resolved.intent = withLabels(resolved.intent, analysis.text.slice(sentence.start, sentence.end));
    mentions.push({ start: candidate.start, end: candidate.end, step, cue, ...resolved });
  }
  const stray = strayQuestions(analysis, mentions, claimed);
  return order(analysis, [...mentions, ...stray].sort((a, b) => a.start - b.start).filter(specific));
}

const ANSWERERS = family('answer');

/** "My question is 'Q'." with nothing else asking for an answer: answering it is the request. */
function strayQuestions(analysis: Analysis, mentions: readonly Mention[], claimed: ReadonlySet<number>): Mention[] {
  if (mentions.some((mention) => ANSWERERS.has(mention.intent))) return [];
  const stray = analysis.resources.find(
    (resource) =>
      resource.question &&
      resource.masked &&
      !resource.nested &&
      !mentions.some((mention) => mention.step.sentence === stepAt(analysis.steps, resource.start).sentence),
  );
  if (!stray) return [];
  const step = stepAt(analysis.steps, stray.start);
  const earlier = mentions.filter((mention) => mention.start < stray.start).map((mention) => mention.intent);
  const question: Candidate = { start: stray.start, end: stray.start, meaning: { type: 'question' }, priority: 0, match: [] as unknown as RegExpExecArray };
  const resolved = resolve(question, step, { analysis, earlier, claimed });
  return resolved ? [{ start: stray.start, end: stray.start, step, cue: stray.value, ...resolved }] : [];
}

