// The rule-based planner on steps the user only implies and on follow-ups in a chat (round 13i, from
// probe-turns.jsonl's and fresh9's phenomena), in wordings written for these tests (none copied from a probe or dev set).
import t from 'tap';
import { assistant, cases, user } from './rules-cases.js';

t.test('the user reading, or hearing badly, asks for no speech', async (t) => {
  cases(t, [
    ['Transcribe board_meeting.m4a so I can read it on the plane', ['automatic-speech-recognition(audio=board_meeting.m4a)']],
    ["transcribe quarterly.wav, I'll read it tomorrow", ['automatic-speech-recognition(audio=quarterly.wav)']],
    ['translate this so my grandma can read it: the bus leaves at noon', ['translation(text=the bus leaves at noon, target_language=en)']],
    ['my uncle is hard of hearing; what does the pharmacist say in pharmacy.mp3?', ['automatic-speech-recognition(audio=pharmacy.mp3)']],
    ["Mum's hearing aid broke and she wants to know what the vet said. vet_visit.ogg", ['automatic-speech-recognition(audio=vet_visit.ogg)']],
    // Reading aloud is still asked for.
    ['read this to me please: the parcel arrives Monday', ['text-to-speech(text=the parcel arrives Monday)']],
  ]);
});

t.test('the text or words of a recording are its transcript', async (t) => {
  cases(t, [
    ['Get me the text of voicemail_02.m4a', ['automatic-speech-recognition(audio=voicemail_02.m4a)']],
    ['could I have the words of chorus.mp3?', ['automatic-speech-recognition(audio=chorus.mp3)']],
    ['pull the text from lecture_7.wav', ['automatic-speech-recognition(audio=lecture_7.wav)']],
  ]);
});

t.test('good or bad news is a verdict on what is said: a recording is transcribed first, in every language', async (t) => {
  const judged = (audio: string) => [`automatic-speech-recognition(audio=${audio})`, 'text-classification(text=<GENERATED>-0) <- 0'];
  cases(t, [
    ['the bank called, bank_msg.wav. good news or bad?', judged('bank_msg.wav')],
    ['is this good news? "Your application has been approved."', ['text-classification(text=Your application has been approved.)']],
    ['¿Son buenas noticias? "Su solicitud ha sido rechazada."', ['text-classification(text=Su solicitud ha sido rechazada.)']],
    ['Est-ce une bonne nouvelle ? « Votre demande est acceptée. »', ['text-classification(text=Votre demande est acceptée.)']],
    ['Sind das gute Nachrichten? „Ihr Antrag wurde genehmigt.“', ['text-classification(text=Ihr Antrag wurde genehmigt.)']],
    ['São boas notícias? "O seu pedido foi aprovado."', ['text-classification(text=O seu pedido foi aprovado.)']],
  ]);
  // After a transcript in a chat: the transcript, without the answer's label in the chat's language.
  cases(t, [
    ['¿buena o mala noticia?', ['text-classification(text=Mañana no hay clase)'], [user('Transcribe aviso.wav'), assistant('Transcripción: "Mañana no hay clase"')]],
    ['E agora em inglês', ['translation(text=O voo foi cancelado, target_language=en)'], [user('Transcreva voo.wav'), assistant('Transcrição: "O voo foi cancelado"')]],
  ]);
});

t.test('what someone is telling, in every language, is what the recording says', async (t) => {
  cases(t, [
    ["Qu'est-ce qu'elle raconte dans le message vocal memo_lea.wav ?", ['automatic-speech-recognition(audio=memo_lea.wav)']],
    ['what is she saying in the voice message msg_0412.wav?', ['automatic-speech-recognition(audio=msg_0412.wav)']],
    ['¿Qué está contando en nota.ogg?', ['automatic-speech-recognition(audio=nota.ogg)']],
    ['Was erzählt er in sprachnachricht.ogg?', ['automatic-speech-recognition(audio=sprachnachricht.ogg)']],
    ['O que ela está falando em recado.m4a?', ['automatic-speech-recognition(audio=recado.m4a)']],
  ]);
});

