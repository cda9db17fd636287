// Local experts that run outside the service's process: espeak-ng (Debian command, or its wasm
// build in a child Node process), apertium and pocketsphinx. Tests of a Debian command that is
// not installed are skipped with the reason (scripts/install-debian-extras.sh installs them).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import t, { type Test } from 'tap';
import { createLocalProvider } from '../src/experts/local/index.js';
import { makeWav } from './fakes/hf-media.js';
import { wavInfo } from '../src/experts/local/wav.js';
import type { ExpertOutput, Media, ResolvedArgs } from '../src/pipeline/types.js';
import type { TaskType } from '../src/registry/task-types.js';

const provider = createLocalProvider();
t.teardown(() => provider.close());

const run = (model: string, task: TaskType, args: ResolvedArgs, signal?: AbortSignal): Promise<ExpertOutput> =>
  provider.run({ model, task, args }, { signal });

const entry = (id: string) => provider.models().find((model) => model.id === id)!;
const unavailable = (id: string): string | false => {
  const status = provider.status(entry(id));
  return status.available ? false : `${id} ${status.reason}`;
};
const onPath = (command: string): boolean =>
  (process.env.PATH ?? '').split(path.delimiter).some((folder) => folder && existsSync(path.join(folder, command)));

/** Real recorded speech (LibriVox) shipped by the Debian package pocketsphinx-testdata. */
const LIBRIVOX = '/usr/share/pocketsphinx/test/data/librivox';
const SPEECH = `${LIBRIVOX}/sense_and_sensibility_01_austen_64kb-0880.wav`; // "he was not an ill disposed young man"

function checkSpeech(t: Test, output: ExpertOutput, words: string): void {
  const audio = output.audio!;
  t.match(audio, { kind: 'audio', mime: 'audio/wav' });
  t.equal(Buffer.from(audio.bytes.subarray(0, 4)).toString('latin1'), 'RIFF');
  t.equal(Buffer.from(audio.bytes.subarray(8, 12)).toString('latin1'), 'WAVE');
  const info = wavInfo(audio.bytes)!;
  t.match(info, { channels: 1, bitsPerSample: 16 });
  // About 2.5 words a second at espeak's default rate of 175 words a minute.
  const expected = words.split(' ').length / 2.9;
  t.ok(info.durationSeconds > expected * 0.5 && info.durationSeconds < expected * 2, `duration ${info.durationSeconds} s for ${words.split(' ').length} words`);
}

t.test('text-to-speech with the Debian espeak-ng command', { skip: onPath('espeak-ng') ? false : 'espeak-ng is not installed' }, async (t) => {
  const text = 'Hello from the offline speech synthesizer of this service.';
  const output = await run('local/espeak-ng', 'text-to-speech', { text });
  checkSpeech(t, output, text);
  t.match(output.data, { engine: 'espeak-ng (Debian command)', voice: 'en-us' });
  const french = await run('local/espeak-ng', 'text-to-speech', { text: 'Bonjour tout le monde, comment allez-vous aujourd\'hui ?' });
  t.match(french.data, { voice: 'fr' }, 'the voice follows the language of the text');
});

t.test('text-to-speech falls back to the wasm build in a child process', async (t) => {
  const wasmOnly = createLocalProvider({ commands: { 'espeak-ng': '/nonexistent/espeak-ng' } });
  t.teardown(() => wasmOnly.close());
  const text = '-v this text starts with a dash and must be spoken, not parsed.';
  const output = await wasmOnly.run({ model: 'local/espeak-ng', task: 'text-to-speech', args: { text } }, {});
  checkSpeech(t, output, text);
  t.match(output.data, { engine: 'espeak-ng (wasm, child process)', sampleRate: 22050 });
});

t.test('translation English <-> Spanish with apertium', { skip: unavailable('local/apertium-en-es') }, async (t) => {
  const english = await run('local/apertium-en-es', 'translation', { text: 'Hello, my friend. How are you today?', target_language: 'es' });
  t.match(english.text, /Hola, mi amigo/);
  t.match(english.data, { source_language: 'en', target_language: 'es', source_detected: true, mode: 'eng-spa' });
  const spanish = await run('local/apertium-en-es', 'translation', { text: 'Buenos días, ¿dónde está la estación de tren?' });
  t.match(spanish.text, /Good morning/);
  t.match(spanish.text, /station/);
  t.match(spanish.data, { source_language: 'es', target_language: 'en' }, 'source detected, target defaults to the other language');
  const given = await run('local/apertium-en-es', 'translation', { text: 'The house is big.', source_language: 'EN', target_language: 'Spanish' });
  t.match(given.text, /casa/);
  await t.rejects(run('local/apertium-en-es', 'translation', { text: 'The cat sleeps.', target_language: 'fr' }), {
    code: 'EXPERT_BAD_INPUT',
    tryNextModel: true,
    message: /en→es and es→en; asked for en \(detected\)→fr/,
  });
  await t.rejects(run('local/apertium-en-es', 'translation', { text: 'Bonjour tout le monde, comment allez-vous ?', target_language: 'en' }), {
    code: 'EXPERT_BAD_INPUT',
    message: /fr \(detected\)→en/,
  });
});

