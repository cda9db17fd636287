// Finds what each part of a request acts on: named resources, references back to earlier outputs
// ("the edited image", "the output of token classification"), pronouns and bare nouns. References
// are masked afterwards so "the classification result" never reads as a new classification.
import { TASK_TYPE_NAMES, TASK_TYPES, type ResourceKind, type TaskType } from '../../registry/task-types.js';
import { KIND_OF_SUBJECT, matches, type Clue, type Span, type Step, type Subject } from './analysis.js';
import type { Resource } from './resources.js';
import { ASKED_FOR, ASKED_MODIFIER, ASKED_OBJECT, ASKED_SOURCE, ASKING_VERB, DETERMINERS, NOUNS_WITHOUT_SUBJECT, REFERENCE_STEMS, RESULT_NOUNS, SUBJECT_NOUNS } from './vocabulary.js';

const SUBJECTS = Object.keys(SUBJECT_NOUNS) as Subject[];
const SUBJECT_TESTS = SUBJECTS.map((subject) => ({ subject, test: new RegExp(`^(?:${SUBJECT_NOUNS[subject]})$`, 'i') }));
const ALL_NOUNS = `${Object.values(SUBJECT_NOUNS).join('|')}|${RESULT_NOUNS}`;
const NOT_MODIFIER = '(?!(?:the|a|an|in|of|to|and|or|from|with|on|for|by|into|is|are|that|this|it)\\b)';

const TASK_NAME_ALIASES: Record<string, TaskType> = {
  ...Object.fromEntries(TASK_TYPE_NAMES.map((name) => [name.replaceAll('-', ' '), name])),
  'image editing': 'image-to-image',
  'speech recognition': 'automatic-speech-recognition',
  'text to speech': 'text-to-speech',
};
const TASK_NAMES = Object.keys(TASK_NAME_ALIASES)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replaceAll(' ', '[- ]'))
  .join('|');

