// What the local experts share within one provider: the lazily loaded models, the commands found
// on this machine, a lane for the OCR worker, and the options.
import type { ExpertOutput, ResolvedArgs } from '../../pipeline/types.js';
import type { Worker as TesseractWorker } from 'tesseract.js';
import { createCommandFinder, type CommandFinder } from './commands.js';
import { loadCenterNet, loadSelfie } from './human.js';
import { loadLanguageIdentifier } from './language-id.js';
import { createLane, lazy, type Lane } from './lazy.js';
import { loadCompromise } from './ner.js';
import { loadTesseract } from './ocr.js';
import { loadUpscaler } from './upscale.js';
import { loadWink } from './wink.js';

export interface LocalProviderOptions {
  /** Command name → path (or another name on the PATH), e.g. `{ apertium: '/opt/apertium/bin/apertium' }`. */
  commands?: Partial<Record<string, string>>;
  /** Largest image (width × height) the x2 upscaler accepts; about 8 s at the limit on 2 cores. Default 300 000. */
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
  models: ReturnType<typeof createModels>;
  /** One OCR job at a time on the worker. */
  tesseractLane: Lane;
}

export type ModelKey = keyof Runtime['models'];

export interface ExpertContext {
  runtime: Runtime;
  /** The local model id being run, for messages. */
  model: string;
  signal?: AbortSignal;
}

export type ExpertRun = (args: ResolvedArgs, context: ExpertContext) => Promise<ExpertOutput>;

function createModels() {
  return {
    centernet: lazy(loadCenterNet),
    selfie: lazy(loadSelfie),
    upscaler: lazy(loadUpscaler),
    tesseract: lazy<TesseractWorker>(loadTesseract),
    wink: lazy(loadWink),
    fasttext: lazy(loadLanguageIdentifier),
    compromise: lazy(loadCompromise),
  };
}

export function createRuntime(options: LocalProviderOptions = {}): Runtime {
  return {
    options: {
      maxUpscalePixels: options.maxUpscalePixels ?? 300_000,
      maxAudioSeconds: options.maxAudioSeconds ?? 300,
      commandTimeoutMs: options.commandTimeoutMs ?? 60_000,
      nodePath: options.nodePath ?? process.execPath,
    },
    commands: createCommandFinder(options.commands),
    models: createModels(),
    tesseractLane: createLane(),
  };
}

/** Ends what keeps the process alive (the OCR worker thread) and forgets loaded models. */
export async function closeRuntime(runtime: Runtime): Promise<void> {
  const worker = await runtime.models.tesseract.reset();
  const upscaler = await runtime.models.upscaler.reset();
  await Promise.all([worker?.terminate(), upscaler?.dispose()]);
  await Promise.all(Object.values(runtime.models).map((model) => model.reset()));
}
