// translation, rule-based, English ↔ Spanish: the Debian `apertium` command (GPL-2.0, run as a
// separate process) with the apertium-eng-spa pair. The source language is detected with
// fastText when the plan does not give it. apertium cannot read Node's stdin pipes (they are
// sockets), so the text goes through a temporary file.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Requirement } from './commands.js';
import { runCommand, withTempDir } from './commands.js';
import type { ExpertRun, Runtime } from './runtime.js';
import { badInput, unavailable } from './failures.js';
import { optionalTextArg, textArg } from './inputs.js';
import { identifyLanguage } from './language-id.js';

/** source → target → apertium mode. */
const MODES: Record<string, Record<string, string>> = { en: { es: 'eng-spa' }, es: { en: 'spa-eng' } };
const SUPPORTED = 'en→es and es→en';

export const TRANSLATION_REQUIREMENTS: readonly Requirement[] = [
  { package: 'apertium', command: 'apertium' },
  { package: 'apertium-eng-spa', shareFile: { command: 'apertium', path: 'apertium/modes/eng-spa.mode' } },
  { package: 'apertium-eng-spa', shareFile: { command: 'apertium', path: 'apertium/modes/spa-eng.mode' } },
];

const NAMES: Record<string, string> = { english: 'en', eng: 'en', spanish: 'es', spa: 'es', 'español': 'es', espanol: 'es', castellano: 'es' };

/** "en", "EN-us", "eng", "English" → "en". */
function languageCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const lower = value.trim().toLowerCase();
  return NAMES[lower] ?? lower.split(/[-_]/)[0];
}

async function sourceLanguage(runtime: Runtime, text: string, given: string | undefined): Promise<{ code: string; detected: boolean }> {
  if (given) return { code: given, detected: false };
  const [best] = await identifyLanguage(runtime, text, 1);
  if (!best) throw badInput('The language of the text could not be identified.', { tryNextModel: true });
  return { code: best.label, detected: true };
}

export const translate: ExpertRun = async (args, { runtime, signal, model }) => {
  const text = textArg(args, 'text');
  const source = await sourceLanguage(runtime, text, languageCode(optionalTextArg(args, 'source_language')));
  const target = languageCode(optionalTextArg(args, 'target_language')) ?? (source.code === 'es' ? 'en' : 'es');
  const base = { source_language: source.code, target_language: target, source_detected: source.detected };
  if (source.code === target) {
    return { text, data: { translation_text: text, ...base, note: `the text is already in ${target}` } };
  }
  const mode = MODES[source.code]?.[target];
  if (!mode) {
    const detected = source.detected ? ' (detected)' : '';
    throw badInput(`${model} translates only ${SUPPORTED}; asked for ${source.code}${detected}→${target}.`, { tryNextModel: true });
  }
  const apertium = runtime.commands.find('apertium');
  if (!apertium) throw unavailable('needs the Debian package apertium (run scripts/install-debian-extras.sh)');
  const translation = await withTempDir(async (folder) => {
    const input = path.join(folder, 'input.txt');
    await writeFile(input, `${text}\n`, 'utf8');
    // -u: no asterisks on unknown words.
    const { stdout } = await runCommand(apertium, ['-u', mode, input], { signal, label: `apertium ${mode}`, timeoutMs: runtime.options.commandTimeoutMs });
    return stdout.trim();
  });
  return { text: translation, data: { translation_text: translation, ...base, mode } };
};
