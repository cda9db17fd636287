// A long request refused as too large is read on its head alone when the head settles it
// (headReading in plan.ts): the refusal must be the one a reading of the whole request makes.
// The request's own shapes, and requests whose text after the first 10 to 20 KB is every kind of
// request of the dev sets (quotes, colons, pointing sentences, fields, files), across the cut.
import { readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import { lexicon, type Lexicon } from '../src/controllers/rules/lexicon/index.js';
import { analyse, headReading, parts, planRequest } from '../src/controllers/rules/plan.js';
import { STEP_LIMIT } from '../src/controllers/rules/read.js';

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const stepsOf = (analysis: ReturnType<typeof analyse>) => analysis.reading.steps.map((step) => `${step.intent}@${step.at}`);

/** The whole request read with no head first (a chat turn before it turns that off; it asks for no replay). */
const wholePlan = (request: string, maxTasks: number) => planRequest(request, [{ role: 'user', content: 'Hello' }], { maxTasks });
/** A plan without its `fit`, which a refusal settled by the head judges on the head. */
const unfit = ({ fit: _fit, ...plan }: ReturnType<typeof planRequest>) => plan;

/** Whether the head settles the request, after checking that it settles it as the whole request does. */
function compare(t: Test, request: string, lx: Lexicon, name: string): boolean {
  const head = headReading(request, lx);
  if (!head) return false;
  const whole = analyse(request, parts(request), lx);
  t.ok(head.text.length < request.length, `${name}: read on its head`);
  // The whole request's steps; labelled fields after the cut may ask for more (fieldSteps), which a refusal does not count.
  const extra = whole.reading.steps.filter((step) => !head.reading.steps.some((other) => other.at === step.at && other.intent === step.intent));
  t.same(stepsOf(head), stepsOf(whole).filter((step) => !extra.some((other) => `${other.intent}@${other.at}` === step)), `${name}: the steps of the whole request`);
  t.ok(extra.every((step) => step.phrase === '' && step.objects.every((object) => object.type === 'content')), `${name}: others only from labelled fields`);
  t.same(unfit(planRequest(request, [], { maxTasks: 20 })), unfit(wholePlan(request, 20)), `${name}: the same plan but for fit`);
  return true;
}

t.test('a refusal settled by the head is the whole reading\'s: tasks, tooLarge, atLeast', async (t) => {
  const shapes: Array<[string, string]> = [
    ['Caption /examples/a.jpg and translate it to French, then read it aloud. ', 'en'],
    ["Translate 'good morning' into German. ", 'en'],
    ['Please detct the objcts in the photgraph and summarise it. ', 'en'],
    ['Caption a.jpg. ', 'en'],
    ['Traduce este texto al inglés y resume el documento, por favor. ', 'es'],
  ];
  for (const [unit, code] of shapes) {
    const request = fill(unit, 100_000);
    t.ok(compare(t, request, lexicon(code), unit.slice(0, 30)), `${unit.slice(0, 30)}…: settled by its head`);
    for (const maxTasks of [20, 200]) {
      const plan = unfit(planRequest(request, [], { maxTasks }));
      t.same(plan, unfit(wholePlan(request, maxTasks)), `${unit.slice(0, 30)}…, ${maxTasks} tasks: the whole reading's refusal`);
      t.match(plan, { tasks: [], language: code, tooLarge: STEP_LIMIT, atLeast: true });
    }
  }
  // Not settled by a head: a paragraph break anywhere (pasted text), too few steps, too short a request.
  t.notOk(headReading(`${fill('Caption a.jpg. ', 60_000)}\n\n${fill('The notes say we met. ', 40_000)}`, lexicon('en')), 'a paragraph break: read whole');
  t.notOk(headReading(fill('lorem ipsum dolor sit amet ', 100_000), lexicon('en')), 'no steps: read whole');
  t.notOk(headReading(fill('Caption a.jpg. ', 30_000), lexicon('en')), '30 KB: read whole');
  // A quote opened before the cut and closed after it: the steps inside it are no steps.
  const quoted = `${fill('lorem ipsum ', 12_000)} I wrote "${fill('Caption a.jpg. ', 30_000).trim()}" and you translate it into German. ${fill('lorem ipsum ', 40_000)}`;
  t.ok(analyse(quoted.slice(0, 16_001), parts(quoted.slice(0, 16_001)), lexicon('en')).reading.steps.length >= STEP_LIMIT, 'its head alone holds STEP_LIMIT steps');
  t.notOk(compare(t, quoted, lexicon('en'), 'a quote across the cut'), 'a quote open at the cut: read whole');
  t.same(unfit(planRequest(quoted, [], { maxTasks: 20 })), unfit(wholePlan(quoted, 20)), 'a quote across the cut: the whole reading\'s plan');
});

t.test('whatever follows the head, a refusal it settles is the whole reading\'s', async (t) => {
  const lines = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8').split('\n').filter((line) => line.trim());
  const requests = [
    ...lines('../bench/data/realistic/dev.jsonl').map((line) => (JSON.parse(line) as { request?: string }).request).filter((request): request is string => !!request),
    ...lines('../bench/data/taskbench/multimedia/dev.jsonl').map((line) => (JSON.parse(line) as { request: string }).request),
  ].map((request) => request.replace(/\s+/g, ' '));
  // A fixed sequence (no flake): a linear congruential generator.
  let seed = 7;
  const random = (below: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % below);
  // Words that ask for nothing, then steps that reach STEP_LIMIT about where the head ends, then dev requests.
  const units: Array<[string, number]> = [['Caption /examples/a.jpg and translate it to French, then read it aloud. ', 3], ['Caption a.jpg. ', 1], ["Translate 'good morning' into German. ", 1]];
  let settled = 0;
  for (let run = 0; run < 30; run++) {
    const [unit, steps] = units[run % units.length]!;
    const prefix = fill('lorem ipsum dolor sit amet ', 9_000 + random(4_000));
    let request = prefix + fill(unit, Math.round(((STEP_LIMIT * unit.length) / steps) * (0.7 + random(50) / 100)));
    while (request.length < 40_000 + random(20_000)) request += ` ${requests[random(requests.length)]!}`;
    if (compare(t, request, lexicon('en'), `run ${run}`)) settled++;
  }
  t.ok(settled >= 5, `${settled} of 30 settled by their head`);
});
