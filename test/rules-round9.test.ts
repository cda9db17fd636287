// The rule-based planner, round 9 (issue #7): phenomena the fresh6 tune part showed. Wordings
// written for these tests, none copied from a dev set or from bench/data/realistic/fresh6.jsonl.
import t from 'tap';
import { cases } from './rules-cases.js';

t.test('which there are more of is a count', async (t) => {
  cases(t, [
    ['the twins keep arguing whether there are more ducks or geese in pond.jpg, who is right?', ['object-detection(image=pond.jpg)']],
    ['are there fewer bikes than cars on street_cam.png?', ['object-detection(image=street_cam.png)']],
    ['¿Hay más perros o gatos en parque.jpg?', ['object-detection(image=parque.jpg)']],
    ['Gibt es mehr Boote oder Autos auf hafen.jpg?', ['object-detection(image=hafen.jpg)']],
  ]);
});

t.test('boxes of goods on a bill are no bounding boxes', async (t) => {
  cases(t, [
    ['invoice_0412.png is from the garden centre. did they bill me for three boxes of tiles or two?', ['document-question-answering(image=invoice_0412.png, question=did they bill me for three boxes of tiles or two?)']],
    ['draw boxes around every bottle in shelf.jpg', ['object-detection(image=shelf.jpg)']],
  ]);
});
