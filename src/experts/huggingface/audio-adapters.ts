// Adapters for the tasks that read or make audio. Part of the one adapter table in adapters.ts.
import type { TaskType } from '../../registry/task-types.js';
import { formatLabels } from '../format.js';
import { adapter, media, sortByScore, text, type Adapter } from './adapter-kit.js';
import { mediaFromBase64, mediaFromBlob, toBlob } from './media.js';

export const AUDIO_ADAPTERS = {
  'text-to-speech': adapter({
    call: ({ client, target, options }, args) => client.textToSpeech({ ...target, inputs: text(args, 'text', 'text-to-speech') }, options),
    parse: async (raw, _args, { target }) => ({ audio: await mediaFromBlob(raw, 'audio', target.model) }),
  }),

  'automatic-speech-recognition': adapter({
    call: ({ client, target, options }, args) =>
      client.automaticSpeechRecognition({ ...target, inputs: toBlob(media(args, 'audio', 'audio', 'automatic-speech-recognition')) }, options),
    parse: (raw) => {
      if (typeof raw?.text !== 'string') throw new Error('expected {text: string}');
      return { text: raw.text };
    },
  }),

  // Source separation and enhancement models answer several labelled tracks; the first is the result.
  'audio-to-audio': adapter({
    call: ({ client, target, options }, args) =>
      client.audioToAudio({ ...target, inputs: toBlob(media(args, 'audio', 'audio', 'audio-to-audio')) }, options),
    parse: (raw, _args, { target }) => {
      const first = raw[0];
      if (!first) throw new Error('the model returned no audio');
      return {
        audio: mediaFromBase64(first.blob, first['content-type'], 'audio', target.model),
        data: raw.map((track) => ({ label: track.label })),
      };
    },
  }),

  'audio-classification': adapter({
    call: ({ client, target, options }, args) =>
      client.audioClassification({ ...target, inputs: toBlob(media(args, 'audio', 'audio', 'audio-classification')) }, options),
    parse: (raw) => ({ data: sortByScore(raw), text: formatLabels(raw) }),
  }),
} satisfies Partial<Record<TaskType, Adapter>>;
