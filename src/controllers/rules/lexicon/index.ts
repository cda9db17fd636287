// The languages the offline planner reads, compiled on first use. English first: it is tried
// first, and its language names are understood in every language.
import { compile, type Lexicon } from './compile.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pt } from './pt.js';
import type { LanguageLexicon } from './types.js';

export type { Cue, Lexicon, Reference, TrieNode } from './compile.js';
export { CONVERSIONS, INTENT_SPECS, type IntentId, type IntentSpec, type ObjectKind } from './intents.js';
export type { FieldName, NounClass } from './types.js';

const SOURCES: readonly LanguageLexicon[] = [en, es, fr, de, pt];
export const LANGUAGE_CODES: readonly string[] = SOURCES.map((source) => source.code);

let compiled: Map<string, Lexicon> | undefined;

export function lexicons(): Map<string, Lexicon> {
  if (!compiled) {
    const english = compile(en);
    compiled = new Map([['en', english]]);
    for (const source of SOURCES.slice(1)) compiled.set(source.code, compile(source, english));
  }
  return compiled;
}

export function lexicon(code: string): Lexicon {
  return lexicons().get(code) ?? lexicons().get('en')!;
}
