// The latency suite's requests: what the user writes and the plan the (fake) LLM writes for it.
// Single tasks, chains of 2 and 3, wide fan-outs, diamonds and a 6-task DAG, on the example photos
// and a short recording. The wording is what a user would write, and it is what the select stage
// reads (a caption is asked for with "describe", a sentiment with "positive").
import type { Task } from '../src/pipeline/types.js';

export interface Scenario {
  name: string;
  structure: 'single' | 'chain' | 'fan-out' | 'diamond' | 'dag';
  request: string;
  tasks: Task[];
}

const PARAGRAPH =
  'The Eiffel Tower is a wrought-iron lattice tower on the Champ de Mars in Paris. It is named after the engineer Gustave Eiffel, whose company designed and built it for the 1889 World Fair. It is 330 metres tall and was the tallest man-made structure in the world for 41 years.';

const task = (id: number, type: Task['task'], args: Record<string, string>, dep: number[] = []): Task => ({ id, task: type, dep, args });

export const SCENARIOS: Scenario[] = [
  { name: 'single: caption', structure: 'single', request: 'Describe the picture /examples/a.jpg.', tasks: [task(0, 'image-to-text', { image: '/examples/a.jpg' })] },
  { name: 'single: detect', structure: 'single', request: 'Detect the objects in /examples/c.jpg.', tasks: [task(0, 'object-detection', { image: '/examples/c.jpg' })] },
  { name: 'single: summary (direct)', structure: 'single', request: `Summarize this: "${PARAGRAPH}"`, tasks: [task(0, 'summarization', { text: PARAGRAPH })] },
  {
    name: 'chain 2: detect, speak',
    structure: 'chain',
    request: 'Count the objects in /examples/c.jpg and say the result aloud.',
    tasks: [task(0, 'object-detection', { image: '/examples/c.jpg' }), task(1, 'text-to-speech', { text: '<GENERATED>-0' }, [0])],
  },
  {
    name: 'chain 2: transcribe, summarize',
    structure: 'chain',
    request: 'Transcribe /examples/talk.wav and summarize what is said.',
    tasks: [task(0, 'automatic-speech-recognition', { audio: '/examples/talk.wav' }), task(1, 'summarization', { text: '<GENERATED>-0' }, [0])],
  },
  {
    name: 'chain 3: caption, summarize, speak',
    structure: 'chain',
    request: 'Describe /examples/b.jpg, summarize the description and read the summary aloud.',
    tasks: [task(0, 'image-to-text', { image: '/examples/b.jpg' }), task(1, 'summarization', { text: '<GENERATED>-0' }, [0]), task(2, 'text-to-speech', { text: '<GENERATED>-1' }, [1])],
  },
  {
    name: 'chain 3: transcribe, translate, speak',
    structure: 'chain',
    request: 'Transcribe /examples/talk.wav, translate it into Spanish and read the translation aloud.',
    tasks: [
      task(0, 'automatic-speech-recognition', { audio: '/examples/talk.wav' }),
      task(1, 'translation', { text: '<GENERATED>-0', target_language: 'es' }, [0]),
      task(2, 'text-to-speech', { text: '<GENERATED>-1' }, [1]),
    ],
  },
  {
    name: 'fan-out 4: one photo, four analyses',
    structure: 'fan-out',
    request: 'Analyse /examples/d.jpg: detect its objects, label it, segment it and estimate its depth.',
    tasks: [
      task(0, 'object-detection', { image: '/examples/d.jpg' }),
      task(1, 'image-classification', { image: '/examples/d.jpg' }),
      task(2, 'image-segmentation', { image: '/examples/d.jpg' }),
      task(3, 'depth-estimation', { image: '/examples/d.jpg' }),
    ],
  },
  {
    name: 'fan-out 1→3: caption, then three uses',
    structure: 'fan-out',
    request: 'Describe /examples/e.jpg; then summarize the description, read it aloud and tell me whether its tone is positive.',
    tasks: [
      task(0, 'image-to-text', { image: '/examples/e.jpg' }),
      task(1, 'summarization', { text: '<GENERATED>-0' }, [0]),
      task(2, 'text-to-speech', { text: '<GENERATED>-0' }, [0]),
      task(3, 'text-classification', { text: '<GENERATED>-0' }, [0]),
    ],
  },
  {
    name: 'diamond: transcribe, two texts, compare',
    structure: 'diamond',
    request: 'Transcribe /examples/talk.wav, summarize it and continue it with a paragraph, then tell me how similar the summary and the continuation are.',
    tasks: [
      task(0, 'automatic-speech-recognition', { audio: '/examples/talk.wav' }),
      task(1, 'summarization', { text: '<GENERATED>-0' }, [0]),
      task(2, 'text-generation', { text: '<GENERATED>-0' }, [0]),
      task(3, 'sentence-similarity', { text: '<GENERATED>-1', other_text: '<GENERATED>-2' }, [1, 2]),
    ],
  },
  {
    name: 'diamond: caption, speak and summarize, compare',
    structure: 'diamond',
    request: 'Describe /examples/b.jpg; summarize the description and read it aloud; then transcribe that speech and tell me how similar it is to the summary.',
    tasks: [
      task(0, 'image-to-text', { image: '/examples/b.jpg' }),
      task(1, 'summarization', { text: '<GENERATED>-0' }, [0]),
      task(2, 'text-to-speech', { text: '<GENERATED>-0' }, [0]),
      task(3, 'automatic-speech-recognition', { audio: '<GENERATED>-2' }, [2]),
      task(4, 'sentence-similarity', { text: '<GENERATED>-1', other_text: '<GENERATED>-3' }, [1, 3]),
    ],
  },
  {
    name: 'DAG of 6',
    structure: 'dag',
    request: 'Look at /examples/g.jpg: describe it and detect the objects, summarize the description and read the summary aloud, answer how many people there are, and tell me how similar the summary and that answer are.',
    tasks: [
      task(0, 'image-to-text', { image: '/examples/g.jpg' }),
      task(1, 'object-detection', { image: '/examples/g.jpg' }),
      task(2, 'summarization', { text: '<GENERATED>-0' }, [0]),
      task(3, 'text-to-speech', { text: '<GENERATED>-2' }, [2]),
      task(4, 'visual-question-answering', { image: '/examples/g.jpg', question: 'How many people are there?' }),
      task(5, 'sentence-similarity', { text: '<GENERATED>-2', other_text: '<GENERATED>-4' }, [2, 4]),
    ],
  },
];

/** Tasks on the longest dependency chain. */
export function longestChain(tasks: Task[]): number {
  const depth = new Map<number, number>();
  const visit = (task: Task): number => {
    if (!depth.has(task.id)) depth.set(task.id, 1 + Math.max(0, ...task.dep.map((k) => visit(tasks.find((other) => other.id === k)!))));
    return depth.get(task.id)!;
  };
  return Math.max(...tasks.map(visit));
}

/** The answer the fake LLM writes: about 110 tokens, like a short HuggingGPT answer with its file. */
export const ANSWER =
  'Here is what I found. The picture shows two zebras grazing next to a giraffe on a sunny savanna, with trees in the background. ' +
  'I described the image with an image-to-text model, then summarized the description and read it aloud with a text-to-speech model; ' +
  'the spoken summary is attached as /artifacts/0123456789abcdef0123456789abcdef.wav. Every task succeeded. Let me know if you want more details about any of the animals.';
