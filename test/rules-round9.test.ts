// The rule-based planner, round 9 (issue #7): phenomena the fresh6 tune part showed. Wordings
// written for these tests, none copied from a dev set or from bench/data/realistic/fresh6.jsonl.
import t from 'tap';
import { assistant, cases, user } from './rules-cases.js';

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

t.test('a bare question after a step on a file is not asked of that file: it may be general knowledge or small talk', async (t) => {
  cases(t, [
    ['Caption a.jpg. What is the capital of France?', ['image-to-text(image=a.jpg)']],
    ['detect objects in c.jpg. thanks, how are you today?', ['object-detection(image=c.jpg)']],
    // A bare word asks nothing of the file.
    ['The fan is buzzing all over lecture_3.wav and I can hardly follow. Help?', ['audio-to-audio(audio=lecture_3.wav)']],
  ]);
});

t.test('a replay on a new file into a new language', async (t) => {
  const history = [user('Get the text off menu.jpg and put it in Spanish'), assistant('Text: "Soup of the day"\nSpanish: "Sopa del día"')];
  cases(t, [
    ['now the same for /artifacts/9c1e.png, but Dutch this time', ['image-to-text(image=/artifacts/9c1e.png)', 'translation(text=<GENERATED>-0, target_language=nl) <- 0'], history],
    ['and into Dutch?', ['image-to-text(image=menu.jpg)', 'translation(text=<GENERATED>-0, target_language=nl) <- 0'], history],
  ]);
});

t.test('an item of an answer numbered by file is its text without the file', async (t) => {
  const history = [user('describe p.jpg and q.jpg'), assistant('1. p.jpg: Two kids flying a kite on a beach.\n2. q.jpg: A red tram crossing a bridge.')];
  cases(t, [['play the first one out loud', ['text-to-speech(text=Two kids flying a kite on a beach.)'], history]]);
});

t.test('a list of notes under a short ask is the text, whatever its lines ask', async (t) => {
  cases(t, [
    ["Long train ride ahead. Could I hear my to-do list instead?\n\n- Ask the landlord about the boiler.\n- Describe the leak to the plumber.", ['text-to-speech(text=- Ask the landlord about the boiler.\n- Describe the leak to the plumber.)']],
    // A list that names files is the steps to take.
    ['Please do the following:\n\n- caption a.jpg\n- detect the objects in b.jpg', ['image-to-text(image=a.jpg)', 'object-detection(image=b.jpg)']],
  ]);
});

t.test("'read … out' spans a few words, not a later step's 'pick out'", async (t) => {
  cases(t, [
    ["read what's on poster.png and after that pick out the people and places in it", ['image-to-text(image=poster.png)', 'token-classification(text=<GENERATED>-0) <- 0']],
    ['read the note.txt out', ['text-to-speech(text=note.txt)']],
  ]);
});

t.test('how excited a message sounds is its sentiment, in each language', async (t) => {
  cases(t, [
    ["does this text from my brother sound excited? 'cant wait, booking flights tonight'", ['text-classification(text=cant wait, booking flights tonight)']],
    ["does the note sound more keen now? 'Count me in, I will bring snacks'", ['text-classification(text=Count me in, I will bring snacks)']],
    ["Wirkt diese Antwort begeistert? 'Klar, ich bin dabei!'", ['text-classification(text=Klar, ich bin dabei!)']],
    ["¿Parece entusiasmado este mensaje? 'Claro, cuenta conmigo'", ['text-classification(text=Claro, cuenta conmigo)']],
    ["Ce mot semble-t-il ravi ? « Avec joie, à samedi »", ['text-classification(text=Avec joie, à samedi)']],
    ["Esse recado parece empolgado? 'Claro, estarei lá!'", ['text-classification(text=Claro, estarei lá!)']],
  ]);
});

t.test('what guests are saying, for a reader of another language, is the text to translate', async (t) => {
  cases(t, [
    ["Our owner only reads Italian and would like to see what visitors are saying. Could you do this one? 'Great view, tiny rooms.'", ['translation(text=Great view, tiny rooms., target_language=it)']],
  ]);
});

t.test('two versions marked old and new are the pair to compare', async (t) => {
  cases(t, [
    ['Is the rule basically the same now?\n\nOld: Bikes must be locked in the shed overnight.\n\nNew: Overnight, all bicycles have to be kept locked in the shed.', ['sentence-similarity(text=Bikes must be locked in the shed overnight., other_text=Overnight, all bicycles have to be kept locked in the shed.)']],
    ['Did the meaning change?\nOld wording: Visitors sign in at reception.\nNew wording: All guests register at the front desk.', ['sentence-similarity(text=Visitors sign in at reception., other_text=All guests register at the front desk.)']],
    ['Wie ähnlich sind sie?\n\nAlt: Der Laden öffnet um neun.\n\nNeu: Das Geschäft macht um 9 Uhr auf.', ['sentence-similarity(text=Der Laden öffnet um neun., other_text=Das Geschäft macht um 9 Uhr auf.)']],
    ['Compare ces deux versions, ont-elles le même sens ?\n\nAncien : Le musée ferme le lundi.\n\nNouveau : Le lundi, le musée est fermé.', ['sentence-similarity(text=Le musée ferme le lundi., other_text=Le lundi, le musée est fermé.)']],
    ['create a new image of a lighthouse at dusk', ['text-to-image(text=a lighthouse at dusk)']],
  ]);
});

t.test('a spoken announcement of a text is its speech', async (t) => {
  cases(t, [
    ["turn this into a spoken announcement for the lobby: 'The pool is closed until Friday.'", ['text-to-speech(text=The pool is closed until Friday.)']],
  ]);
});