t.test('a language the user reads badly, or a text all in one, is the source of the translation it implies', async (t) => {
  const read = (image: string, target: string, source: string) => [`image-to-text(image=${image})`, `translation(text=<GENERATED>-0, target_language=${target}, source_language=${source}) <- 0`];
  const heard = (audio: string, target: string, source: string) => [`automatic-speech-recognition(audio=${audio})`, `translation(text=<GENERATED>-0, target_language=${target}, source_language=${source}) <- 0`];
  cases(t, [
    ['what does the notice in notice.jpg say? my Dutch is pretty rusty', read('notice.jpg', 'en', 'nl')],
    ['The webinar in webinar.mp3 is entirely in Italian and my boss only speaks English. What do they say?', heard('webinar.mp3', 'en', 'it')],
    ['Não consigo ler coreano. O que diz o cartaz em cartaz.jpg?', read('cartaz.jpg', 'pt', 'ko')],
    ['No sé leer ruso. ¿Qué pone en letrero.jpg?', read('letrero.jpg', 'es', 'ru')],
    ['Je ne sais pas lire le japonais, que dit l’étiquette dans boite.jpg ?', read('boite.jpg', 'fr', 'ja')],
    ['Mein Polnisch ist furchtbar. Was steht auf zettel_pl.jpg?', read('zettel_pl.jpg', 'de', 'pl')],
  ]);
});

t.test('words asked of a thing from a place where another language is spoken are translated from it', async (t) => {
  cases(t, [
    ['Picked up this tin at a shop in Budapest, tin.jpg. No clue what is written on it', ['image-to-text(image=tin.jpg)', 'translation(text=<GENERATED>-0, target_language=en, source_language=hu) <- 0']],
    ['a supplier in Warsaw left me vm_supplier.wav. what is he saying?', ['automatic-speech-recognition(audio=vm_supplier.wav)', 'translation(text=<GENERATED>-0, target_language=en, source_language=pl) <- 0']],
    // A place asks nothing of a photo that is not read, nor of an explicit transcript.
    ['I took team.jpg in Madrid. How many people are in it?', ['object-detection(image=team.jpg)']],
    ['Transcribe the talk I recorded in Vienna: talk.wav', ['automatic-speech-recognition(audio=talk.wav)']],
    // A place said with a translation asked is where the reader is, not the language the recording is in.
    ['My client in Lyon wants to know what I said in memo_client.ogg, can you put it in French for him?', ['automatic-speech-recognition(audio=memo_client.ogg)', 'translation(text=<GENERATED>-0, target_language=fr) <- 0']],
  ]);
});

t.test('in a chat, the original and the picture made from it are two files: "both", "the new one", "the picture you made"', async (t) => {
  const edited = [user('Restyle /examples/a.jpg as a pencil drawing'), assistant('Here it is: /artifacts/4e4e1f1f.png')];
  const detected = [user('Find the objects in /examples/c.jpg'), assistant('"3 zebras", image /artifacts/0b0b0c0c.png')];
  cases(t, [
    ['segment both', ['image-segmentation(image=/examples/a.jpg)', 'image-segmentation(image=/artifacts/4e4e1f1f.png)'], edited],
    ['caption the original and the new one', ['image-to-text(image=/examples/a.jpg)', 'image-to-text(image=/artifacts/4e4e1f1f.png)'], edited],
    ['estimate the depth of both images', ['depth-estimation(image=/examples/a.jpg)', 'depth-estimation(image=/artifacts/4e4e1f1f.png)'], edited],
    ['describe the photo and also the image you generated', ['image-to-text(image=/examples/c.jpg)', 'image-to-text(image=/artifacts/0b0b0c0c.png)'], detected],
    ['caption the picture you made', ['image-to-text(image=/artifacts/0b0b0c0c.png)'], detected],
    ['now segment the new one', ['image-segmentation(image=/artifacts/4e4e1f1f.png)'], edited],
    // Files the user named together in one turn are all of them.
    ['classify them', ['image-classification(image=d.jpg)', 'image-classification(image=e.jpg)', 'image-classification(image=g.jpg)'], [user('I just sent d.jpg, e.jpg and g.jpg'), assistant('Got them. What should I do?')]],
  ]);
});

