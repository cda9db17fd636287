import t from 'tap';
import { topologicalOrder, validatePlan, type PlanProblem } from '../src/pipeline/task-graph.js';

const codes = (raw: unknown, maxTasks?: number): string[] => {
  const check = validatePlan(raw, { maxTasks });
  return check.ok ? [] : check.problems.map((problem: PlanProblem) => problem.code).sort();
};
const messages = (raw: unknown): string => {
  const check = validatePlan(raw);
  return check.ok ? '' : check.problems.map((problem) => problem.message).join('\n');
};

t.test('a valid plan passes and is normalised', async (t) => {
  const check = validatePlan([
    { id: 0, task: 'object-detection', dep: [-1], args: { image: 'https://example.org/a.jpg' } },
    { id: '1', task: 'visual-question-answering', dep: ['0'], args: { image: '<GENERATED>-0', question: 'How many zebras?' } },
    { id: 2, task: 'text-to-speech', args: { text: ' <GENERATED>-1 ' } },
    { id: 3, task: 'zero-shot-classification', dep: [], args: { text: 'I love it', labels: ['joy', 'anger'], unused: null } },
  ]);
  t.ok(check.ok);
  if (!check.ok) return;
  t.same(check.tasks[0]!.dep, [], '[-1] means no dependency');
  t.same(check.tasks[1]!, { id: 1, task: 'visual-question-answering', dep: [0], args: { image: '<GENERATED>-0', question: 'How many zebras?' } }, 'integer strings become integers');
  t.same(check.tasks[2]!.dep, [1], 'an omitted dep is derived from the references');
  t.equal(check.tasks[3]!.args.labels, 'joy, anger', 'a list of labels becomes comma-separated text; null arguments are dropped');
  t.same(topologicalOrder([...check.tasks].reverse()).map((task) => task.id), [3, 0, 1, 2]);
});

t.test('the shape: a list of objects with integer ids', async (t) => {
  t.same(codes({ tasks: [] }), ['NOT_A_LIST']);
  t.same(codes(['summarize']), ['TASK_NOT_OBJECT']);
  t.same(codes([{ id: -3, task: 'summarization', args: { text: 'x' } }]), ['BAD_ID']);
  t.same(codes([{ id: 1.5, task: 'summarization', args: { text: 'x' } }]), ['BAD_ID']);
  t.same(codes([{ id: 0, task: 'summarization', args: 'x' }]), ['BAD_ARGS']);
  t.same(codes([{ id: 0, task: 'summarization', dep: ['zero'], args: { text: 'x' } }]), ['BAD_DEP']);
  t.same(codes([{ id: 0, task: 'summarization', args: { text: { nested: true } } }]), ['BAD_ARGUMENT']);
  t.same(codes(Array.from({ length: 3 }, (_, id) => ({ id, task: 'summarization', args: { text: 'x' } })), 2), ['TOO_MANY_TASKS']);
});

t.test('ids, dependencies and cycles', async (t) => {
  t.same(codes([{ id: 0, task: 'summarization', args: { text: 'a' } }, { id: 0, task: 'summarization', args: { text: 'b' } }]), ['DUPLICATE_ID']);
  t.same(codes([{ id: 0, task: 'summarization', dep: [4], args: { text: 'a' } }]), ['UNKNOWN_DEPENDENCY']);
  t.same(codes([{ id: 0, task: 'summarization', dep: [0], args: { text: 'a' } }]), ['SELF_DEPENDENCY']);
  t.same(
    codes([
      { id: 0, task: 'summarization', dep: [2], args: { text: '<GENERATED>-2' } },
      { id: 1, task: 'summarization', dep: [0], args: { text: '<GENERATED>-0' } },
      { id: 2, task: 'summarization', dep: [1], args: { text: '<GENERATED>-1' } },
      { id: 3, task: 'summarization', dep: [], args: { text: 'outside the cycle' } },
    ]),
    ['CYCLE'],
  );
  t.match(messages([{ id: 0, task: 'summarization', dep: [1], args: { text: 'a' } }, { id: 1, task: 'summarization', dep: [0], args: { text: 'b' } }]), /tasks 0, 1 depend on each other in a cycle/);
});

t.test('task types and arguments', async (t) => {
  t.same(codes([{ id: 0, task: 'image-captioning', args: { image: 'a.jpg' } }]), ['UNKNOWN_TASK_TYPE']);
  t.match(messages([{ id: 0, task: 'image-captioning', args: {} }]), /unknown task type "image-captioning"; use one of .*image-to-text/);
  t.same(codes([{ id: 0, task: 'question-answering', args: { question: 'who?' } }]), ['MISSING_ARGUMENT']);
  t.same(codes([{ id: 0, task: 'question-answering', args: { question: 'who?', context: '   ' } }]), ['MISSING_ARGUMENT']);
  t.match(messages([{ id: 0, task: 'summarization', args: { text: 'x', max_length: 3 } }]), /unexpected argument "max_length"; this task takes text/);
  t.same(codes([{ id: 0, task: 'tabular-classification', args: {} }]), ['MISSING_ARGUMENT'], 'one of table or image');
  t.same(codes([{ id: 0, task: 'tabular-classification', args: { table: 'a,b\n1,2' } }]), []);
});

t.test('references: must be exact, in dep, and of a kind the source produces', async (t) => {
  const source = { id: 0, task: 'text-to-image', dep: [], args: { text: 'a fox' } };
  t.same(codes([source, { id: 1, task: 'summarization', dep: [0], args: { text: '<GENERATED>-0' } }]), ['REFERENCE_WRONG_KIND']);
  t.match(messages([source, { id: 1, task: 'summarization', dep: [0], args: { text: '<GENERATED>-0' } }]), /needs text, but task 0 \(text-to-image\) produces image/);
  t.same(codes([source, { id: 1, task: 'image-to-text', dep: [], args: { image: '<GENERATED>-0' } }]), ['REFERENCE_NOT_DEPENDENCY']);
  t.same(codes([source, { id: 1, task: 'image-to-text', dep: [0], args: { image: 'see <GENERATED>-0' } }]), ['BAD_REFERENCE']);
  t.same(codes([source, { id: 1, task: 'image-to-text', dep: [0], args: { image: '<GENERATED>-0,<GENERATED>-0' } }]), ['BAD_REFERENCE']);
  t.same(codes([{ id: 0, task: 'summarization', args: { text: 'x' } }, { id: 1, task: 'translation', dep: [0], args: { text: '<GENERATED>-0', target_language: '<GENERATED>-0' } }]), ['BAD_REFERENCE'], 'settings take no reference');
  t.same(codes([{ id: 0, task: 'object-detection', args: { image: 'a.jpg' } }, { id: 1, task: 'image-to-image', dep: [0], args: { image: '<GENERATED>-0' } }]), [], 'object detection produces an image too');
});

t.test('every problem is reported at once', async (t) => {
  t.same(
    codes([
      { id: 0, task: 'summarization', dep: [1], args: { text: '<GENERATED>-1' } },
      { id: 1, task: 'summarization', dep: [0], args: { text: '<GENERATED>-0', tone: 'formal' } },
      { id: 1, task: 'image-captioning', dep: [], args: {} },
      { id: 2, task: 'text-to-speech', dep: [2], args: {} },
    ]),
    ['CYCLE', 'DUPLICATE_ID', 'MISSING_ARGUMENT', 'SELF_DEPENDENCY', 'UNEXPECTED_ARGUMENT', 'UNKNOWN_TASK_TYPE'],
  );
});
