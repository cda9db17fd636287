// Turns a language's lexicon (plain lists) into lookups: one phrase trie for everything the
// matcher recognises, word sets, and an index of one-letter typos of the cue words.
import { fold, tokenize } from '../text.js';
import type { IntentId } from './intents.js';
import type { FieldName, LanguageLexicon, NounClass } from './types.js';

export type Reference = keyof LanguageLexicon['references'];

/** What a matched phrase means. */
export type Cue =
  | { type: 'say' | 'make'; intent: IntentId }
  | { type: 'ref'; ref: Reference }
  | { type: 'field'; field: FieldName }
  | { type: 'target' | 'source' | 'audience' }
  | { type: 'creator' | 'ignore' | 'hedge' | 'chitchat' | 'then' | 'and' | 'label' };

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** `word*` patterns: [prefix, node]. */
  prefixes: Array<[string, TrieNode]>;
  /** After `...`: the node reached once up to eight words are skipped; after `..`, up to three. */
  gap?: TrieNode;
  shortGap?: TrieNode;
  /** After `<lang>`. */
  lang?: TrieNode;
  cues: Cue[];
}

export interface Lexicon {
  code: string;
  name: string;
  trie: TrieNode;
  /** Word → its normalised forms (spelling fixed, suffix stripped). */
  normalise(word: string): string[];
  /** The same for a word without an informal spelling: one form, no allocation. */
  stem(word: string): string;
  /** Informal spellings ("pls") and the words they stand for. */
  spellings: Map<string, string[]>;
  stopwords: Set<string>;
  questionWords: Set<string>;
  definite: Set<string>;
  indefinite: Set<string>;
  possessive: Set<string>;
  mentions: Set<string>;
  fileLinks: Set<string>;
  nouns: Map<string, NounClass>;
  /** Normalised language name (of this language or English) → ISO 639-1 code. */
  languages: Map<string, string>;
  sentimentLabels: Set<string>;
  ordinals: Map<string, number>;
  /** One-letter deletions of cue words → the cue word, for typos. */
  typos: Map<string, string>;
  /** Every normalised word of the lexicon's phrases. */
  vocabulary: Set<string>;
}

const node = (): TrieNode => ({ next: new Map(), prefixes: [], cues: [] });

/** Strips the longest suffix that leaves 3 letters; "ies>y" replaces instead ("stories" → "story"). */
export function stemmer(suffixes: readonly string[]): (word: string) => string {
  const rules = suffixes.map((rule) => rule.split('>') as [string, string?]).sort((a, b) => b[0].length - a[0].length);
  return (word) => {
    for (const [suffix, replacement = ''] of rules) if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length) + replacement;
    return word;
  };
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export function compile(source: LanguageLexicon, english?: Lexicon): Lexicon {
  const stem = stemmer(source.suffixes);
  const spellings = new Map(Object.entries(source.spellings).map(([from, to]) => [fold(from), to.split(' ').map(fold)]));
  const normalise = (word: string): string[] => (spellings.get(word) ?? [word]).map(stem);
  const cache = new Map<string, string>();
  const cachedStem = (word: string): string => {
    let found = cache.get(word);
    if (found === undefined) {
      found = stem(word);
      if (cache.size < 50_000) cache.set(word, found);
    }
    return found;
  };
  const words = (list: string) => new Set(list.split(' ').filter(Boolean).flatMap((word) => normalise(fold(word))));
  const trie = node();
  const vocabulary = new Set<string>();
  const known = new Set<string>();

  const add = (phrase: string, cue: Cue) => {
    let at = [trie];
    for (const piece of phrase.split(' ').filter(Boolean)) {
      if (piece === '...') at = at.map((n) => (n.gap ??= node()));
      else if (piece === '..') at = at.map((n) => (n.shortGap ??= node()));
      else if (piece === '<lang>') at = at.map((n) => (n.lang ??= node()));
      else {
        const alternatives = piece.split('|').flatMap((alternative) => {
          const prefix = alternative.endsWith('*');
          const parts = tokenize(prefix ? alternative.slice(0, -1) : alternative).filter((t) => t.type === 'word').map((t) => t.norm);
          return parts.length ? [{ parts, prefix }] : [];
        });
        at = at.flatMap((start) =>
          alternatives.map(({ parts, prefix }) => {
            let current = start;
            parts.forEach((part, index) => {
              if (part.length >= 5) vocabulary.add(part);
              if (prefix && index === parts.length - 1) {
                let entry = current.prefixes.find(([p]) => p === part);
                if (!entry) current.prefixes.push((entry = [part, node()]));
                current = entry[1];
              } else {
                for (const form of normalise(part)) {
                  known.add(form);
                  if (!current.next.has(form)) current.next.set(form, node());
                  current = current.next.get(form)!;
                }
              }
            });
            return current;
          }),
        );
      }
    }
    for (const end of at) if (!end.cues.some((known) => JSON.stringify(known) === JSON.stringify(cue))) end.cues.push(cue);
  };

  for (const [intent, cues] of Object.entries(source.intents) as Array<[string, { say?: string[]; make?: string[] }]>) {
    for (const phrase of cues.say ?? []) add(phrase, { type: 'say', intent: intent as IntentId });
    for (const phrase of cues.make ?? []) add(phrase, { type: 'make', intent: intent as IntentId });
  }
  for (const [ref, phrases] of Object.entries(source.references)) for (const phrase of phrases) add(phrase, { type: 'ref', ref: ref as Reference });
  for (const [field, labels] of Object.entries(source.fields)) for (const label of labels) add(label, { type: 'field', field: field as FieldName });
  for (const marker of source.languageMarkers.target) add(`${marker} <lang>`, { type: 'target' });
  for (const marker of source.languageMarkers.source) add(`${marker} <lang>`, { type: 'source' });
  for (const phrase of source.languageMarkers.audience) add(phrase, { type: 'audience' });
  for (const phrase of source.creators) add(phrase, { type: 'creator' });
  for (const phrase of source.ignore) add(phrase, { type: 'ignore' });
  for (const phrase of source.hedges) add(phrase, { type: 'hedge' });
  for (const phrase of source.chitchat) add(phrase, { type: 'chitchat' });
  for (const phrase of source.connectors.then) add(phrase, { type: 'then' });
  for (const phrase of source.connectors.and) add(phrase, { type: 'and' });
  for (const phrase of source.labelMarkers) add(phrase, { type: 'label' });

  const nouns = new Map<string, NounClass>();
  for (const [kind, list] of Object.entries(source.nouns)) for (const word of words(list)) if (!nouns.has(word)) nouns.set(word, kind as NounClass);
  const languages = new Map(english ? english.languages : []);
  for (const [name, code] of Object.entries(source.languages)) for (const form of normalise(fold(name))) languages.set(form, code);
  const typos = new Map<string, string>();
  for (const word of vocabulary) for (const variant of [word, ...deletions(word)]) if (!typos.has(variant)) typos.set(variant, word);

  return {
    code: source.code,
    name: source.name,
    trie,
    normalise,
    stem: cachedStem,
    spellings,
    stopwords: words(source.stopwords),
    questionWords: words(source.questionWords),
    definite: words(source.determiners.definite),
    indefinite: words(source.determiners.indefinite),
    possessive: words(source.determiners.possessive),
    mentions: words(source.mentions),
    fileLinks: words(source.fileLinks),
    nouns,
    languages,
    sentimentLabels: words(source.sentimentLabels),
    ordinals: new Map(Object.entries(source.ordinals).map(([word, position]) => [cachedStem(fold(word)), position])),
    typos,
    vocabulary: known,
  };
}
