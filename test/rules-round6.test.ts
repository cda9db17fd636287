// The rule-based planner, round 6: known misreadings and the weak categories (conversation,
// implicit, pasted), each on requests written for these tests (none copied from the dev sets).
import t from 'tap';
import { planRequest } from '../src/controllers/rules/plan.js';
import { PlanTooLargeError } from '../src/pipeline/errors.js';
import { assistant, cases, user } from './rules-cases.js';

t.test('the explanation names the task planned; "too large" has one wording', async (t) => {
  t.match(planRequest('Is kitchen.jpg a kitchen or a garage?').explanation, /"a question" → zero-shot-image-classification/);
  t.match(planRequest('Is this message a complaint, a question or praise? "Where is my order?"').explanation, /→ zero-shot-classification/);
  t.match(planRequest('What is the man holding in /examples/a.jpg?').explanation, /→ visual-question-answering/);
  const refused = planRequest('Caption a.jpg, caption b.jpg, caption c.jpg and caption d.jpg', [], { maxTasks: 3 });
  t.equal(refused.explanation, new PlanTooLargeError(refused.tooLarge!, 3).message);
});

t.test('either/or about a photo: the alternatives without the participle that starts them', async (t) => {
  cases(t, [
    ['Was beach.jpg taken in summer or in winter?', ['zero-shot-image-classification(image=beach.jpg, labels=in summer, in winter)']],
    ['is street.png shot indoors or outdoors?', ['zero-shot-image-classification(image=street.png, labels=indoors, outdoors)']],
    ['Is dog.jpg a golden retriever or a poodle?', ['zero-shot-image-classification(image=dog.jpg, labels=golden retriever, poodle)']],
  ]);
});

t.test('"what does this say? <text>" from someone who cannot look: the text spoken, no speech recognition of it', async (t) => {
  cases(t, [
    ["I'm driving, can't look at the screen. What does this say? Meeting moved to 3pm, bring the slides.", ['text-to-speech(text=Meeting moved to 3pm, bring the slides.)']],
    ["My eyes are on the road right now. what does it say: 'Your parcel arrives tomorrow between 9 and 12.'", ['text-to-speech(text=Your parcel arrives tomorrow between 9 and 12.)']],
    ["I'm behind the wheel, what does this say? 'Call the dentist before five.'", ['text-to-speech(text=Call the dentist before five.)']],
    ['what does memo.wav say?', ['automatic-speech-recognition(audio=memo.wav)']],
  ]);
});

t.test('a language the user cannot read, or that a text is in, is the source; the target is then English', async (t) => {
  const it = 'Ciao Marco, ci vediamo domani alle nove in ufficio. Porta il rapporto trimestrale, per favore.';
  const de = 'Wir treffen uns morgen um zehn Uhr im Büro.';
  cases(t, [
    [`${it}\n\ni don't speak italian. english pls`, [`translation(text=${it}, target_language=en, source_language=it)`]],
    [`I can't read German, put it in English: '${de}'`, [`translation(text=${de}, target_language=en, source_language=de)`]],
    [`I do not understand German. Could you translate this? "${de}"`, [`translation(text=${de}, target_language=en, source_language=de)`]],
    [`This note is in German, translate it: '${de}'`, [`translation(text=${de}, target_language=en, source_language=de)`]],
    [`The email below was written in Italian, please translate it\n\n${it}`, [`translation(text=${it}, target_language=en, source_language=it)`]],
    [`${de}\n\nin English please`, [`translation(text=${de}, target_language=en)`]],
    [`I don't speak French. Translate this into Spanish: "Le train part à huit heures."`, ['translation(text=Le train part à huit heures., target_language=es, source_language=fr)']],
  ]);
  t.match(planRequest(`${de}\n\nEnglish please`).explanation, /the language named → translation/);
});

t.test('a file named after a colon, then a new sentence: the sentence is an instruction, "it" the file', async (t) => {
  cases(t, [
    ['a recording in Italian: note.wav. transcribe it', ['automatic-speech-recognition(audio=note.wav)']],
    ["Here's a voice memo: memo.wav. Transcribe it please", ['automatic-speech-recognition(audio=memo.wav)']],
    ['The photo: street.jpg. What is the man holding?', ['visual-question-answering(image=street.jpg, question=What is the man holding?)']],
    ['my recording: call.mp3. Please write it down and translate it to English', ['automatic-speech-recognition(audio=call.mp3)', 'translation(text=<GENERATED>-0, target_language=en) <- 0']],
  ]);
});

