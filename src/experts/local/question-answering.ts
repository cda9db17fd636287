// question-answering, extractive at sentence level: the sentence of the context that best
// matches the question under BM25 (content-word stems, each sentence a document). It returns a
// whole sentence, never a span inside it, and never text that is not in the context.
import type { ExpertOutput } from '../../pipeline/types.js';
import type { ExpertRun } from './runtime.js';
import { loading } from './failures.js';
import { textArg } from './inputs.js';
import { rankSentences, splitSentences, type Sentence, type Wink } from './wink.js';

/** The best-matching passage; `score` is its share of the BM25 scores of all passages (0–1). */
export function answerFrom(wink: Wink, passages: Sentence[], question: string): ExpertOutput {
  const ranked = rankSentences(wink, passages, question);
  const best = ranked[0];
  const total = ranked.reduce((sum, passage) => sum + passage.score, 0);
  if (!best || best.score <= 0) {
    return {
      text: '',
      data: { answer: '', score: 0, method: 'extractive-bm25', note: 'no passage of the text shares a content word with the question' },
    };
  }
  const score = Math.round((best.score / total) * 1000) / 1000;
  return {
    text: best.text,
    data: { answer: best.text, score, start: best.start, end: best.end, bm25: best.score, method: 'extractive-bm25' },
  };
}

export const answerQuestion: ExpertRun = async (args, { runtime }) => {
  const question = textArg(args, 'question');
  const context = textArg(args, 'context');
  const wink = await loading('wink-nlp', runtime.models.wink.get());
  return answerFrom(wink, splitSentences(wink, context), question);
};
