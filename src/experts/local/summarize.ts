// summarization, extractive: the most important sentences of the text (wink-nlp's
// sentenceWiseImportance), kept in their original order. No sentence is rewritten.
import type { ExpertRun } from './runtime.js';
import { loading } from './failures.js';
import { textArg } from './inputs.js';
import { splitSentences } from './wink.js';

/** About a third of the sentences, at least one and at most five. */
const summaryLength = (sentences: number): number => Math.min(5, Math.max(1, Math.round(sentences * 0.3)));

export const summarize: ExpertRun = async (args, { runtime }) => {
  const text = textArg(args, 'text');
  const wink = await loading('wink-nlp', runtime.models.wink.get());
  const sentences = splitSentences(wink, text);
  const importance = wink.nlp.readDoc(text).out(wink.nlp.its.sentenceWiseImportance) as Array<{ index: number; importance: number }>;
  const chosen = [...importance]
    .sort((a, b) => b.importance - a.importance || a.index - b.index)
    .slice(0, summaryLength(sentences.length))
    .map((item) => item.index)
    .sort((a, b) => a - b);
  const summary = chosen.map((index) => sentences[index]?.text ?? '').filter(Boolean).join(' ');
  return {
    text: summary,
    data: { summary_text: summary, method: 'extractive', sentences: chosen, of: sentences.length },
  };
};
