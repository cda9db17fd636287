// End to end over the shipped example photos: 40 requests written the way a newcomer would ask,
// with what the answer must say taken from looking at the photos (test/data/examples-truth.json),
// run through the whole app with the rule-based controller and the real embedded experts.
//
// Each case is checked twice:
//   - /execute with an explicit plan: the experts themselves say true things (must pass);
//   - /chat with the request: the planner finds that plan and the answer says it. A case today's
//     planner gets wrong carries `todo` (why); flip it off when the planner understands it.
// A case whose truth the experts cannot reach yet carries `expertTodo` (why), for both parts.
import t from 'tap';
import type { TaskType } from '../src/registry/task-types.js';
import { e2eCases } from './e2e-examples.cases.js';
import { buildTestApp } from './helper.js';

interface Output {
  text?: string;
  data?: { note?: string };
  image?: { url: string };
  audio?: { url: string };
}
interface Result {
  task: TaskType;
  status: string;
  output: Output | null;
  error: { message: string } | null;
}

// About 90 model calls, eight of them x2 upscales: more than the suite's default 120 s per file.
t.setTimeout(900_000);
// As a newcomer runs it: the rules controller, hybrid inference with nothing remote configured.
const app = await buildTestApp(t, { CONTROLLER: 'rules' });

/** What the experts said: every result's text, note and error, one per line. */
const saidBy = (results: Result[]): string =>
  results.flatMap((result) => [result.output?.text, result.output?.data?.note, result.error?.message].filter(Boolean)).join('\n');

const mediaOf = (results: Result[], kind: 'image' | 'audio'): string[] => results.flatMap((result) => (result.output?.[kind] ? [result.output[kind]!.url] : []));

for (const [index, spec] of e2eCases.entries()) {
  const name = `${index + 1}. ${spec.request}`;

  t.test(`experts: ${name}`, { todo: spec.expertTodo ?? false }, async (t) => {
    const response = await app.inject({ method: 'POST', url: '/execute', payload: { tasks: spec.execute, ...(spec.models ? { selections: spec.models } : {}) } });
    t.equal(response.statusCode, 200, response.body);
    const results = response.json().results as Result[];
    const said = saidBy(results);
    for (const pattern of spec.says) t.match(said, pattern, `the experts say ${pattern}`);
    for (const kind of spec.media ?? []) t.ok(mediaOf(results, kind).length > 0, `a ${kind} is produced`);
  });

  t.test(`chat: ${name}`, { todo: spec.todo ?? spec.expertTodo ?? false }, async (t) => {
    const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: spec.request } });
    t.equal(response.statusCode, 200, response.body);
    const body = response.json() as { answer: string; tasks: Array<{ task: TaskType }>; results: Result[] };
    const planned = body.tasks.map((task) => task.task).sort();
    t.ok(
      spec.plans.some((plan) => JSON.stringify([...plan].sort()) === JSON.stringify(planned)),
      `planned ${JSON.stringify(planned)}, expected one of ${JSON.stringify(spec.plans)}`,
    );
    for (const pattern of [...spec.says, ...(spec.notes ?? [])]) t.match(body.answer, pattern, `the answer says ${pattern}`);
    for (const kind of spec.media ?? []) {
      const urls = mediaOf(body.results, kind);
      t.ok(urls.length > 0 && urls.some((url) => body.answer.includes(url)), `the answer names the ${kind} produced`);
    }
  });
}
