// tsc emits only JavaScript: copy the data files the service reads at run time next to it.
import { cpSync } from 'node:fs';

for (const [from, to] of [
  ['src/registry/catalog.json', 'dist/registry/catalog.json'],
  ['src/experts/local/espeak-wasm-child.mjs', 'dist/experts/local/espeak-wasm-child.mjs'],
  // The tfjs worker thread's entry and the models it runs (plain JS: they run in a Worker).
  ['src/experts/local/tfjs-worker.mjs', 'dist/experts/local/tfjs-worker.mjs'],
  ['src/experts/local/tfjs-models.mjs', 'dist/experts/local/tfjs-models.mjs'],
  // The web playground: static files served at / and /playground/ (src/routes/playground.ts).
  ['src/playground', 'dist/playground'],
]) {
  cpSync(from, to, { recursive: true });
}