t.test('speech recognition of real recorded speech', { skip: unavailable('local/pocketsphinx-en-us') || (existsSync(SPEECH) ? false : 'pocketsphinx-testdata is not installed') }, async (t) => {
  const audio = (bytes: Uint8Array): Media => ({ kind: 'audio', mime: 'audio/wav', bytes });
  const output = await run('local/pocketsphinx-en-us', 'automatic-speech-recognition', { audio: audio(readFileSync(SPEECH)) });
  const words = output.text!.split(' ');
  for (const word of ['he', 'was', 'not', 'young', 'man']) t.ok(words.includes(word), `hears "${word}" in "${output.text}"`);
  t.match(output.data, { durationSeconds: 2.99 });

  // The same speech at 44.1 kHz stereo: the expert resamples it with sox.
  const folder = mkdtempSync(path.join(tmpdir(), 'asr-test-'));
  t.teardown(() => rmSync(folder, { recursive: true, force: true }));
  const stereo = path.join(folder, 'stereo.wav');
  execFileSync('sox', [SPEECH, '-r', '44100', '-c', '2', stereo]);
  const resampled = await run('local/pocketsphinx-en-us', 'automatic-speech-recognition', { audio: audio(readFileSync(stereo)) });
  t.match(resampled.text, /young man/);

  await t.rejects(run('local/pocketsphinx-en-us', 'automatic-speech-recognition', { audio: { kind: 'audio', mime: 'audio/webm', bytes: new Uint8Array(10) } }), {
    code: 'EXPERT_BAD_INPUT',
    message: /not audio\/webm/,
  });
  await t.rejects(run('local/pocketsphinx-en-us', 'automatic-speech-recognition', { audio: audio(new TextEncoder().encode('RIFF junk')) }), {
    code: 'EXPERT_BAD_INPUT',
    message: /could not be decoded/,
  });
});

// The recogniser is replaced by a script that records its pid and sleeps for ten minutes, so the
// test knows when the command is running and whether the abort really ended it, at any load.
t.test('an abort kills the running command', { skip: onPath('sox') ? false : 'sox is not installed' }, async (t) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'abort-test-'));
  t.teardown(() => rmSync(folder, { recursive: true, force: true }));
  const pidFile = path.join(folder, 'pid');
  const recogniser = path.join(folder, 'bin', 'pocketsphinx_continuous');
  mkdirSync(path.join(folder, 'share', 'pocketsphinx', 'model', 'en-us', 'en-us'), { recursive: true });
  mkdirSync(path.dirname(recogniser));
  writeFileSync(recogniser, `#!/bin/sh\necho $$ > '${pidFile}'\nexec sleep 600\n`, { mode: 0o755 });
  const sleeping = createLocalProvider({ commands: { pocketsphinx_continuous: recogniser } });
  t.teardown(() => sleeping.close());

  const controller = new AbortController();
  const speech = { kind: 'audio' as const, mime: 'audio/wav', bytes: new Uint8Array(makeWav(0.5)) };
  const call = sleeping.run({ model: 'local/pocketsphinx-en-us', task: 'automatic-speech-recognition', args: { audio: speech } }, { signal: controller.signal });
  let settled = false;
  call.then(() => (settled = true), () => (settled = true));
  while (!settled && !(existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim())) await new Promise((resolve) => setTimeout(resolve, 20));
  t.notOk(settled, 'the call is still running when the recogniser has started');
  const pid = Number(readFileSync(pidFile, 'utf8'));
  t.ok(alive(pid), 'the recogniser is running');
  controller.abort();
  await t.rejects(call, { code: 'CANCELLED', tryNextModel: false });
  t.notOk(alive(pid), `the recogniser (pid ${pid}) was killed, not left to sleep`);
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
