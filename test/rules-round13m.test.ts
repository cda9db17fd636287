// The rule-based planner on requests that ask for several steps or name several objects (round 13m,
// from probe-steps.jsonl's and fresh9's phenomena), in wordings written for these tests (none copied from a probe or dev set).
import t from 'tap';
import { assistant, cases, user } from './rules-cases.js';

t.test('a step that names all of several labelled texts ("both", "each one", "these two") is one task per text, in every language', async (t) => {
  const each = (task: string, a: string, b: string, extra = '') => [`${task}(text=${a}${extra})`, `${task}(text=${b}${extra})`];
  const [a, b] = ['The lift on floor three is out of order until Friday.', 'Parking permits for next year can be renewed online from Monday.'];
  cases(t, [
    [`Summarise each one for me please.\n\nNote 1:\n${a}\n\nNote 2:\n${b}`, each('summarization', a, b)],
    [`Could you put both of these into Italian?\nMessage A: ${a}\nMessage B: ${b}`, each('translation', a, b, ', target_language=it')],
    ['Find the people and places in both messages.\n\nMemo 1: Lena Ortiz joins the Madrid office in May.\n\nMemo 2: Tom Reyes leaves Acme Corp on Friday.', each('token-classification', 'Lena Ortiz joins the Madrid office in May.', 'Tom Reyes leaves Acme Corp on Friday.')],
    ['Resume los dos avisos.\n\nAviso 1: El ascensor del tercer piso no funciona hasta el viernes.\n\nAviso 2: Los permisos de aparcamiento se renuevan por internet desde el lunes.', each('summarization', 'El ascensor del tercer piso no funciona hasta el viernes.', 'Los permisos de aparcamiento se renuevan por internet desde el lunes.')],
    ['Résume les deux messages.\n\nMessage 1 : L\'ascenseur du troisième étage est en panne jusqu\'à vendredi.\n\nMessage 2 : Les badges de parking se renouvellent en ligne dès lundi.', each('summarization', 'L\'ascenseur du troisième étage est en panne jusqu\'à vendredi.', 'Les badges de parking se renouvellent en ligne dès lundi.')],
    ['Fasse diese zwei Nachrichten zusammen.\n\nNachricht 1: Der Aufzug im dritten Stock ist bis Freitag kaputt.\n\nNachricht 2: Die Parkausweise kann man ab Montag online verlängern.', each('summarization', 'Der Aufzug im dritten Stock ist bis Freitag kaputt.', 'Die Parkausweise kann man ab Montag online verlängern.')],
    ['Resuma as duas mensagens.\n\nMensagem 1: O elevador do terceiro andar está avariado até sexta-feira.\n\nMensagem 2: As licenças de estacionamento podem ser renovadas online a partir de segunda.', each('summarization', 'O elevador do terceiro andar está avariado até sexta-feira.', 'As licenças de estacionamento podem ser renovadas online a partir de segunda.')],
    // A quantifier of what to find ("every person") names no texts: the chat is one text.
    ['Find every person and company in this chat:\n\nAna: did Maria send the Bosch contract?\nLeo: yes, on Monday.', ['token-classification(text=Ana: did Maria send the Bosch contract?\nLeo: yes, on Monday.)']],
    // Two versions with nothing asked of each are still compared.
    [`How close are these?\n\nText 1: ${a}\n\nText 2: ${b}`, [`sentence-similarity(text=${a}, other_text=${b})`]],
  ]);
});

t.test('a step joined by "and" right after an edit of the user\'s picture works on that picture; "then" or "the edited version" works on the edit', async (t) => {
  cases(t, [
    ['Sharpen b.jpg and also tell me how many people are in it', ['image-to-image(image=b.jpg)', 'object-detection(image=b.jpg)']],
    ['enlarge street.jpg, and separately label it as day or night', ['image-to-image(image=street.jpg)', 'zero-shot-image-classification(image=street.jpg, labels=day, night)']],
    ['Agrandis c.jpg et décris-la', ['image-to-image(image=c.jpg)', 'image-to-text(image=c.jpg)']],
    ['Sharpen b.jpg, then caption it', ['image-to-image(image=b.jpg)', 'image-to-text(image=<GENERATED>-0) <- 0']],
    // A question after a comma ("…, tell me if …") is a step of its own, and its alternatives stop before the next step.
    ['Make the sky in park.jpg purple, tell me whether the scene is a city or a village, and describe the edited picture', ['image-to-image(image=park.jpg, text=Make the sky purple)', 'zero-shot-image-classification(image=park.jpg, labels=city, village)', 'image-to-text(image=<GENERATED>-0) <- 0']],
    // An edit after an edit goes on from it.
    ['Generate a picture of a fox, upscale it and caption it', ['text-to-image(text=a fox)', 'image-to-image(image=<GENERATED>-0) <- 0', 'image-to-text(image=<GENERATED>-1) <- 1']],
  ]);
});

