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
    [`¿Cuántos empleados tiene la tienda? «${shop}»`, [`question-answering(question=Cuántos empleados tiene la tienda?, context=${shop})`]],
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
