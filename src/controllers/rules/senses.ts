// Verbs whose task depends on what they act on, as data: "classify" an image, a sound or a text;
// "enhance" a photo or a recording; "answer" about a photo, a document or a text. Also the
// "make a <thing>" and "convert <something> into <thing>" forms, where the noun says the task.
import type { ResourceKind } from '../../registry/task-types.js';
import type { Intent, Subject } from './analysis.js';

export type SenseName = 'classify' | 'identify' | 'enhance' | 'transform' | 'answer' | 'describe' | 'similar' | 'emotion' | 'extract';

export interface Sense {
  cues: readonly string[];
  /** Phrases that count only when nothing else in the request asks for the same ("I have a question"). */
  weakCues?: readonly string[];
  bySubject: Readonly<Partial<Record<Subject, Intent>>>;
  /** A question with no subject in its step is about the request's image, if it names one. */
  preferImage?: true;
}

const FEELINGS = '(?:emotions?|intents?|intentions?|moods?|feelings?|tone|commands?)';

export const SENSES: Readonly<Record<SenseName, Sense>> = {
  classify: {
    cues: ['classif(?:y|ies|ying|ied|ication)', 'categori[sz]\\w*', 'what (?:kind|type) of'],
    bySubject: {
      image: 'image-classification',
      document: 'image-classification',
      table: 'tabular-classification',
      audio: 'audio-classification',
      text: 'text-classification',
    },
  },
  identify: {
    cues: ['identif(?:y|ies|ying|ied|ication)', 'recogni[sz](?:e|es|ing|ed|ition)'],
    bySubject: {
      image: 'image-classification',
      document: 'image-classification',
      table: 'tabular-classification',
      audio: 'audio-classification',
      text: 'token-classification',
    },
  },
  emotion: {
    cues: [`(?:identify|detect|recogni[sz]e|classify|determine|analy[sz]e|understand|find out|know|what|which)\\w*(?: [\\w-]+){0,3}? ${FEELINGS}`],
    bySubject: { image: 'image-classification', audio: 'audio-classification', text: 'text-classification' },
  },
  enhance: {
    cues: ['enhanc\\w*', 'improv\\w* (?:the |its |their )?(?:[\\w-]+ )?quality', '(?:better|higher) quality', 'clean(?:s|ing)? (?:it |them )?up', 'clearer', 'sharper'],
    bySubject: { image: 'image-to-image', document: 'image-to-image', table: 'image-to-image', audio: 'audio-to-audio' },
  },
  transform: {
    cues: ['transform\\w*', 'restyl\\w*', 'alter\\w*'],
    bySubject: { image: 'image-to-image', document: 'image-to-image', audio: 'audio-to-audio', text: 'text2text-generation' },
  },
  answer: {
    cues: ['answer(?:s|ing)?', 'question[- ]answering', 'ask (?:a |some )?questions?', 'know (?:when|what|where|who|why|which|whether)'],
    weakCues: ['(?:have|got) (?:a |some |the following )?questions?'],
    bySubject: {
      image: 'visual-question-answering',
      document: 'document-question-answering',
      table: 'document-question-answering',
      text: 'question-answering',
      audio: 'question-answering',
    },
    preferImage: true,
  },
  describe: {
    cues: ['describ(?:e|es)'],
    bySubject: { image: 'image-to-text', document: 'image-to-text', table: 'image-to-text', text: 'text-generation', audio: 'audio-classification' },
  },
  similar: {
    cues: ['similar\\w*', 'compar\\w*', 'how close', 'same meaning', '(?:is|are|be) relevant to'],
    bySubject: { text: 'sentence-similarity' },
  },
  extract: {
    cues: [
      'extract\\w*(?: [\\w-]+){0,3}? (?:texts?|words|writing|content|description|information|details|data|speech|transcript|quotes?)',
      'read (?:the |any )?(?:text|words|writing)',
      '(?:text|words|writing|content|information)\\s+(?:[\\w-]+\\s+){0,2}?extracted',
      'get (?:the )?text',
    ],
    bySubject: { image: 'image-to-text', document: 'image-to-text', table: 'tabular-classification', audio: 'automatic-speech-recognition' },
  },
};

