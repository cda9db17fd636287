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
    ['nota_voz.ogg: ¿a qué hora empieza la cena?', heard('nota_voz.ogg', 'a qué hora empieza la cena?')],
    ['Wann soll ich laut sprachnachricht_chef.m4a im Büro sein?', heard('sprachnachricht_chef.m4a', 'Wann soll ich im Büro sein?')],
    // A sound named: what made it.
    ['what kind of bird is singing in garden_0530.wav?', ['audio-classification(audio=garden_0530.wav)']],
    ['is that my neighbour\'s dog in night_clip.wav?', ['audio-classification(audio=night_clip.wav)']],
    ['Welches Tier macht dieses Geräusch in nacht.wav?', ['audio-classification(audio=nacht.wav)']],
    // "what did she say?" alone is the transcript.
    ['what did my sister say in sis_note.ogg?', ['automatic-speech-recognition(audio=sis_note.ogg)']],
  ]);
});
