// question-answering, extractive at sentence level: the sentence of the context that best
// matches the question under BM25 (content-word stems, each sentence a document). It returns a
// whole sentence, never a span inside it, and never text that is not in the context. Nor the
// question itself: when the question was pasted along with its context ("Where is the tower? The
// tower is in Paris."), the question's own sentence matches best, so a passage that is a question
// or has no content word beyond the question's is never the answer.
import type { ExpertOutput } from '../../pipeline/types.js';
import type { ExpertRun } from './runtime.js';
import { loading } from './failures.js';
import { textArg } from './inputs.js';
import { contentStems, rankSentences, splitSentences, type Sentence, type Wink } from './wink.js';

/** `/\?\s*["'”’)]*\s*$/.test(passage)` read from the end: the pattern tried every "?" followed by a long run of spaces. */
function endsInQuestionMark(passage: string): boolean {
  let at = passage.length;
  const skip = (set: RegExp) => {
    while (at > 0 && set.test(passage[at - 1]!)) at--;
  };
  skip(/\s/);
  skip(/["'”’)]/);
  skip(/\s/);
  return passage[at - 1] === '?';
}

/** A passage that asks something, or says nothing the question does not: it cannot answer it. */
function restatesQuestion(wink: Wink, passage: string, questionStems: ReadonlySet<string>): boolean {
  if (endsInQuestionMark(passage)) return true;
  return contentStems(wink, passage).every((stem) => questionStems.has(stem));
}

/** The best-matching passage; `score` is its share of the BM25 scores of all passages (0–1). */
export function answerFrom(wink: Wink, passages: Sentence[], question: string): ExpertOutput {
  const questionStems = new Set(contentStems(wink, question));
  const ranked = rankSentences(wink, passages, question).filter((passage) => !restatesQuestion(wink, passage.text, questionStems));
  const best = ranked[0];
  const total = ranked.reduce((sum, passage) => sum + passage.score, 0);
  if (!best || best.score <= 0) {
    return {
      text: '',
      data: { answer: '', score: 0, method: 'extractive-bm25', note: 'no passage of the text shares a content word with the question, beyond restating it' },
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
