// Words that say what a step acts on: nouns for each kind of resource, and the participles and
// nouns that point back at an earlier output ("the transcribed text", "the answer").
import type { TaskType } from '../../registry/task-types.js';
import type { Subject } from './analysis.js';

/** Nouns by subject. "document" is decided by context (a document image, or a text document). */
export const SUBJECT_NOUNS: Record<Subject, string> = {
  image: 'images?|pictures?|photos?|photographs?|pics?|screenshots?|paintings?|drawings?|illustrations?|artworks?|jpe?g|png',
  document: 'documents?|receipts?|invoices?|scans?|scanned',
  table: 'tables?|tabular|spreadsheets?|charts?',
  audio: 'audios?|sounds?|speech|voices?|recordings?|songs?|music|podcasts?|wav|mp3|audio files?',
  video: 'videos?|movies?|films?|footage|animations?|mp4',
  text:
    'texts?|sentences?|articles?|paragraphs?|passages?|essays?|emails?|reviews?|messages?|stor(?:y|ies)|words?|phrases?|' +
    'transcripts?|transcriptions?|captions?|summar(?:y|ies)|answers?|responses?|repl(?:y|ies)|translations?|descriptions?|' +
    'prompts?|quotes?|tweets?|posts?|conversations?|keywords?|slogans?|poems?',
};

/** Nouns that point at an output without saying its kind. */
export const RESULT_NOUNS =
  'results?|outputs?|outcomes?|information|content|version|objects?|entit(?:y|ies)|tokens?|tags?|class(?:es)?|categor(?:y|ies)|' +
  'classifications?|detections?|segments?|masks?|depth maps?|depth information|data|labels?|names?|questions?';

/** A question is text, but asking one says nothing about what is asked about. */
export const NOUNS_WITHOUT_SUBJECT = /^(?:questions?|labels?|names?)$/i;

/** "find the answer to …", "get the summary of …": these ask for the output, they do not point back at it. */
export const ASKED_FOR = /^(?:answers?|summar(?:y|ies)|translations?|transcriptions?|captions?|descriptions?|entit(?:y|ies)|keywords?)$/i;
/** Task words in a reference's modifiers ("the classification information from this table" is asked for). */
export const ASKED_MODIFIER = /^(?:classif|summar|translat|transcri|caption|descri|answer|depth|detect|segment)/i;
export const ASKED_SOURCE = /^\s+(?:of|to|for|from|about|on)\b/i;
export const ASKING_VERB = /\b(?:find|get|know|give|provide|need|want|obtain|tell me|figure out|generate|create|produce|write|extract)\s+$/i;
export const ASKED_OBJECT = /^(?:\s+(?:of|to|for|in|from)\b|\s*(?:[.,;:!?]|$|\s+(?:and|then)\b))/i;

export const CLASSIFIERS: readonly TaskType[] = [
  'image-classification',
  'audio-classification',
  'text-classification',
  'tabular-classification',
  'zero-shot-classification',
  'zero-shot-image-classification',
];
const ANSWERERS: readonly TaskType[] = ['visual-question-answering', 'document-question-answering', 'question-answering'];

export interface Stem {
  stem: RegExp;
  producers?: readonly TaskType[];
  origin?: 'named' | 'output';
  /** Create this task when a reference names its output and nothing has produced it yet. */
  implies?: TaskType;
}

/** First match wins, modifiers before the noun ("the translated summary" is a translation). */
export const REFERENCE_STEMS: readonly Stem[] = [
  { stem: /^(?:original|same|initial|provided|given|uploaded|input|source|attached|example|my|first|user)/, origin: 'named' },
  { stem: /^transcri/, producers: ['automatic-speech-recognition'], implies: 'automatic-speech-recognition' },
  { stem: /^translat/, producers: ['translation'], implies: 'translation' },
  { stem: /^summar/, producers: ['summarization'], implies: 'summarization' },
  { stem: /^caption/, producers: ['image-to-text'], implies: 'image-to-text' },
  { stem: /^extract/, producers: ['image-to-text', 'automatic-speech-recognition', 'token-classification'] },
  { stem: /^detect/, producers: ['object-detection'], implies: 'object-detection' },
  { stem: /^segment|^mask/, producers: ['image-segmentation'], implies: 'image-segmentation' },
  { stem: /^(?:classif|categor|class|label)/, producers: CLASSIFIERS },
  { stem: /^depth/, producers: ['depth-estimation'], implies: 'depth-estimation' },
  { stem: /^(?:identif|recogni)/, producers: ['token-classification', 'object-detection', ...CLASSIFIERS] },
  { stem: /^answer/, producers: ANSWERERS },
  { stem: /^(?:respon|repl|conversation|discuss|dialog|chat)/, producers: ['conversational'] },
  { stem: /^(?:entit|token|tag|ner\b)/, producers: ['token-classification'], implies: 'token-classification' },
  { stem: /^similar/, producers: ['sentence-similarity'] },
  { stem: /^(?:descri|generated text|new text)/, producers: ['image-to-text', 'text-generation'] },
  { stem: /^(?:edit|modif|alter|chang|transform|styl|restyl|upscal|enhanc|improv|clean|denois|coloriz|process)/, producers: ['image-to-image', 'audio-to-audio'] },
  { stem: /^text-to-speech/, producers: ['text-to-speech'], implies: 'text-to-speech' },
  { stem: /^text-to-image/, producers: ['text-to-image'], implies: 'text-to-image' },
  { stem: /^text-to-video/, producers: ['text-to-video'], implies: 'text-to-video' },
  { stem: /^image-to-text/, producers: ['image-to-text'], implies: 'image-to-text' },
  { stem: /^(?:speech-to-text|asr)/, producers: ['automatic-speech-recognition'], implies: 'automatic-speech-recognition' },
  { stem: /^(?:generat|creat|produc|synthesi|new|result|output|final|previous|last|above)/, origin: 'output' },
];

/** Determiners that make a noun point back ("the", "this"); "a"/"an" introduce something new. */
export const DETERMINERS = 'the|this|that|these|those|its|their|said|resulting|such';
