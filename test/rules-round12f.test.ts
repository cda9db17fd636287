// The rule-based planner's fallback (round 12f, fallback.ts): a request that gives a file or a text
// but that no phrase of the lexicon reads gets the one task its loose instruction words lean to, at
// a confidence below the one rules-first hands a plan to the LLM at; requests that give nothing, or
// whose words lean to no task, stay empty. Wordings written for these tests (none copied from a probe
// or dev set).
import t, { type Test } from 'tap';
import { loadConfig } from '../src/config.js';
import { looseContent } from '../src/controllers/rules/fallback.js';
import { analyse, parts, planRequest } from '../src/controllers/rules/plan.js';
import { ABSTAIN_BELOW } from '../src/controllers/rules/explain.js';
import { lexicon } from '../src/controllers/rules/lexicon/index.js';
import { en } from '../src/controllers/rules/lexicon/en.js';
import { INTENT_SPECS, type IntentId } from '../src/controllers/rules/lexicon/intents.js';
import { shape } from './rules-cases.js';

const handOff = loadConfig({}).RULES_MIN_CONFIDENCE;

/** The plan, asserted to be a fallback reading: below the rules-first hand-off, above abstention, said to be a guess. */
function loose(t: Test, request: string): string[] {
  const plan = planRequest(request);
  t.ok(plan.confidence < handOff && plan.confidence >= ABSTAIN_BELOW, `confidence ${plan.confidence} between ${ABSTAIN_BELOW} and ${handOff}: ${request.slice(0, 50)}`);
  t.match(plan.explanation, /I read this as|I took it as the text given/, 'the explanation says it is a guess');
  return shape(plan.tasks);
}

t.test('a file with no phrase that asks: the task its words lean to, among those that take that kind', async (t) => {
  t.same(loose(t, 'need standup_0312.m4a written up verbatim for the minutes'), ['automatic-speech-recognition(audio=standup_0312.m4a)']);
  t.same(loose(t, 'separate everything in desk.jpg into layers for my collage'), ['image-segmentation(image=desk.jpg)']);
});

t.test('a text given after a colon, in other languages', async (t) => {
  t.same(loose(t, "Je voudrais l'écouter au lieu de le lire : Le cours de yoga est annulé ce jeudi."), ['text-to-speech(text=Le cours de yoga est annulé ce jeudi.)']);
  const text = 'Die Stadt plant einen neuen Radweg entlang des Flusses. Die Bauarbeiten beginnen im Frühjahr und dauern etwa acht Monate.';
  t.same(loose(t, `Bitte als Kurzfassung, nur den Kern: ${text}`), [`summarization(text=${text})`]);
  const notice = 'The parking garage on 5th Street will be closed for resurfacing from Monday to Wednesday; residents can use the lot behind the school.';
  t.same(loose(t, `shrink this down for me: ${notice}`), [`summarization(text=${notice})`]);
});

t.test('a pasted block no word points at is found after a short first paragraph, and read with the loose words around it', async (t) => {
  const garden = 'The community garden on Elm Street will expand next spring. Volunteers have cleared the lot behind the library, and the city will supply water and compost.';
  const request = `Too lengthy, shrink it please.\n\n${garden}`;
  const content = looseContent(analyse(request, parts(request), lexicon('en')));
  t.equal(content?.value, garden);
  const plan = planRequest(request, [], { content });
  t.same(shape(plan.tasks), [`summarization(text=${garden})`]);
  t.ok(plan.confidence < handOff && plan.confidence >= ABSTAIN_BELOW);
});

t.test('requests that give nothing, or whose words lean to no task, stay empty', async (t) => {
  for (const request of [
    'That trip was wild, best week of my life, see holiday_pics.jpg',
    'rename draft_v2.png to final.png please',
    'Can you back up vacation.mp4 to the cloud?',
    'Here is my grocery list: milk, eggs, bread, coffee and two lemons for the cake.',
    'Quick update: we finally moved into the new flat and the kids love their rooms.',
    'FYI: the office will be closed on Friday because of the public holiday, see you Monday.',
    'do you think dubbing is better than subtitles?',
    "what's the weather usually like in Lisbon in May?",
  ]) t.same(planRequest(request).tasks, [], request);
});

t.test('a phrase still reads a request exactly, above the hand-off', async (t) => {
  const plan = planRequest('summarize this: The pool reopens on Monday after the repairs, with longer hours on weekends and a new lane for swimming lessons.');
  t.same(shape(plan.tasks), ['summarization(text=The pool reopens on Monday after the repairs, with longer hours on weekends and a new lane for swimming lessons.)']);
  t.ok(plan.confidence >= handOff);
});

t.test('a text that repeats the instruction is not taken as given', async (t) => {
  const again = 'Please sort the pictures by colour and send them. '.repeat(6).trim();
  t.same(planRequest(again).tasks, []);
});

t.test('the bags of words: specific words weigh most, shared and pointing words nothing', async (t) => {
  const { bags, normalise } = lexicon('en');
  const weight = (word: string, intent: string) => bags.get(normalise(word)[0]!)?.find(([held]) => held === intent)?.[1] ?? 0;
  // "transcript" is one intent's word; "the following" points at what is given; "the" is a stop word.
  t.equal(weight('transcript', 'transcribe'), 1);
  for (const word of ['following', 'the', 'this']) t.notOk(bags.has(normalise(word)[0]!), word);
  // A hint counts as a phrase's word does; a word of a quarter of the intents or more weighs nothing.
  t.ok(weight('gist', 'summarize') > 0.5);
  const counted = Object.keys({ ...en.intents, ...en.hints }).filter((intent) => INTENT_SPECS[intent as IntentId].slot !== 'description').length;
  t.ok([...bags.values()].every((held) => held.length < counted / 4 && held.every(([, value]) => value > 0 && value <= 1)), `every word held by fewer than a quarter of ${counted} intents`);
});
