// The rule-based planner on implied steps (issue #7, round 8i): the user holds one kind and wants
// another, or asks something that needs a conversion first, without naming the task. Wordings
// written for these tests, none copied from a dev set or from bench/data/realistic/probe-implicit.jsonl.
import t from 'tap';
import { cases } from './rules-cases.js';

t.test('a language the reader knows, with only a file held: read the file, then translate it', async (t) => {
  cases(t, [
    ['The lease in lease_p1.jpg is in Dutch and my flatmate only speaks English', ['image-to-text(image=lease_p1.jpg)', 'translation(text=<GENERATED>-0, target_language=en, source_language=nl) <- 0']],
    ['My aunt only reads Italian. The instructions are on washer_panel.png', ['image-to-text(image=washer_panel.png)', 'translation(text=<GENERATED>-0, target_language=it) <- 0']],
  ]);
});

t.test('wordings of an implied step', async (t) => {
  cases(t, [
    // The words on a picture, asked as "the message on it".
    ['popup.png keeps appearing on my laptop, what is the message on it?', ['image-to-text(image=popup.png)']],
    // Speech wanted on paper is its transcript.
    ['could I have interview_07.mp3 in writing?', ['automatic-speech-recognition(audio=interview_07.mp3)']],
    // What matters in a recording, briefly.
    ['I missed the town hall, town_hall.m4a. Anything important? keep it brief', ['automatic-speech-recognition(audio=town_hall.m4a)', 'summarization(text=<GENERATED>-0) <- 0']],
    // The names said in a recording.
    ['who gets mentioned in podcast_12.mp3? the people and the organizations please', ['automatic-speech-recognition(audio=podcast_12.mp3)', 'token-classification(text=<GENERATED>-0) <- 0']],
    // A story made up from a picture: its description first.
    ['my nephew wants a bedtime story, can you make one up from kitty.jpg?', ['image-to-text(image=kitty.jpg)', 'text-generation(text=<GENERATED>-0) <- 0']],
    // Alt text is a description.
    ['we need alt text for banner_spring.png', ['image-to-text(image=banner_spring.png)']],
    // A noisy recording wanted usable; "Can it be fixed?" asks for the work, not a question about the sound.
    ['rehearsal.wav has a constant hiss on it. Can it be fixed?', ['audio-to-audio(audio=rehearsal.wav)']],
    ['too much wind on the vlog audio vlog_03.wav, make it listenable', ['audio-to-audio(audio=vlog_03.wav)']],
    // "his" is no "hiss": a photo edit, not noise removal.
    ['remove his sunglasses in portrait.jpg', ['image-to-image(image=portrait.jpg, text=remove his sunglasses)']],
    // What a bill charged is a question on the document, not a "change".
    ['scan_bill.png: what did the plumber charge us for parts?', ['document-question-answering(image=scan_bill.png, question=what did the plumber charge us for parts?)']],
    // What a foreign line means: its translation.
    ["My colleague ended her mail with 'Hasta la próxima, cuídate mucho'. meaning?", ['translation(text=Hasta la próxima, cuídate mucho, target_language=en)']],
    ["what's even in there? pantry.jpg", ['image-to-text(image=pantry.jpg)']],
  ]);
});

t.test('which of two texts: one judgement per text', async (t) => {
  cases(t, [
    ["Which of the two messages sounds ruder? 'Whatever, fine.' or 'Sure, happy to help.'", ['text-classification(text=Whatever, fine.)', 'text-classification(text=Sure, happy to help.)']],
    ["which comment is happier, 'Best day ever!' or 'It was okay I guess'", ['text-classification(text=Best day ever!)', 'text-classification(text=It was okay I guess)']],
  ]);
});

