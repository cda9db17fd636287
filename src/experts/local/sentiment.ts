// text-classification: sentiment from wink-nlp's lexicon (a polarity from -1 to 1, with negation
// handling), reported as labels. It is a lexicon score, not a trained classifier's probability:
// POSITIVE = max(polarity, 0), NEGATIVE = max(-polarity, 0), NEUTRAL = 1 - |polarity|.
import { formatLabels, type LabelScore } from '../format.js';
import type { ExpertRun } from './runtime.js';
import { loading } from './failures.js';
import { textArg } from './inputs.js';

export const sentiment: ExpertRun = async (args, { runtime }) => {
  const text = textArg(args, 'text');
  const wink = await loading('wink-nlp', runtime.models.wink.get());
  const polarity = wink.nlp.readDoc(text).out(wink.nlp.its.sentiment) as number;
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  const labels: LabelScore[] = [
    { label: 'POSITIVE', score: round(Math.max(polarity, 0)) },
    { label: 'NEGATIVE', score: round(Math.max(-polarity, 0)) },
    { label: 'NEUTRAL', score: round(1 - Math.abs(polarity)) },
  ].sort((a, b) => b.score - a.score);
  return { text: formatLabels(labels, 2), data: labels };
};
