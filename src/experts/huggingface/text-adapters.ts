// Adapters for the tasks that read text (and tables): which client method, which body, and how
// the answer reads as an ExpertOutput. Part of the one adapter table in adapters.ts.
import type { TaskType } from '../../registry/task-types.js';
import { formatEntities, formatLabels, type Entity } from '../format.js';
import { adapter, badInput, labels, optionalText, sortByScore, text, type Adapter } from './adapter-kit.js';
import { parseCsvTable } from './csv.js';

/** Enough room for an answer: completions APIs default to as few as 16 tokens. */
const MAX_NEW_TOKENS = 256;

export const TEXT_ADAPTERS = {
  'text-classification': adapter({
    call: ({ client, target, options }, args) => client.textClassification({ ...target, inputs: text(args, 'text', 'text-classification') }, options),
    parse: (raw) => ({ data: sortByScore(raw), text: formatLabels(raw) }),
  }),

  'token-classification': adapter({
    call: ({ client, target, options }, args) => client.tokenClassification({ ...target, inputs: text(args, 'text', 'token-classification') }, options),
    parse: (raw) => {
      const entities: Entity[] = raw.map((item) => ({
        entity_group: item.entity_group ?? String((item as { entity?: unknown }).entity ?? ''),
        word: item.word ?? '',
        score: item.score ?? 0,
        start: item.start,
        end: item.end,
      }));
      return { data: entities, text: formatEntities(entities) };
    },
  }),

  'zero-shot-classification': adapter({
    call: ({ client, target, options }, args) =>
      client.zeroShotClassification(
        {
          ...target,
          inputs: text(args, 'text', 'zero-shot-classification'),
          parameters: { candidate_labels: labels(args, 'zero-shot-classification') },
        },
        options,
      ),
    parse: (raw) => ({ data: sortByScore(raw), text: formatLabels(raw) }),
  }),

  'question-answering': adapter({
    call: ({ client, target, options }, args) =>
      client.questionAnswering(
        { ...target, inputs: { question: text(args, 'question', 'question-answering'), context: text(args, 'context', 'question-answering') } },
        options,
      ),
    parse: (raw) => ({ data: raw, text: raw.answer }),
  }),

  summarization: adapter({
    call: ({ client, target, options }, args) => client.summarization({ ...target, inputs: text(args, 'text', 'summarization') }, options),
    parse: (raw) => ({ text: raw.summary_text }),
  }),

  translation: adapter({
    call: ({ client, target, options }, args) => {
      const parameters = {
        ...(optionalText(args, 'source_language') ? { src_lang: optionalText(args, 'source_language') } : {}),
        ...(optionalText(args, 'target_language') ? { tgt_lang: optionalText(args, 'target_language') } : {}),
      };
      const inputs = text(args, 'text', 'translation');
      return client.translation({ ...target, inputs, ...(Object.keys(parameters).length > 0 ? { parameters } : {}) }, options);
    },
    // The client returns the single translation, or the array when there are several.
    parse: (raw) => ({ text: (Array.isArray(raw) ? raw : [raw]).map((item) => item.translation_text).join('\n') }),
  }),

  'text-generation': generation('text-generation'),
  'text2text-generation': generation('text2text-generation'),

  conversational: adapter({
    call: ({ client, target, options }, args) =>
      client.chatCompletion({ ...target, messages: [{ role: 'user', content: text(args, 'text', 'conversational') }] }, options),
    parse: (raw, _args, { context }) => {
      const content = raw.choices[0]?.message?.content;
      if (typeof content !== 'string') throw new Error('the reply has no assistant message');
      if (raw.usage) {
        context.usage?.record('expert', { promptTokens: raw.usage.prompt_tokens, completionTokens: raw.usage.completion_tokens });
      }
      return { text: content };
    },
  }),

  'sentence-similarity': adapter({
    call: ({ client, target, options }, args) =>
      client.sentenceSimilarity(
        {
          ...target,
          inputs: { source_sentence: text(args, 'text', 'sentence-similarity'), sentences: [text(args, 'other_text', 'sentence-similarity')] },
        },
        options,
      ),
    parse: (raw) => {
      const score = raw[0];
      if (typeof score !== 'number') throw new Error('no similarity score in the reply');
      return { data: { score }, text: `similarity ${score.toFixed(2)}` };
    },
  }),

  'fill-mask': adapter({
    call: ({ client, target, options }, args) => client.fillMask({ ...target, inputs: text(args, 'text', 'fill-mask') }, options),
    // Candidates read like labels; the text is the best completed sentence, which later tasks can use.
    parse: (raw) => {
      const candidates = sortByScore(raw.map((item) => ({ label: item.token_str ?? '', score: item.score, sequence: item.sequence })));
      return { data: candidates, text: candidates[0]?.sequence ?? '' };
    },
  }),

  'tabular-classification': adapter({
    call: ({ client, target, options, task }, args) => {
      const table = optionalText(args, 'table');
      if (!table) {
        throw badInput(
          task,
          `${target.model} classifies rows of a table given as CSV text; it cannot read a picture of a table. Pass the table as CSV with a header row (or extract it from the image with image-to-text first).`,
        );
      }
      let data: Record<string, string[]>;
      try {
        data = parseCsvTable(table);
      } catch (error) {
        throw badInput(task, `the "table" argument is not usable CSV: ${(error as Error).message}`);
      }
      return client.tabularClassification({ ...target, inputs: { data } }, options);
    },
    parse: (raw) => ({
      data: raw.map((prediction, index) => ({ row: index + 1, prediction })),
      text: raw.map((prediction, index) => `row ${index + 1}: ${prediction}`).join(', '),
    }),
  }),
} satisfies Partial<Record<TaskType, Adapter>>;

/** text-generation and text2text-generation both go through the client's textGeneration. */
function generation(task: 'text-generation' | 'text2text-generation'): Adapter {
  return adapter({
    call: ({ client, target, options }, args) =>
      client.textGeneration({ ...target, inputs: text(args, 'text', task), parameters: { max_new_tokens: MAX_NEW_TOKENS } }, options),
    parse: (raw) => ({ text: raw.generated_text }),
  });
}
