// Our task types as TaskBench tools, per tool domain, and our plans as TaskBench graphs.
// Where a domain has no counterpart the task keeps its own name: not a tool id, so the node
// metric ignores it, while its edges still count (as TaskBench does for any unknown tool).
import type { Task } from '../src/pipeline/types.js';
import { parseReference } from '../src/pipeline/task-graph.js';
import { TASK_TYPES, type TaskType } from '../src/registry/task-types.js';
import type { TaskBenchGraph, TaskBenchNode } from './taskbench-metrics.js';

export type Domain = 'huggingface' | 'multimedia';

const HUGGINGFACE: Partial<Record<TaskType, string>> = {
  'token-classification': 'Token Classification',
  translation: 'Translation',
  summarization: 'Summarization',
  'question-answering': 'Question Answering',
  conversational: 'Conversational',
  'text-generation': 'Text Generation',
  'sentence-similarity': 'Sentence Similarity',
  'tabular-classification': 'Tabular Classification',
  'object-detection': 'Object Detection',
  'image-classification': 'Image Classification',
  'image-to-image': 'Image-to-Image',
  'image-to-text': 'Image-to-Text',
  'text-to-image': 'Text-to-Image',
  'text-to-video': 'Text-to-Video',
  'visual-question-answering': 'Visual Question Answering',
  'document-question-answering': 'Document Question Answering',
  'image-segmentation': 'Image Segmentation',
  'depth-estimation': 'Depth Estimation',
  'text-to-speech': 'Text-to-Speech',
  'automatic-speech-recognition': 'Automatic Speech Recognition',
  'audio-to-audio': 'Audio-to-Audio',
  'audio-classification': 'Audio Classification',
};

/** Multimedia tools are mostly downloaders and editors; only these do what one of our tasks does. */
const MULTIMEDIA: Partial<Record<TaskType, string>> = {
  'text-to-image': 'Text-to-Image',
  'text-to-video': 'Text-to-Video',
  'text-to-speech': 'Text-to-Audio',
  'image-to-text': 'Image-to-Text',
  'automatic-speech-recognition': 'Audio-to-Text',
  'audio-to-audio': 'Audio Noise Reduction',
  summarization: 'Text Summarizer',
  translation: 'Text Translator',
  'text-classification': 'Text Sentiment Analysis',
};

/** TaskBench "Image Editing" is our image-to-image with an instruction text. */
export function toolName(task: Task, domain: Domain): string {
  if (domain === 'huggingface' && task.task === 'image-to-image' && task.args.text !== undefined) return 'Image Editing';
  return (domain === 'huggingface' ? HUGGINGFACE : MULTIMEDIA)[task.task] ?? task.task;
}

/** Nodes with `<node-k>` arguments (settings such as the target language left out) and edges from `dep`. */
export function toTaskBenchGraph(tasks: readonly Task[], domain: Domain): TaskBenchGraph {
  const index = new Map(tasks.map((task, position) => [task.id, position]));
  const nodes: TaskBenchNode[] = tasks.map((task) => ({
    task: toolName(task, domain),
    arguments: Object.entries(task.args)
      .filter(([name]) => !TASK_TYPES[task.task].args[name]?.option)
      .map(([, value]) => {
        const k = parseReference(value);
        return k === null ? value : `<node-${index.get(k)}>`;
      }),
  }));
  const links = tasks.flatMap((task) =>
    task.dep.map((k) => ({ source: toolName(tasks[index.get(k)!]!, domain), target: toolName(task, domain) })),
  );
  return { nodes, links };
}
