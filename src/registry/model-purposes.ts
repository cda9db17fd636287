// What a model does within its task type, and which languages it covers. A sentiment classifier
// and a language identifier are both text-classification models, but they do different things;
// an en→es and an en→fr model both translate, into different languages. Each purpose says how a
// model card shows it (its id, tags and first sentence) and how a request asks for it, and may be
// limited to some task types. The select stage uses this to keep the candidates a request can
// mean, and to ask the controller only when those still differ (select-policy.ts). Knowledge as
// data: add a row when the catalogue grows a new kind of model.
import type { ModelEntry } from '../pipeline/types.js';
import type { TaskType } from './task-types.js';

export interface Purpose {
  purpose: string;
  /** Words of a model card that show the purpose. */
  model: RegExp;
  /** Words of a request that ask for it. */
  request: Matcher;
  /** Task types where the purpose is a distinct kind of model (everywhere when absent). */
  tasks?: readonly TaskType[];
}

/** A RegExp, or a test of a request written without one. */
interface Matcher {
  test(text: string): boolean;
}
const anyOf = (...matchers: Matcher[]): Matcher => ({ test: (text) => matchers.some((matcher) => matcher.test(text)) });
/**
 * `first` and later `then` on one line, any case: /first.*then/i without its cost (from every `first`
 * that has no `then` after it, that pattern scanned to the end of the line: quadratic in a run of them).
 */
const inOrder = (first: string, then: string): Matcher => ({
  test: (text) =>
    text
      .toLowerCase()
      .split(/[\n\r\u2028\u2029]/)
      .some((line) => {
        const at = line.indexOf(first);
        return at >= 0 && line.includes(then, at + first.length);
      }),
});

export const PURPOSES: readonly Purpose[] = [
  { purpose: 'sentiment', model: /sentiment|\bsst-?2\b|polarity/i, request: /sentiment|positive|negative|opinion|\btone\b|like[sd]? it|feel about/i },
  { purpose: 'emotion', model: /emotion/i, request: /emotion|feeling|angry|happy|\bsad\b|mood/i },
  { purpose: 'language identification', model: /language[- ](detection|identification|recognition|id\b)|\blid\b|langid|voxlingua/i, request: /\blanguage\b|\blang\b/i },
  { purpose: 'toxicity', model: /toxic|hate[- ]speech|offensive/i, request: /toxic|hate|offensive|insult|abusive/i },
  { purpose: 'named entities', model: /\bner\b|named[- ]entit/i, request: /entit|names? of|people|places|organi[sz]ation|persons?\b/i, tasks: ['token-classification'] },
  { purpose: 'parts of speech', model: /part[- ]of[- ]speech|\bu?pos\b/i, request: /part[- ]of[- ]speech|\bpos\b|grammar|nouns?|verbs?/i, tasks: ['token-classification'] },
  { purpose: 'captioning', model: /caption/i, request: anyOf(/caption|describ|what('s| is)? (in|on)|depict/i, inOrder('what ', 'show')) },
  { purpose: 'OCR', model: /\bocr\b|trocr|tesseract|handwrit|printed text/i, request: /\bocr\b|\bread (the |its |what )?(text|words?|sign|label|writing)|written|handwrit|\bscan|extract (the )?text/i },
  { purpose: 'tables', model: /\btables?\b|pubtables/i, request: /\btables?\b/i },
  { purpose: 'open vocabulary', model: /open[- ](vocabulary|world)|owl-?vit|clipseg/i, request: /any (object|thing)|by (a )?(description|prompt)|open[- ]vocabulary/i },
  { purpose: 'people', model: /\bselfie|person masks|human parsing|\bclothes\b/i, request: /\bpeople\b|\bperson\b|\bhuman|selfie|portrait|clothes/i, tasks: ['image-segmentation'] },
  { purpose: 'age or gender', model: /\bage\b|gender/i, request: /\bage\b|how old|gender/i, tasks: ['image-classification', 'audio-classification'] },
  { purpose: 'extractive', model: /extractive/i, request: /extract|key sentences|most important sentences/i, tasks: ['summarization'] },
  { purpose: 'paraphrase', model: /paraphras/i, request: /paraphras|rephras|reword|rewrite/i, tasks: ['text2text-generation'] },
  { purpose: 'one-line summary', model: /one[- ]line[- ]summary/i, request: /one[- ]line|summar|tl;?dr/i, tasks: ['text2text-generation'] },
  { purpose: 'translation', model: /translat|\bm2m100\b/i, request: /translat|\binto [A-Z]\w+|\bin (english|spanish|french|german|italian|chinese|japanese)\b/i, tasks: ['text2text-generation', 'text-to-speech', 'audio-to-audio'] },
  { purpose: 'super-resolution', model: /super[- ]?resolution|upscal|\bsr\b|-sr-/i, request: /upscal|super[- ]?resolution|enlarge|sharper|higher resolution|bigger/i, tasks: ['image-to-image'] },
  { purpose: 'enhancement', model: /enhanc|denois|deblur|low[- ]?light/i, request: /enhanc|denois|noise|clean( up)?|deblur|brighten|clearer/i, tasks: ['image-to-image', 'audio-to-audio'] },
  { purpose: 'image generation', model: /stable[- ]diffusion|diffusers|variations?\b/i, request: /variation|restyle|in the style|generate|make it look/i, tasks: ['image-to-image'] },
  { purpose: 'instruction editing', model: /instruct-?pix2pix|\binstruction/i, request: /\bedit|change|replace|turn (it|the)|make (it|the)/i, tasks: ['image-to-image'] },
  { purpose: 'source separation', model: /source separation|speech separation|sepformer|sepclean/i, request: /separat|isolate|split (the )?(voices|speakers)/i, tasks: ['audio-to-audio'] },
  { purpose: 'speaker diarization', model: /diari[sz]ation|voice[- ]activity/i, request: /diari[sz]|who (speaks|spoke|is speaking)|speakers?|voice activity/i, tasks: ['automatic-speech-recognition'] },
];

/** What the card says first: the id, the tags and the description's first sentence (later ones cite papers and other tasks). */
function cardOpening(model: ModelEntry): string {
  const first = /^[\s\S]*?[.!?](\s|$)/.exec(model.description)?.[0] ?? model.description;
  return `${model.id} ${model.tags.join(' ')} ${first}`;
}

const applies = (purpose: Purpose, task: TaskType) => !purpose.tasks || purpose.tasks.includes(task);

/** The purposes a model's card shows, for its task type; empty for a plain model of its type. */
export function purposesOf(model: ModelEntry): string[] {
  const text = cardOpening(model);
  return PURPOSES.filter((purpose) => applies(purpose, model.task) && purpose.model.test(text)).map(({ purpose }) => purpose);
}

/** The purposes a request's wording asks for, among those of a task type. */
export function purposesAskedFor(wording: string, task: TaskType): Set<string> {
  return new Set(PURPOSES.filter((purpose) => applies(purpose, task) && purpose.request.test(wording)).map(({ purpose }) => purpose));
}

/** Whether the model covers a language (ISO 639-1 code): listed, multilingual, or named in its id ("opus-mt-en-es"). */
export function coversLanguage(model: ModelEntry, code: string): boolean {
  const language = code.toLowerCase();
  if (model.languages.some((entry) => entry.toLowerCase() === language || entry.toLowerCase() === 'multilingual')) return true;
  return new RegExp(`(^|[-_/.])${language}([-_.]|$)`, 'i').test(model.id);
}
