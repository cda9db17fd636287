// What the local experts share within one provider: the lazily loaded models, the tfjs worker
// thread, the commands found on this machine, a lane for the OCR worker, and the options.
import type { ExpertOutput, ResolvedArgs } from '../../pipeline/types.js';
import type { Worker as TesseractWorker } from 'tesseract.js';
import { createCommandFinder, type CommandFinder } from './commands.js';
import { loadLanguageIdentifier } from './language-id.js';
import type { Detection } from '../format.js';
import { createLane, lazy, type Lane } from './lazy.js';
import { createMemo, type Memo } from './memo.js';
import { loadCompromise } from './ner.js';
import { loadTesseract } from './ocr.js';
import { createTfjsWorker, isTfjsModel, type TfjsModel, type TfjsWorker } from './tfjs-client.js';
import { loadVader } from './sentiment.js';
import { loadWink } from './wink.js';

export interface LocalProviderOptions {
  /** Command name → path (or another name on the PATH), e.g. `{ apertium: '/opt/apertium/bin/apertium' }`. */
  commands?: Partial<Record<string, string>>;
  /** Largest image (width × height) the x2 upscaler accepts; 800×534 takes about 15 s on 2 cores. Default 500 000. */
  maxUpscalePixels?: number;
  /** Longest audio (seconds) speech recognition accepts. Default 300. */
  maxAudioSeconds?: number;
  /** Time limit of one external command (ms). Default 60 000. */
  commandTimeoutMs?: number;
  /** Node binary that runs the wasm espeak-ng child process. Default: the running one. */
  nodePath?: string;
}

export type ResolvedOptions = Required<Omit<LocalProviderOptions, 'commands'>>;

export interface Runtime {
  options: ResolvedOptions;
  commands: CommandFinder;
  /** The models loaded in this thread. */
  models: ReturnType<typeof createModels>;
  /** The worker thread that runs the tfjs models (CenterNet, selfie, upscaler). */
  tfjs: TfjsWorker;
  /** One OCR job at a time on the worker. */
  tesseractLane: Lane;
  /** CenterNet's fused detections of the last images seen, by the hash of their bytes. */
  detections: Memo<Detection[]>;
}

export type ModelKey = keyof Runtime['models'] | TfjsModel;

export interface ExpertContext {
  runtime: Runtime;
  /** The local model id being run, for messages. */
  model: string;
  signal?: AbortSignal;
}

export type ExpertRun = (args: ResolvedArgs, context: ExpertContext) => Promise<ExpertOutput>;

function createModels() {
  return {
    tesseract: lazy<TesseractWorker>(loadTesseract),
    wink: lazy(loadWink),
    vader: lazy(loadVader),
    fasttext: lazy(loadLanguageIdentifier),
    compromise: lazy(loadCompromise),
  };
}

export function createRuntime(options: LocalProviderOptions = {}): Runtime {
  return {
    options: {
      maxUpscalePixels: options.maxUpscalePixels ?? 500_000,
      maxAudioSeconds: options.maxAudioSeconds ?? 300,
      commandTimeoutMs: options.commandTimeoutMs ?? 60_000,
      nodePath: options.nodePath ?? process.execPath,
    },
    commands: createCommandFinder(options.commands),
    models: createModels(),
    tfjs: createTfjsWorker(),
    tesseractLane: createLane(),
    detections: createMemo(32),
  };
}

/** Loads a model where it runs (this thread or the tfjs worker), without running it. */
export async function loadModel(runtime: Runtime, key: ModelKey): Promise<void> {
  if (isTfjsModel(key)) await runtime.tfjs.load(key);
  else await runtime.models[key].get();
}

/** Ends what keeps the process alive (the OCR and tfjs worker threads) and forgets loaded models. */
export async function closeRuntime(runtime: Runtime): Promise<void> {
  const worker = await runtime.models.tesseract.reset();
  await Promise.all([worker?.terminate(), runtime.tfjs.close()]);
  await Promise.all(Object.values(runtime.models).map((model) => model.reset()));
  runtime.detections.clear();
}
