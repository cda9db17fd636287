// The rule-based planner on conversations an unseen set found (fresh5, round 8), each in wordings
// written for these tests: which earlier turn a pronoun or an ordinal picks (the user's file, the
// assistant's answer, an artifact), answers used as text, follow-up questions on earlier text,
// and a step added on the last result.
import t from 'tap';
import { assistant, cases, user } from './rules-cases.js';

t.test('the answer before a question back, a line of a per-file answer, the file "the same" names', async (t) => {
  const memo = 'Hello, this is the garage. Your car passed the inspection and can be picked up on Friday after 4 pm.';
  const chat = [user('transcribe garage.m4a'), assistant(`"${memo}"`), user('cheers'), assistant('Glad I could help! Is there anything else you need?')];
  const captions = [user('describe p1.jpg and p2.jpg'), assistant('p1.jpg: Two kids flying a kite on a hill.\np2.jpg: A red tram crossing a bridge at night.')];
  cases(t, [
    // "Anything else?" is no text: the question is asked on the transcript before it.
    ['hmm, which day can I collect the car?', [`question-answering(question=which day can I collect the car?, context=${memo})`], chat],
    ['put that into Spanish', [`translation(text=${memo}, target_language=es)`], chat],
    // One line per file: "the second one" is that line's text for a step on text, the file for a step on pictures.
    ['translate the second one into German', ['translation(text=A red tram crossing a bridge at night., target_language=de)'], captions],
    ['read the first one aloud', ['text-to-speech(text=Two kids flying a kite on a hill.)'], captions],
    ['estimate the depth of the second one', ['depth-estimation(image=p2.jpg)'], captions],
    // "the same picture" is the one worked on before, never the mask an answer linked; "it" after it is that picture too.
    ['ok, now detect the objects in the same picture and describe it as well', ['object-detection(image=river.png)', 'image-to-text(image=river.png)'],
      [user('segment river.png please'), assistant('Here is the mask: /artifacts/0a1b2c3d.png (water, trees, sky).')]],
    ['upscale the mask', ['image-to-image(image=/artifacts/0a1b2c3d.png)'], [user('segment river.png please'), assistant('Here is the mask: /artifacts/0a1b2c3d.png (water, trees, sky).')]],
  ]);
});

t.test('an answer asked for as audio, and a step added "too" on the last result', async (t) => {
  const limerick = 'A cat with a taste for the sea\nset sail in a boat made for three;\nshe caught not a fish\nbut a wave and a wish,\nand came home as wet as can be.';
  const written = [user('write me a limerick about a cat'), assistant(limerick)];
  const notice = 'The pool will be closed on Monday for cleaning. Swimming lessons move to Wednesday at the same time, and the sauna stays open.';
  cases(t, [
    ['haha great, can I get it as audio for the kids?', [`text-to-speech(text=${limerick})`], written],
    ['could I have that as an mp3?', [`text-to-speech(text=${limerick})`], written],
    [`Give me the gist and make it an mp3 as well: ${notice}`, [`summarization(text=${notice})`, 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['describe walk.jpg and make that speech too', ['image-to-text(image=walk.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['Fass das zusammen und schick es mir als Audio: "Das Schwimmbad bleibt am Montag geschlossen, die Kurse finden am Mittwoch statt."',
      ['summarization(text=Das Schwimmbad bleibt am Montag geschlossen, die Kurse finden am Mittwoch statt.)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('speech or text in a language the user cannot read, with nothing asked: its translation into the request\'s language', async (t) => {
  const asr = (file: string, source?: string, target = 'en') => [`automatic-speech-recognition(audio=${file})`, `translation(text=<GENERATED>-0, target_language=${target}${source ? `, source_language=${source}` : ''}) <- 0`];
  cases(t, [
    ['the plumber left a voicemail in Portuguese (plumber.m4a) and I do not understand Portuguese', asr('plumber.m4a', 'pt')],
    // The sender's language is what the recording is in; "in Greek" after "from my neighbour" is the recording's language, not a target.
    ['an audio note from my Korean flatmate: flat.ogg', asr('flat.ogg', 'ko')],
    ['a voice note from our neighbour in Greek, neighbour.wav', asr('neighbour.wav', 'el')],
    ['a voicemail from my Dutch client, client.mp3, no clue what he is saying', asr('client.mp3', 'nl')],
    ["my aunt wrote this and I can't read Polish: 'Dziękuję za kwiaty, są piękne.'", ['translation(text=Dziękuję za kwiaty, są piękne., target_language=en, source_language=pl)']],
    ['Meine Nachbarin hat mir eine Sprachnachricht geschickt (nachbarin.ogg), ich verstehe kein Spanisch', asr('nachbarin.ogg', 'es', 'de')],
    ['un message vocal de mon voisin en italien : voisin.m4a', asr('voisin.m4a', 'it', 'fr')],
    // A bare question on such words is answered by what they say.
    ['a voice note from my landlord in Spanish (casa.ogg). Is the rent going up?', asr('casa.ogg', 'es')],
    // Nothing given: small talk, not a translation.
    ["I don't speak Japanese, sadly", []],
  ]);
});

t.test('a follow-up that opens on "and" asks the previous request again: on a new file, a new text, or the other one', async (t) => {
  const count = [user('how many cars are in street.jpg?'), assistant('I count 6 cars.')];
  const mood = [user('is this review happy or unhappy? "The room was dirty and the staff ignored us."'), assistant('Unhappy (0.93).')];
  const lines = [user('transcribe a.wav and b.wav'), assistant('a.wav: The bus leaves at nine.\nb.wav: Bring a warm jacket.'), user('put the first one into Italian'), assistant('Il bus parte alle nove.')];
  const photos = [user('two photos for you: cat.png and dog.png'), assistant('Thanks! What should I do with them?'), user('classify the first one'), assistant('Tabby cat (0.91).')];
  cases(t, [
    ['and in parking.jpg?', ['object-detection(image=parking.jpg)'], count],
    ['hmm, and on the photo from this morning, road.jpg?', ['object-detection(image=road.jpg)'], count],
    ['and this one? "Lovely breakfast and a very kind receptionist."', ['text-classification(text=Lovely breakfast and a very kind receptionist.)'], mood],
    ['and the other one?', ['translation(text=Bring a warm jacket., target_language=it)'], lines],
    ['ok, and the other one?', ['image-classification(image=dog.png)'], photos],
    ['und das andere?', ['image-classification(image=dog.png)'], photos],
    ['and the other one?', ['image-to-image(image=left.png)'], [user('Here are left.png and right.png. Upscale the second one.'), assistant('Done: /artifacts/5e5e5e5e.png')]],
    // Within one request "the other one" is the file no step took yet; files named before an ordinal's clause are what it picks from.
    ['I have two scans, s1.png and s2.png. Describe the second one.', ['image-to-text(image=s2.png)']],
    ['caption the first one and upscale the other one', ['image-to-text(image=cat.png)', 'image-to-image(image=dog.png)'], photos.slice(0, 2)],
  ]);
});
