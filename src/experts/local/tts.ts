// text-to-speech with eSpeak NG (formant synthesis, GPL-3.0). It always runs in another process:
// the Debian `espeak-ng` command when installed (fast), else the npm wasm build run by
// espeak-wasm-child.mjs in a child Node process. The voice follows the text's language.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExpertRun, Runtime } from './runtime.js';
import { runCommand, withTempDir } from './commands.js';
import { badInput, failed } from './failures.js';
import { textArg } from './inputs.js';
import { identifyLanguage } from './language-id.js';
import { wavInfo } from './wav.js';

const MAX_CHARS = 5_000;
/** fastText language code → eSpeak NG voice, for the languages it speaks best. */
const VOICES: Record<string, string> = {
  en: 'en-us', es: 'es', fr: 'fr', de: 'de', it: 'it', pt: 'pt', nl: 'nl', pl: 'pl', ru: 'ru', sv: 'sv',
  ca: 'ca', cs: 'cs', da: 'da', fi: 'fi', el: 'el', hu: 'hu', ro: 'ro', tr: 'tr',
};

const CHILD_SCRIPT = fileURLToPath(new URL('./espeak-wasm-child.mjs', import.meta.url));

async function chooseVoice(runtime: Runtime, text: string): Promise<string> {
  try {
    const [best] = await identifyLanguage(runtime, text, 1);
    if (best && best.score >= 0.5 && VOICES[best.label]) return VOICES[best.label]!;
  } catch {
    // Language identification is a nicety here: speak English rather than fail.
  }
  return 'en-us';
}

export const speak: ExpertRun = async (args, { runtime, signal }) => {
  const text = textArg(args, 'text');
  if (text.length > MAX_CHARS) {
    throw badInput(`The text is ${text.length} characters; local speech takes at most ${MAX_CHARS}.`, { tryNextModel: true });
  }
  const voice = await chooseVoice(runtime, text);
  const cli = runtime.commands.find('espeak-ng');
  const bytes = await withTempDir(async (folder) => {
    const input = path.join(folder, 'input.txt');
    const output = path.join(folder, 'speech.wav');
    await writeFile(input, text, 'utf8');
    if (cli) {
      await runCommand(cli, ['-v', voice, '-w', output, '-f', input], { signal, label: 'espeak-ng', timeoutMs: runtime.options.commandTimeoutMs });
    } else {
      await runCommand(runtime.options.nodePath, [CHILD_SCRIPT, voice, input, output], {
        signal,
        label: 'espeak-ng (wasm child process)',
        timeoutMs: runtime.options.commandTimeoutMs,
      });
    }
    return readFile(output);
  });
  const info = wavInfo(bytes);
  if (!info) throw failed('espeak-ng produced no WAV audio');
  return {
    audio: { kind: 'audio', mime: 'audio/wav', bytes },
    data: { voice, engine: cli ? 'espeak-ng (Debian command)' : 'espeak-ng (wasm, child process)', ...info },
  };
};
