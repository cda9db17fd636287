// Turns a language's lexicon (plain lists) into lookups: one phrase trie for everything the
// matcher recognises, word sets, and an index of one-letter typos of the cue words.
import { taskBags } from '../fallback.js';
import { fold, tokenize } from '../text.js';
import type { IntentId } from './intents.js';
import type { FieldName, LanguageLexicon, NounClass } from './types.js';

export type Reference = keyof LanguageLexicon['references'];

/** What a matched phrase means. */
export type Cue =
  | { type: 'say'; intent: IntentId }
  | { type: 'why'; intent: IntentId }
  | { type: 'make'; intent: IntentId }
  | { type: 'ref'; ref: Reference }
  | { type: 'field'; field: FieldName }
  | { type: 'target' | 'source' | 'audience' | 'creator' | 'ignore' | 'presenter' | 'hedge' | 'chitchat' | 'then' | 'and' | 'apart' | 'ask' | 'first' | 'after' | 'so' | 'correction' | 'label' };

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** `word*` patterns: [prefix, node]. */
  prefixes: Array<[string, TrieNode]>;
  /** After `...`: the node reached once up to eight words are skipped; after `..`, up to three; after `<lang>`. */
  gap?: TrieNode;
  shortGap?: TrieNode;
  lang?: TrieNode;
  cues: Cue[];
}

export type Lexicon = ReturnType<typeof compile>;

const node = (): TrieNode => ({ next: new Map(), prefixes: [], cues: [] });

/** Strips the longest suffix that leaves 3 letters; "ies>y" replaces instead ("stories" → "story"). */
function stemmer(suffixes: readonly string[]): (word: string) => string {
  const rules = suffixes.map((rule) => rule.split('>') as [string, string?]).sort((a, b) => b[0].length - a[0].length);
  return (word) => {
    for (const [suffix, replacement = ''] of rules) if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length) + replacement;
    return word;
  };
}

/** A function of a word, remembered for up to 50 000 words: long texts repeat words, and a flood of distinct ones stays bounded. */
function memo<V>(compute: (word: string) => V): (word: string) => V {
  const cache = new Map<string, V>();
  return (word) => {
    let found = cache.get(word);
    if (found === undefined && ((found = compute(word)), cache.size < 50_000)) cache.set(word, found);
    return found!;
  };
}

