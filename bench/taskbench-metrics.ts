// TaskBench scoring ("resource" mode of upstream evaluate.py), as specified in
// shared/taskbench/README.md (summarised in bench/data/taskbench/README.md): node F1, edge F1, t-F1 and v-F1, micro-averaged over samples.
// Pure functions: the bench script and the unit test share them.

export interface TaskBenchNode {
  task: string;
  /** Usually a list of strings; upstream data also holds objects, arrays and dicts. */
  arguments?: unknown;
}

export interface TaskBenchLink {
  source: string;
  target: string;
}

export interface TaskBenchGraph {
  nodes: TaskBenchNode[];
  /** When absent, edges are derived from the `<node-k>` arguments. */
  links?: TaskBenchLink[];
}

export type Structure = 'single' | 'chain' | 'dag';

export interface TaskBenchSample extends TaskBenchGraph {
  id: string;
  request: string;
  type: Structure;
  links: TaskBenchLink[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SampleCounts {
  node: Counts;
  edge: Counts;
  argName: Counts;
  argValue: Counts;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Tool output types by tool id (first `output-type`, "none" when the list is empty). */
export type OutputTypes = ReadonlyMap<string, string>;

export const normaliseName = (name: string): string => name.replaceAll('_', ' ');

const IMAGE_EXTENSIONS = ['.jpg', '.png', '.jpeg', '.gif', '.bmp', '.tiff', '.svg', '.ico'];
const AUDIO_EXTENSIONS = ['.mp3', '.wav', '.wma', '.ogg', '.aac', '.flac', '.aiff', '.au'];
const VIDEO_EXTENSIONS = ['.mp4', '.avi', '.mov', '.flv', '.wmv', '.mkv', '.webm', '.m4v', '.mpg', '.mpeg'];

/** Upstream's content type of a literal argument: by extension substring, after trimming `'`. */
export function contentType(value: string): string {
  const content = value.replace(/^'+|'+$/g, '');
  if (IMAGE_EXTENSIONS.some((ext) => content.includes(ext))) return 'image';
  if (AUDIO_EXTENSIONS.some((ext) => content.includes(ext))) return 'audio';
  if (VIDEO_EXTENSIONS.some((ext) => content.includes(ext))) return 'video';
  return 'text';
}

/** The arguments as upstream iterates them: a dict yields its keys, as Python's `for a in dict` does. */
function argumentList(args: unknown): unknown[] {
  if (Array.isArray(args)) return args;
  if (typeof args === 'string') return [...args];
  if (typeof args === 'object' && args !== null) return Object.keys(args);
  return [];
}

/** An object argument reads as its first value; an array as its elements joined by spaces. */
function readArgument(argument: unknown): string | null {
  let value = argument;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) value = Object.values(value)[0];
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? value.join(' ') : null;
  return typeof value === 'string' ? value : null;
}

type Reading = { kind: 'literal'; value: string } | { kind: 'node'; index: number } | { kind: 'self' } | { kind: 'unreadable' };

const INTEGER = /^\s*[+-]?\d+\s*$/;

/** Reads one argument of node `self` in a list of `count` nodes, by rule 3 of the README. */
function readReference(argument: unknown, self: number, count: number): Reading {
  const value = readArgument(argument);
  if (value === null) return { kind: 'unreadable' };
  const at = value.indexOf('<node-');
  if (at === -1) return { kind: 'literal', value };
  // Upstream slices up to the first ">" of the whole string, even when it comes before "<node-".
  const text = value.slice(at + 6, Math.max(at + 6, value.indexOf('>')));
  if (value.indexOf('>') === -1 || !INTEGER.test(text)) return { kind: 'unreadable' };
  const k = Number(text.trim());
  if (k === self) return { kind: 'self' };
  if (k >= count || k < -count) return { kind: 'unreadable' };
  return { kind: 'node', index: k < 0 ? count + k : k };
}

/** Edges (source, target) derived from `<node-k>` arguments. */
export function edgesOfNodes(nodes: readonly TaskBenchNode[]): TaskBenchLink[] {
  const links: TaskBenchLink[] = [];
  nodes.forEach((node, index) => {
    for (const argument of argumentList(node.arguments)) {
      const reading = readReference(argument, index, nodes.length);
      if (reading.kind === 'node') links.push({ source: normaliseName(nodes[reading.index]!.task), target: node.task });
    }
  });
  return links;
}

/** `{task}-{name}` and `{task}-{name}-{value}` strings of every argument (rule 5). */
export function argumentPairs(nodes: readonly TaskBenchNode[], outputTypes: OutputTypes): { names: Set<string>; values: Set<string> } {
  const names = new Set<string>();
  const values = new Set<string>();
  nodes.forEach((node, index) => {
    const task = normaliseName(node.task);
    let previous: { name: string; value: string } | null = null;
    for (const argument of argumentList(node.arguments)) {
      const reading = readReference(argument, index, nodes.length);
      if (reading.kind === 'self') continue;
      let pair: { name: string; value: string } | null = previous;
      if (reading.kind === 'literal') pair = { name: contentType(reading.value), value: reading.value };
      if (reading.kind === 'node') {
        const source = normaliseName(nodes[reading.index]!.task);
        pair = { name: outputTypes.get(source) ?? 'other', value: source };
      }
      // Upstream repeats the previous pair for an unreadable argument; with none before, it has nothing to add.
      if (pair === null) continue;
      previous = pair;
      names.add(`${task}-${pair.name}`);
      values.add(`${task}-${pair.name}-${pair.value}`);
    }
  });
  return { names, values };
}

function compare<T>(gold: ReadonlySet<T>, predicted: ReadonlySet<T>): Counts {
  let tp = 0;
  for (const item of predicted) if (gold.has(item)) tp += 1;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}

const linkKey = (link: TaskBenchLink): string => `${link.source}\u0000${link.target}`;

/** Counts of one sample; a missing prediction is scored as an empty graph. */
export function scoreSample(gold: TaskBenchSample, predicted: TaskBenchGraph | null, tools: ReadonlySet<string>, outputTypes: OutputTypes): SampleCounts {
  const prediction = predicted ?? { nodes: [], links: [] };
  const toolNames = (nodes: readonly TaskBenchNode[]) => new Set(nodes.map((node) => normaliseName(node.task)).filter((name) => tools.has(name)));
  const goldArgs = argumentPairs(gold.nodes, outputTypes);
  const predictedArgs = argumentPairs(prediction.nodes, outputTypes);
  return {
    node: compare(toolNames(gold.nodes), toolNames(prediction.nodes)),
    edge: compare(new Set(gold.links.map(linkKey)), new Set((prediction.links ?? edgesOfNodes(prediction.nodes)).map(linkKey))),
    argName: compare(goldArgs.names, predictedArgs.names),
    argValue: compare(goldArgs.values, predictedArgs.values),
  };
}

export const emptyCounts = (): SampleCounts => ({
  node: { tp: 0, fp: 0, fn: 0 },
  edge: { tp: 0, fp: 0, fn: 0 },
  argName: { tp: 0, fp: 0, fn: 0 },
  argValue: { tp: 0, fp: 0, fn: 0 },
});

/** Adds `counts` into `total` (micro average: sums first, ratios last). */
export function addCounts(total: SampleCounts, counts: SampleCounts): SampleCounts {
  for (const key of Object.keys(total) as Array<keyof SampleCounts>) {
    total[key].tp += counts[key].tp;
    total[key].fp += counts[key].fp;
    total[key].fn += counts[key].fn;
  }
  return total;
}

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);

export function f1Score(counts: Counts): Score {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** Output types from a `tools.json` document. */
export function outputTypesOf(tools: { nodes: Array<{ id: string; 'output-type': string[] }> }): Map<string, string> {
  return new Map(tools.nodes.map((tool) => [tool.id, tool['output-type'][0] ?? 'none']));
}
