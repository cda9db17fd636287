// The rule-based planner on implied steps and the arguments of single steps (issue #7, round 10i).
// Wordings written for these tests, none copied from a dev set, a fresh set or
// bench/data/realistic/probe-implied.jsonl.
import t from 'tap';
import { cases } from './rules-cases.js';

const heard = (audio: string, question: string) => [`automatic-speech-recognition(audio=${audio})`, `question-answering(question=${question}, context=<GENERATED>-0) <- 0`];

t.test('a question on a recording asks what is said in it, unless it names a sound', async (t) => {
  cases(t, [
    ['standup_fri.m4a - who is taking over the release this week?', heard('standup_fri.m4a', 'who is taking over the release this week?')],
    ['In vm_plumber.ogg, which day did the plumber say he could come?', heard('vm_plumber.ogg', 'which day did the plumber say he could come?')],
    ['how much did the seller say he wants for the bike? offer_call.mp3', heard('offer_call.mp3', 'how much did the seller say he wants for the bike?')],
    ['when did grandpa say the party starts? grandpa.ogg', heard('grandpa.ogg', 'when did grandpa say the party starts?')],
    ['nota_voz.ogg: ¿a qué hora empieza la cena?', heard('nota_voz.ogg', '¿a qué hora empieza la cena?')],
    ['Wann soll ich laut sprachnachricht_chef.m4a im Büro sein?', heard('sprachnachricht_chef.m4a', 'Wann soll ich im Büro sein?')],
    // A sound named: what made it.
    ['what kind of bird is singing in garden_0530.wav?', ['audio-classification(audio=garden_0530.wav)']],
    ['is that my neighbour\'s dog in night_clip.wav?', ['audio-classification(audio=night_clip.wav)']],
    ['Welches Tier macht dieses Geräusch in nacht.wav?', ['audio-classification(audio=nacht.wav)']],
    // "what did she say?" alone is the transcript.
    ['what did my sister say in sis_note.ogg?', ['automatic-speech-recognition(audio=sis_note.ogg)']],
  ]);
});

t.test('an edit instruction is its words without the file, keeping a verb that says what to do', async (t) => {
  cases(t, [
    // The verb stays when a size or a place follows the file, or when the words before it say more than the verb.
    ['resize banner.png to 1200 by 600', ['image-to-image(image=banner.png, text=resize to 1200 by 600)']],
    ['flip /examples/a.jpg 180 degrees', ['image-to-image(image=/examples/a.jpg, text=flip 180 degrees)']],
    ['swap the red car in street.jpg for a bicycle', ['image-to-image(image=street.jpg, text=swap the red car for a bicycle)']],
    ['please turn the walls in room.jpg light grey', ['image-to-image(image=room.jpg, text=turn the walls light grey)']],
    // A verb that only says "edit" goes.
    ['make holiday.jpg look like a comic book page', ['image-to-image(image=holiday.jpg, text=look like a comic book page)']],
    ['Edite a foto praia.jpg: coloque um barco no mar', ['image-to-image(image=praia.jpg, text=coloque um barco no mar)']],
    ['Haz que retrato.jpg parezca una pintura al óleo', ['image-to-image(image=retrato.jpg, text=parezca una pintura al óleo)']],
  ]);
});

t.test('what to draw keeps its adjectives and styles', async (t) => {
  cases(t, [
    ['draw a green and gold logo of an owl', ['text-to-image(text=a green and gold logo of an owl)']],
    ['Draw a fox in the snow, cartoon style, with big eyes', ['text-to-image(text=a fox in the snow, cartoon style, with big eyes)']],
    ['Dessine-moi une maison bleue au bord de la mer', ['text-to-image(text=une maison bleue au bord de la mer)']],
    ['Zeichne mir einen roten Drachen über einer Burg', ['text-to-image(text=einen roten Drachen über einer Burg)']],
  ]);
});

t.test('implied steps in more wordings', async (t) => {
  cases(t, [
    // Names said in a recording, asked as "which … do they mention".
    ['which towns does the guide mention in tour_audio.mp3?', ['automatic-speech-recognition(audio=tour_audio.mp3)', 'token-classification(text=<GENERATED>-0) <- 0']],
    // What a recording is about, briefly.
    ['call_0907.wav, the decisions in a couple of lines please', ['automatic-speech-recognition(audio=call_0907.wav)', 'summarization(text=<GENERATED>-0) <- 0']],
    ['Weißt du, worum es in interview_3.mp3 geht?', ['automatic-speech-recognition(audio=interview_3.mp3)', 'summarization(text=<GENERATED>-0) <- 0']],
    // A picture of text wanted heard.
    ['can you turn the flyer in flyer_gym.jpg into an audio message for my dad?', ['image-to-text(image=flyer_gym.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    // Text wanted as audio, in Portuguese and Spanish, the text after the question.
    ['Consegue converter isso em áudio? A reunião foi adiada para sexta.', ['text-to-speech(text=A reunião foi adiada para sexta.)']],
    ['¿Puedes pasar eso a audio? El gimnasio cierra el lunes.', ['text-to-speech(text=El gimnasio cierra el lunes.)']],
    // How someone of a language would say it: a translation.
    ['how would a German say "see you at the station"?', ['translation(text=see you at the station, target_language=de)']],
    // A scanned contract is a document: a question on it is document QA.
    ['my rental agreement is in agreement_p4.png - how long is the notice period?', ['document-question-answering(image=agreement_p4.png, question=how long is the notice period?)']],
  ]);
});

t.test('"what is this about?" on a text in another language asks what it says', async (t) => {
  cases(t, [
    ['what is this about? «Il cantiere resterà chiuso fino a lunedì.»', ['translation(text=Il cantiere resterà chiuso fino a lunedì., target_language=en)']],
    // In English, it is the gist; told to summarise, a summary.
    ["what's it about? 'The pool reopens on Monday after the repairs, with new opening hours on weekends.'", ['summarization(text=The pool reopens on Monday after the repairs, with new opening hours on weekends.)']],
    ['summarize: «Il cantiere resterà chiuso fino a lunedì. I lavori riprenderanno martedì mattina.»', ['summarization(text=Il cantiere resterà chiuso fino a lunedì. I lavori riprenderanno martedì mattina.)']],
  ]);
});