export function compile(source: LanguageLexicon, english?: { languages: Map<string, string>; places: Map<string, string> }) {
  /** A word without an informal spelling, normalised: one form. */
  const stem = memo(stemmer(source.suffixes));
  const spellings = new Map(Object.entries(source.spellings).map(([from, to]) => [fold(from), to.split(' ').map(fold)]));
  /** Word → its normalised forms (spelling fixed, suffix stripped). */
  const normalise = (word: string): string[] => (spellings.get(word) ?? [word]).map(stem);
  const raw = (list: string) => list.split(' ').filter(Boolean).map(fold);
  const words = (list: string) => new Set(raw(list).flatMap(normalise));
  const trie = node();
  const cueWords = new Set<string>();
  const vocabulary = new Set<string>();

  const add = (phrase: string, cue: Cue) => {
    let at = [trie];
    for (const piece of phrase.split(' ').filter(Boolean)) {
      if (piece === '...' || piece === '..' || piece === '<lang>') {
        const key = piece === '...' ? 'gap' : piece === '..' ? 'shortGap' : 'lang';
        at = at.map((n) => (n[key] ??= node()));
        continue;
      }
      at = at.flatMap((start) =>
        piece.split('|').flatMap((alternative) => {
          const prefix = alternative.endsWith('*');
          const parts = tokenize(prefix ? alternative.slice(0, -1) : alternative).flatMap((token) => (token.type === 'word' ? [token.norm] : []));
          if (!parts.length) return [];
          let current = start;
          parts.forEach((part, index) => {
            if (part.length >= 5) cueWords.add(part);
            if (prefix && index === parts.length - 1) {
              // A prefix is a word of the language too ("quantos*"): it tells which language a request is in.
              for (const form of normalise(part)) vocabulary.add(form);
              let entry = current.prefixes.find(([p]) => p === part);
              if (!entry) current.prefixes.push((entry = [part, node()]));
              current = entry[1];
            } else for (const form of normalise(part)) vocabulary.add(form), (current = current.next.get(form) ?? current.next.set(form, node()).get(form)!);
          });
          return [current];
        }),
      );
    }
    for (const end of at) if (!end.cues.some((known) => JSON.stringify(known) === JSON.stringify(cue))) end.cues.push(cue);
  };

  for (const [intent, { say = [], make = [], why = [] }] of Object.entries(source.intents)) {
    for (const phrase of [...say, ...why]) add(phrase, { type: 'say', intent: intent as IntentId });
    for (const phrase of why) add(phrase, { type: 'why', intent: intent as IntentId });
    for (const phrase of make) add(phrase, { type: 'make', intent: intent as IntentId });
  }
  for (const [ref, phrases] of Object.entries(source.references)) for (const phrase of phrases) add(phrase, { type: 'ref', ref: ref as Reference });
  for (const phrase of source.yourResults ?? []) add(phrase, { type: 'ref', ref: 'answer' });
  for (const [field, labels] of Object.entries(source.fields)) for (const label of labels) add(label, { type: 'field', field: field as FieldName });
  const { target, source: from, audience } = source.languageMarkers;
  const withLang = (markers: string[]) => markers.map((marker) => (marker.includes('<lang>') ? marker : `${marker} <lang>`));
  const simple: Array<[Cue['type'], string[]]> = [
    ['target', withLang(target)], ['source', withLang(from)], ['audience', audience],
    ['creator', source.creators], ['ignore', [...source.ignore, ...source.presenters]], ['presenter', source.presenters], ['hedge', source.hedges],
    ['chitchat', source.chitchat], ['then', source.connectors.then], ['and', [...source.connectors.and, ...(source.connectors.apart ?? [])]], ['apart', source.connectors.apart ?? []], ['ask', source.connectors.ask ?? []], ['first', source.connectors.first], ['after', source.connectors.after ?? []], ['so', source.connectors.so ?? []], ['correction', source.corrections ?? []], ['label', source.labelMarkers],
  ];
  for (const [type, phrases] of simple) for (const phrase of phrases) add(phrase, { type } as Cue);

  const nouns = new Map<string, NounClass>();
  for (const [kind, list] of Object.entries(source.nouns)) for (const word of words(list)) if (!nouns.has(word)) nouns.set(word, kind as NounClass);
  const languages = new Map(english?.languages);
  const places = new Map(english?.places);
  for (const [names, map] of [[source.languages, languages], [source.places ?? {}, places]] as const) for (const [name, code] of Object.entries(names)) for (const form of normalise(fold(name))) map.set(form, code);
  /** One-letter deletions of cue words → the cue word, for typos. */
  const typos = new Map<string, string>();
  for (const word of cueWords) for (let i = -1; i < word.length; i++) {
    const variant = i < 0 ? word : word.slice(0, i) + word.slice(i + 1);
    if (!typos.has(variant)) typos.set(variant, word);
  }
  /** A folded word as the words that spell it (an informal spelling may be two), normalised, with the language each names. */
  const forms = memo((word) => (spellings.get(word) ?? [word]).map((raw) => ({ norm: stem(raw), raw, lang: languages.get(stem(raw)) })));
  const { determiners, conjunctions, endings } = source;
  return {
    code: source.code, name: source.name, trie, normalise, stem, forms, spellings, nouns, languages, places, typos, vocabulary,
    stopwords: words(source.stopwords), questionWords: words(source.questionWords), mentions: words(source.mentions), fileLinks: words(source.fileLinks), answers: words(source.answers ?? ''),
    definite: words(determiners.definite), indefinite: words(determiners.indefinite), possessive: words(determiners.possessive), own: words(determiners.own ?? ''),
    instructionNouns: words(source.instructionNouns), sentimentLabels: words(source.sentimentLabels), sounds: words(source.sounds ?? ''), relatives: words(source.relatives ?? ''), conditions: words(source.conditions ?? ''),
    ordinals: new Map(Object.entries(source.ordinals).map(([word, position]) => [stem(fold(word)), position])),
    // Compared with words as written (folded, not stemmed).
    conjunctions: new Set(raw(`${conjunctions.and} ${conjunctions.or}`)), alternatives: new Set([...raw(conjunctions.or), '/']),
    accept: new Set(raw(source.accept ?? '')), offers: (source.offers ?? []).map(raw),
    weakLabelMarkers: new Set(raw(source.weakLabelMarkers)), copulas: new Set(raw(source.copulas)), negations: new Set(raw(source.negations ?? '')), addressees: new Set(raw(source.addressees)), descriptionLead: new Set(raw(source.descriptionLead)), instruments: new Set(raw(source.instruments ?? '')), drawers: new Set(raw(source.drawers ?? '')), purpose: new Set(raw(source.purpose)), selves: new Set(raw(source.selves ?? '')),
    plurals: raw(endings.plural), gerunds: raw(endings.gerund), participles: raw(endings.participle),
    visible: words(source.visible), bags: taskBags(source, normalise, words(source.stopwords)),
    inWord: source.inWord, infinitive: source.infinitive, thisImage: source.thisImage,
    /** One-word references ("it", "both") by word. */
    references: new Map(Object.entries(source.references).flatMap(([ref, phrases]) => phrases.filter((phrase) => !phrase.includes(' ')).map((word) => [fold(word), ref as Reference] as const))),
  };
}
