// The rule-based planner on requests with several steps (round 10m, from probe-multi.jsonl's phenomena), in wordings
// written for these tests (none copied from a probe or dev set).
import t from 'tap';
import { assistant, cases, plan, user } from './rules-cases.js';

t.test('speech said in several languages is one reading per language', async (t) => {
  const note = 'The pool reopens on Saturday at nine.';
  cases(t, [
    [`please read this notice out in both English and Italian: ${note}`,
      [`text-to-speech(text=${note})`, `translation(text=${note}, target_language=it)`, 'text-to-speech(text=<GENERATED>-1) <- 1']],
    ['describe c.jpg and say it aloud in Spanish and in French',
      ['image-to-text(image=c.jpg)', 'translation(text=<GENERATED>-0, target_language=es) <- 0', 'text-to-speech(text=<GENERATED>-1) <- 1',
        'translation(text=<GENERATED>-0, target_language=fr) <- 0', 'text-to-speech(text=<GENERATED>-3) <- 3']],
  ]);
});

t.test('a step that only says how the result is wanted takes the new version of the text', async (t) => {
  const line = 'Doors open at seven, the talk starts at eight.';
  cases(t, [
    [`put this into Dutch and make me an mp3 of it as well: ${line}`, [`translation(text=${line}, target_language=nl)`, 'text-to-speech(text=<GENERATED>-0) <- 0']],
    [`Shorten this and give me a spoken version too: ${line}`, [`summarization(text=${line})`, 'text-to-speech(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('a product named by a word of a later edit is that edit\'s output; the original is the first picture', async (t) => {
  cases(t, [
    ['paint a fox in a meadow, then make it look like a charcoal sketch; caption the sketch and also the original one', [
      'text-to-image(text=a fox in a meadow)', 'image-to-image(image=<GENERATED>-0, text=make it look like a charcoal sketch) <- 0',
      'image-to-text(image=<GENERATED>-1) <- 1', 'image-to-text(image=<GENERATED>-0) <- 0']],
    ['draw a castle at dusk. turn it into a watercolour. segment the original image', [
      'text-to-image(text=a castle at dusk)', 'image-to-image(image=<GENERATED>-0, text=turn it into a watercolour) <- 0', 'image-segmentation(image=<GENERATED>-0) <- 0']],
  ]);
});

t.test('a judgement after a transcription is of the transcript, and is not dropped', async (t) => {
  cases(t, [
    ['type up interview_3.wav and let me know whether it sounds negative',
      ['automatic-speech-recognition(audio=interview_3.wav)', 'text-classification(text=<GENERATED>-0) <- 0']],
    ['transcribe a.mp3 and b.mp3, then check if each of them sounds happy', [
      'automatic-speech-recognition(audio=a.mp3)', 'automatic-speech-recognition(audio=b.mp3)',
      'text-classification(text=<GENERATED>-0) <- 0', 'text-classification(text=<GENERATED>-1) <- 1']],
    // The photo is still what "classify it" takes after a caption.
    ['describe f.jpg and classify it too', ['image-to-text(image=f.jpg)', 'image-classification(image=f.jpg)']],
  ]);
});

t.test('names mentioned, in five languages', async (t) => {
  cases(t, [
    ['transcribe panel.wav and list the names of all the speakers mentioned',
      ['automatic-speech-recognition(audio=panel.wav)', 'token-classification(text=<GENERATED>-0) <- 0']],
    ['Transcribe panel.wav y dame los nombres de personas que aparecen', ['automatic-speech-recognition(audio=panel.wav)', 'token-classification(text=<GENERATED>-0) <- 0']],
    ['Transcris panel.wav et donne-moi les noms de lieux', ['automatic-speech-recognition(audio=panel.wav)', 'token-classification(text=<GENERATED>-0) <- 0']],
  ]);
  // Saying who speaks asks for no speech.
  t.same(plan('transcribe call.ogg and tell me what language the customer is speaking'), ['automatic-speech-recognition(audio=call.ogg)', 'text-classification(text=<GENERATED>-0) <- 0']);
});

t.test('steps stated in reverse order', async (t) => {
  const text = 'Parking on Elm Road is closed next week for resurfacing.';
  cases(t, [
    ['detect the objects in d.jpg, but first make it sharper', ['image-to-image(image=d.jpg)', 'object-detection(image=<GENERATED>-0) <- 0']],
    ['Before you segment g.jpg, upscale it', ['image-to-image(image=g.jpg)', 'image-segmentation(image=<GENERATED>-0) <- 0']],
    [`Léelo en voz alta, pero primero tradúcelo al alemán: ${text}`, [`translation(text=${text}, target_language=de)`, 'text-to-speech(text=<GENERATED>-0) <- 0']],
    // Two steps on one file with no new version between them stay independent.
    ['Segment e.jpg. Before that, estimate its depth.', ['image-segmentation(image=e.jpg)', 'depth-estimation(image=e.jpg)']],
  ]);
});

t.test('the whole text is what the user gave, not a summary asked before', async (t) => {
  const mail = 'Hello team, the lift is out of order until Thursday. Please use the stairs at the back, and tell visitors to wait in reception.';
  cases(t, [
    [`Give me a short summary, then translate the entire email into French: ${mail}`, [`summarization(text=${mail})`, `translation(text=${mail}, target_language=fr)`]],
  ]);
});

t.test('a later question opening on "and" is about the file; one without it is left out', async (t) => {
  cases(t, [
    ['how many dogs are in park.jpg? and are they on a leash?', ['object-detection(image=park.jpg)', 'visual-question-answering(image=park.jpg, question=are they on a leash?)']],
    ['¿Qué hay en b.jpg? ¿Y de qué color es el coche?', ['image-to-text(image=b.jpg)', 'visual-question-answering(image=b.jpg, question=de qué color es el coche?)']],
    ['Caption b.jpg. Who wrote Hamlet?', ['image-to-text(image=b.jpg)']],
  ]);
});

t.test('"the first" and "the second" without a noun, and the translated product named by its language', async (t) => {
  cases(t, [
    ['I have x.png and y.png. Caption the first and segment the second.', ['image-to-text(image=x.png)', 'image-segmentation(image=y.png)']],
    ['transcribe note.ogg, translate the transcript into Greek and Polish, then read the Polish transcript out loud', [
      'automatic-speech-recognition(audio=note.ogg)', 'translation(text=<GENERATED>-0, target_language=el) <- 0',
      'translation(text=<GENERATED>-0, target_language=pl) <- 0', 'text-to-speech(text=<GENERATED>-2) <- 2']],
  ]);
});

t.test('a language said after one step on several files translates every text it made', async (t) => {
  cases(t, [
    ['give me captions for p1.png and p2.png in Portuguese', ['image-to-text(image=p1.png)', 'image-to-text(image=p2.png)',
      'translation(text=<GENERATED>-0, target_language=pt) <- 0', 'translation(text=<GENERATED>-1, target_language=pt) <- 1']],
  ]);
});

t.test('names mentioned with words between, and "léeme" in Spanish', async (t) => {
  cases(t, [
    ['Transcreva aula.mp3 e me diga que pessoas foram mencionadas', ['automatic-speech-recognition(audio=aula.mp3)', 'token-classification(text=<GENERATED>-0) <- 0']],
    ['Transcris cours.mp3 et dis-moi quelles personnes sont citées', ['automatic-speech-recognition(audio=cours.mp3)', 'token-classification(text=<GENERATED>-0) <- 0']],
    ['Describe a.jpg y léeme la descripción', ['image-to-text(image=a.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('the version in a language named before a colon is that translation, not the text given', async (t) => {
  cases(t, [
    ['Put this into Italian and Greek, then read out the Greek version: The museum opens at ten.', [
      'translation(text=The museum opens at ten., target_language=it)', 'translation(text=The museum opens at ten., target_language=el)', 'text-to-speech(text=<GENERATED>-1) <- 1']],
  ]);
});

t.test('the original is the picture an answer made, when this request edits it', async (t) => {
  const chat = [user('draw a lighthouse on a cliff'), assistant('Done: /artifacts/5b0c1d2e.png')];
  cases(t, [
    ['ok, give it a snowy look, then describe the original', ['image-to-image(image=/artifacts/5b0c1d2e.png, text=give it a snowy look)', 'image-to-text(image=/artifacts/5b0c1d2e.png)'], chat],
  ]);
});
