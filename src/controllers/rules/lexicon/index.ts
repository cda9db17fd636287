// The languages the offline planner reads, compiled on first use. English first: it is tried
// first, and its language names are understood in every language.
import { compile, type Lexicon } from './compile.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pt } from './pt.js';

export type { Cue, Lexicon, Reference, TrieNode } from './compile.js';
export type { ObjectKind } from './intents.js';
export type { FieldName, NounClass } from './types.js';

const SOURCES = [en, es, fr, de, pt];
export const LANGUAGE_CODES: readonly string[] = SOURCES.map((source) => source.code);
export const LANGUAGE_NAMES: readonly string[] = SOURCES.map((source) => source.name);

let compiled: Map<string, Lexicon> | undefined;

export function lexicons(): Map<string, Lexicon> {
  if (!compiled) {
    const english = compile(en);
    compiled = new Map(SOURCES.map((source) => [source.code, source === en ? english : compile(source, english)]));
  }
  return compiled;
}

export const lexicon = (code: string): Lexicon => lexicons().get(code) ?? lexicons().get('en')!;