/** What "make a …" makes, by noun (first match wins); a sense is resolved by subject as above. */
export const MADE_THINGS: ReadonlyArray<{ noun: RegExp; makes: Intent | SenseName }> = [
  { noun: /^descriptive (?:text|sentence|paragraph)s?$|^descriptions?$/, makes: 'describe' },
  { noun: /^captions?$/, makes: 'image-to-text' },
  { noun: /^(?:images?|pictures?|photo(?:graph)?s?|illustrations?|drawings?|paintings?|artworks?|posters?|logos?|visuals?|visuali[sz]ations?|graphics?|portraits?)$/, makes: 'text-to-image' },
  { noun: /^(?:videos?|clips?|movies?|animations?|films?)$/, makes: 'text-to-video' },
  { noun: /^(?:audio(?: files?)?|speech|voices?|narrations?|recordings?|sounds?|audiobooks?|podcasts?|voice-?overs?)$/, makes: 'text-to-speech' },
  { noun: /^(?:responses?|repl(?:y|ies)|conversations?|dialog(?:ue)?s?|chats?)$/, makes: 'conversational' },
  { noun: /^summar(?:y|ies)$/, makes: 'summarization' },
  { noun: /^answers?$/, makes: 'answer' },
  { noun: /^translations?$/, makes: 'translation' },
  { noun: /^transcri(?:ptions?|pts?)$/, makes: 'automatic-speech-recognition' },
  { noun: /./, makes: 'text-generation' },
];

const MADE_NOUNS =
  'descriptive (?:text|sentence|paragraph)s?|descriptions?|captions?|images?|pictures?|photo(?:graph)?s?|illustrations?|drawings?|paintings?|' +
  'artworks?|posters?|logos?|visuals?|visuali[sz]ations?|graphics?|portraits?|videos?|clips?|movies?|animations?|films?|audio(?: files?)?|' +
  'speech|voices?|narrations?|recordings?|sounds?|audiobooks?|podcasts?|voice-?overs?|responses?|repl(?:y|ies)|conversations?|' +
  'dialog(?:ue)?s?|summar(?:y|ies)|answers?|translations?|transcriptions?|transcripts?|texts?|sentences?|stor(?:y|ies)|paragraphs?|' +
  'poems?|slogans?|taglines?|essays?|tweets?|posts?|jokes?|titles?|headlines?|letters?|ideas?|content';
const MAKE_VERBS = '(?:generat|creat|mak|produc|draw|paint|render|design|synthesi[sz]|compos|craft|build|writ|provid|get)\\w*';
/** Verbs that make something even with "the" ("generate the complete sentence"). */
const CREATE_VERBS = '(?:generat|creat|produc|draw|paint|render|design|synthesi[sz]|compos|writ)\\w*';
/** Words between the verb and the noun, greedy so "a text description" is a description; never an article. */
const GAP = '(?:(?!output\\b|input\\b|following\\b|an?\\b|the\\b)[\\w-]+ ){0,3}';

/** "generate a short video", "provide me with an audio file", "a video ('x.mp4') generated from": group 1 is the words between, group 2 the noun. */
export const MAKE_CUES: readonly string[] = [
  `${MAKE_VERBS}(?: me)?(?: with)? (?:an?|some|another|new|one|two|three) (${GAP})(${MADE_NOUNS})`,
  `${CREATE_VERBS} the (${GAP})(${MADE_NOUNS})`,
  `(?:an?|some|new) ((?:[\\w-]+ ){0,2}?)(?:generated|created|synthesi[sz]ed) (${MADE_NOUNS})`,
  `(?:an?|some) ((?:[\\w-]+ ){0,3}?)(${MADE_NOUNS}) ?(?:\\(#+\\) ?)?(?:generated|created|synthesi[sz]ed|made)`,
];

const TARGET_NOUNS = 'speech|audio|voice|sound|narration|texts?|words|writing|transcripts?|images?|pictures?|paintings?|drawings?|photos?|sketch(?:es)?|cartoons?|videos?|movies?|animations?';

/** "convert it into speech", "turn the text into an image": group 1 is the source, group 2 the target. */
/** Words before "to" that make it something else than a conversion ("according to the text"). */
const NOT_INTO = '(?<!\\b(?:according|due|next|close|similar|compared|related|relevant|addition|want|like|need|able|how|going|has|have|wants|is|are))';
export const CONVERT_CUE = `(?:convert|turn|transform|render|transcrib)\\w*((?: [^ .;!?]+){0,8}?)${NOT_INTO} (?:back )?(?:in)?to (?:an? |the |some )?(?:[\\w-]+ ){0,2}?(${TARGET_NOUNS})`;

export const TARGET_KINDS: ReadonlyArray<{ noun: RegExp; kind: ResourceKind }> = [
  { noun: /^(?:speech|audio|voice|sound|narration)$/, kind: 'audio' },
  { noun: /^(?:texts?|words|writing|transcripts?)$/, kind: 'text' },
  { noun: /^(?:videos?|movies?|animations?)$/, kind: 'video' },
  { noun: /./, kind: 'image' },
];

export const CONVERSIONS: Readonly<Partial<Record<Subject, Partial<Record<ResourceKind, Intent>>>>> = {
  text: { audio: 'text-to-speech', image: 'text-to-image', video: 'text-to-video' },
  audio: { text: 'automatic-speech-recognition', audio: 'audio-to-audio' },
  image: { text: 'image-to-text', image: 'image-to-image' },
  document: { text: 'image-to-text', image: 'image-to-image' },
  table: { text: 'image-to-text', image: 'image-to-image' },
};