t.test('a question to the assistant about its own work or taste plans nothing, in every language', async (t) => {
  const summary = [user('Summarize: The pool reopens on 3 June after six months of works, with a new slide and longer opening hours at weekends.'), assistant('The pool reopens on 3 June with a new slide and longer weekend hours.')];
  const mask = [user('Segment /examples/d.jpg'), assistant('Done: mask /artifacts/6a6a6b6b.png. Regions: person, ball, court.')];
  cases(t, [
    ['how did you come up with that summary?', [], summary],
    ['which model was used for it?', [], summary],
    ['is the summary accurate?', [], summary],
    ['what do you think of the mask?', [], mask],
    ['¿Qué opinas del resultado?', [], mask],
    ["Qu'en penses-tu ?", [], mask],
    ['Wie findest du das Ergebnis?', [], mask],
    ['O que você acha do resultado?', [], mask],
    // A question on what the answer says is still asked of it.
    ['read the summary aloud', ['text-to-speech(text=The pool reopens on 3 June with a new slide and longer weekend hours.)'], summary],
  ]);
});

t.test('what someone said, asked of a recording in another language, is its transcript translated', async (t) => {
  cases(t, [
    ['My uncle left a voice memo in Greek (theio.ogg). I wish I knew what he said', ['automatic-speech-recognition(audio=theio.ogg)', 'translation(text=<GENERATED>-0, target_language=en, source_language=el) <- 0']],
    ['what was said in standup.wav?', ['automatic-speech-recognition(audio=standup.wav)']],
    ['Was wurde in besprechung.wav gesagt?', ['automatic-speech-recognition(audio=besprechung.wav)']],
    ['summarize what was said in townhall.mp3', ['automatic-speech-recognition(audio=townhall.mp3)', 'summarization(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('a goal the user reaches themselves, before "so first", is not a step: what it needs is', async (t) => {
  cases(t, [
    ['I want to cut every dog out of park.jpg into its own file, so first I need to know where each of them is', ['object-detection(image=park.jpg)']],
    ["I'll blur the kids' faces in beach.jpg myself, so first show me where the children are", ['object-detection(image=beach.jpg)']],
    ['Quiero recortar cada coche de calle.jpg, así que primero necesito saber dónde está cada uno', ['object-detection(image=calle.jpg)']],
    ['Quero recortar cada carro de rua.jpg, então primeiro preciso saber onde estão', ['object-detection(image=rua.jpg)']],
    // Both asked: "then" keeps the order.
    ['sharpen night.jpg, then tell me where the cars are', ['image-to-image(image=night.jpg)', 'object-detection(image=<GENERATED>-0) <- 0']],
  ]);
});

t.test('a correction acts on what the previous request acted on, not on the answer, in every language', async (t) => {
  const translated = [user('Translate to German: The bakery opens at seven and closes at noon on Sundays.'), assistant('Die Bäckerei öffnet um sieben und schließt sonntags um zwölf.')];
  cases(t, [
    ['no, I meant summarize it', ['summarization(text=The bakery opens at seven and closes at noon on Sundays.)'], translated],
    ['sorry, I meant read it aloud', ['text-to-speech(text=The bakery opens at seven and closes at noon on Sundays.)'], translated],
    ['Nein, ich meinte: fasse es zusammen', ['summarization(text=The bakery opens at seven and closes at noon on Sundays.)'], translated],
    // Not a correction: the answer is what is read.
    ['I mean, can you read it aloud?', ['text-to-speech(text=Die Bäckerei öffnet um sieben und schließt sonntags um zwölf.)'], translated],
  ]);
});

t.test('"the same thing" on other files, after a question in between, repeats the latest request that worked on something', async (t) => {
  const chat = [user('find the objects in d.jpg'), assistant('"1 person, 1 sports ball", image /artifacts/7d7d7e7e.png'), user('only one person? odd'), assistant('In that photo I found one person.')];
  cases(t, [
    ['fine, do the same thing for e.jpg and g.jpg', ['object-detection(image=e.jpg)', 'object-detection(image=g.jpg)'], chat],
    ['same for a.jpg', ['image-to-text(image=a.jpg)'], [user('caption b.jpg'), assistant('A zebra.'), user('cool, thanks'), assistant("You're welcome!")]],
    // "the same thing as" still compares.
    ["is 'I'm off sick' the same thing as 'I'm ill today'?", ["sentence-similarity(text=I'm off sick, other_text=I'm ill today)"]],
  ]);
});
