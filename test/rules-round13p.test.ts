// The rule-based planner on the arguments of each task (round 13p, from the phenomena of
// probe-args.jsonl and fresh9's tune part), in wordings written for these tests (none copied from a
// probe or dev set).
import t from 'tap';
import { cases } from './rules-cases.js';

t.test('chatter around a prompt or an edit is no part of it', async (t) => {
  cases(t, [
    // A trailing dash, or thanks set apart by one, ends the text.
    ['draw a paper lantern floating over a dark lake -', ['text-to-image(text=a paper lantern floating over a dark lake)']],
    ['I would love a picture: two owls sharing an umbrella in the rain — thanks!', ['text-to-image(text=two owls sharing an umbrella in the rain)']],
    ['please edit c.jpg: put a party hat on the dog - cheers', ['image-to-image(image=c.jpg, text=put a party hat on the dog)']],
    // A participle after a comma describes the picture: it is no second request.
    ["I'd love an image of an old tram in the fog, drawn in charcoal", ['text-to-image(text=an old tram in the fog, drawn in charcoal)']],
    // An edit of "it" / "that" keeps the user's words; a file's name is cut.
    ['make a picture of a castle on a hill -> then turn that into a mosaic', ['text-to-image(text=a castle on a hill)', 'image-to-image(image=<GENERATED>-0, text=turn that into a mosaic) <- 0']],
    ['make e.jpg look like a stained glass window', ['image-to-image(image=e.jpg, text=look like a stained glass window)']],
  ]);
});

t.test('a question on a pasted text without its lead-in, and the text without the user\'s', async (t) => {
  const fees = 'Members pay 30 euros a year, students half of that, and children under ten come in free with an adult.';
  cases(t, [
    // A last line that asks and points back asks of the lines before it, even in one paragraph.
    [`${fees}\nGoing by that, what do students pay?`, [`question-answering(question=what do students pay?, context=${fees})`]],
    // A short first paragraph ending in a dash is the user's, not part of the text.
    [`Small question —\n\n${fees}\n\nso, according to this, do kids pay anything?`, [`question-answering(question=do kids pay anything?, context=${fees})`]],
    // A label opening with a possessive on the text's first line is the user's too.
    [`My club's rules: ${fees}\n\nhow much is it for a student?`, [`question-answering(question=how much is it for a student?, context=${fees})`]],
  ]);
});

t.test('languages given as fields, then the text after a dash or a colon', async (t) => {
  cases(t, [
    ['src=it tgt=en — Il negozio apre alle nove.', ['translation(text=Il negozio apre alle nove., target_language=en, source_language=it)']],
    ['source: es, target: fr: La tienda abre a las nueve.', ['translation(text=La tienda abre a las nueve., target_language=fr, source_language=es)']],
  ]);
});

t.test('two texts to compare, labelled inline, on labelled lines or on two bare lines', async (t) => {
  const [a, b] = ['The parcel arrived a day early.', 'We got the package ahead of schedule.'];
  const pair = [`sentence-similarity(text=${a}, other_text=${b})`];
  cases(t, [
    [`compare please. s1: ${a} s2: ${b}`, pair],
    [`Text 1: ${a} Text 2: ${b} How similar?`, pair],
    [`X: ${a}\nY: ${b}\nsame meaning?`, pair],
    [`do these two mean the same?\n${a}\n${b}`, pair],
    [`how similar are these?\n\n${a}\n\n${b}`, pair],
  ]);
});

t.test('a target language said in other words, and texts in scripts without spaces', async (t) => {
  cases(t, [
    ['can I have this in plain English? Wir haben morgen geschlossen, bitte kommen Sie am Montag wieder.', ['translation(text=Wir haben morgen geschlossen, bitte kommen Sie am Montag wieder., target_language=en)']],
    ['translate into Deutsch: the last bus leaves at midnight', ['translation(text=the last bus leaves at midnight, target_language=de)']],
    // An English text is not translated into plain English.
    ['explain this in plain English: the lessee shall remit payment no later than the fifth day of each month', []],
    // A text in a script written without spaces after a pointing question is the text, its full-width mark kept.
    ['what does this mean? 今日はとても暑いですね。', ['translation(text=今日はとても暑いですね。, target_language=en)']],
  ]);
});

t.test('labels in other shapes, and a text the user names by a made-up kind', async (t) => {
  cases(t, [
    ["pick one — relief, worry or anger? 'The test results came back and everything is fine.'", ['zero-shot-classification(text=The test results came back and everything is fine., labels=relief, worry, anger)']],
    ['how does this read — formal, casual or rude? "Send me the file by tonight."', ['zero-shot-classification(text=Send me the file by tonight., labels=formal, casual, rude)']],
    ['Topics: sports | politics | science\nHeadline: New telescope spots a distant galaxy.', ['zero-shot-classification(text=New telescope spots a distant galaxy., labels=sports, politics, science)']],
    // "the song" over a text the user gave is that text, not a new one written first.
    ['My son wrote this song:\n\nLittle boat on the water,\nrocking slow beneath the moon.\n\nCould you make a picture that goes with the song?', ['text-to-image(text=Little boat on the water,\nrocking slow beneath the moon.)']],
  ]);
});

t.test('a fenced block without its language tag; a paragraph ending in a dash presents the block after it', async (t) => {
  const [code, fence] = ['// prüft die Eingabe\nfunction check(x) {\n  return x > 0;\n}', '```'];
  cases(t, [
    [`Got this from a colleague in Vienna, the notes in it are German —\n\n${fence}js\n${code}\n${fence}\n\ncould you put that in English?`, [`translation(text=${code}, target_language=en)`]],
    [`summarize what this does:\n${fence}javascript\n${code}\n${fence}\n`, [`summarization(text=${code})`]],
  ]);
});

t.test('a blank to fill asked for in every language', async (t) => {
  cases(t, [
    ['Complète la phrase : Le chat dort sur le [MASK].', ['fill-mask(text=Le chat dort sur le [MASK].)']],
    ['Ergänze den Satz: Ich trinke gern [MASK].', ['fill-mask(text=Ich trinke gern [MASK].)']],
    ['Completa la frase: Hoy hace mucho [MASK].', ['fill-mask(text=Hoy hace mucho [MASK].)']],
    ['Preencha a lacuna: Eu gosto de [MASK].', ['fill-mask(text=Eu gosto de [MASK].)']],
  ]);
});
