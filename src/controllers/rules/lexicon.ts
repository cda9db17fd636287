// What users write for each task, as data: regular-expression phrases keyed by what they mean.
// Phrases that mean one task whatever the resource ("transcribe", "depth") are here; verbs whose
// task depends on what they act on ("classify", "enhance", "answer") are senses (senses.ts).
// Matching is case-insensitive on the request with quotes and references masked; a phrase must
// start and end on a word boundary. The longest phrase wins where two overlap.
import type { Intent } from './analysis.js';
import { LANGUAGE_PATTERN } from './languages.js';

const COLOURS = 'red|blue|green|yellow|black|white|purple|orange|pink|brown|gr[ae]y|golden|silver|brighter|darker|sunny|snowy';

/**
 * "the label in French", "provide … in Spanish", "a French version": the language of an output.
 * "in <language>" counts only after an output word or a verb that makes one ("a text in English"
 * describes the input), checked on the words before it.
 */
export const OUTPUT_LANGUAGE_CUES: readonly string[] = [`in(?:to)? (?:${LANGUAGE_PATTERN})`, `(?:${LANGUAGE_PATTERN}) (?:version|translation)`];
export const OUTPUT_LANGUAGE_CONTEXT =
  /(?:\b(?:labels?|results?|response|reply|answer|version|output|name|summary|transcription|caption)s?\s+|\b(?:provide|give|create|generate|produce|write|make|return|say|speak|read|explain|describe|describing|respond|reply|answer)\b[^.;#]{0,40}\s)$/i;

export const TASK_CUES: Readonly<Partial<Record<Intent, readonly string[]>>> = {
  'text-classification': [
    'sentiments?',
    'text classification',
    'classify (?:the |this |my )?(?:text|sentence|review|tweet|comment|message)s?',
    'positive or negative',
    'spam',
  ],
  'token-classification': [
    'token classification',
    'named[- ]entit(?:y|ies)(?: recognition)?',
    'entit(?:y|ies)',
    'ner',
    'part[- ]of[- ]speech(?: tag\\w*)?',
    'pos(?:[- ]tag\\w*)?',
    'classify (?:the )?tokens',
    'tag (?:the|each) words?',
  ],
  'zero-shot-classification': ['zero[- ]shot(?: text)? classification'],
  'zero-shot-image-classification': ['zero[- ]shot image classification'],
  summarization: ['summar\\w*', 'shorter version', 'short version', 'condense\\w*', 'shorten\\w*', 'tl;? ?dr', 'key points', 'gist'],
  translation: ['translat\\w*'],
  'text-generation': [
    'text generation',
    'generate (?:some |a |new )?text',
    'continue (?:the|this|my) (?:story|text|sentence|paragraph)',
    'complete (?:the|this|my) (?:story|text|sentence|paragraph)',
    'paraphras\\w*',
    'rewrite',
    'rephrase',
    'new version',
    'expand (?:on )?(?:it|this|the text)',
    'slogan',
    'tagline',
  ],
  'text2text-generation': ['grammar', 'correct (?:the )?(?:spelling|mistakes|errors|typos)', 'text2text'],
  conversational: [
    'conversational\\w*(?: response| reply)?',
    'chat(?:bot)?',
    'discuss(?:ing|ion)?',
    'reply to',
    'respond to',
    'brainstorm\\w*',
    'suggest (?:some )?ideas',
    'advice',
    'dialog(?:ue)?',
  ],
  'fill-mask': ['\\[mask\\]', 'fill[- ]mask', 'fill in the (?:blank|gap|missing word)s?', 'missing words?'],
  'tabular-classification': ['tabular\\w*(?: classification)?', 'table classification', '(?:in|into|as) (?:an? )?table(?: format)?'],
  'image-classification': [
    'image classification',
    '(?:which|what) (?:class|category)',
    'label or class',
    '(?:identify|recogni[sz]e|determine|classify|what is) (?:the )?main (?:object|subject|thing)',
  ],
  'object-detection': [
    'object detection',
    'detect(?:s|ing|ion|ed)?',
    'bounding box\\w*',
    'count(?:s|ing)?',
    'how many',
    '(?:identify|find|list|recogni[sz]e|label|spot|locate)\\s+(?:and \\w+\\s+)?(?:the |all |any |various |different |specific )?(?:\\w+ )?objects',
    '(?:what|which) objects',
  ],
  'image-segmentation': [
    'segment(?:s|ing|ation|ed)?',
    '(?:extract|separate|isolate|cut out)\\w* (?:the |all |any )?(?:[\\w-]+ )?objects', 'divide (?:it|the image) into (?:segments|regions|parts)'],
  'depth-estimation': ['depth\\w*', 'how (?:deep|far)', 'distance (?:of|to) (?:the )?objects'],
  'image-to-text': [
    'image[- ]to[- ]text',
    'caption\\w*',
    'ocr',
    'optical character recognition',
    "(?<!(?:classify|identify|detect|segment|label|recogni[sz]e) )what(?:'s| is) (?:in|shown in|on) (?:(?:the |this |my )?(?:image|picture|photo)|(?=#))",
    'textual description',
  ],
  'image-to-image': [
    'image[- ]to[- ]image',
    'upscal\\w*',
    'super[- ]?resolution',
    'sharpen\\w*',
    'styli[sz]\\w*',
    'style transfer',
    '(?:style|look) of',
    'in the style',
    'cartoon\\w*',
    'colori[sz]\\w*',
    'restor\\w*',
    'increase (?:the )?resolution',
    'deblur\\w*',
  ],
  'image-editing': [
    'image editing',
    'edit(?:s|ing|ed)?',
    'modif(?:y|ying|ied|ication)',
    `chang\\w* (?:the )?(?:colou?r|background|sky|hair|weather|season)`,
    `(?:chang|turn|mak|paint)\\w* (?:the |it |its |his |her )?(?:[\\w-]+ ){0,3}?(?:to |into )?(?:${COLOURS})`,
    'add\\w* (?:an? |the |some )?(?:[\\w-]+ ){0,4}?(?:to|on|onto|in) (?:the |this |my )?(?:image|picture|photo)',
    'add\\w* (?:an? |the |some )?(?:[\\w-]+ ){0,4}?(?:to|on|onto) it',
    'remov\\w* (?:the )?(?:[\\w-]+ ){0,3}?from',
    'replac\\w*',
    'make (?:some )?changes?',
    'adjust\\w*',
    'recolou?r\\w*',
  ],
  'text-to-image': ['text[- ]to[- ]image', 'visuali[sz]\\w*', 'draw(?:ing)? (?:an? |some )'],
  'text-to-video': ['text[- ]to[- ]video'],
  'visual-question-answering': ['visual question(?:[- ]answering)?', 'vqa'],
  'document-question-answering': ['document question(?:[- ]answering)?', 'docvqa'],
  'text-to-speech': [
    'text[- ]to[- ]speech',
    'tts',
    'aloud',
    'out loud',
    'read (?:it|this|that|them) out',
    'narrat\\w*',
    'pronounc\\w*',
    'voice[- ]?over',
    'spoken (?:version|audio)',
    'an? (?:audio|spoken|voice) version',
  ],
  'automatic-speech-recognition': [
    'speech[- ]recognition',
    'speech[- ]to[- ]text',
    'asr',
    'transcri\\w*',
    'what (?:is|was|are|were) (?:being )?(?:said|spoken)',
    'dictat\\w*',
  ],
  'audio-to-audio': [
    'audio[- ]to[- ]audio',
    'nois\\w*',
    'denois\\w*',
    'separat\\w* (?:the )?(?:sources|voices|vocals|speakers|instruments)',
    'source separation',
    'speech enhancement',
    'more audible',
  ],
  'audio-classification': [
    'audio classification',
    'classify (?:the |this )?(?:audio|sound|recording|clip)',
    'speaker (?:identification|recognition)',
    '(?:what|which) (?:sound|command|noise)',
    'spoken command',
  ],
};
