// Language names users write, with their ISO 639-1 codes, and how a request names the language
// to translate into ("to Spanish", "into French", "in German") or from ("from English").

export const LANGUAGES: Readonly<Record<string, string>> = {
  english: 'en',
  french: 'fr',
  spanish: 'es',
  german: 'de',
  italian: 'it',
  portuguese: 'pt',
  dutch: 'nl',
  russian: 'ru',
  chinese: 'zh',
  mandarin: 'zh',
  japanese: 'ja',
  korean: 'ko',
  arabic: 'ar',
  hindi: 'hi',
  bengali: 'bn',
  urdu: 'ur',
  persian: 'fa',
  farsi: 'fa',
  turkish: 'tr',
  greek: 'el',
  hebrew: 'he',
  polish: 'pl',
  czech: 'cs',
  slovak: 'sk',
  hungarian: 'hu',
  romanian: 'ro',
  bulgarian: 'bg',
  ukrainian: 'uk',
  swedish: 'sv',
  norwegian: 'no',
  danish: 'da',
  finnish: 'fi',
  icelandic: 'is',
  vietnamese: 'vi',
  thai: 'th',
  indonesian: 'id',
  malay: 'ms',
  tagalog: 'tl',
  filipino: 'tl',
  swahili: 'sw',
  catalan: 'ca',
  croatian: 'hr',
  serbian: 'sr',
  latin: 'la',
};

export const LANGUAGE_PATTERN = Object.keys(LANGUAGES).join('|');

const TARGET = new RegExp(`\\b(?:in)?to\\s+(${LANGUAGE_PATTERN})\\b`, 'i');
const TARGET_IN = new RegExp(`\\bin\\s+(${LANGUAGE_PATTERN})\\b`, 'i');
const TARGET_VERSION = new RegExp(`\\b(${LANGUAGE_PATTERN})\\s+(?:version|translation)\\b`, 'i');
const SOURCE_FROM = new RegExp(`\\bfrom\\s+(${LANGUAGE_PATTERN})\\b`, 'i');
const SOURCE_ADJECTIVE = new RegExp(
  `\\b(${LANGUAGE_PATTERN})\\s+(?:text|sentence|description|article|question|phrase|words?|document|speech|audio|caption|quote|title)\\b`,
  'i',
);

const codeOf = (match: RegExpExecArray | null): string | undefined => (match ? LANGUAGES[match[1]!.toLowerCase()] : undefined);

export interface Languages {
  target?: string;
  source?: string;
}

/** The languages a translation step names; the target defaults to English when only a source is known. */
export function findLanguages(step: string): Languages {
  const target = codeOf(TARGET.exec(step)) ?? codeOf(TARGET_IN.exec(step)) ?? codeOf(TARGET_VERSION.exec(step));
  const source = codeOf(SOURCE_FROM.exec(step)) ?? codeOf(SOURCE_ADJECTIVE.exec(step));
  const languages: Languages = {};
  if (target) languages.target = target;
  else if (source && source !== 'en') languages.target = 'en';
  if (source && source !== languages.target) languages.source = source;
  return languages;
}
