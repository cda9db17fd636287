// visual-question-answering by composition, for three kinds of question only: "how many X…?",
// "is there a X…?" and "what is in the image?", answered from CenterNet's detections (80 COCO
// classes; everyday names in coco-names.ts). Any other question is refused, so that a model that
// can answer it is tried next. The question kinds are the table below: a new wording is a pattern.
import { countOf, describeDetections, type Detection } from '../format.js';
import type { ExpertRun } from './runtime.js';
import { classesNamed } from './coco-names.js';
import { badInput } from './failures.js';
import { mediaArg, textArg } from './inputs.js';
import { detect } from './object-detection.js';

type Kind = 'count' | 'presence' | 'describe';

/** Where a noun phrase ends: a verb, a preposition, or the end of the question. */
const END = String.raw`(?=\s+(?:are|is|were|was|can|could|do|does|did|in|on|at|inside|there|you|we|i|have|has|visible|shown|present|here)\b|\s*[?.!,]|\s*$)`;
const NOUN = String.raw`([a-z][a-z\s-]*?)`;

/** Question kinds, tried in order; the first group of a pattern is the noun phrase asked about. */
const QUESTIONS: ReadonlyArray<{ kind: Kind; pattern: RegExp }> = [
  { kind: 'count', pattern: new RegExp(String.raw`\bhow many\s+${NOUN}${END}`, 'i') },
  { kind: 'count', pattern: new RegExp(String.raw`\b(?:count|number of)\s+(?:the\s+|all\s+the\s+)?${NOUN}${END}`, 'i') },
  { kind: 'presence', pattern: new RegExp(String.raw`\b(?:is|are)\s+there\s+(?:(?:an?|any|some|the)\s+)?${NOUN}${END}`, 'i') },
  {
    kind: 'presence',
    pattern: new RegExp(String.raw`\b(?:do|can|could)\s+(?:you|i|we)\s+see\s+(?:(?:an?|any|some|the)\s+)?${NOUN}${END}`, 'i'),
  },
  {
    // "does it / the photo / c.jpg contain a giraffe?"
    kind: 'presence',
    pattern: new RegExp(String.raw`\b(?:does|do)\s+(?:[\w./-]+\s+){1,3}?(?:show|contain|have|include)s?\s+(?:(?:an?|any|some|the)\s+)?${NOUN}${END}`, 'i'),
  },
  { kind: 'describe', pattern: /\b(?:what|which)\b.*\b(?:in|on|see|shown|show|shows|contain|contains|there)\b|\bdescribe\b/i },
];

interface Answer {
  answer: string;
  text: string;
  matched: Detection[];
}

/** Longer questions are left to other models: the three kinds of question this expert answers are short. */
export const MAX_QUESTION_CHARS = 1_000;

/** File names and URLs in a question ("… in /examples/c.jpg?") read as "the image". */
const FILE = /\S+\.(?:jpe?g|png|gif|webp|bmp|tiff?)\b/gi;

function answer(asked: string, detections: Detection[], model: string): Answer {
  const question = asked.replace(FILE, 'the image');
  let unknown: string | undefined;
  for (const { kind, pattern } of QUESTIONS) {
    const match = question.match(pattern);
    if (!match) continue;
    if (kind === 'describe') {
      return { answer: describeDetections(detections), text: describeDetections(detections), matched: detections };
    }
    const noun = match[1]!.trim();
    const classes = classesNamed(noun);
    if (!classes) {
      // Another kind of question may still read it ("which animals can you see in it?").
      unknown ??= noun;
      continue;
    }
    const matched = detections.filter((detection) => (classes as readonly string[]).includes(detection.label));
    const found = matched.length > 0 ? describeDetections(matched) : '';
    if (kind === 'count') {
      // "3 zebras", "0 giraffes", or "5 (3 zebras and 2 giraffes)" for a group of classes.
      const text = classes.length === 1 ? countOf(matched.length, classes[0]!) : `${matched.length}${found ? ` (${found})` : ''}`;
      return { answer: String(matched.length), text, matched };
    }
    return { answer: matched.length > 0 ? 'yes' : 'no', text: matched.length > 0 ? `yes: ${found}` : `no ${noun} detected`, matched };
  }
  if (unknown) throw badInput(`${model} only knows the 80 COCO object classes; "${unknown}" is not one of them.`, { tryNextModel: true });
  throw badInput(`${model} answers only "how many …", "is there a …" and "what is in the image" questions from object detections.`, {
    tryNextModel: true,
  });
}

export const answerAboutImage: ExpertRun = async (args, context) => {
  const image = mediaArg(args, 'image', 'image');
  const question = textArg(args, 'question');
  // The question patterns look ahead for where a noun phrase ends, from every word: bounded input keeps that cheap.
  if (question.length > MAX_QUESTION_CHARS) {
    throw badInput(`${context.model} reads questions of at most ${MAX_QUESTION_CHARS} characters (this one has ${question.length}).`, { tryNextModel: true });
  }
  const detections = await detect(image, context);
  const result = answer(question, detections, context.model);
  const score = result.matched.length > 0 ? Math.round((result.matched.reduce((sum, d) => sum + d.score, 0) / result.matched.length) * 1000) / 1000 : undefined;
  return {
    text: result.text,
    data: { answer: result.answer, ...(score === undefined ? {} : { score }), method: 'answer from object detections (CenterNet)', detections: result.matched },
  };
};
