// token-classification: named entities with compromise's lexicon and rules: people (PER),
// places (LOC) and organisations (ORG). Rule-based, so there is no confidence: score is 1.
import { formatEntities, type Entity } from '../format.js';
import type { ExpertRun } from './runtime.js';
import { loading } from './failures.js';
import { textArg } from './inputs.js';

type Compromise = typeof import('compromise').default;

export async function loadCompromise(): Promise<Compromise> {
  return (await import('compromise')).default;
}

interface Match {
  text: string;
  offset: { start: number; length: number };
}

const GROUPS = [
  ['PER', 'people'],
  ['LOC', 'places'],
  ['ORG', 'organizations'],
] as const;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** `value.replace(/(['’]s)?[^\p{L}\p{N}]*$/u, '')` by a loop from the end: the pattern tried every start of a long run of punctuation. */
function withoutTail(value: string): string {
  let end = value.length;
  for (;;) {
    // One code point back (a letter outside the BMP is two UTF-16 units).
    const width = end >= 2 && /[\udc00-\udfff]/.test(value[end - 1]!) && /[\ud800-\udbff]/.test(value[end - 2]!) ? 2 : 1;
    if (end === 0 || LETTER_OR_DIGIT.test(value.slice(end - width, end))) break;
    end -= width;
  }
  return value.slice(0, end >= 2 && value[end - 1] === 's' && "'’".includes(value[end - 2]!) ? end - 2 : end);
}

/** compromise leaves punctuation (and a possessive 's) on a match: "Microsoft." → "Microsoft". */
function trimmed(text: string, start: number, raw: string): { word: string; start: number; end: number } | null {
  const leading = raw.match(/^[^\p{L}\p{N}]*/u)![0].length;
  const word = withoutTail(raw.slice(leading));
  if (!word) return null;
  const begin = start + leading;
  // Offsets come from compromise; trust them only when they point at the word.
  const at = text.slice(begin, begin + word.length) === word ? begin : text.indexOf(word);
  return at < 0 ? null : { word, start: at, end: at + word.length };
}

export const recogniseEntities: ExpertRun = async (args, { runtime }) => {
  const text = textArg(args, 'text');
  const nlp = await loading('compromise', runtime.models.compromise.get());
  const doc = nlp(text);
  const entities: Entity[] = [];
  for (const [group, method] of GROUPS) {
    for (const match of doc[method]().json({ offset: true }) as Match[]) {
      const span = trimmed(text, match.offset.start, text.slice(match.offset.start, match.offset.start + match.offset.length) || match.text);
      if (!span) continue;
      const overlaps = entities.some((entity) => span.start < entity.end! && entity.start! < span.end);
      if (!overlaps) entities.push({ entity_group: group, word: span.word, score: 1, start: span.start, end: span.end });
    }
  }
  entities.sort((a, b) => a.start! - b.start!);
  return { text: formatEntities(entities), data: entities };
};
