// The rule-based planner on phenomena an unseen set of requests found (fresh4, round 7), each in
// wordings written for these tests (none copied from a dev set): an ask apart from the pasted text,
// links between steps on pasted text, implied steps, task choice, chains and conversations.
import t, { type Test } from 'tap';
import { planRequest } from '../src/controllers/rules/plan.js';
import type { ChatMessage, Task } from '../src/pipeline/types.js';

const shape = (tasks: Task[]): string[] =>
  tasks.map((task) => `${task.task}(${Object.entries(task.args).map(([name, value]) => `${name}=${value}`).join(', ')})${task.dep.length ? ` <- ${task.dep.join(',')}` : ''}`);
const user = (content: string): ChatMessage => ({ role: 'user', content });
const assistant = (content: string): ChatMessage => ({ role: 'assistant', content });
const cases = (t: Test, list: Array<[string, string[], ChatMessage[]?]>) => {
  for (const [request, want, history] of list) t.same(shape(planRequest(request, history).tasks), want, request.slice(0, 80));
};

t.test('the ask apart from the pasted text, before it or after it as a question', async (t) => {
  const news = 'The city library will open on Sundays from next month. The council approved the extra hours after a petition signed by two thousand residents. Staff will be added to cover the weekend shifts.';
  const german = 'Sehr geehrte Frau Braun, Ihre Bestellung wurde heute verschickt und kommt voraussichtlich am Donnerstag an. Mit freundlichen Grüßen, Ihr Kundenservice';
  const terms = 'Cancellations made within 14 days of booking are free of charge. After that, a fee of 20 euros applies. No-shows are charged the full price.';
  const story = 'The lighthouse keeper had not seen a ship in three years. Then, one foggy morning, a bell rang somewhere out on the water.';
  const toast = 'To the happy couple: may your home be full of laughter and your fridge full of cheese.';
  cases(t, [
    [`Can you give me a title for this?\n\n${news}`, [`summarization(text=${news})`]],
    [`${news}\n\nheadline for it? short please`, [`summarization(text=${news})`]],
    [`My German is terrible, what does this letter say?\n\n${german}`, [`translation(text=${german}, target_language=en)`]],
    [`One question about the terms below: do I pay a fee if I cancel after a week?\n\n${terms}`, [`question-answering(question=do I pay a fee if I cancel after a week?, context=${terms})`]],
    [`Here is my opening. Please keep it going from where I left off.\n\n${story}`, [`text-generation(text=${story})`]],
    [`This is my toast for the wedding. The guests speak French, so put it into French and then read the French version aloud.\n\n"${toast}"`,
      [`translation(text=${toast}, target_language=fr)`, 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['summarize this chat for me\n\n[10:01] ana: the printer is jammed again\n[10:02] ben: I will call the technician after lunch',
      ['summarization(text=[10:01] ana: the printer is jammed again\n[10:02] ben: I will call the technician after lunch)']],
  ]);
});
