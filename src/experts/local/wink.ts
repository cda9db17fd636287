// wink-nlp with its small English model: sentences, stems, stop words, sentiment and
// sentence importance. Shared by sentiment, extractive summary and extractive answers.
import type { BM25Vectorizer } from 'wink-nlp/utilities/bm25-vectorizer';
import type { ItsFunction, WinkMethods } from 'wink-nlp';

export interface Wink {
  nlp: WinkMethods;
  createBm25: () => BM25Vectorizer;
}

// The vectorizer's types are declared for the bare path, but Node needs the `.js` file.
const BM25_MODULE: string = 'wink-nlp/utilities/bm25-vectorizer.js';

export async function loadWink(): Promise<Wink> {
  const [{ default: winkNLP }, { default: model }, { default: bm25 }] = await Promise.all([
    import('wink-nlp'),
    import('wink-eng-lite-web-model'),
    import(BM25_MODULE) as Promise<typeof import('wink-nlp/utilities/bm25-vectorizer')>,
  ]);
  return { nlp: winkNLP(model), createBm25: () => bm25() };
}

export interface Sentence {
  text: string;
  /** Offsets in the input text. */
  start: number;
  end: number;
}

/** The sentences of a text as wink splits them, with their offsets in the text. */
export function splitSentences(wink: Wink, text: string): Sentence[] {
  const sentences = wink.nlp.readDoc(text).sentences().out() as string[];
  let cursor = 0;
  return sentences.map((sentence) => {
    const found = text.indexOf(sentence, cursor);
    const start = found >= 0 ? found : cursor;
    cursor = found >= 0 ? start + sentence.length : cursor;
    return { text: sentence, start, end: start + sentence.length };
  });
}

/** Stems of the content words of a text (no stop words, no punctuation), for BM25. */
export function contentStems(wink: Wink, text: string): string[] {
  const { its } = wink.nlp;
  return wink.nlp
    .readDoc(text)
    .tokens()
    .filter((token) => ['word', 'number'].includes(token.out(its.type)) && !token.out(its.stopWordFlag))
    // wink's typings declare `its.stem` with the wrong parameter types; it is a token function.
    .out(its.stem as unknown as ItsFunction<string>) as string[];
}

export interface RankedSentence extends Sentence {
  index: number;
  /** BM25 score of the sentence for the query: 0 when it shares no content word. */
  score: number;
}

/** Sentences ranked by BM25 against a query (each sentence is a document), best first. */
export function rankSentences(wink: Wink, sentences: Sentence[], query: string): RankedSentence[] {
  const bm25 = wink.createBm25();
  const stems = sentences.map((sentence) => contentStems(wink, sentence.text));
  for (const tokens of stems) bm25.learn(tokens.length > 0 ? tokens : ['\u0000']);
  const queryTerms = [...new Set(contentStems(wink, query))];
  return sentences
    .map((sentence, index) => {
      const weights = bm25.doc(index).out(wink.nlp.its.bow) as unknown as Record<string, number>;
      const score = queryTerms.reduce((sum, term) => sum + (weights[term] ?? 0), 0);
      return { ...sentence, index, score: Math.round(score * 1e4) / 1e4 };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
