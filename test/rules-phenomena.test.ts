// The rule-based planner on phenomena an unseen set of requests found (fresh4, round 7), each in
// wordings written for these tests (none copied from a dev set): an ask apart from the pasted text,
// links between steps on pasted text, implied steps, task choice, chains and conversations.
import t from 'tap';
import { historyEntities } from '../src/controllers/rules/conversation.js';
import { lexicon } from '../src/controllers/rules/lexicon/index.js';
import { assistant, cases, user } from './rules-cases.js';

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
    [`My colleague sent me this. Can you tell me what it means?\n\n${german}`, [`translation(text=${german}, target_language=en)`]],
    // One word nobody's lexicon knows is no sign of another language: what a word means is a question about the world.
    ["what does 'serendipity' mean?", []],
    ['quick one: what does "quixotic" mean', []],
    ["what does 'bonne chance' mean?", ['translation(text=bonne chance, target_language=en)']],
    [`One question about the terms below: do I pay a fee if I cancel after a week?\n\n${terms}`, [`question-answering(question=do I pay a fee if I cancel after a week?, context=${terms})`]],
    [`Here is my opening. Please keep it going from where I left off.\n\n${story}`, [`text-generation(text=${story})`]],
    [`This is my toast for the wedding. The guests speak French, so put it into French and then read the French version aloud.\n\n"${toast}"`,
      [`translation(text=${toast}, target_language=fr)`, 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['summarize this chat for me\n\n[10:01] ana: the printer is jammed again\n[10:02] ben: I will call the technician after lunch',
      ['summarization(text=[10:01] ana: the printer is jammed again\n[10:02] ben: I will call the technician after lunch)']],
  ]);
});

