// The rule-based planner on texts the user gives and what is asked of them (round 11t, from the
// phenomena of probe-texts.jsonl and fresh7's tune part), in wordings written for these tests (none
// copied from a probe or dev set).
import t from 'tap';
import { plan, cases } from './rules-cases.js';

t.test('labels separated by slashes are alternatives, in any language', async (t) => {
  cases(t, [
    ["bug / feature request / praise? 'The export button does nothing on Safari.'", ['zero-shot-classification(text=The export button does nothing on Safari., labels=bug, feature request, praise)']],
    ['urgente / no urgente: «El ascensor del tercer piso no funciona desde ayer.»', ['zero-shot-classification(text=El ascensor del tercer piso no funciona desde ayer., labels=urgente, no urgente)']],
  ]);
  // A slash inside a file's size or a date asks for no alternatives.
  t.same(plan('resize a.jpg to 800/600'), ['image-to-image(image=a.jpg, text=resize to 800/600)']);
});

const shop = 'The corner shop on Hill Road has been run by the Okafor family since 1998 and now employs 14 people, most of them students.';

t.test('a count asked where only a text is given is a question on the text', async (t) => {
  cases(t, [
    [`How many people work at the shop?\n\n${shop}`, [`question-answering(question=How many people work at the shop?, context=${shop})`]],
    [`${shop}\n\nhow many staff do they have`, [`question-answering(question=how many staff do they have, context=${shop})`]],
    [`¿Cuántos empleados tiene la tienda? «${shop}»`, [`question-answering(question=¿Cuántos empleados tiene la tienda?, context=${shop})`]],
  ]);
  // With a photo named, a count is still the detector's.
  t.same(plan('how many people are in c.jpg?'), ['object-detection(image=c.jpg)']);
});

t.test('a question on a text with a blank to fill asks for the missing word', async (t) => {
  cases(t, [
    ['Guess the hidden word: "My grandmother bakes the best [MASK] in town."', ['fill-mask(text=My grandmother bakes the best [MASK] in town.)']],
    ['"Turn left at the [MASK] and the station is on your right." which word makes sense there?', ['fill-mask(text=Turn left at the [MASK] and the station is on your right.)']],
    ["Qu'est-ce qui va à la place du trou ? « Je bois mon café sans [MASK]. »", ['fill-mask(text=Je bois mon café sans [MASK].)']],
    ["any idea? 'I can't find my ___ anywhere, I think I left it on the bus.'", ["fill-mask(text=I can't find my ___ anywhere, I think I left it on the bus.)"]],
  ]);
});

t.test('a text to announce, record or hear in earbuds is speech, in five languages', async (t) => {
  cases(t, [
    ["Please record this for our voicemail greeting: 'You have reached the Patel family, leave a message.'", ['text-to-speech(text=You have reached the Patel family, leave a message.)']],
    ["announce this over the intercom: 'The car park closes at 8 tonight.'", ['text-to-speech(text=The car park closes at 8 tonight.)']],
    ["I'd rather have this in my headphones on the bus: 'Chapter one. It was raining in Dublin.'", ['text-to-speech(text=Chapter one. It was raining in Dublin.)']],
    ['Anuncia esto por megafonía: «El vuelo a Sevilla sale por la puerta 12.»', ['text-to-speech(text=El vuelo a Sevilla sale por la puerta 12.)']],
    ['Enregistre ce message pour le répondeur : « Le cabinet est fermé le lundi. »', ['text-to-speech(text=Le cabinet est fermé le lundi.)']],
    ['Bitte als Durchsage: „Der Markt schließt in zehn Minuten.“', ['text-to-speech(text=Der Markt schließt in zehn Minuten.)']],
    ['Anuncie isto no altifalante: «A loja fecha às 20h.»', ['text-to-speech(text=A loja fecha às 20h.)']],
  ]);
  // Recording as a thing to make, not a text to speak: nothing this planner runs.
  t.same(plan('I need to record a podcast about cats'), []);
});

