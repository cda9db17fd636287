import t from 'tap';
import { validatePlan } from '../src/pipeline/task-graph.js';

t.test('a valid two-task plan passes, [-1] means no dependency', async (t) => {
  const check = validatePlan([
    { id: 0, task: 'object-detection', dep: [-1], args: { image: 'https://example.org/a.jpg' } },
    { id: 1, task: 'visual-question-answering', dep: [0], args: { image: '<GENERATED>-0', question: 'How many zebras?' } },
  ]);
  t.ok(check.ok);
  if (check.ok) t.same(check.tasks[0]!.dep, []);
});
