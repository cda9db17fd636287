// Requests made only of punctuation, quotes or one repeated unit plan without throwing (a request
// of '"' or '```' alone once threw a TypeError: no paragraph to compare). The shapes are
// bench/hostile-shapes.ts's, at sizes small enough for a test.
import t from 'tap';
import { planRequest } from '../src/controllers/rules/plan.js';
import { HOSTILE, hostile } from '../bench/hostile-shapes.js';

const marks = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~“”„«»‘’—–…•·'];

t.test('a request of one mark, two or three, plans to something', async (t) => {
  for (const mark of marks) for (const times of [1, 2, 3]) for (const request of [mark.repeat(times), ` ${mark.repeat(times)} `, `${mark.repeat(times)}\n\n${mark}`]) {
    t.doesNotThrow(() => planRequest(request, []), JSON.stringify(request));
  }
});

t.test('the hostile shapes plan without throwing', async (t) => {
  for (const [name, shape] of Object.entries(HOSTILE)) for (const size of [50, 200, 1000]) t.doesNotThrow(() => planRequest(hostile(shape, size), [], { maxTasks: 20 }), `${name} at ${size}`);
});
