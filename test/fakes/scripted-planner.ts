// A scripted LLM planner that knows only what the planning prompt tells it. It is given the gold
// plan of a TaskBench request (what a perfect planner would understand), and must write it in the
// service's contract with nothing but the prompt's task signatures: the task type names, their
// argument names, which are required, what kind each takes, and what kind each type produces. A
// prompt cut that drops any of that makes its plans fail validation. So the share of gold plans it
// writes validly measures whether a prompt keeps what changes a plan.
import { toolName } from '../../bench/taskbench-tools.js';
import { TASK_TYPE_NAMES, type TaskType } from '../../src/registry/task-types.js';

export interface Signature {
  args: Array<{ name: string; kind: string; required: boolean }>;
  outputs: string[];
}

export interface GoldSample {
  request: string;
  /** Arguments as a list (`<node-k>` for an output), or a few samples' object form (`{ node: tool }`). */
  nodes: Array<{ task: string; arguments: string[] | Record<string, string | { node: string }> }>;
}

const KINDS = new Set(['text', 'image', 'audio', 'video']);

/**
 * The signatures a prompt states, one per line: `name(arg, arg?:kind)->out,out` (an argument
 * named after its kind may omit it), or the older `- name(arg: kind, arg?: kind) -> out + out: …`.
 */
export function readSignatures(prompt: string): Map<string, Signature> {
  const found = new Map<string, Signature>();
  for (const line of prompt.split('\n')) {
    const match = /^-?\s*([a-z0-9-]+)\(([^)]*)\)\s*->\s*([a-z]+(?:\s*[+,]\s*[a-z]+)*)/.exec(line);
    if (!match) continue;
    const args = match[2]!
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [, name, optional, kind] = /^([a-z_]+)(\?)?(?:\s*:\s*([a-z]+))?$/.exec(part) ?? [];
        return { name: name ?? part, required: !optional, kind: kind ?? (KINDS.has(name ?? '') ? name! : 'unknown') };
      });
    found.set(match[1]!, { args, outputs: match[3]!.split(/\s*[+,]\s*/) });
  }
  return found;
}

/** TaskBench tool name → our task type (Image Editing is image-to-image with an instruction). */
const TYPE_OF_TOOL = new Map<string, TaskType>([
  ...TASK_TYPE_NAMES.map((type) => [toolName({ id: 0, task: type, dep: [], args: {} }, 'huggingface'), type] as const),
  ['Image Editing', 'image-to-image'],
]);

const kindOfValue = (value: string): string => {
  if (/\.(jpe?g|png|gif|bmp|webp)$/i.test(value)) return 'image';
  if (/\.(wav|mp3|flac|ogg|m4a)$/i.test(value)) return 'audio';
  if (/\.(mp4|avi|mov|webm)$/i.test(value)) return 'video';
  return 'text';
};

/** The reply the scripted planner writes for a sample, or undefined when a tool has no task type. */
export function scriptedPlan(signatures: Map<string, Signature>, sample: GoldSample): string | undefined {
  const types = sample.nodes.map((node) => TYPE_OF_TOOL.get(node.task));
  if (types.some((type) => type === undefined || !signatures.has(type))) return undefined;
  const tasks = sample.nodes.map((node, id) => {
    const signature = signatures.get(types[id]!)!;
    const free = signature.args.filter((arg) => arg.kind !== 'setting');
    const args: Record<string, string> = {};
    const dep: number[] = [];
    const list = Array.isArray(node.arguments)
      ? node.arguments
      : Object.values(node.arguments).map((value) => (typeof value === 'string' ? value : `<node-${sample.nodes.findIndex((other) => other.task === value.node)}>`));
    for (const raw of list) {
      const value = raw.replace(/^[a-z_]+:\s*/i, '');
      const reference = /^<node-(\d+)>$/.exec(value);
      const kinds = reference ? (signatures.get(types[Number(reference[1])]!)?.outputs ?? []) : [kindOfValue(value)];
      const slot = free.find((arg) => !(arg.name in args) && kinds.includes(arg.kind));
      if (!slot) continue; // the prompt gives no argument for it: a planner would leave it out
      args[slot.name] = reference ? `<GENERATED>-${reference[1]}` : value;
      if (reference) dep.push(Number(reference[1]));
    }
    return { id, task: types[id], dep, args };
  });
  return JSON.stringify({ tasks });
}
