// document-question-answering by composition: Tesseract reads the document, then the line that
// best matches the question under BM25 is the answer. It returns a whole line of the document.
import type { ExpertRun } from './runtime.js';
import { loading } from './failures.js';
import { mediaArg, textArg } from './inputs.js';
import { readText } from './ocr.js';
import { answerFrom } from './question-answering.js';
import type { Sentence } from './wink.js';

export const answerFromDocument: ExpertRun = async (args, { runtime, signal }) => {
  const image = mediaArg(args, 'image', 'image');
  const question = textArg(args, 'question');
  const { text, lines } = await readText(runtime, image, signal);
  if (lines.length === 0) {
    return { text: '', data: { answer: '', score: 0, method: 'ocr+extractive-bm25', note: 'no legible text found' } };
  }
  const wink = await loading('wink-nlp', runtime.models.wink.get());
  let cursor = 0;
  const passages: Sentence[] = lines.map((line) => {
    const start = text.indexOf(line.text, cursor);
    cursor = start + line.text.length;
    return { text: line.text, start, end: cursor };
  });
  const answer = answerFrom(wink, passages, question);
  return { text: answer.text, data: { ...(answer.data as object), method: 'ocr+extractive-bm25', document_text: text } };
};