t.test('implied steps: speech or text in another language, a language implied by a place, sounds to name, a product only described', async (t) => {
  cases(t, [
    ['My neighbour left a voicemail in Polish: vm.wav. What did she say?', ['automatic-speech-recognition(audio=vm.wav)', 'translation(text=<GENERATED>-0, target_language=en, source_language=pl) <- 0']],
    ['a voice note in Greek from my landlord, landlord.ogg - what is he saying?', ['automatic-speech-recognition(audio=landlord.ogg)', 'translation(text=<GENERATED>-0, target_language=en, source_language=el) <- 0']],
    ["My grandma in Athens only understands her own language, please turn this into speech for her: 'Happy birthday, we miss you'",
      ['translation(text=Happy birthday, we miss you, target_language=el)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ["send this to my colleague in Munich as a voice note, in her language: 'The train is delayed by an hour.'",
      ['translation(text=The train is delayed by an hour., target_language=de)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['Something keeps beeping in the garage, here is a clip: garage.wav. Alarm? Phone? Microwave?', ['audio-classification(audio=garage.wav)']],
    ['5 second video of a paper boat floating down a rainy street, please', ['text-to-video(text=a paper boat floating down a rainy street)']],
    ['a picture of a lighthouse on a cliff at dawn, thanks', ['text-to-image(text=a lighthouse on a cliff at dawn)']],
    // An English text is no foreign text to put into English: the step that reads it aloud stands alone.
    ["I'm cycling and can't look at my phone. What does this say? Dinner is at eight, bring the salad.", ['text-to-speech(text=Dinner is at eight, bring the salad.)']],
  ]);
});

t.test('task choice: an edit asked as a question, a picture too small, a recording too noisy', async (t) => {
  cases(t, [
    ['is there a way to make garden.jpg look like a watercolour?', ['image-to-image(image=garden.jpg, text=look like a watercolour)']],
    ['logo.png is too low-res for the poster, can you help?', ['image-to-image(image=logo.png)']],
    ['the air conditioner is humming through podcast.wav, and you can barely hear the guest', ['audio-to-audio(audio=podcast.wav)']],
  ]);
});

t.test('conversations: the foreign answer spoken, the answer a question is asked on, files an answer linked, two translations, names in a transcript', async (t) => {
  const transcript = [user('transcribe weekly.wav'), assistant('Transcript: "Morning all. Priya closed the deal with Siemens, and Tom flies to Madrid on Monday to meet Telefonica."')];
  cases(t, [
    ['great, now say it out loud so I can learn it', ['text-to-speech(text=¿Dónde está la estación?)'], [user("translate 'Where is the station?' into Spanish"), assistant('¿Dónde está la estación?')]],
    ['read it aloud please', ['text-to-speech(text=Bonne nuit)'], [user("translate 'good night' to French"), assistant('Bonne nuit')]],
    ['who and what companies came up in it?', ['token-classification(text=Morning all. Priya closed the deal with Siemens, and Tom flies to Madrid on Monday to meet Telefonica.)'], transcript],
    ['so when does Tom fly? answer from that transcript',
      ['question-answering(question=when does Tom fly?, context=Morning all. Priya closed the deal with Siemens, and Tom flies to Madrid on Monday to meet Telefonica.)'], transcript],
    ['make the depth map bigger please, it is too small', ['image-to-image(image=/artifacts/5d1e.png)'], [user('estimate the depth of yard.jpg'), assistant('Done. Depth map: /artifacts/5d1e.png')]],
    ['put the summary in german and in italian', ['translation(text=The pool closes for a week in May., target_language=de)', 'translation(text=The pool closes for a week in May., target_language=it)'],
    [user('Summarize: The municipal pool will be closed for maintenance during the first week of May, reopening on the 8th with new opening hours.'), assistant('The pool closes for a week in May.')]],
  ]);
});

t.test('conversations: the answers so far, one picked by position or both compared; the previous answer in another language; a replay on the files named', async (t) => {
  const captions = [user('Describe a.jpg'), assistant('A man riding a horse on a beach.'), user('and b.jpg?'), assistant('A woman cycling through a park.')];
  cases(t, [
    ['how close in meaning are those two captions?', ['sentence-similarity(text=A man riding a horse on a beach., other_text=A woman cycling through a park.)'], captions],
    ['translate the first description into French', ['translation(text=A man riding a horse on a beach., target_language=fr)'], captions],
    ['how would that sound in Italian?', ['translation(text=Fresh bread, every morning., target_language=it)'], [user('write a slogan for a bakery'), assistant('Fresh bread, every morning.')]],
    ['do that for the other two as well, d.jpg and e.jpg', ['object-detection(image=d.jpg)', 'object-detection(image=e.jpg)'], [user('detect the animals in a.jpg'), assistant('I found 2 zebras.')]],
  ]);
});

t.test('chains and extra tasks: an edit of a generated picture, a map made bigger, a caption turned into a poem, the translation played', async (t) => {
  cases(t, [
    ['draw a fox reading a newspaper, redo it as a watercolour, then describe the result',
      ['text-to-image(text=a fox reading a newspaper)', 'image-to-image(image=<GENERATED>-0, text=redo it as a watercolour) <- 0', 'image-to-text(image=<GENERATED>-1) <- 1']],
    ['estimate the depth of yard.jpg and then blow that map up to twice the size', ['depth-estimation(image=yard.jpg)', 'image-to-image(image=<GENERATED>-0) <- 0']],
    ['describe beach.png, then turn the description into a haiku', ['image-to-text(image=beach.png)', 'text-generation(text=<GENERATED>-0) <- 0']],
    ["Translate 'See you tomorrow' into Italian and Greek, then play the Italian one aloud",
      ['translation(text=See you tomorrow, target_language=it)', 'translation(text=See you tomorrow, target_language=el)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('questions given as such: after "questions about x.jpg:" or an arrow, each one asked', async (t) => {
  cases(t, [
    ['Two questions about park.jpg: what colour is the bench? is anyone sitting on it?',
      ['visual-question-answering(image=park.jpg, question=what colour is the bench?)', 'visual-question-answering(image=park.jpg, question=is anyone sitting on it?)']],
    ['question for field.jpg → are the cows standing or lying down?', ['visual-question-answering(image=field.jpg, question=are the cows standing or lying down?)']],
  ]);
});

t.test('links on pasted text: a list read out is the list found; a summary in the text\'s own language is of the text, not of its translation', async (t) => {
  const memo = 'Team update: Sofia Marquez joined the Lisbon office on Monday. Acme Corp renewed its contract, and Daniel Kim will visit Globex in Berlin next week.';
  const letter = 'Dear neighbours, the street party moves to Saturday 14 June because of the forecast. Tables go up from 10 am, and the band starts at 4 pm. Please bring a dish to share and your own chairs.';
  cases(t, [
    [`Which people and companies are mentioned in this memo? Then read me that list aloud.\n\n${memo}`, [`token-classification(text=${memo})`, 'text-to-speech(text=<GENERATED>-0) <- 0']],
    [`Please translate this letter into German for my landlord, and also give me a short English summary of it.\n\n${letter}`,
      [`translation(text=${letter}, target_language=de)`, `summarization(text=${letter})`]],
    ["What's on the menu board in board.jpg? It's in Italian and I only read English", ['image-to-text(image=board.jpg)', 'translation(text=<GENERATED>-0, target_language=en, source_language=it) <- 0']],
    ['Draft A:\nThe shop opens at nine on weekdays.\n\nDraft B:\nOn weekdays we open at 9 am.\n\nDo these two mean the same? A score please.',
      ['sentence-similarity(text=The shop opens at nine on weekdays., other_text=On weekdays we open at 9 am.)']],
  ]);
});

t.test('task choice and extra tasks: a breed is a class, a question with no labels to choose from is no label choice', async (t) => {
  cases(t, [
    ["what's the breed of the cat in kitten.jpg?", ['image-classification(image=kitten.jpg)']],
    ['which species is the bird in feeder.png', ['image-classification(image=feeder.png)']],
    ["Which of these are company names? 'Maria met the Siemens and Bosch teams in Munich.'", ['token-classification(text=Maria met the Siemens and Bosch teams in Munich.)']],
    // An edit verb with "it" after it keeps its words; "redo it as …" says only what to make of it.
    ['colorize it using warm tones: old.jpg', ['image-to-image(image=old.jpg, text=colorize it using warm tones)']],
  ]);
});

t.test('sounds to name: alternatives on a recording are audio classification', async (t) => {
  cases(t, [
    ['is the dog barking or growling in dog.wav?', ['audio-classification(audio=dog.wav)']],
    ['I recorded the noise in the garden: garden.wav. Frog? Cricket? Owl?', ['audio-classification(audio=garden.wav)']],
  ]);
});

t.test('several languages: each is a translation of the same text, in a request or a follow-up', async (t) => {
  cases(t, [
    ['caption a.jpg in German and Italian', ['image-to-text(image=a.jpg)', 'translation(text=<GENERATED>-0, target_language=de) <- 0', 'translation(text=<GENERATED>-0, target_language=it) <- 0']],
    ['now in Dutch and Greek', ['translation(text=see you soon, target_language=nl)', 'translation(text=see you soon, target_language=el)'], [user("translate 'see you soon' to French"), assistant('À bientôt')]],
  ]);
});

t.test("an answer that asks back is no text to work on, in the request's language (lexicon addressees)", async (t) => {
  const answer = (content: string, language: string) => historyEntities([user('x'), assistant(content)], () => false, lexicon(language).addressees).find((entity) => entity.answer && !entity.slot);
  t.equal(answer('What would you like me to do with it?', 'en')?.content, false);
  t.equal(answer('Where is the train station?', 'en')?.content, true, 'a translated question is text');
  t.equal(answer('¿Qué quieres que haga con la foto? ¿Me lo explicas?', 'es')?.content, false);
  t.equal(answer('¿Dónde está la estación de tren?', 'es')?.content, true);
  t.equal(answer('Was soll ich für dich übersetzen?', 'de')?.content, false);
});
