// Runs the npm (wasm) build of espeak-ng in its own Node process: espeak-ng is GPL-3.0, so the
// service keeps it at arm's length and talks to it like any external command.
// Usage: node espeak-wasm-child.mjs <voice> <text file> <output wav>
import { readFile, writeFile } from 'node:fs/promises';
import ESpeakNg from 'espeak-ng';

const [voice, textFile, outputFile] = process.argv.slice(2);
if (!voice || !textFile || !outputFile) {
  process.stderr.write('usage: espeak-wasm-child.mjs <voice> <text file> <output wav>\n');
  process.exit(2);
}
const text = await readFile(textFile, 'utf8');
const espeak = await ESpeakNg({
  // The text goes through a file in the module's memory FS, so it can never be read as an option.
  arguments: ['-v', voice, '-w', '/out.wav', '-f', '/in.txt'],
  preRun: [(module) => module.FS.writeFile('/in.txt', text)],
  print: () => {},
  printErr: (line) => process.stderr.write(`${line}\n`),
});
let wav;
try {
  wav = espeak.FS.readFile('/out.wav');
} catch {
  process.stderr.write(`espeak-ng wrote no audio (voice ${voice})\n`);
  process.exit(1);
}
await writeFile(outputFile, wav);
