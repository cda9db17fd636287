// The one table of Hugging Face adapters, keyed by task type: how each task's arguments become a
// call of @huggingface/inference, and how the answer becomes an ExpertOutput. The entries live in
// one file per modality; the `satisfies` below makes a task type without an adapter a type error.
import type { TaskType } from '../../registry/task-types.js';
import type { Adapter } from './adapter-kit.js';
import { AUDIO_ADAPTERS } from './audio-adapters.js';
import { TEXT_ADAPTERS } from './text-adapters.js';
import { VISION_ADAPTERS } from './vision-adapters.js';

export const ADAPTERS = {
  ...TEXT_ADAPTERS,
  ...VISION_ADAPTERS,
  ...AUDIO_ADAPTERS,
} satisfies Record<TaskType, Adapter>;

export type { Adapter, HfRequest, Target } from './adapter-kit.js';
