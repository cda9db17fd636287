// Splits a request into steps: sentences, then "and", "then", "after that", "finally", commas and
// enumerations ("1. … 2. …", "first, … second, …"). Works on the masked text, so a period or an
// "and" inside a quote never splits.
import { matches, type Step } from './analysis.js';

const SENTENCE_END = /[.!?]+(?=\s+[A-Z0-9"'“‘(]|\s*$)|\n+/g;
const STEP_BREAK = new RegExp(
  [
    ';',
    ',?\\s+(?:and\\s+)?then\\b,?',
    ',?\\s*\\b(?:after that|afterwards?|finally|lastly|next|subsequently|additionally|also|furthermore|moreover|in addition|as well as|plus)\\b,?',
    ',?\\s+(?:and|or)\\s+',
    ',\\s+',
    '\\b(?:first|second|third|fourth|fifth|sixth)(?:ly)?\\s*[,:]|\\bfirst(?:ly| of all)\\b',
    '(?:^|\\s)\\(?\\d{1,2}[.)]\\s',
    '(?:^|\\s)\\(?[a-h]\\)\\s',
  ].join('|'),
  'gi',
);

interface Piece {
  start: number;
  end: number;
}

function cut(text: string, from: number, to: number, pattern: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let start = from;
  for (const match of matches(pattern, text.slice(from, to))) {
    const at = from + match.index;
    if (at > start) pieces.push({ start, end: at });
    start = at + match[0].length;
  }
  if (to > start) pieces.push({ start, end: to });
  return pieces;
}

export function splitSteps(masked: string): Step[] {
  const steps: Step[] = [];
  cut(masked, 0, masked.length, SENTENCE_END).forEach((sentence, sentenceIndex) => {
    for (const piece of cut(masked, sentence.start, sentence.end, STEP_BREAK)) {
      if (!/\S/.test(masked.slice(piece.start, piece.end))) continue;
      steps.push({ index: steps.length, sentence: sentenceIndex, start: piece.start, end: piece.end });
    }
  });
  if (steps.length === 0) steps.push({ index: 0, sentence: 0, start: 0, end: masked.length });
  return steps;
}
