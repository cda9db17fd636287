// tsc emits only JavaScript: copy the data files the service reads at run time next to it.
import { cpSync } from 'node:fs';

for (const [from, to] of [
  ['src/registry/catalog.json', 'dist/registry/catalog.json'],
  ['src/experts/local/espeak-wasm-child.mjs', 'dist/experts/local/espeak-wasm-child.mjs'],
]) {
  cpSync(from, to);
}
