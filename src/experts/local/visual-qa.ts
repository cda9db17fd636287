// visual-question-answering by composition, for three kinds of question only: "how many X…?",
// "is there a X…?" and "what is in the image?", answered from CenterNet's detections (80 COCO
// classes). Any other question is refused, so that a model that can answer it is tried next.
import { describeDetections, type Detection } from '../format.js';
import type { ExpertRun } from './runtime.js';
import { badInput } from './failures.js';
import { mediaArg, textArg } from './inputs.js';
import { detect } from './object-detection.js';

const COCO = [
  'person', 'bicycle', 'car', 'motorcycle', 'airplane', 'bus', 'train', 'truck', 'boat', 'traffic light', 'fire hydrant',
  'stop sign', 'parking meter', 'bench', 'bird', 'cat', 'dog', 'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra',
  'giraffe', 'backpack', 'umbrella', 'handbag', 'tie', 'suitcase', 'frisbee', 'skis', 'snowboard', 'sports ball', 'kite',
  'baseball bat', 'baseball glove', 'skateboard', 'surfboard', 'tennis racket', 'bottle', 'wine glass', 'cup', 'fork',
  'knife', 'spoon', 'bowl', 'banana', 'apple', 'sandwich', 'orange', 'broccoli', 'carrot', 'hot dog', 'pizza', 'donut',
  'cake', 'chair', 'couch', 'potted plant', 'bed', 'dining table', 'toilet', 'tv', 'laptop', 'mouse', 'remote', 'keyboard',
  'cell phone', 'microwave', 'oven', 'toaster', 'sink', 'refrigerator', 'book', 'clock', 'vase', 'scissors', 'teddy bear',
  'hair drier', 'toothbrush',
];
const ANIMALS = ['bird', 'cat', 'dog', 'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra', 'giraffe'];
/** Everyday words for COCO classes (singular; plurals are derived). */
const SYNONYMS: Record<string, string[]> = {
  person: ['people', 'persons', 'player', 'man', 'men', 'woman', 'women', 'child', 'children', 'kid', 'boy', 'girl', 'human', 'footballer', 'athlete'],
  'sports ball': ['ball', 'football', 'soccer ball', 'basketball'],
  tv: ['television'],
  couch: ['sofa'],
  motorcycle: ['motorbike'],
  airplane: ['plane', 'aeroplane'],
  'cell phone': ['phone', 'mobile phone'],
  'dining table': ['table'],
};

const plurals = (word: string): string[] => [word, `${word}s`, `${word}es`, word.replace(/y$/, 'ies')];

/** The COCO classes a noun phrase names ("zebras" → zebra, "animals" → the ten animal classes). */
function classesFor(noun: string): string[] | null {
  const phrase = noun.toLowerCase().replace(/[^a-z\s-]/g, '').replace(/\s+/g, ' ').trim();
  if (plurals('animal').includes(phrase)) return ANIMALS;
  const word = phrase.split(' ');
  // Try the whole phrase, then its last words ("striped zebras" → "zebras").
  for (let from = 0; from < word.length; from++) {
    const tail = word.slice(from).join(' ');
    for (const label of COCO) {
      if ([label, ...(SYNONYMS[label] ?? [])].some((name) => plurals(name).includes(tail))) return [label];
    }
  }
  return null;
}

const COUNT = /\bhow many\s+([a-z][a-z\s-]*?)(?=\s+(?:are|is|were|was|can|do|does|did|in|on|there|you|we|have|has)\b|\s*[?.!]|\s*$)/i;
const PRESENCE = /\b(?:is|are)\s+there\s+(?:an?|any|some)?\s*([a-z][a-z\s-]*?)(?=\s+(?:in|on|at)\b|\s*[?.!]|\s*$)/i;
const DESCRIBE = /\bwhat\b.*\b(?:in|on|see|shown|show|shows|contain|contains)\b|\bdescribe\b/i;

function answer(question: string, detections: Detection[], model: string): { answer: string; matched: Detection[] } {
  const counted = question.match(COUNT) ?? question.match(PRESENCE);
  if (counted) {
    const classes = classesFor(counted[1]!);
    if (!classes) {
      throw badInput(`${model} only knows the 80 COCO object classes; "${counted[1]}" is not one of them.`, { tryNextModel: true });
    }
    const matched = detections.filter((detection) => classes.includes(detection.label));
    return { answer: COUNT.test(question) ? String(matched.length) : matched.length > 0 ? 'yes' : 'no', matched };
  }
  if (DESCRIBE.test(question)) return { answer: describeDetections(detections), matched: detections };
  throw badInput(`${model} answers only "how many …", "is there a …" and "what is in the image" questions from object detections.`, {
    tryNextModel: true,
  });
}

export const answerAboutImage: ExpertRun = async (args, context) => {
  const image = mediaArg(args, 'image', 'image');
  const question = textArg(args, 'question');
  const detections = await detect(image, context);
  const result = answer(question, detections, context.model);
  const score = result.matched.length > 0 ? Math.round((result.matched.reduce((sum, d) => sum + d.score, 0) / result.matched.length) * 1000) / 1000 : undefined;
  return {
    text: result.answer,
    data: { answer: result.answer, ...(score === undefined ? {} : { score }), method: 'answer from object detections (CenterNet)', detections: result.matched },
  };
};
