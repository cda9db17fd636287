// The TensorFlow.js runtime the image experts share: one engine per process on the wasm backend
// (the cpu backend is ~30x slower on convolutions), models read from disk through `fetch`, and
// one lane, because the engine is process-wide and human's pipeline is not re-entrant.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Tf from '@tensorflow/tfjs';
import { createLane, lazy } from './lazy.js';

export type TfModule = typeof Tf;

export const require = createRequire(import.meta.url);

/** Folder of the tfjs wasm binaries (tfjs-backend-wasm ships them in its dist folder). */
export const wasmFolder = (): string => `${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`;

/** Serialises every call into the tfjs engine (human detection, segmentation, upscaling). */
export const tfLane = createLane();

const SHIM = Symbol.for('hugginggpt.fileFetchShim');

/**
 * Node's fetch rejects `file:` URLs, and tfjs without tfjs-node loads models with fetch. Wrap
 * fetch once so that `file:` URLs (and only those) are read from disk. Prefix `file:`, not
 * `file://`: some loaders build `file:/path`.
 */
export function installFileFetchShim(): void {
  const current = globalThis.fetch as typeof fetch & { [SHIM]?: true };
  if (current[SHIM]) return;
  const shimmed = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return current(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200 });
    } catch {
      return new Response(`not found: ${url}`, { status: 404 });
    }
  };
  globalThis.fetch = Object.assign(shimmed, { [SHIM]: true as const });
}

/** `@tensorflow/tfjs` with the wasm backend active. Loaded once per process. */
export const tensorflow = lazy(async (): Promise<TfModule> => {
  installFileFetchShim();
  const tf = require('@tensorflow/tfjs') as TfModule;
  const wasm = require('@tensorflow/tfjs-backend-wasm') as { setWasmPaths(prefix: string): void };
  wasm.setWasmPaths(wasmFolder());
  if (tf.getBackend() !== 'wasm' && !(await tf.setBackend('wasm'))) throw new Error('the tfjs wasm backend did not start');
  await tf.ready();
  return tf;
});

/** Where a model file of this repository lives, as a `file:` URL (the same from src/experts/local and dist/experts/local). */
export const repoModelUrl = (relative: string): string => new URL(`../../../models/${relative}`, import.meta.url).href;

export const packageFolder = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));