t.test('what a negation names is not asked ("not a summary", "no need to …", "don\'t …", "I\'ll … myself"), in every language', async (t) => {
  cases(t, [
    ['just a description of harbour.jpg please, not a translation', ['image-to-text(image=harbour.jpg)']],
    ['Transcribe call_07.wav. No need to translate it.', ['automatic-speech-recognition(audio=call_07.wav)']],
    ["transcribe review_meeting.mp3 but don't summarize it, I'll read it all myself", ['automatic-speech-recognition(audio=review_meeting.mp3)']],
    ['Describe b.jpg, sin traducir nada', ['image-to-text(image=b.jpg)']],
    ['Transkribiere notiz.wav, keine Zusammenfassung', ['automatic-speech-recognition(audio=notiz.wav)']],
    ['Décris c.jpg, pas besoin de résumé', ['image-to-text(image=c.jpg)']],
    ['Transcreva aula.mp3, não precisa de resumo', ['automatic-speech-recognition(audio=aula.mp3)']],
    // A note is no negation.
    ['Summarize my notes and read the summary aloud: Monday: call the bank. Tuesday: pick up the parcel from the post office on Elm Street.', ['summarization(text=Monday: call the bank. Tuesday: pick up the parcel from the post office on Elm Street.)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('what a recording or a picture says, named after a relative word ("what I describe in it", "whatever it says"), is its text, not a step', async (t) => {
  cases(t, [
    ['Transcribe pitch.wav, put it into Spanish and also draw a picture of whatever I talk about in it', ['automatic-speech-recognition(audio=pitch.wav)', 'translation(text=<GENERATED>-0, target_language=es) <- 0', 'text-to-image(text=<GENERATED>-0) <- 0']],
    ['transcribe idea.m4a and make a poster of what it says', ['automatic-speech-recognition(audio=idea.m4a)', 'text-to-image(text=<GENERATED>-0) <- 0']],
    // Asked after "tell me", it is the question.
    ['Look at sign.jpg and tell me what it says', ['image-to-text(image=sign.jpg)']],
    // The product named again with "the" after it was asked is that output.
    ['transcribe memo_3.wav and draw what it says. Also I want the transcript in French.', ['automatic-speech-recognition(audio=memo_3.wav)', 'text-to-image(text=<GENERATED>-0) <- 0', 'translation(text=<GENERATED>-0, target_language=fr) <- 0']],
  ]);
});

t.test('steps said in another order than done: "X after Y-ing", "Before you X, Y", in every language; a language said with the later step stays on it', async (t) => {
  const [text, speak] = ['The pool closes at nine.', 'text-to-speech(text=<GENERATED>-0) <- 0'];
  cases(t, [
    [`Say it out loud after translating it into Dutch: ${text}`, [`translation(text=${text}, target_language=nl)`, speak]],
    [`Read this aloud after you put it into German: ${text}`, [`translation(text=${text}, target_language=de)`, speak]],
    // Opening the request, "after" keeps the order said.
    [`After translating it into Dutch, read it out: ${text}`, [`translation(text=${text}, target_language=nl)`, speak]],
    [`Before you translate it into Portuguese, shorten this: ${text} The sauna stays open until ten on Fridays.`, [`summarization(text=${text} The sauna stays open until ten on Fridays.)`, 'translation(text=<GENERATED>-0, target_language=pt) <- 0']],
    ['Lis-le à voix haute après l\'avoir traduit en espagnol : La piscine ferme à neuf heures.', ['translation(text=La piscine ferme à neuf heures., target_language=es)', speak]],
    ['Lies es vor, nachdem du es ins Französische übersetzt hast: Das Schwimmbad schließt um neun.', ['translation(text=Das Schwimmbad schließt um neun., target_language=fr)', speak]],
    // "after that" before an edit of what was just drawn: the edit is a step.
    ['Draw a red tram in the rain, after that make it look like a woodcut, and finally caption the woodcut', ['text-to-image(text=a red tram in the rain)', 'image-to-image(image=<GENERATED>-0, text=make it look like a woodcut) <- 0', 'image-to-text(image=<GENERATED>-1) <- 1']],
  ]);
});

t.test('"the e.jpg caption" is what that step made of that file; a step asked twice compares no text with itself', async (t) => {
  const two = (a: string, b: string) => [`image-to-text(image=${a})`, `image-to-text(image=${b})`];
  cases(t, [
    ['Caption c.jpg and e.jpg, then read the e.jpg caption aloud', [...two('c.jpg', 'e.jpg'), 'text-to-speech(text=<GENERATED>-1) <- 1']],
    ['Describe /examples/a.jpg and /examples/b.jpg, then translate the b.jpg description into German', [...two('/examples/a.jpg', '/examples/b.jpg'), 'translation(text=<GENERATED>-1, target_language=de) <- 1']],
    ["What's happening in a.jpg vs c.jpg? Caption both and tell me how similar the captions are.", [...two('a.jpg', 'c.jpg'), 'sentence-similarity(text=<GENERATED>-0, other_text=<GENERATED>-1) <- 0,1']],
  ]);
});

t.test('steps listed one by one: three kinds of name with slashes ask for names; "in a sentence" says how long, it asks for no text', async (t) => {
  cases(t, [
    ['Step 1: read the text on poster.png. Step 2: list the people / companies / cities in it. Step 3: summarise it in a sentence.', ['image-to-text(image=poster.png)', 'token-classification(text=<GENERATED>-0) <- 0', 'summarization(text=<GENERATED>-0) <- 0']],
    ['Transcribe memo.wav and summarize it in a paragraph', ['automatic-speech-recognition(audio=memo.wav)', 'summarization(text=<GENERATED>-0) <- 0']],
    ['Résume ce texte en une phrase : La piscine ferme à neuf heures le vendredi et rouvre le lundi.', ['summarization(text=La piscine ferme à neuf heures le vendredi et rouvre le lundi.)']],
  ]);
});

t.test('"run the same thing on c.jpg and f.jpg" after a remark asks the last request that planned something again, once per file', async (t) => {
  const chat = [user('count the birds in lake.jpg'), assistant('I found 4 birds.'), user('really? only four?'), assistant('Yes, four birds were detected.')];
  cases(t, [
    ['ok, do the same thing for pond.jpg and river.jpg', ['object-detection(image=pond.jpg)', 'object-detection(image=river.jpg)'], chat],
    // Without a chat, "the same thing" compares.
    ["Do 'I'm running late' and 'I will be late' mean the same thing?", ["sentence-similarity(text=I'm running late, other_text=I will be late)"]],
  ]);
});

// A repeat looks back past a remark at the requests before it; those are read as they are, never as
// repeats themselves, or a chat of "same thing?" turns would plan each earlier turn three ways over
// (20 such turns took 25 s; exponential in the turns). Linear now: 40 turns plan in well under a second.
t.test('a chat of many "same thing?" turns plans in one pass over them', async (t) => {
  const { planRequest } = await import('../src/controllers/rules/plan.js');
  const history = Array.from({ length: 40 }, () => [user('same thing?'), assistant('ok')]).flat();
  const started = performance.now();
  const plan = planRequest('do the same thing again?', history);
  t.same(plan.tasks, [], 'nothing was ever asked');
  // A loose bound that only an exponential replay crosses (it would take days here).
  t.ok(performance.now() - started < 30_000, `planned in ${Math.round(performance.now() - started)} ms`);
  const chat = [user('caption b.jpg'), assistant('A zebra.'), ...history.slice(0, 6)];
  t.same(planRequest('same for a.jpg', chat).tasks.map((task) => task.task), ['image-to-text'], 'a repeat still finds the request behind the remarks');
});
