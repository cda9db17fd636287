// The incremental task parser: each task object of a streamed plan is handed out as soon as its
// closing brace arrives, whatever the pieces the reply comes in.
import t from 'tap';
import { createTaskStreamParser } from '../src/controllers/llm/task-stream.js';

const PLAN = {
  tasks: [
    { id: 0, task: 'object-detection', dep: [], args: { image: '/examples/b.jpg' } },
    { id: 1, task: 'visual-question-answering', dep: [0], args: { image: '<GENERATED>-0', question: 'How many "zebras" {really}? [sic]' } },
    { id: 2, task: 'text-to-speech', dep: [1], args: { text: '<GENERATED>-1' } },
  ],
  explanation: 'a {tricky} explanation with [brackets]',
};

/** Feeds `text` in pieces of `size` characters; returns the tasks and after which piece each came. */
function feed(text: string, size: number) {
  const parser = createTaskStreamParser();
  const seen: Array<{ task: unknown; at: number }> = [];
  for (let at = 0; at < text.length; at += size) for (const task of parser.push(text.slice(at, at + size))) seen.push({ task, at: at + size });
  return seen;
}

t.test('every task object comes out once, as soon as it is complete, whatever the piece size', async (t) => {
  const text = JSON.stringify(PLAN);
  for (const size of [1, 2, 3, 7, 16, 64, text.length]) {
    const seen = feed(text, size);
    t.same(seen.map((entry) => entry.task), PLAN.tasks, `pieces of ${size}`);
    for (const [index, entry] of seen.entries()) {
      const end = text.indexOf(JSON.stringify(PLAN.tasks[index])) + JSON.stringify(PLAN.tasks[index]).length;
      t.ok(entry.at >= end && entry.at < end + size, `pieces of ${size}: task ${index} out with the piece that closed it`);
    }
  }
});

t.test('a bare array, prose and a fence before the JSON, text after it', async (t) => {
  const bare = feed(`Sure, here's the plan:\n\`\`\`json\n${JSON.stringify(PLAN.tasks, null, 2)}\n\`\`\`\nAnything else? {"id": 9}`, 5);
  t.same(bare.map((entry) => entry.task), PLAN.tasks);
  const wrapped = feed(`\`\`\`json\n${JSON.stringify(PLAN, null, 1)}\n\`\`\``, 4);
  t.same(wrapped.map((entry) => entry.task), PLAN.tasks);
});

t.test('only the task list counts: nested objects and other keys are not tasks', async (t) => {
  const text = JSON.stringify({ note: { tasks: [{ id: 7 }] }, tasks: [{ id: 0, task: 'summarization', dep: [], args: { text: '{"id": 5}' } }], extra: [{ id: 8 }] });
  t.same(feed(text, 3).map((entry) => entry.task), [{ id: 0, task: 'summarization', dep: [], args: { text: '{"id": 5}' } }]);
});

t.test('the single-quote dialect is read, repaired with jsonrepair', async (t) => {
  const text = "{'tasks': [{'id': 0, 'task': 'translation', 'dep': [], 'args': {'text': \"it's {fine}\", 'target_language': 'es'},}], 'explanation': None}";
  t.same(feed(text, 2).map((entry) => entry.task), [{ id: 0, task: 'translation', dep: [], args: { text: "it's {fine}", target_language: 'es' } }]);
});

t.test('an unreadable element is skipped; a cut reply gives the complete tasks only', async (t) => {
  const text = '{"tasks": [{"id": 0, "task": "summarization" : : "dep"}, {"id": 1, "task": "text-to-speech", "dep": [], "args": {"text": "hi"}}, {"id": 2, "task": "text-to';
  const tasks = feed(text, 6).map((entry) => entry.task);
  t.same(tasks, [{ id: 1, task: 'text-to-speech', dep: [], args: { text: 'hi' } }], 'task 0 cannot be read, task 2 is cut');
  t.notOk(tasks.some((task) => (task as { id?: number }).id === 2), 'the cut task is not handed out');
});

t.test('escaped quotes and backslashes inside strings do not end them', async (t) => {
  const task = { id: 0, task: 'summarization', dep: [], args: { text: 'a \\"quoted\\" \\\\ ]} text' } };
  t.same(feed(JSON.stringify({ tasks: [task] }), 1).map((entry) => entry.task), [task]);
});
