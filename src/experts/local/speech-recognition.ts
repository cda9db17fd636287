// automatic-speech-recognition: CMU PocketSphinx (Debian `pocketsphinx_continuous`, BSD, US
// English acoustic and language models) after sox converts the audio to 16 kHz mono 16-bit.
// A 2010s-era HMM recogniser: expect around one word in four wrong on real speech.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Requirement } from './commands.js';
import { runCommand, withTempDir } from './commands.js';
import type { ExpertRun } from './runtime.js';
import { badInput, unavailable } from './failures.js';
import { mediaArg } from './inputs.js';
import { wavInfo } from './wav.js';

export const ASR_REQUIREMENTS: readonly Requirement[] = [
  { package: 'pocketsphinx', command: 'pocketsphinx_continuous' },
  { package: 'pocketsphinx-en-us', shareFile: { command: 'pocketsphinx_continuous', path: 'pocketsphinx/model/en-us/en-us' } },
  { package: 'sox', command: 'sox' },
];

/** Audio types sox reads here (mp3 through libsox-fmt-mp3), by the file extension it needs. */
const EXTENSIONS: Record<string, string> = {
  'audio/wav': 'wav', 'audio/wave': 'wav', 'audio/x-wav': 'wav', 'audio/vnd.wave': 'wav',
  'audio/flac': 'flac', 'audio/x-flac': 'flac', 'audio/ogg': 'ogg', 'audio/vorbis': 'ogg',
  'audio/mpeg': 'mp3', 'audio/mp3': 'mp3', 'audio/aiff': 'aiff', 'audio/x-aiff': 'aiff',
};

export const transcribe: ExpertRun = async (args, { runtime, signal, model }) => {
  const audio = mediaArg(args, 'audio', 'audio');
  const extension = EXTENSIONS[audio.mime.split(';')[0]!.trim().toLowerCase()];
  if (!extension) throw badInput(`${model} reads WAV, FLAC, Ogg, MP3 and AIFF audio, not ${audio.mime}.`, { tryNextModel: true });
  const sox = runtime.commands.find('sox');
  const recogniser = runtime.commands.find('pocketsphinx_continuous');
  if (!sox || !recogniser) throw unavailable('needs the Debian packages sox and pocketsphinx (run scripts/install-debian-extras.sh)');
  const timeoutMs = runtime.options.commandTimeoutMs;
  return withTempDir(async (folder) => {
    const input = path.join(folder, `input.${extension}`);
    const speech = path.join(folder, 'speech-16k.wav');
    await writeFile(input, audio.bytes);
    try {
      await runCommand(sox, [input, '-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer', speech], { signal, label: 'sox', timeoutMs });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw badInput(`The audio (${audio.mime}) could not be decoded: ${(error as Error).message}`, { tryNextModel: true, cause: error });
    }
    const info = wavInfo(await readFile(speech));
    const seconds = info?.durationSeconds ?? (await stat(speech)).size / 32_000;
    if (seconds > runtime.options.maxAudioSeconds) {
      throw badInput(`The audio lasts ${Math.round(seconds)} s; ${model} transcribes at most ${runtime.options.maxAudioSeconds} s.`, { tryNextModel: true });
    }
    const { stdout } = await runCommand(recogniser, ['-infile', speech, '-logfn', '/dev/null'], {
      signal,
      label: 'pocketsphinx',
      timeoutMs: Math.max(timeoutMs, seconds * 3_000),
    });
    const text = stdout.split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
    return { text, data: { text, durationSeconds: seconds, ...(text ? {} : { note: 'no speech recognised' }) } };
  });
};
