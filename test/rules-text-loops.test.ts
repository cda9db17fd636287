// The loops in text.ts that replaced backtracking patterns give what those patterns gave, on
// random strings of the characters that matter to them (a fixed seed: the same strings every run).
import t from 'tap';
import { dropLastWord, splitListed, tightenPunctuation, trimEnd } from '../src/controllers/rules/text.js';
import { replaceQuoted } from '../src/quoted.js';
import { listParts } from '../src/controllers/rules/content.js';

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
const strings = (alphabet: string[], count = 4000) =>
  Array.from({ length: count }, () => Array.from({ length: Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));

t.test('dropLastWord is replace(/\\s+\\S+$/, "")', async (t) => {
  for (const value of strings([' ', '\n', '\t', 'a', 'b', '\u00a0', '?'])) t.equal(dropLastWord(value), value.replace(/\s+\S+$/, ''), JSON.stringify(value));
});

t.test('tightenPunctuation is replace(/\\s+([?.,!])/g, "$1")', async (t) => {
  for (const value of strings([' ', '\n', '\u3000', 'a', '?', '.', ',', '!', ';'])) t.equal(tightenPunctuation(value), value.replace(/\s+([?.,!])/g, '$1'), JSON.stringify(value));
});

t.test('splitListed is split(/\\s*(?:;|,\\s*and\\s+|,|\\s+and\\s+)\\s*/)', async (t) => {
  for (const value of strings([' ', ' ', '\n', ',', ';', 'and', 'and ', 'a', 'nd', 'x'])) t.same(splitListed(value), value.split(/\s*(?:;|,\s*and\s+|,|\s+and\s+)\s*/), JSON.stringify(value));
});

t.test('trimEnd is replace(/[…]+$/, "")', async (t) => {
  for (const value of strings([' ', ',', ';', 'a', '.'])) t.equal(trimEnd(value, /[\s,;.!]/), value.replace(/[\s,;.!]+$/, ''), JSON.stringify(value));
});

t.test('replaceQuoted is a global replace of the alternation of its pairs', async (t) => {
  const pairs = [{ open: '"', close: '"' }, { open: '“', close: '”' }, { open: "'", close: "'", least: 3 }];
  for (const value of strings(['"', '“', '”', "'", 'a', ' '], 6000)) t.equal(replaceQuoted(value, pairs, '_'), value.replace(/"[^"]*"|“[^”]*”|'[^']{3,}'/g, '_'), JSON.stringify(value));
});

t.test('listParts splits as split(/\\n\\s*<mark>/u) did', async (t) => {
  const marks = [String.raw`(?:[-•*·]|\(?(?:\d{1,2}|[a-hA-H])[.)])\s+`, String.raw`[^\s:]+(?:[ \t][^\s:]+)?[ \t]?:\s+`];
  const before = (value: string) => {
    for (const [index, mark] of marks.entries()) {
      const values = `\n${value}`.split(new RegExp(String.raw`\n\s*${mark}`, 'u')).map((part) => part.trim());
      if (values.length > 2 && !values[0] && values.slice(1).every((part) => part && (index === 1 || !part.includes('\n')))) return { values: values.slice(1), labelled: index === 1 };
    }
    return undefined;
  };
  const pieces = ['\n', ' ', '\t', '- ', '1. ', '12) ', '(a) ', 'b.', 'Ana: ', 'Email 1:', ':', 'x', 'hello', '\n\n', '•'];
  for (const value of strings(pieces, 6000)) t.same(listParts(value), before(value), JSON.stringify(value));
});