t.test('creative requests are text generation (the sets\' convention: "write a short poem"), small talk no task', async (t) => {
  cases(t, [
    ['Tell me a joke', ['text-generation(text=a joke)']],
    ['write me a limerick about a cat who hates Mondays', ['text-generation(text=a limerick about a cat who hates Mondays)']],
    ['how are you today?', []],
    ['thanks, that was helpful!', []],
  ]);
});

t.test('a short chat log pasted with an ask is text to work on, whatever its lines ask', async (t) => {
  const log = "Tom: can you translate the memo?\nEva: sure, and I'll summarize the meeting too";
  cases(t, [
    [`${log}\n\nwhat's the mood here?`, [`text-classification(text=${log})`]],
    [`${log}\n\ntl;dr?`, [`summarization(text=${log})`]],
  ]);
});

t.test('"only reads <lang>": where the text goes', async (t) => {
  cases(t, [
    ['Can you tell me what the poster in poster.png says? I only read English', ['image-to-text(image=poster.png)', 'translation(text=<GENERATED>-0, target_language=en) <- 0']],
  ]);
});

t.test('a translation with no target named goes into the language of the request (English, unless the text is English)', async (t) => {
  cases(t, [
    ['Please translate the sign in sign.jpg', ['image-to-text(image=sign.jpg)', 'translation(text=<GENERATED>-0, target_language=en) <- 0']],
    ["Translate: 'Bonjour à tous.'", ['translation(text=Bonjour à tous., target_language=en)']],
    ["Traduce este texto: 'Good morning, everyone.'", ['translation(text=Good morning, everyone., target_language=es)']],
  ]);
});

t.test('conversation: an edit of a picture made earlier keeps its instruction without the words pointing at the picture', async (t) => {
  const made = [user('generate a picture of a red bicycle'), assistant('Done: /artifacts/77aa.png')];
  cases(t, [
    ['can you remove the background from that image?', ['image-to-image(image=/artifacts/77aa.png, text=remove the background)'], made],
    ['remove the background from it', ['image-to-image(image=/artifacts/77aa.png, text=remove the background)'], made],
    ['add a hat to the rider in the picture', ['image-to-image(image=/artifacts/77aa.png, text=add a hat to the rider)'], made],
    ['read that out loud', ['text-to-speech(text=The invoice total is 420 euros, due on 3 March.)'], [user('What is the total on /examples/receipt.png?'), assistant('The invoice total is 420 euros, due on 3 March.')]],
    ['is it positive or negative?', ['text-classification(text=I loved the hotel but the breakfast was cold every single day.)'], [user('transcribe review.wav'), assistant('I loved the hotel but the breakfast was cold every single day.')]],
    ['how many people are in the second photo?', ['object-detection(image=b.jpg)'], [user('I have two photos, a.jpg and b.jpg. Caption the first one.'), assistant('A family having a picnic in a park.')]],
  ]);
});

t.test('implicit steps in own wordings: text in a picture, speech in a recording', async (t) => {
  cases(t, [
    ['What does the menu in /examples/menu.jpg say, in English?', ['image-to-text(image=/examples/menu.jpg)', 'translation(text=<GENERATED>-0, target_language=en) <- 0']],
    ["my grandpa can't read small print, can you read the label on pills.jpg out loud for him?", ['image-to-text(image=pills.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['What is being said in lecture.mp3? Just give me the gist', ['automatic-speech-recognition(audio=lecture.mp3)', 'summarization(text=<GENERATED>-0) <- 0']],
    ['What is written on the blackboard in class.jpg? I want it in Spanish', ['image-to-text(image=class.jpg)', 'translation(text=<GENERATED>-0, target_language=es) <- 0']],
    ['podcast.mp3 — could you give me a short summary of it?', ['automatic-speech-recognition(audio=podcast.mp3)', 'summarization(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('a pasted bulleted list keeps its bullets; a dash after an instruction still only points at the text', async (t) => {
  const list = '- Lena will translate the user guide by Friday\n- we should detect duplicate tickets automatically\n- next meeting moved to the 14th';
  cases(t, [
    [`Summarize these notes for me:\n\n${list}`, [`summarization(text=${list})`]],
    ['Find the names in this sentence - Maria met Tom in Paris.', ['token-classification(text=Maria met Tom in Paris.)']],
  ]);
});

t.test('a pasted chat log with timestamps keeps its opening bracket', async (t) => {
  const log = "[09:02] Ana: did anyone read the contract draft?\n[09:03] Ben: yes, we need to compare clause 4 with last year's version";
  cases(t, [[`${log}\n\ntl;dr?`, [`summarization(text=${log})`]]]);
});
