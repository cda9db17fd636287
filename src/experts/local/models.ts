// The local models: one row per model, saying honestly what it is, what it needs and what runs it.
// Local models have no download counts, so within a task this table's order is the default
// preference (the registry keeps it): the more common use of a task type comes first.
import type { TaskType } from '../../registry/task-types.js';
import type { Requirement } from './commands.js';
import { detectObjectsExpert } from './object-detection.js';
import { classifyByDetection } from './image-classification.js';
import { describeByDetection } from './detection-caption.js';
import { ocr } from './ocr.js';
import { segmentPeople } from './segmentation.js';
import { upscaleImage } from './upscale.js';
import { speak } from './tts.js';
import { recogniseEntities } from './ner.js';
import { sentiment } from './sentiment.js';
import { identifyLanguageExpert } from './language-id.js';
import { summarize } from './summarize.js';
import { answerQuestion } from './question-answering.js';
import { translate, TRANSLATION_REQUIREMENTS } from './translate.js';
import { transcribe, ASR_REQUIREMENTS } from './speech-recognition.js';
import { answerFromDocument } from './document-qa.js';
import { answerAboutImage } from './visual-qa.js';
import type { ExpertRun, ModelKey } from './runtime.js';

export interface LocalModel {
  id: string;
  task: TaskType;
  description: string;
  /** Licence of the model weights or data (Hugging Face licence ids); NOTICE has the details. */
  license: string;
  languages: string[];
  tags: string[];
  /** Debian packages it needs; without them the model is listed as unavailable. */
  requires?: readonly Requirement[];
  /** The models it loads on first use, in-process or in the tfjs worker (for preloading and the benchmark). */
  loads: readonly ModelKey[];
  run: ExpertRun;
}

