// Benchmark of the local experts: `npm run bench:experts` (optionally followed by model ids).
// Each model runs in a fresh process, so its cold load and its memory are its own: the load of
// the in-process models it needs, the first call (which includes runtime warm-up), the median
// of several calls on *different* inputs (tfjs and the OS would flatter repeated inputs), the
// main thread's worst event-loop delay during the load and during the calls (how long a health
// check or any other request would have stalled), and the process's RSS and JS heap after them.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { createLocalProvider } from '../src/experts/local/index.js';
import type { ExpertCall, Media, ResolvedArgs } from '../src/pipeline/types.js';

const root = new URL('../', import.meta.url);
const LIBRIVOX = '/usr/share/pocketsphinx/test/data/librivox';
const PHOTOS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

const photo = async (name: string, width?: number): Promise<Media> => {
  const bytes = await readFile(new URL(`public/examples/${name}.jpg`, root));
  return width ? { kind: 'image', mime: 'image/png', bytes: await sharp(bytes).resize(width).png().toBuffer() } : { kind: 'image', mime: 'image/jpeg', bytes };
};

async function textImage(lines: string[]): Promise<Media> {
  const rows = lines.map((line, index) => `<text x="30" y="${70 + index * 70}" font-family="DejaVu Sans" font-size="40">${line}</text>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="820" height="${40 + lines.length * 70}"><rect width="100%" height="100%" fill="white"/>${rows.join('')}</svg>`;
  return { kind: 'image', mime: 'image/png', bytes: await sharp(Buffer.from(svg)).png().toBuffer() };
}

const DOCUMENTS = [
  ['Invoice number 4521', 'Total due: 318 euros', 'Payment by bank transfer'],
  ['Meeting notes, 3 March', 'Budget approved for the new lab', 'Next review in June'],
  ['Flight BA 117 to New York', 'Boarding at gate 22', 'Departure 18:45'],
  ['Recipe for pancakes', 'Mix flour, eggs and milk', 'Cook for two minutes each side'],
  ['Library card 88213', 'Books due on Friday', 'Late fee one euro a day'],
  ['Train ticket Paris to Lyon', 'Coach 7 seat 42', 'Valid on 12 May only'],
];
const SENTENCES = [
  'Barack Obama met Angela Merkel in Berlin on Tuesday to discuss trade with Microsoft.',
  'I absolutely love this wonderful film, it was a great evening with friends.',
  'The service at the hotel in Madrid was slow and the room was dirty and cold.',
  'Marie Curie worked in Paris and won two Nobel prizes for her research on radioactivity.',
  'The new library in Oslo opened last week and visitors were delighted with its design.',
  'Apple and Google announced new phones in California, and analysts in London were unimpressed.',
];
const CONTEXT =
  'The Eiffel Tower is a wrought-iron lattice tower on the Champ de Mars in Paris, France. It is named after the engineer Gustave Eiffel, whose company designed and built the tower. ' +
  'Locally nicknamed "La dame de fer", it was constructed from 1887 to 1889 as the centerpiece of the 1889 World\'s Fair. The tower is 330 metres tall, about the same height as an 81-storey building. ' +
  'It was the tallest man-made structure in the world until the Chrysler Building in New York City was finished in 1930.';
const QUESTIONS = ['How tall is the tower?', 'Who designed the tower?', 'When was the Chrysler Building finished?', 'Where is the tower?', 'What is the tower made of?', 'What was it the centerpiece of?'];
const MULTILINGUAL = ['Bonjour tout le monde, comment allez-vous ?', 'Hola, ¿dónde está la estación de tren?', 'Guten Morgen, wie geht es dir heute?', 'Buongiorno, come stai oggi?', 'Good morning, how are you today?', 'Bom dia, como você está hoje?'];
const TRANSLATE = ['Hello, my friend. How are you today?', 'Buenos días, ¿dónde está la estación de tren?', 'The house is big and the garden is green.', 'Me gusta mucho leer libros por la noche.', 'We will travel to the mountains next week.', 'El gato duerme en la silla.'];

/** Different inputs for each call of a model, first one used for the cold call. */
async function inputsFor(id: string): Promise<ResolvedArgs[]> {
  switch (id) {
    case 'local/centernet-coco':
    case 'local/centernet-labels':
    case 'local/centernet-caption':
    case 'local/selfie-segmentation':
      return Promise.all(PHOTOS.map(async (name) => ({ image: await photo(name) })));
    case 'local/centernet-vqa':
      return Promise.all(PHOTOS.map(async (name) => ({ image: await photo(name), question: 'How many people are there?' })));
    case 'local/upscalerjs-x2':
      return Promise.all(PHOTOS.map(async (name) => ({ image: await photo(name, 128) })));
    case 'local/tesseract-eng':
      return Promise.all(DOCUMENTS.map(async (lines) => ({ image: await textImage(lines) })));
    case 'local/tesseract-bm25-docqa':
      return Promise.all(DOCUMENTS.map(async (lines) => ({ image: await textImage(lines), question: `What about ${lines[1]!.split(' ')[0]}?` })));
    case 'local/espeak-ng':
    case 'local/compromise-ner':
    case 'local/vader-sentiment':
      return SENTENCES.map((text) => ({ text }));
    case 'local/fasttext-language-id':
      return MULTILINGUAL.map((text) => ({ text }));
    case 'local/wink-extractive-summary':
      return SENTENCES.map((_sentence, index) => ({ text: [...SENTENCES.slice(index), ...SENTENCES.slice(0, index)].join(' ') + ' ' + CONTEXT }));
    case 'local/bm25-sentence-qa':
      return QUESTIONS.map((question) => ({ question, context: CONTEXT }));
    case 'local/apertium-en-es':
      return TRANSLATE.map((text) => ({ text }));
    case 'local/pocketsphinx-en-us': {
      const files = ['0870', '0880', '0890', '0920', '0930'].map((n) => `${LIBRIVOX}/sense_and_sensibility_01_austen_64kb-${n}.wav`).filter((file) => existsSync(file));
      return Promise.all(files.map(async (file) => ({ audio: { kind: 'audio', mime: 'audio/wav', bytes: await readFile(file) } as Media })));
    }
    default:
      return [];
  }
}

interface Figures {
  model: string;
  task: string;
  loadMs: number;
  firstCallMs: number;
  medianCallMs: number;
  calls: number;
  /** Worst event-loop delay of the main thread while the models loaded / during all the calls. */
  loadLoopDelayMs: number;
  callLoopDelayMs: number;
  rssMb: number;
  heapMb: number;
  skipped?: string;
}

const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** Runs `work` while sampling the event loop every millisecond; returns the worst delay in ms. */
async function worstLoopDelay(work: () => Promise<void>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  try {
    await work();
    // The sampling timer records a stall when it next fires: let it fire once more, or work that
    // never yields to the event loop (one long synchronous call) would go unrecorded.
    await new Promise((resolve) => setTimeout(resolve, 5));
  } finally {
    histogram.disable();
  }
  return histogram.max / 1e6;
}
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** Variants measured besides the defaults: `#wasm` is text-to-speech without the Debian espeak-ng. */
const VARIANTS = ['local/espeak-ng#wasm'];

/** In the child process: measure one model. */
async function measure(spec: string): Promise<Figures> {
  const [id = spec, variant] = spec.split('#');
  const provider = createLocalProvider(variant === 'wasm' ? { commands: { 'espeak-ng': '/nonexistent/espeak-ng' } } : {});
  const entry = provider.models().find((model) => model.id === id);
  if (!entry) throw new Error(`unknown local model ${id}`);
  const base = { model: spec, task: entry.task, loadMs: NaN, firstCallMs: NaN, medianCallMs: NaN, calls: 0, loadLoopDelayMs: NaN, callLoopDelayMs: NaN, rssMb: NaN, heapMb: NaN };
  const status = provider.status(entry);
  const inputs = await inputsFor(id);
  if (!status.available || inputs.length < 2) return { ...base, skipped: status.reason ?? 'no benchmark inputs' };
  const call = (args: ResolvedArgs): ExpertCall => ({ model: id, task: entry.task, args });
  try {
    let started = performance.now();
    const loadLoopDelayMs = await worstLoopDelay(() => provider.preload(id));
    const loadMs = performance.now() - started;
    let firstCallMs = NaN;
    const times: number[] = [];
    const callLoopDelayMs = await worstLoopDelay(async () => {
      started = performance.now();
      await provider.run(call(inputs[0]!), {});
      firstCallMs = performance.now() - started;
      for (const args of inputs.slice(1)) {
        started = performance.now();
        await provider.run(call(args), {});
        times.push(performance.now() - started);
      }
    });
    const memory = process.memoryUsage();
    return {
      ...base,
      loadMs,
      firstCallMs,
      medianCallMs: median(times),
      calls: times.length,
      loadLoopDelayMs,
      callLoopDelayMs,
      rssMb: megabytes(memory.rss),
      heapMb: megabytes(memory.heapUsed),
    };
  } finally {
    await provider.close();
  }
}

/** In the parent: one fresh process per model, figures printed as a table. */
async function main(only: string[]): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const ids = only.length > 0 ? only : [...createLocalProvider().models().map((model) => model.id), ...VARIANTS];
  const baseline = process.memoryUsage();
  console.log(`local experts benchmark: Node ${process.version}, one process per model; this parent process (tsx, sharp, no model loaded) has RSS ${megabytes(baseline.rss)} MB\n`);
  const header = ['model', 'task', 'load ms', 'first call ms', 'median call ms (n)', 'worst loop delay ms: load / calls', 'RSS MB', 'heap MB'];
  const rows: string[][] = [];
  for (const id of ids) {
    const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, self, '--one', id], { maxBuffer: 1 << 20 });
    const figures = JSON.parse(stdout.trim().split('\n').at(-1)!) as Figures;
    const ms = (value: number): string => (Number.isNaN(value) ? '-' : String(Math.round(value)));
    rows.push(
      figures.skipped
        ? [figures.model, figures.task, `skipped: ${figures.skipped}`, '', '', '', '', '']
        : [
            figures.model,
            figures.task,
            ms(figures.loadMs),
            ms(figures.firstCallMs),
            `${ms(figures.medianCallMs)} (${figures.calls})`,
            `${ms(figures.loadLoopDelayMs)} / ${ms(figures.callLoopDelayMs)}`,
            String(figures.rssMb),
            String(figures.heapMb),
          ],
    );
    console.error(`done ${id}`);
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));
}

const args = process.argv.slice(2);
if (args[0] === '--one') {
  console.log(JSON.stringify(await measure(args[1]!)));
} else {
  await main(args);
}