t.test('how a message comes across is its sentiment; alternatives after it are labels', async (t) => {
  cases(t, [
    ["how does this come across to you? 'I already told you twice, the report is late.'", ['text-classification(text=I already told you twice, the report is late.)']],
    ["Is my reply too curt? 'No. See attached.'", ['text-classification(text=No. See attached.)']],
    ["can't tell if she's upset: 'fine, do whatever you want'", ['text-classification(text=fine, do whatever you want)']],
    ["What's the tone of it, playful or hostile? 'Touch my lunch again and see what happens.'", ['zero-shot-classification(text=Touch my lunch again and see what happens., labels=playful, hostile)']],
    ["is the mood of this hopeful or sad? 'Spring is coming, the days are getting longer.'", ['text-classification(text=Spring is coming, the days are getting longer.)']],
    ["does it seem rude or just blunt? 'Stop sending me these.'", ['zero-shot-classification(text=Stop sending me these., labels=rude, blunt)']],
  ]);
  // Hearing how a speech sounds is reading it aloud, not judging it.
  t.same(plan("Read it aloud so I can hear how it sounds: 'Thank you all for coming tonight.'"), ['text-to-speech(text=Thank you all for coming tonight.)']);
});

t.test('two versions of a text, or one text against several, are compared', async (t) => {
  const a = 'The library opens at nine and closes at six on weekdays.';
  const b = 'On weekdays the library is open from 9 am to 6 pm.';
  cases(t, [
    [`Did my edit alter the meaning?\n\nBefore: ${a}\n\nAfter: ${b}`, [`sentence-similarity(text=${a}, other_text=${b})`]],
    [`Did she change what it says?\n\nHers: ${a}\n\nMine: ${b}`, [`sentence-similarity(text=${a}, other_text=${b})`]],
    [`Hat sich etwas geändert?\n\nAlt: Wir öffnen um neun.\n\nNeu: Geöffnet ab 9 Uhr.`, ['sentence-similarity(text=Wir öffnen um neun., other_text=Geöffnet ab 9 Uhr.)']],
    [`Our motto used to be 'Built to last.' How close is each of these to it?\n\n1. Made to endure.\n2. Cheap and cheerful.`, ['sentence-similarity(text=Built to last., other_text=Made to endure.)', 'sentence-similarity(text=Built to last., other_text=Cheap and cheerful.)']],
  ]);
  // The user's own text named with "my" asks for nothing; a product asked for does.
  t.same(plan(`can you rewrite this more simply? '${a}'`).length, 1);
});

t.test('"this" after a pasted text points at it, not at the words after it', async (t) => {
  const notes = 'Set the oven to 180 degrees. Mix the flour, sugar and butter, then bake for 25 minutes.';
  t.same(plan(`${notes}\n\nmy dad only reads Greek, can you translate this for him? he is baking on Friday`), [`translation(text=${notes}, target_language=el)`]);
});

const flyer = 'Open day at Greenfield School on Saturday from 10 to 2. Parents can visit the classrooms, and the canteen serves lunch for 3 euros.';

t.test('questions about a given text, however they are introduced', async (t) => {
  cases(t, [
    [`${flyer}\n\nwhat does lunch cost, according to this?`, [`question-answering(question=what does lunch cost?, context=${flyer})`]],
    [`${flyer}\n\ndoes the flyer mention parking?`, [`question-answering(question=does the flyer mention parking?, context=${flyer})`]],
    [`Answer these questions:\n1. When does it start?\n2. What does lunch cost?\n\n${flyer}`, [`question-answering(question=When does it start?, context=${flyer})`, `question-answering(question=What does lunch cost?, context=${flyer})`]],
    [`${flyer}\n\nanswer these: 1) when does it end? 2) is lunch free?`, [`question-answering(question=when does it end?, context=${flyer})`, `question-answering(question=is lunch free?, context=${flyer})`]],
    [`${flyer}\n\nread this and answer: does lunch count as a meal voucher?`, [`question-answering(question=does lunch count as a meal voucher?, context=${flyer})`]],
  ]);
});

t.test('what a given text is doing is its gist; a dash before labels is not part of them', async (t) => {
  cases(t, [
    ["what's this script doing? no idea about bash\n\n```\nfor f in *.log; do gzip \"$f\"; done\n```", ['summarization(text=for f in *.log; do gzip "$f"; done)']],
    ["Klingt das – höflich oder unhöflich? „Schick mir das sofort.“", ['zero-shot-classification(text=Schick mir das sofort., labels=höflich, unhöflich)']],
  ]);
});

t.test('who will listen to the speech asked for is no step of its own', async (t) => {
  const memo = 'Team lunch moved to Thursday at noon. Bring your own drinks.';
  t.same(plan(`Make an audio version of this memo: '${memo}' The drivers listen to updates on the road.`), [`text-to-speech(text=${memo})`]);
});