export const LOCAL_MODELS: readonly LocalModel[] = [
  {
    id: 'local/centernet-coco',
    task: 'object-detection',
    description: 'CenterNet COCO object detector (80 classes); boxes drawn on a copy of the image',
    license: 'apache-2.0',
    languages: [],
    tags: ['tfjs', 'wasm', 'coco'],
    loads: ['centernet'],
    run: detectObjectsExpert,
  },
  {
    id: 'local/centernet-labels',
    task: 'image-classification',
    description: 'labels of the objects CenterNet detects (80 COCO classes); not an ImageNet classifier',
    license: 'apache-2.0',
    languages: [],
    tags: ['tfjs', 'wasm', 'coco', 'derived-from-detection'],
    loads: ['centernet'],
    run: classifyByDetection,
  },
  {
    id: 'local/centernet-caption',
    task: 'image-to-text',
    description: 'detection-based description ("an image with 2 zebras") from CenterNet; names and counts objects, not a neural captioner',
    license: 'apache-2.0',
    languages: ['en'],
    tags: ['tfjs', 'wasm', 'coco', 'derived-from-detection'],
    loads: ['centernet'],
    run: describeByDetection,
  },
  {
    id: 'local/tesseract-eng',
    task: 'image-to-text',
    description: 'Tesseract OCR (English): reads, extracts or transcribes the printed or written text in an image (signs, documents, screenshots)',
    license: 'apache-2.0',
    languages: ['en'],
    tags: ['ocr', 'wasm'],
    loads: ['tesseract'],
    run: ocr,
  },
  {
    id: 'local/selfie-segmentation',
    task: 'image-segmentation',
    description: 'person masks: MediaPipe selfie segmentation, kept inside the people CenterNet detects; overlaid on a copy of the image',
    license: 'apache-2.0',
    languages: [],
    tags: ['tfjs', 'wasm', 'person', 'composition'],
    loads: ['selfie', 'centernet'],
    run: segmentPeople,
  },
  {
    id: 'local/upscalerjs-x2',
    task: 'image-to-image',
    description: 'x2 super-resolution (UpscalerJS default ESRGAN-style model); only upscales, follows no other instruction',
    license: 'mit',
    languages: [],
    tags: ['tfjs', 'wasm', 'super-resolution'],
    loads: ['upscaler'],
    run: upscaleImage,
  },
  {
    id: 'local/espeak-ng',
    task: 'text-to-speech',
    description: 'eSpeak NG formant speech synthesis to WAV (clear but robotic; voice follows the text language)',
    license: 'gpl-3.0',
    languages: ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'ru', 'sv'],
    tags: ['separate-process'],
    loads: ['fasttext'],
    run: speak,
  },
  {
    id: 'local/compromise-ner',
    task: 'token-classification',
    description: 'rule-based named entities (compromise): people, places, organisations (PER/LOC/ORG), no confidence scores',
    license: 'mit',
    languages: ['en'],
    tags: ['ner', 'rule-based'],
    loads: ['compromise'],
    run: recogniseEntities,
  },
  {
    id: 'local/vader-sentiment',
    task: 'text-classification',
    description: 'English sentiment with VADER (lexicon and rules: negation, intensifiers, "but", emphasis): POSITIVE / NEGATIVE / NEUTRAL',
    license: 'mit',
    languages: ['en'],
    tags: ['sentiment', 'lexicon', 'vader'],
    loads: ['vader'],
    run: sentiment,
  },
  {
    id: 'local/fasttext-language-id',
    task: 'text-classification',
    description: 'language identification, 176 languages (fastText lid.176); labels are ISO 639 codes',
    license: 'cc-by-sa-3.0',
    languages: [],
    tags: ['language-identification', 'wasm'],
    loads: ['fasttext'],
    run: identifyLanguageExpert,
  },
  {
    id: 'local/wink-extractive-summary',
    task: 'summarization',
    description: 'extractive summary (top sentences, wink-nlp): picks sentences of the text, writes none',
    license: 'mit',
    languages: ['en'],
    tags: ['extractive'],
    loads: ['wink'],
    run: summarize,
  },
  {
    id: 'local/bm25-sentence-qa',
    task: 'question-answering',
    description: 'extractive answer: the best-matching sentence (BM25), a whole sentence of the context',
    license: 'mit',
    languages: ['en'],
    tags: ['extractive', 'bm25'],
    loads: ['wink'],
    run: answerQuestion,
  },
  {
    id: 'local/apertium-en-es',
    task: 'translation',
    description: 'rule-based translation English <-> Spanish (Apertium); other pairs are refused',
    license: 'gpl-2.0',
    languages: ['en', 'es'],
    tags: ['rule-based', 'debian-command'],
    requires: TRANSLATION_REQUIREMENTS,
    loads: ['fasttext'],
    run: translate,
  },
  {
    id: 'local/pocketsphinx-en-us',
    task: 'automatic-speech-recognition',
    description: 'CMU PocketSphinx US-English speech recognition (HMM; about one word in four wrong on real speech)',
    license: 'bsd-2-clause',
    languages: ['en'],
    tags: ['debian-command'],
    requires: ASR_REQUIREMENTS,
    loads: [],
    run: transcribe,
  },
  {
    id: 'local/tesseract-bm25-docqa',
    task: 'document-question-answering',
    description: 'OCR (Tesseract) then extractive answer: the best-matching line of the document (BM25)',
    license: 'apache-2.0',
    languages: ['en'],
    tags: ['ocr', 'extractive', 'bm25', 'composition'],
    loads: ['tesseract', 'wink'],
    run: answerFromDocument,
  },
  {
    id: 'local/centernet-vqa',
    task: 'visual-question-answering',
    description: 'answers only "how many X", "is there a X" and "what is in the image" from CenterNet detections (80 COCO classes)',
    license: 'apache-2.0',
    languages: ['en'],
    tags: ['tfjs', 'wasm', 'coco', 'composition'],
    loads: ['centernet'],
    run: answerAboutImage,
  },
];