const OUTPUT_OF_TASK = new RegExp(`\\b(?:the\\s+)?(?:[\\w-]+\\s+)?(?:outputs?|results?)\\s+(?:of|from)\\s+(?:the\\s+)?(${TASK_NAMES})(?:\\s+(?:step|task|model|tool))?\\b`, 'gi');
const REFERENCE = new RegExp(`\\b(?:${DETERMINERS})\\s+((?:${NOT_MODIFIER}[\\w'-]+\\s+){0,3}?)(${ALL_NOUNS})(?![\\w-])`, 'gi');
/** "the classified scenario": a participle of a task points back at that task's output, whatever the noun. */
const PARTICIPLE_REFERENCE = new RegExp(`\\b(?:${DETERMINERS})\\s+(?:[\\w-]+ly\\s+)?([\\w-]+(?:ed|en))\\s+[\\w-]+\\b`, 'gi');
/** "the original", "the original one": the user's own input, of whatever kind the step needs. */
const BARE_ORIGIN = /\bthe\s+(?:original|initial|source)(?:\s+(?:one|version|input))?(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|then|too|as|into|to|in)\b)/gi;
const PRONOUN = /\b(?:it|them|its|their)\b|\b(?:this|that|these|those)\b(?=\s*(?:[.,;:!?)#]|$)|\s+(?:in|into|to|as|and|with|for|based|aloud|out|back|too|also|please|again)\b)/gi;
const BARE_NOUN = new RegExp(`\\b(?:${Object.values(SUBJECT_NOUNS).join('|')})(?![\\w-])`, 'gi');
const DOCUMENT_CONTEXT = /\b(?:document|receipt|invoice|scan(?:ned)?|contract|letter|page)s?\b/i;
const TABLE_CONTEXT = /\b(?:table|tabular|spreadsheet|chart)s?\b/i;
const IMAGE_CONTEXT = new RegExp(`\\b(?:${SUBJECT_NOUNS.image})\\b`, 'i');

export function subjectOfNoun(noun: string, sentence: string, sentenceHasImage: boolean): Subject | null {
  const subject = SUBJECT_TESTS.find((entry) => entry.test.test(noun))?.subject ?? null;
  if (subject === 'document') return sentenceHasImage || IMAGE_CONTEXT.test(sentence) ? 'document' : 'text';
  if (subject === 'table') return 'table';
  return subject;
}

const primaryKind = (task: TaskType): ResourceKind => TASK_TYPES[task].outputs[0]!;

function referenceClue(span: Span, words: string[], noun: string, subject: Subject | null): Clue {
  // "the original summary" is the summary (not the user's file); "the original image" is the user's.
  const stems = [...words, noun.toLowerCase()].map((word) => REFERENCE_STEMS.find((entry) => entry.stem.test(word)));
  const stem = stems.find((entry) => entry?.producers) ?? stems.find(Boolean);
  const producers = stem?.producers ?? null;
  let kind = subject ? KIND_OF_SUBJECT[subject] : /^(?:results?|outputs?|outcomes?)$/i.test(noun) && producers ? primaryKind(producers[0]!) : null;
  if (NOUNS_WITHOUT_SUBJECT.test(noun)) kind = 'text';
  return {
    ...span,
    noun: noun.toLowerCase(),
    role: 'reference',
    kind,
    subject,
    producers,
    origin: stem?.origin ?? (producers ? 'output' : 'any'),
    ...(stem?.implies ? { implies: stem.implies } : {}),
  };
}

/** "find the answer to …", "get the classification information from …": asking for an output, not pointing at one. */
function asked(text: string, span: Span, modifiers: string, noun: string): boolean {
  if (!ASKING_VERB.test(text.slice(Math.max(0, span.start - 30), span.start))) return false;
  const after = text.slice(span.end);
  if (ASKED_FOR.test(noun)) return ASKED_OBJECT.test(after);
  return modifiers.split(/\s+/).some((word) => ASKED_MODIFIER.test(word)) && ASKED_SOURCE.test(after);
}

/** `text` with every span replaced by spaces, built in one pass. */
function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}

interface Sentence extends Span {
  text: string;
  hasImage: boolean;
}

function sentencesOf(text: string, steps: readonly Step[], resources: readonly Resource[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const step of steps) {
    const last = sentences[step.sentence];
    if (last) last.end = step.end;
    else sentences[step.sentence] = { start: step.start, end: step.end, text: '', hasImage: false };
  }
  return sentences.filter(Boolean).map((sentence) => ({
    ...sentence,
    text: text.slice(sentence.start, sentence.end),
    hasImage: resources.some((resource) => resource.kind === 'image' && resource.start >= sentence.start && resource.start < sentence.end),
  }));
}

/** The clues of a request, in text order, and the text with references masked for the lexicon. */
export function findClues(text: string, masked: string, resources: readonly Resource[], steps: readonly Step[]): { clues: Clue[]; masked: string } {
  const sentences = sentencesOf(text, steps, resources);
  const sentenceAt = (at: number): Sentence => sentences.find((s) => at >= s.start && at < s.end) ?? sentences.at(-1)!;
  const clues: Clue[] = resources.map((resource) => ({
    start: resource.start,
    end: resource.end,
    role: 'resource',
    kind: resource.kind,
    subject: resourceSubject(resource, sentenceAt(resource.start)?.text ?? ''),
    producers: null,
    origin: 'named',
    resource,
  }));
  for (const match of matches(OUTPUT_OF_TASK, masked)) {
    const task = TASK_NAME_ALIASES[match[1]!.toLowerCase().replaceAll('-', ' ')]!;
    const span = { start: match.index, end: match.index + match[0].length };
    clues.push({ ...span, role: 'reference', kind: primaryKind(task), subject: null, producers: [task], origin: 'output' });
  }
  let rest = blank(masked, clues.filter((clue) => clue.role === 'reference'));
  for (const match of matches(REFERENCE, rest)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (asked(rest, span, match[1]!, match[2]!)) continue;
    const sentence = sentenceAt(span.start);
    let subject = subjectOfNoun(match[2]!, sentence?.text ?? '', sentence?.hasImage ?? false);
    if (subject === 'image' && DOCUMENT_CONTEXT.test(match[0])) subject = 'document';
    clues.push(referenceClue(span, match[1]!.trim().toLowerCase().split(/\s+/).filter(Boolean), match[2]!, subject));
  }
  rest = blank(rest, clues.filter((clue) => clue.role === 'reference'));
  for (const match of matches(PARTICIPLE_REFERENCE, rest)) {
    const stem = REFERENCE_STEMS.find((entry) => entry.producers && entry.stem.test(match[1]!.toLowerCase()));
    if (!stem) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    clues.push({ ...span, role: 'reference', kind: null, subject: null, producers: stem.producers!, origin: 'output', ...(stem.implies ? { implies: stem.implies } : {}) });
  }
  for (const match of matches(BARE_ORIGIN, rest)) {
    clues.push({ start: match.index, end: match.index + match[0].length, role: 'reference', kind: null, subject: null, producers: null, origin: 'named' });
  }
  const references = clues.filter((clue) => clue.role === 'reference');
  rest = blank(rest, references);
  const lexiconText = blank(masked, references);
  const pronouns: Span[] = [];
  for (const match of matches(PRONOUN, rest)) {
    const span = { start: match.index, end: match.index + match[0].length };
    pronouns.push(span);
    clues.push({ ...span, role: 'pronoun', kind: null, subject: null, producers: null, origin: 'any' });
  }
  rest = blank(rest, pronouns);
  for (const match of matches(BARE_NOUN, rest)) {
    const sentence = sentenceAt(match.index);
    const subject = subjectOfNoun(match[0], sentence?.text ?? '', sentence?.hasImage ?? false);
    if (!subject) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    clues.push({ ...span, role: 'noun', kind: KIND_OF_SUBJECT[subject], subject, producers: null, origin: 'any', noun: match[0].toLowerCase() });
  }
  return { clues: clues.sort((a, b) => a.start - b.start), masked: lexiconText };
}

function resourceSubject(resource: Resource, sentence: string): Subject {
  if (resource.kind !== 'image') return resource.kind;
  if (TABLE_CONTEXT.test(sentence)) return 'table';
  if (DOCUMENT_CONTEXT.test(sentence)) return 'document';
  return 'image';
}
