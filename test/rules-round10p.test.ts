// The rule-based planner on texts that are judged, labelled or questioned (round 10p, from the
// phenomena of probe-labels.jsonl), in wordings written for these tests (none copied from a probe
// or dev set): a list of texts judged item by item, labels asked before the text, a product noun
// that names the text given ("the poem below", "these two captions").
import t from 'tap';
import { plan, cases } from './rules-cases.js';

t.test('a list of texts is judged one task per item', async (t) => {
  cases(t, [
    ['How does each of these comments feel?\n- the new menu is gorgeous\n- still waiting for my refund\n- delivery was ok', ['text-classification(text=the new menu is gorgeous)', 'text-classification(text=still waiting for my refund)', 'text-classification(text=delivery was ok)']],
    ['which language is each line in?\n1) Dobranoc\n2) Buenas noches', ['text-classification(text=Dobranoc)', 'text-classification(text=Buenas noches)']],
    ['Tag every subject line below as invoice, meeting or newsletter:\n* Your March statement is ready\n* Sync on Thursday?', ['zero-shot-classification(text=Your March statement is ready, labels=invoice, meeting, newsletter)', 'zero-shot-classification(text=Sync on Thursday?, labels=invoice, meeting, newsletter)']],
  ]);
});

t.test('a chat log is one text unless each message is asked about', async (t) => {
  cases(t, [
    ['how is everyone feeling in each message?\nMo: we won the pitch!!\nLi: I am exhausted honestly', ['text-classification(text=we won the pitch!!)', 'text-classification(text=I am exhausted honestly)']],
    ['what is the mood of this thread?\nMo: we won the pitch!!\nLi: I am exhausted honestly', ['text-classification(text=Mo: we won the pitch!!\nLi: I am exhausted honestly)']],
  ]);
});

t.test('a list is still one text for tasks that take a whole text', async (t) => {
  cases(t, [
    ['summarize these notes:\n- budget approved\n- launch moved to May\n- hire two designers', ['summarization(text=- budget approved\n- launch moved to May\n- hire two designers)']],
  ]);
});

t.test('two labelled texts are the pair to compare', async (t) => {
  cases(t, [
    ['Do these say the same thing?\n\nDraft A: The shop opens at nine on weekdays.\n\nDraft B: On weekdays we open at 9 am.', ['sentence-similarity(text=The shop opens at nine on weekdays., other_text=On weekdays we open at 9 am.)']],
  ]);
});

t.test('labels asked before the text', async (t) => {
  cases(t, [
    ['friendly or hostile? "If you park here again I will call the tow truck."', ['zero-shot-classification(text=If you park here again I will call the tow truck., labels=friendly, hostile)']],
    ['praise or complaint: the staff forgot my order twice and never apologised', ['zero-shot-classification(text=the staff forgot my order twice and never apologised, labels=praise, complaint)']],
    ['formal or casual? I need to know before I post it\n\nHey folks, pizza in the kitchen at 1, first come first served, bring your own plates please.', ['zero-shot-classification(text=Hey folks, pizza in the kitchen at 1, first come first served, bring your own plates please., labels=formal, casual)']],
  ]);
});

t.test('a product noun pointing at the text given names it, it asks for nothing', async (t) => {
  cases(t, [
    ['Does the poem below sound sad to you?\n\nThe river keeps its promise, it returns every spring to the same stones.', ['text-classification(text=The river keeps its promise, it returns every spring to the same stones.)']],
    ["Which of these three answers sounds angrier? 'fine.' / 'Sure, no problem!' / 'Whatever you say.'", ['text-classification(text=fine.)', 'text-classification(text=Sure, no problem!)', 'text-classification(text=Whatever you say.)']],
  ]);
  // The noun is still a product when no text is given.
  t.same(plan('write a short poem about the sea'), ['text-generation(text=a short poem about the sea)']);
});

const notice = 'The pool reopens on 3 June after repairs. Lanes can be booked online from the 1st, and the sauna stays closed until July.';

t.test('two questions joined by "and" about one text are two steps', async (t) => {
  cases(t, [
    [`when does the pool reopen and what stays closed?\n\n${notice}`, [`question-answering(question=when does the pool reopen, context=${notice})`, `question-answering(question=what stays closed?, context=${notice})`]],
    [`Is this upbeat, and when can I book a lane?\n\n${notice}`, [`text-classification(text=${notice})`, `question-answering(question=when can I book a lane?, context=${notice})`]],
  ]);
});

t.test('"what is it about" asks for the gist, in five languages', async (t) => {
  const text = 'Kiitos kokouksesta. Lähetän huomenna uuden aikataulun ja budjetin.';
  for (const ask of ["what's this about?", 'Worum geht es hier?', '¿De qué trata esto?', 'De quoi ça parle ?', 'Do que se trata?']) t.same(plan(`${ask}\n\n${text}`), [`summarization(text=${text})`], ask);
});

t.test('"read as" and "come across as" ask which label fits; "read this as" without labels still reads aloud', async (t) => {
  cases(t, [
    ["Does this come across as bossy or helpful? 'Please have the slides ready by noon.'", ['zero-shot-classification(text=Please have the slides ready by noon., labels=bossy, helpful)']],
    ["would you read it as flirting or just friendly? 'Great seeing you, let's grab coffee sometime.'", ["zero-shot-classification(text=Great seeing you, let's grab coffee sometime., labels=flirting, just friendly)"]],
    ["read this as a lullaby for my daughter: 'The moon is up and the sheep are asleep.'", ['text-to-speech(text=The moon is up and the sheep are asleep.)']],
  ]);
});

t.test('whether a text is positive, in four more languages', async (t) => {
  const review = 'Servicio lento, pero la comida estaba buenísima.';
  for (const ask of ['¿Esta reseña es positiva?', 'Cet avis est-il positif ?', 'Ist diese Bewertung positiv?', 'Essa avaliação é positiva?']) t.same(plan(`${ask} "${review}"`), [`text-classification(text=${review})`], ask);
});

t.test('labelled paragraphs are the texts, whatever words they use', async (t) => {
  cases(t, [
    ['Answer 1: Clean the filter every month and descale it twice a year.\n\nAnswer 2: Descale the machine twice a year; the filter needs a monthly clean.\n\ndo both answers make the same points?', ['sentence-similarity(text=Clean the filter every month and descale it twice a year., other_text=Descale the machine twice a year; the filter needs a monthly clean.)']],
  ]);
});
