// The rule-based planner on phenomena of single requests an unseen set found (fresh5, round 8), in
// wordings written for these tests (none copied from a dev set): labels asked about given text,
// pasted text and chat logs, steps of several clauses, implicit steps and generation prompts.
import t from 'tap';
import { cases } from './rules-cases.js';

t.test('an "X or Y?" question about given text is a labelling question, whatever the verb', async (t) => {
  const note = 'Thanks so much for fixing the printer, it only took you three weeks.';
  const feedback = 'The delivery was late but the driver was lovely and the cake was perfect.';
  cases(t, [
    // A fence of three straight quotes is a quote, like three backticks.
    [`"""\n${feedback}\n"""\nWould you say this feedback is enthusiastic, lukewarm or hostile?`, [`zero-shot-classification(text=${feedback}, labels=enthusiastic, lukewarm, hostile)`]],
    [`'''\n${feedback}\n'''\nsummarize that`, [`summarization(text=${feedback})`]],
    // A linking verb opens the alternatives as "is" does; words to the reader after the last one are not part of it.
    [`Does this note seem grateful or passive-aggressive to you? "${note}"`, [`zero-shot-classification(text=${note}, labels=grateful, passive-aggressive)`]],
    [`be honest, does my message look rude or blunt? "${note}"`, [`zero-shot-classification(text=${note}, labels=rude, blunt)`]],
    ["Wirkt diese Nachricht freundlich oder genervt? 'Schon gut, mach was du willst.'", ['zero-shot-classification(text=Schon gut, mach was du willst., labels=freundlich, genervt)']],
    ["¿Este mensaje parece amable o enfadado? 'Vale, haz lo que quieras.'", ['zero-shot-classification(text=Vale, haz lo que quieras., labels=amable, enfadado)']],
  ]);
});

t.test('each clause keeps its own file and task: everyday edits are edits', async (t) => {
  cases(t, [
    ['pixelate the faces in team.jpg, and after that also tell me how many chairs are in hall.jpg', ['image-to-image(image=team.jpg, text=pixelate the faces)', 'object-detection(image=hall.jpg)']],
    ['crop shot.png and caption a.jpg', ['image-to-image(image=shot.png)', 'image-to-text(image=a.jpg)']],
    ['make the car green in street.jpg', ['image-to-image(image=street.jpg, text=make the car green)']],
    ['turn the walls white in room.png, then estimate its depth', ['image-to-image(image=room.png, text=turn the walls white)', 'depth-estimation(image=<GENERATED>-0) <- 0']],
    ['convert old.jpg to black and white', ['image-to-image(image=old.jpg)']],
    ['Mach den Himmel lila: x.jpg', ['image-to-image(image=x.jpg, text=Mach den Himmel lila)']],
    ['Rends la voiture rouge sur x.jpg', ['image-to-image(image=x.jpg, text=Rends la voiture rouge)']],
    ['Pon el coche azul en x.jpg', ['image-to-image(image=x.jpg, text=Pon el coche azul)']],
    ['Deixe o carro verde em x.jpg', ['image-to-image(image=x.jpg, text=Deixe o carro verde)']],
    // With no picture named, nothing to edit: the planner says what it needs rather than guess.
    ['make the grass blue in this photo', []],
  ]);
});

t.test('steps asked around pasted text: one product each, reasons and wishes are no steps of their own', async (t) => {
  const notice = 'The pool will be closed on Monday for cleaning. Lessons move to Wednesday at the same time.';
  const hinweis = 'Das Schwimmbad bleibt am Montag wegen Reinigung geschlossen. Die Kurse finden am Mittwoch zur gleichen Zeit statt.';
  const letter = 'Dear tenants,\n\nThe water will be switched off on Friday from 9 to 12 for repairs. Please fill a bottle beforehand.\n\nThe management';
  cases(t, [
    [`Shorten this and make it a voice note as well: ${notice}`, [`summarization(text=${notice})`, 'text-to-speech(text=<GENERATED>-0) <- 0']],
    [`Fasse das zusammen und mach daraus eine Audiodatei: ${hinweis}`, [`summarization(text=${hinweis})`, 'text-to-speech(text=<GENERATED>-0) <- 0']],
    [`what's the gist of this? too long to read on my phone\n\n${letter}`, [`summarization(text=${letter})`]],
    [`no time to read all of it, just the main points please\n\n${letter}`, [`summarization(text=${letter})`]],
    [`My grandmother only wants to hear this in Italian. Please translate it into Italian and then say it out loud.\n\n${letter}`,
      [`translation(text=${letter}, target_language=it)`, 'text-to-speech(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('something given in a language the user cannot read, with nothing asked, is to be translated', async (t) => {
  cases(t, [
    ['my landlady left a voicemail (landlady.m4a) and I do not understand Greek', ['automatic-speech-recognition(audio=landlady.m4a)', 'translation(text=<GENERATED>-0, target_language=en, source_language=el) <- 0']],
    ["the school sent this, I can't read Dutch: 'De school is morgen gesloten wegens een staking.'", ['translation(text=De school is morgen gesloten wegens een staking., target_language=en, source_language=nl)']],
    ['Meine Nachbarin hat mir nachbarin.ogg geschickt, ich verstehe kein Italienisch', ['automatic-speech-recognition(audio=nachbarin.ogg)', 'translation(text=<GENERATED>-0, target_language=de, source_language=it) <- 0']],
    ["Ma voisine m'a envoyé voisine.ogg, je ne comprends pas l'italien", ['automatic-speech-recognition(audio=voisine.ogg)', 'translation(text=<GENERATED>-0, target_language=fr, source_language=it) <- 0']],
    // Saying so with nothing given asks for nothing.
    ["I don't speak Greek, sadly", []],
  ]);
});

t.test('chat logs under a title are text, and "Polish" after a verb is the language', async (t) => {
  const log = 'Family chat, Sunday\n[18:40] Mum: can someone translate the recipe for Nonna?\n[18:41] Leo: I will read it aloud to her later';
  cases(t, [
    [`${log}\n\nsummarize this`, [`summarization(text=${log})`]],
    [`give me the short version:\n\n${log}`, [`summarization(text=${log})`]],
    ["what's 'happy birthday' in Polish?", ['translation(text=happy birthday, target_language=pl)']],
    ['Polish please: the museum is closed on Mondays', ['translation(text=the museum is closed on Mondays, target_language=pl)']],
    ['polish my intro a bit: me and my team builds apps', ['text2text-generation(text=me and my team builds apps)']],
  ]);
});
