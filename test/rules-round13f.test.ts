// Round 13f: the fallback reading and known misreads. Labels given in unusual shapes, labelled text pairs in
// other languages, things to make described without a verb, a language identifier that must not overrule
// a lexicon that explains the words better. Wordings written for these tests (none copied from a probe or
// fresh set).
import t from 'tap';
import { createRulesController } from '../src/controllers/rules/index.js';
import { planRequest } from '../src/controllers/rules/plan.js';
import { cases, shape } from './rules-cases.js';

t.test('labels right after a phrase that asks for one, in brackets, dashes or before a colon', async (t) => {
  cases(t, [
    ['Choose a category (refund, delivery, warranty) for: the blender stopped working after a week', ['zero-shot-classification(text=the blender stopped working after a week, labels=refund, delivery, warranty)']],
    ['assign a tag - hiking, cooking, music - to: best trails near Innsbruck', ['zero-shot-classification(text=best trails near Innsbruck, labels=hiking, cooking, music)']],
    ['which category: invoice, reminder, newsletter? "Your payment of 40 EUR is due on Monday."', ['zero-shot-classification(text=Your payment of 40 EUR is due on Monday., labels=invoice, reminder, newsletter)']],
    ['what pile is this, keep or toss? "old router manual from 2009"', ['zero-shot-classification(text=old router manual from 2009, labels=keep, toss)']],
  ]);
});

t.test('a list of labels ending in a field name ("…, complaint or question:") is labels, not a field', async (t) => {
  cases(t, [
    ['sort it as praise, complaint or question: why does the app log me out every day?', ['zero-shot-classification(text=why does the app log me out every day?, labels=praise, complaint, question)']],
    ['Ordne das ein als Lob, Beschwerde oder Frage: Wann öffnet der Laden am Samstag?', ['zero-shot-classification(text=Wann öffnet der Laden am Samstag?, labels=Lob, Beschwerde, Frage)']],
  ]);
});

t.test('labels given after "as:" and a dash before the text', async (t) => {
  cases(t, [
    ['Mark it as: safe, phishing — "Your mailbox is full, click here to verify your password"', ['zero-shot-classification(text=Your mailbox is full, click here to verify your password, labels=safe, phishing)']],
    ['tag this as: bug, feature — the dark mode toggle resets after every restart', ['zero-shot-classification(text=the dark mode toggle resets after every restart, labels=bug, feature)']],
  ]);
});

t.test('a tone asked before the colon that opens the text: its labels', async (t) => {
  cases(t, [
    ['tell me if the tone is warm or cold: We acknowledge receipt of your letter.', ['zero-shot-classification(text=We acknowledge receipt of your letter., labels=warm, cold)']],
    ['is the tone playful or serious? "Last one to the pool buys the ice cream!"', ['zero-shot-classification(text=Last one to the pool buys the ice cream!, labels=playful, serious)']],
  ]);
});

t.test('two labelled texts in another language, asked for closeness in its words', async (t) => {
  cases(t, [
    ["Texte original : La piscine ouvre à 7 h.\nNouveau texte : L'ouverture de la piscine est à 7 heures.\nLes deux se ressemblent ?", ["sentence-similarity(text=La piscine ouvre à 7 h., other_text=L'ouverture de la piscine est à 7 heures.)"]],
    ['First note: "Bring your own cups." Second note: "Cups are not provided, please bring one." close enough?', ['sentence-similarity(text=Bring your own cups., other_text=Cups are not provided, please bring one.)']],
  ]);
});

t.test('something to make described with no verb: the product before, after or around it', async (t) => {
  cases(t, [
    ['a paper lantern floating over a lake at night, as a video', ['text-to-video(text=a paper lantern floating over a lake at night)']],
    ['30 seconds of footage: bees landing on lavender', ['text-to-video(text=bees landing on lavender)']],
    ['una animación corta de un tren cruzando un puente', ['text-to-video(text=un tren cruzando un puente)']],
    ['un chat qui dort au soleil, en vidéo', ['text-to-video(text=un chat qui dort au soleil)']],
    ['please find me some videos of penguins', []],
  ]);
});

t.test('German "mal" is a particle, not "paint"; Portuguese and Spanish style edits', async (t) => {
  cases(t, [
    ['Beschreib mal b.jpg', ['image-to-text(image=b.jpg)']],
    ['Male einen Leuchtturm im Nebel', ['text-to-image(text=einen Leuchtturm im Nebel)']],
    ['Transforma essa imagem d.jpg', ['image-to-image(image=d.jpg)']],
    ['Consegues pôr a.jpg num estilo de pintura antiga?', ['image-to-image(image=a.jpg, text=num estilo de pintura antiga)']],
  ]);
});

t.test('a language identifier names the language only when its lexicon reads the words as well', async (t) => {
  const said: string[] = [];
  const controller = (code: string) => createRulesController({ identifyLanguage: async (text) => (said.push(text), { code, name: code, score: 0.5 }) });
  // lid.176 takes this Portuguese for Spanish; the Portuguese lexicon knows its words, the Spanish one few.
  const portuguese = 'Consegues pôr e.jpg num quadro no estilo do Monet?';
  const plan = await controller('es').plan({ request: portuguese, history: [] }, {});
  t.same(shape(plan.tasks), shape(planRequest(portuguese, [], { language: 'pt' }).tasks), 'the Portuguese reading stays');
  t.ok(said.length > 0, 'the identifier was asked');
  // A request the words leave unclear, which the named lexicon reads with more tasks, is read with it.
  const german = 'Fasse bitte zusammen: Der Zug fällt heute aus, weil es einen Streik gibt.';
  const again = await controller('de').plan({ request: german, history: [] }, {});
  t.same(shape(again.tasks), shape(planRequest(german, [], { language: 'de' }).tasks));
});

t.test('an instruction of a word or two is read in the language of the whole request', async (t) => {
  const plan = planRequest("Version originale : Le bus part à 8 h.\nVersion corrigée : Le bus part à huit heures.\nMême sens ?");
  t.equal(plan.language, 'fr');
  t.same(shape(plan.tasks), ['sentence-similarity(text=Le bus part à 8 h., other_text=Le bus part à huit heures.)']);
});

t.test('the instruction handed to the language identifier keeps its punctuation and leaves out the texts given', async (t) => {
  // lid.176 takes "Hold the door Hold the door" for Dutch, "Hold the door. Hold the door." for English.
  t.equal(planRequest('Mind the gap. Mind the gap.').languageCheck, 'Mind the gap. Mind the gap.');
  t.equal(planRequest("Traduis en anglais : « Le train part à huit heures » s'il te plaît").languageCheck, "Traduis en anglais : s'il te plaît");
});
