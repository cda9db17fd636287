// What the recogniser hands on: the tasks a request asks for, in the order they should run.
import { SENSES, type SenseName } from './senses.js';
import type { Clue, Intent, Span, Step } from './analysis.js';

export interface Recognised {
  mentions: Mention[];
  /** Repeated mentions that point back at an earlier task's output, as reference clues. */
  echoes: Clue[];
}

export interface Mention extends Span {
  intent: Intent;
  step: Step;
  /** The phrase that was recognised, for the plan's explanation. */
  cue: string;
  /** "… in French" after a generator: translate first, then generate. */
  modifier?: true;
  /** The sense the intent was resolved from, if it came from a generic verb. */
  sense?: SenseName;
  /** Put before a mention it follows in the text ("after segmentation"): its output is ready by then. */
  readyBy?: number;
  /** From a phrase that counts only when nothing else asks for the same ("I have a question"). */
  weak?: true;
}

const FAMILIES = new Map(Object.entries(SENSES).map(([name, sense]) => [name, new Set<Intent>(Object.values(sense.bySubject))]));

/** The intents a generic verb can stand for. */
export function family(sense: SenseName): ReadonlySet<Intent> {
  return FAMILIES.get(sense)!;
}
