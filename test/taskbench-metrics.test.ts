import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import {
  addCounts,
  argumentPairs,
  contentType,
  edgesOfNodes,
  emptyCounts,
  f1Score,
  outputTypesOf,
  scoreSample,
  type TaskBenchNode,
  type TaskBenchSample,
} from '../bench/taskbench-metrics.js';
import { toTaskBenchGraph } from '../bench/taskbench-tools.js';

const tools = outputTypesOf({
  nodes: [
    { id: 'Image Classification', 'output-type': ['text'] },
    { id: 'Text-to-Speech', 'output-type': ['audio'] },
    { id: 'Sentence Similarity', 'output-type': [] },
    { id: 'Image Editing', 'output-type': ['image'] },
  ],
});
const toolIds = new Set(tools.keys());
const edges = (nodes: TaskBenchNode[]) => edgesOfNodes(nodes).map((link) => `${link.source} -> ${link.target}`);

t.test('edges from <node-k> arguments, including the irregular forms', async (t) => {
  t.same(
    edges([
      { task: 'Image_Classification', arguments: ['example.jpg'] },
      { task: 'Text-to-Speech', arguments: [{ text: '<node-0>' }] },
      { task: 'Sentence Similarity', arguments: [['<node-1>', 'and more'], ' <node- 0 >'] },
    ]),
    ['Image Classification -> Text-to-Speech', 'Text-to-Speech -> Sentence Similarity', 'Image Classification -> Sentence Similarity'],
    'an object gives its first value, an array is joined, whitespace around k is allowed; sources are normalised',
  );
  t.same(
    edges([
      { task: 'Image_Editing', arguments: ['<node-1>'] },
      { task: 'Text-to-Speech', arguments: ['<node-1>', '<node-7>', 'Image_Editing', '<output-node-0>', 'a>b <node-0>', 5, '<node--2>'] },
    ]),
    ['Text-to-Speech -> Image_Editing', 'Image Editing -> Text-to-Speech'],
    'self, out of range, by name, "<output-…>" and a ">" before "<node-" give nothing; -2 counts from the end; targets stay as written',
  );
  t.same(edges([{ task: 'Text-to-Speech', arguments: { text: { node: 'Image-to-Text' }, image: 'x.jpg' } }]), [], 'a dict of arguments yields its keys');
});

t.test('argument pairs for t-F1 and v-F1', async (t) => {
  t.equal(contentType("'example.wav'"), 'audio');
  t.equal(contentType('clip.mpeg'), 'video');
  t.equal(contentType('https://example.com/a.PNG'), 'text', 'extensions are matched as written');
  const pairs = argumentPairs(
    [
      { task: 'Image_Classification', arguments: [5, 'photo.jpg', 7, '<node-0>'] },
      { task: 'Sentence Similarity', arguments: ['<node-0>', '<node-2>', '<node-9>'] },
      { task: 'Unknown Tool', arguments: ['<node-1>'] },
    ],
    tools,
  );
  t.same([...pairs.names].sort(), ['Image Classification-image', 'Sentence Similarity-other', 'Sentence Similarity-text', 'Unknown Tool-none']);
  t.same([...pairs.values].sort(), [
    'Image Classification-image-photo.jpg',
    'Sentence Similarity-other-Unknown Tool',
    'Sentence Similarity-text-Image Classification',
    'Unknown Tool-none-Sentence Similarity',
  ]);
});

const sample = (nodes: TaskBenchNode[], links: Array<[string, string]>): TaskBenchSample => ({
  id: 'x',
  request: 'r',
  type: 'chain',
  nodes,
  links: links.map(([source, target]) => ({ source, target })),
});

t.test('node and edge counts per sample, micro-averaged', async (t) => {
  const gold = sample(
    [
      { task: 'Image Classification', arguments: ['a.jpg'] },
      { task: 'Text-to-Speech', arguments: ['<node-0>'] },
      { task: 'Text-to-Speech', arguments: ['<node-0>'] },
      { task: 'Not A Tool', arguments: [] },
    ],
    [['Image Classification', 'Text-to-Speech']],
  );
  const predicted = {
    nodes: [
      { task: 'Text-to-Speech', arguments: ['hi'] },
      { task: 'Image_Editing', arguments: ['a.jpg', 'red'] },
      { task: 'made-up-tool', arguments: [] },
    ],
    links: [{ source: 'Image Editing', target: 'Text-to-Speech' }],
  };
  const counts = scoreSample(gold, predicted, toolIds, tools);
  t.same(counts.node, { tp: 1, fp: 1, fn: 1 }, 'repeats count once; names outside the tool list are ignored');
  t.same(counts.edge, { tp: 0, fp: 1, fn: 1 });

  const missing = scoreSample(gold, null, toolIds, tools);
  t.same(missing.node, { tp: 0, fp: 0, fn: 2 }, 'a failed prediction is an empty graph');
  t.same(missing.edge, { tp: 0, fp: 0, fn: 1 });

  const derived = scoreSample(gold, { nodes: gold.nodes }, toolIds, tools);
  t.same(derived.edge, { tp: 1, fp: 0, fn: 0 }, 'without links, edges come from the arguments');

  const total = addCounts(addCounts(emptyCounts(), counts), derived);
  t.same(total.node, { tp: 3, fp: 1, fn: 1 });
  t.same(f1Score(total.node), { precision: 0.75, recall: 0.75, f1: 0.75 });
  t.same(f1Score({ tp: 0, fp: 0, fn: 0 }), { precision: 0, recall: 0, f1: 0 }, '0/0 is 0');
});

t.test('our plans as TaskBench graphs', async (t) => {
  const graph = toTaskBenchGraph(
    [
      { id: 0, task: 'image-to-image', dep: [], args: { image: 'a.jpg', text: 'make it red' } },
      { id: 1, task: 'translation', dep: [], args: { text: 'hola', target_language: 'en' } },
      { id: 2, task: 'image-classification', dep: [0], args: { image: '<GENERATED>-0' } },
    ],
    'huggingface',
  );
  t.same(graph.nodes, [
    { task: 'Image Editing', arguments: ['a.jpg', 'make it red'] },
    { task: 'Translation', arguments: ['hola'] },
    { task: 'Image Classification', arguments: ['<node-0>'] },
  ]);
  t.same(graph.links, [{ source: 'Image Editing', target: 'Image Classification' }]);
  t.same(toTaskBenchGraph([{ id: 0, task: 'depth-estimation', dep: [], args: { image: 'a.jpg' } }], 'multimedia').nodes[0]!.task, 'depth-estimation', 'no counterpart: our name');
});

const here = dirname(fileURLToPath(import.meta.url));
const devSets = ['huggingface', 'multimedia'].map((domain) => resolve(here, `../bench/data/taskbench/${domain}/dev.jsonl`));

t.test('the gold links of the dev sets follow the edge rule', { skip: !devSets.every((file) => existsSync(file)) && 'dev sets not present' }, async (t) => {
  for (const file of devSets) {
    for (const line of readFileSync(file, 'utf8').split('\n').filter((text) => text.trim())) {
      const gold = JSON.parse(line) as TaskBenchSample;
      const key = (links: Array<{ source: string; target: string }>) => [...new Set(links.map((link) => `${link.source} -> ${link.target}`))].sort();
      t.same(key(edgesOfNodes(gold.nodes)), key(gold.links), gold.id);
    }
  }
});
