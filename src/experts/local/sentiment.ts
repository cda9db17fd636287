// text-classification: English sentiment with VADER (Hutto & Gilbert, 2014), the npm port
// vader-sentiment. VADER is a lexicon of 7 500 rated words, emoticons and slang, with rules for
// negation ("not good"), intensifiers ("very"), "but", capitals and exclamation marks. Its
// compound score runs from -1 (most negative) to +1 (most positive); the label follows VADER's
// own convention: POSITIVE from +0.05, NEGATIVE from -0.05, NEUTRAL in between. The score we
// report is the compound's strength (|compound|, or 1 - |compound| for NEUTRAL): a lexicon's
// measure of how strongly the text leans, not a trained classifier's probability.
import type { LabelScore } from '../format.js';
import type { ExpertRun } from './runtime.js';
import { loading } from './failures.js';
import { textArg } from './inputs.js';

export interface VaderScores {
  neg: number;
  neu: number;
  pos: number;
  compound: number;
}

export interface Vader {
  polarityScores(text: string): VaderScores;
}

/** VADER's published thresholds on the compound score. */
const POLAR = 0.05;

export async function loadVader(): Promise<Vader> {
  // A CommonJS webpack bundle without typings; its one entry point is typed here.
  const { default: vader } = (await import('vader-sentiment')) as {
    default: { SentimentIntensityAnalyzer: { polarity_scores(text: string): VaderScores } };
  };
  return { polarityScores: (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text) };
}

export const sentiment: ExpertRun = async (args, { runtime }) => {
  const text = textArg(args, 'text');
  const vader = await loading('vader-sentiment', runtime.models.vader.get());
  const scores = vader.polarityScores(text);
  const { compound } = scores;
  const label = compound >= POLAR ? 'POSITIVE' : compound <= -POLAR ? 'NEGATIVE' : 'NEUTRAL';
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  const score = round(label === 'NEUTRAL' ? 1 - Math.abs(compound) : Math.abs(compound));
  const result: LabelScore & { compound: number; proportions: Omit<VaderScores, 'compound'> } = {
    label,
    score,
    compound: round(compound),
    proportions: { pos: scores.pos, neu: scores.neu, neg: scores.neg },
  };
  const signed = `${compound > 0 ? '+' : ''}${compound.toFixed(2)}`;
  return { text: `${label} (VADER score ${signed} on a scale from -1 to +1)`, data: [result] };
};