t.test('a result wanted heard: "hear what …" is the step and its speech', async (t) => {
  cases(t, [
    ['could my grandpa hear what the label on pills.jpg says?', ['image-to-text(image=pills.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    // Said twice, in two sentences: one speech.
    ['My mum is blind. Can she hear what is on the poster in poster_fair.jpg?', ['image-to-text(image=poster_fair.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['can my Italian flatmate hear what the landlord said in landlord.ogg, in Italian?', ['automatic-speech-recognition(audio=landlord.ogg)', 'translation(text=<GENERATED>-0, target_language=it) <- 0', 'text-to-speech(text=<GENERATED>-1) <- 1']],
    // Other languages: blind, "can hear", the words of a picture or a recording.
    ['Mon père est malvoyant. Il peut entendre ce qui est écrit sur lettre.jpg ?', ['image-to-text(image=lettre.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['Mi abuelo es ciego, ¿puede escuchar lo que pone en receta.png?', ['image-to-text(image=receta.png)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['Meu avô é cego. O que diz o cartaz em cartaz_feira.jpg?', ['image-to-text(image=cartaz_feira.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['Mein Opa ist blind. Was steht auf dem Schild in schild.jpg?', ['image-to-text(image=schild.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['estou no trabalho, não posso ouvir agora. O que a minha irmã disse em mensagem.ogg?', ['automatic-speech-recognition(audio=mensagem.ogg)']],
  ]);
});

t.test('a file in a language the user cannot read, and nothing asked: what it says, in the request\'s language', async (t) => {
  cases(t, [
    ['the school sent notice_school.jpg home with my son, I cannot read a word of Polish', ['image-to-text(image=notice_school.jpg)', 'translation(text=<GENERATED>-0, target_language=en, source_language=pl) <- 0']],
    ['voicemail from the hotel (hotel_vm.wav) and I don\'t understand Greek...', ['automatic-speech-recognition(audio=hotel_vm.wav)', 'translation(text=<GENERATED>-0, target_language=en, source_language=el) <- 0']],
    ["Ma voisine m'a envoyé un message vocal, voisine.ogg, mais je ne comprends pas l'italien", ['automatic-speech-recognition(audio=voisine.ogg)', 'translation(text=<GENERATED>-0, target_language=fr, source_language=it) <- 0']],
    ['Tengo esta factura, factura_berlin.png, y no entiendo alemán', ['image-to-text(image=factura_berlin.png)', 'translation(text=<GENERATED>-0, target_language=es, source_language=de) <- 0']],
    ['Recebi o formulário formulario.jpg, mas não leio inglês', ['image-to-text(image=formulario.jpg)', 'translation(text=<GENERATED>-0, target_language=pt, source_language=en) <- 0']],
    ['Mein Vermieter hat mir vermieter.ogg geschickt, aber ich verstehe kein Türkisch', ['automatic-speech-recognition(audio=vermieter.ogg)', 'translation(text=<GENERATED>-0, target_language=de, source_language=tr) <- 0']],
  ]);
});

t.test('a sentence that says what a file is asks nothing', async (t) => {
  cases(t, [
    ['minutes_p2.png is a photo of the meeting minutes and they go on forever. Short version?', ['image-to-text(image=minutes_p2.png)', 'summarization(text=<GENERATED>-0) <- 0']],
    // With a pronoun after the verb it is a question still.
    ['c.jpg is it a fox or a dog', ['zero-shot-image-classification(image=c.jpg, labels=fox, dog)']],
  ]);
});

t.test('the language a file is in, said without a preposition', async (t) => {
  cases(t, [
    ["can't make sense of the note on fridge_note.jpg, it's Hungarian", ['image-to-text(image=fridge_note.jpg)', 'translation(text=<GENERATED>-0, target_language=en, source_language=hu) <- 0']],
    // The request's own language is no language to translate from.
    ['flyer.jpg is in English, describe it please', ['image-to-text(image=flyer.jpg)']],
  ]);
});

t.test('more wordings: read to someone, the vibe of a text, how close to the camera', async (t) => {
  cases(t, [
    ['my daughter is dyslexic. Can the menu in menu_kids.jpg be read to her?', ['image-to-text(image=menu_kids.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ["what vibes does this comment give off? 'Cute idea, shame about the execution.'", ['text-classification(text=Cute idea, shame about the execution.)']],
    ['how far is the tree from the camera in garden.jpg?', ['depth-estimation(image=garden.jpg)']],
  ]);
});

t.test('other languages: the language a picture is in, text read to someone', async (t) => {
  cases(t, [
    ['El menú de menu_praga.jpg está en checo y no entiendo nada', ['image-to-text(image=menu_praga.jpg)', 'translation(text=<GENERATED>-0, target_language=es, source_language=cs) <- 0']],
    ["L'affiche affiche.jpg est en allemand, je n'y comprends rien", ['image-to-text(image=affiche.jpg)', 'translation(text=<GENERATED>-0, target_language=fr, source_language=de) <- 0']],
    ['O aviso aviso.jpg está escrito em inglês, não entendo', ['image-to-text(image=aviso.jpg)', 'translation(text=<GENERATED>-0, target_language=pt, source_language=en) <- 0']],
    ['Der Brief brief_rom.jpg ist auf Italienisch, ich verstehe nichts', ['image-to-text(image=brief_rom.jpg)', 'translation(text=<GENERATED>-0, target_language=de, source_language=it) <- 0']],
    ['Je ne vois pas bien, tu peux me lire l’étiquette sur etiquette.jpg ?', ['image-to-text(image=etiquette.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['Mi abuela no sabe leer, ¿le puedes leer lo que pone en aviso_luz.png?', ['image-to-text(image=aviso_luz.png)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['Minha mãe não consegue ler, pode ler para ela o que diz o papel em papel.jpg?', ['image-to-text(image=papel.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['Was wird in notiz.m4a gesagt? Ich kann gerade nicht zuhören.', ['automatic-speech-recognition(audio=notiz.m4a)']],
  ]);
});

t.test('more wordings: something to play, bullet points, what is said in a video', async (t) => {
  cases(t, [
    ['I want the notes in notes.txt as something I can play on the bus', ['text-to-speech(text=notes.txt)']],
    ['call_0211.wav, bullet points only', ['automatic-speech-recognition(audio=call_0211.wav)', 'summarization(text=<GENERATED>-0) <- 0']],
    ['what is the presenter saying in keynote.mp4?', ['automatic-speech-recognition(audio=keynote.mp4)']],
  ]);
});

t.test('German: "mir das" points at the text after the question', async (t) => {
  cases(t, [
    ['Meine Augen sind müde, kannst du mir das vorlesen? Die Apotheke hat am Samstag bis 14 Uhr geöffnet.', ['text-to-speech(text=Die Apotheke hat am Samstag bis 14 Uhr geöffnet.)']],
  ]);
});
