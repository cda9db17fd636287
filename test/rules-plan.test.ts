// The rule-based planner, phenomenon by phenomenon, on requests written for these tests (none is
// copied from the dev sets): content apart from instruction, one task per object, parallel and
// chained steps, implicit steps, conversations, settings, requests that need no task, languages,
// confidence and abstention, and bounded cost.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { findQuotes } from '../src/controllers/rules/content.js';
import { lexicon, lexicons } from '../src/controllers/rules/lexicon/index.js';
import { buildItems, matchPhrases } from '../src/controllers/rules/match.js';
import { planRequest, readDraft } from '../src/controllers/rules/plan.js';
import { readPhrases } from '../src/controllers/rules/read.js';
import { tokenize } from '../src/controllers/rules/text.js';
import { validatePlan } from '../src/pipeline/task-graph.js';
import { assistant, cases, shape, user } from './rules-cases.js';

t.test('content is apart from the instruction: quoted, after a colon, pasted, after a pointing sentence', async (t) => {
  const note = 'We discussed the budget and agreed to translate the manual. Anna will compare vendors and detect issues early.';
  cases(t, [
    [`Summarize this: ${note}`, [`summarization(text=${note})`]],
    ['Read this sentence aloud: Good morning, the weather is lovely today.', ['text-to-speech(text=Good morning, the weather is lovely today.)']],
    ['Translate to Italian: We will arrive around noon.', ['translation(text=We will arrive around noon., target_language=it)']],
    [`Please translate into Spanish:\n\n${note}`, [`translation(text=${note}, target_language=es)`]],
    [`${note}\n\nCan you shorten this for me?`, [`summarization(text=${note})`]],
    [`\`\`\`\n${note}\n\`\`\`\nTL;DR?`, [`summarization(text=${note})`]],
    [`Could you check the tone of this message before I send it? „${note}“`, [`text-classification(text=${note})`]],
    [`Could you please summarize the following text? ${note}`, [`summarization(text=${note})`]],
    ['Question: Who founded the company?\nContext: The company was founded by Maria Lopez in 1998.', ['question-answering(question=Who founded the company?, context=The company was founded by Maria Lopez in 1998.)']],
    ['Edit photo.jpg: make the sky purple and add a moon', ['image-to-image(image=photo.jpg, text=make the sky purple and add a moon)']],
    // A sentence with a [MASK] blank is the text given, wherever the instruction is.
    ['My favourite season is [MASK]. Fill it in please', ['fill-mask(text=My favourite season is [MASK].)']],
    ['Which word goes here? The cat sat on the [MASK].', ['fill-mask(text=The cat sat on the [MASK].)']],
    ['make portrait.png look like a comic book cover', ['image-to-image(image=portrait.png, text=look like a comic book cover)']],
    ['Modify kitchen.jpg so the walls are green', ['image-to-image(image=kitchen.jpg, text=the walls are green)']],
    ['edit selfie.jpg to give me a mustache', ['image-to-image(image=selfie.jpg, text=give me a mustache)']],
    ['take the people out of beach.jpg', ['image-to-image(image=beach.jpg, text=take the people out)']],
    ['add a rainbow over the hills in valley.jpg', ['image-to-image(image=valley.jpg, text=add a rainbow over the hills)']],
    ['Create a logo for our spring bake sale', ['text-to-image(text=a logo for our spring bake sale)']],
    ['compose a limerick about a sleepy cat', ['text-generation(text=a limerick about a sleepy cat)']],
    // "transform" asks for a new version of the picture (image-to-image); into a named style, it is an edit with that instruction.
    ['I want to transform harbour.jpg so that it resembles an old photograph', ['image-to-image(image=harbour.jpg)']],
    ['Transform harbour.jpg into a charcoal drawing', ['image-to-image(image=harbour.jpg, text=a charcoal drawing)']],
    ['Segment both photos: yard.jpg and street.png', ['image-segmentation(image=yard.jpg)', 'image-segmentation(image=street.png)']],
    ["Get the sentiment of each: 'loved it' and 'never again'", ['text-classification(text=loved it)', 'text-classification(text=never again)']],
    ["Translate both into Spanish: 'open daily', 'closed on Sundays'", ['translation(text=open daily, target_language=es)', 'translation(text=closed on Sundays, target_language=es)']],
    ['give yard.jpg a warm autumn look', ['image-to-image(image=yard.jpg, text=a warm autumn look)']],
    ['turn the volume up on whisper.wav', ['audio-to-audio(audio=whisper.wav)']],
    ['mark every person and place in this: Ada Lovelace lived in London.', ['token-classification(text=Ada Lovelace lived in London.)']],
    ['Can you write down what my aunt says in aunt_call.wav and make it shorter?', ['automatic-speech-recognition(audio=aunt_call.wav)', 'summarization(text=<GENERATED>-0) <- 0']],
    ['type up the notes on flipchart.jpg please', ['image-to-text(image=flipchart.jpg)']],
    ['make this sound more polite: send me the file now', ['text2text-generation(text=send me the file now)']],
    ['so much noise in street_vox.wav, fix it please', ['audio-to-audio(audio=street_vox.wav)']],
    // "pleased" reads as "please": only a person before it makes it a feeling.
    ['My note is short, translate it into Spanish please: See you soon.', ['translation(text=See you soon., target_language=es)']],
    ["Is the client pleased? 'Fast delivery, thanks a lot!'", ['text-classification(text=Fast delivery, thanks a lot!)']],
    // "what … says" gives way to a precise step in its clause: on a text it is that text, on a picture its words.
    ["I'm cooking, just read out what the message says: 'Dinner at eight, bring wine.'", ['text-to-speech(text=Dinner at eight, bring wine.)']],
    ['read aloud what the label on jar.jpg says', ['image-to-text(image=jar.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    // A question after a remark starts after the comma.
    ['This ticket_scan.png is blurry, when does the train leave?', ['document-question-answering(image=ticket_scan.png, question=when does the train leave?)']],
    // A question asked after "tell me" is a question, even after "could you".
    ['Could you have a look at court.jpg and tell me which team is winning?', ['visual-question-answering(image=court.jpg, question=which team is winning?)']],
    ['open bill_may.png and tell me when it is due', ['document-question-answering(image=bill_may.png, question=when it is due)']],
    // "them" is every thing of the last group a step can use: the photos rather than their depth maps, the captions rather than the photos.
    ['estimate the depth of hall.jpg and porch.jpg, then segment them', ['depth-estimation(image=hall.jpg)', 'depth-estimation(image=porch.jpg)', 'image-segmentation(image=hall.jpg)', 'image-segmentation(image=porch.jpg)']],
    ['describe hall.jpg and porch.jpg and then translate them into Italian', ['image-to-text(image=hall.jpg)', 'image-to-text(image=porch.jpg)', 'translation(text=<GENERATED>-0, target_language=it) <- 0', 'translation(text=<GENERATED>-1, target_language=it) <- 1']],
    // "it" after a step that turned a file into another kind is the file, when the next step takes the file as it is.
    ['caption beach.jpg and classify it too', ['image-to-text(image=beach.jpg)', 'image-classification(image=beach.jpg)']],
    ['Transcribe lecture.mp3 and then remove the echo from it', ['automatic-speech-recognition(audio=lecture.mp3)', 'audio-to-audio(audio=lecture.mp3)']],
    ['Describe yard.jpg and translate it into Dutch', ['image-to-text(image=yard.jpg)', 'translation(text=<GENERATED>-0, target_language=nl) <- 0']],
  ]);
});

t.test('arguments carry the content without the instruction words, and questions without the file', async (t) => {
  cases(t, [
    ['Draw me a sunset over the sea', ['text-to-image(text=a sunset over the sea)']],
    ["I'd like a short video of a dog surfing a wave", ['text-to-video(text=a dog surfing a wave)']],
    ['In garden.jpg, how tall is the fence?', ['visual-question-answering(image=garden.jpg, question=how tall is the fence?)']],
    ['What is the due date on invoice_77.png?', ['document-question-answering(image=invoice_77.png, question=What is the due date?)']],
    ['How much did I pay according to receipt_0912.jpg?', ['document-question-answering(image=receipt_0912.jpg, question=How much did I pay?)']],
    ['How do you say "where is the train station" in German?', ['translation(text=where is the train station, target_language=de)']],
    ['Find the people, places and organizations in: Tim Cook opened offices in Munich.', ['token-classification(text=Tim Cook opened offices in Munich.)']],
  ]);
});

t.test('one task per object; steps that do not use each other are independent', async (t) => {
  cases(t, [
    ['Describe a.jpg and b.jpg', ['image-to-text(image=a.jpg)', 'image-to-text(image=b.jpg)']],
    ['Estimate depth for a.jpg, b.jpg and c.jpg', ['depth-estimation(image=a.jpg)', 'depth-estimation(image=b.jpg)', 'depth-estimation(image=c.jpg)']],
    ["Translate 'See you tomorrow' into Japanese and Korean", ['translation(text=See you tomorrow, target_language=ja)', 'translation(text=See you tomorrow, target_language=ko)']],
    ['Detect objects in street.jpg, then segment it', ['object-detection(image=street.jpg)', 'image-segmentation(image=street.jpg)']],
    ['First caption beach.jpg. Second, estimate its depth. Third, detect the objects in it.', ['image-to-text(image=beach.jpg)', 'depth-estimation(image=beach.jpg)', 'object-detection(image=beach.jpg)']],
    ["What's the sentiment of 'I adore this place' and of 'I hate waiting'?", ['text-classification(text=I adore this place)', 'text-classification(text=I hate waiting)']],
  ]);
});

t.test('chains follow what each step consumes; "both", "each" and "the captions" take all of them', async (t) => {
  cases(t, [
    ['turn my voice memo note.m4a into text', ['automatic-speech-recognition(audio=note.m4a)']], // a file inside a phrase's gap is its object, not distance
    ['Transcribe call.wav and translate the transcript into French', ['automatic-speech-recognition(audio=call.wav)', 'translation(text=<GENERATED>-0, target_language=fr) <- 0']],
    ['Generate a picture of a castle on a hill and then upscale it', ['text-to-image(text=a castle on a hill)', 'image-to-image(image=<GENERATED>-0) <- 0']],
    ['Transcribe lecture.mp3, summarize it and read the summary aloud', ['automatic-speech-recognition(audio=lecture.mp3)', 'summarization(text=<GENERATED>-0) <- 0', 'text-to-speech(text=<GENERATED>-1) <- 1']],
    ['Caption cat.jpg and dog.jpg, then read both captions aloud', ['image-to-text(image=cat.jpg)', 'image-to-text(image=dog.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0', 'text-to-speech(text=<GENERATED>-1) <- 1']],
    ['Compare the captions of sunrise.jpg and sunset.jpg', ['image-to-text(image=sunrise.jpg)', 'image-to-text(image=sunset.jpg)', 'sentence-similarity(text=<GENERATED>-0, other_text=<GENERATED>-1) <- 0,1']],
    ['Transcribe msg.wav; I want the caller\'s mood and a short summary of the call', ['automatic-speech-recognition(audio=msg.wav)', 'text-classification(text=<GENERATED>-0) <- 0', 'summarization(text=<GENERATED>-0) <- 0']],
    ['how similar are these two pictures? a.jpg b.jpg', ['image-to-text(image=a.jpg)', 'image-to-text(image=b.jpg)', 'sentence-similarity(text=<GENERATED>-0, other_text=<GENERATED>-1) <- 0,1']],
    ['Generate two images: a red apple, and a green pear', ['text-to-image(text=a red apple)', 'text-to-image(text=a green pear)']],
    ['Make a picture of a tiger, describe it, and read the description aloud', ['text-to-image(text=a tiger)', 'image-to-text(image=<GENERATED>-0) <- 0', 'text-to-speech(text=<GENERATED>-1) <- 1']],
    ['1) detect the objects in kitchen.jpg\n2) describe kitchen.jpg\n3) read the description aloud', ['object-detection(image=kitchen.jpg)', 'image-to-text(image=kitchen.jpg)', 'text-to-speech(text=<GENERATED>-1) <- 1']],
    ['Here is a customer email. Reply politely and also tell me if the customer is upset.\n\n"I waited three weeks for my refund."', ['conversational(text=I waited three weeks for my refund.)', 'text-classification(text=I waited three weeks for my refund.)']],
    ["Translate 'I love this beautiful city' into Spanish and tell me the sentiment of the original.", ['translation(text=I love this beautiful city, target_language=es)', 'text-classification(text=I love this beautiful city)']],
  ]);
});

t.test('implicit steps: text in a picture is read, speech is transcribed, "in English" translates', async (t) => {
  cases(t, [
    ['What does the sign in board.jpg say, in English?', ['image-to-text(image=board.jpg)', 'translation(text=<GENERATED>-0, target_language=en) <- 0']],
    ['Summarize the meeting in standup.wav', ['automatic-speech-recognition(audio=standup.wav)', 'summarization(text=<GENERATED>-0) <- 0']],
    ['Translate voice_note.m4a into English', ['automatic-speech-recognition(audio=voice_note.m4a)', 'translation(text=<GENERATED>-0, target_language=en) <- 0']],
    ['Tell me in Spanish what is in kitchen.jpg', ['image-to-text(image=kitchen.jpg)', 'translation(text=<GENERATED>-0, target_language=es) <- 0']],
    ["My dad only speaks Portuguese, he needs to hear this: 'The doctor will call you at 3 pm.'", ['translation(text=The doctor will call you at 3 pm., target_language=pt)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ["I'm blind. What's in /examples/f.jpg?", ['image-to-text(image=/examples/f.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['My phone recorded a weird noise at night (night.wav). What is it?', ['audio-classification(audio=night.wav)']],
  ]);
});

t.test('conversations: files named earlier, the previous answer as text, "do the same"', async (t) => {
  cases(t, [
    ['now read it out loud', ['text-to-speech(text=The park reopens next week.)'], [user('Summarize: The park reopens next week after renovation.'), assistant('The park reopens next week.')]],
    ['Translate that into Spanish', ['translation(text=please call the plumber before noon, target_language=es)'], [user('Transcribe memo.wav'), assistant('Transcript: "please call the plumber before noon"')]],
    ['make it black and white', ['image-to-image(image=/artifacts/9d1c2b.png, text=make it black and white)'], [user('Draw a red car'), assistant('Here it is: /artifacts/9d1c2b.png')]],
    ['how many people are in the first photo?', ['object-detection(image=/examples/a.jpg)'], [user('I have two photos: /examples/a.jpg and /examples/g.jpg')]],
    ['and the same for /examples/b.jpg', ['image-to-text(image=/examples/b.jpg)'], [user('Caption /examples/a.jpg'), assistant('A man on a bench.')]],
    ['Again, but for /examples/d.jpg', ['depth-estimation(image=/examples/d.jpg)'], [user('Estimate the depth of /examples/a.jpg'), assistant('Depth map: /artifacts/dd01.png')]],
    ['what about the first one?', ['image-segmentation(image=/artifacts/aa11.png)'], [user('I uploaded /artifacts/aa11.png and /artifacts/bb22.png. Segment the second one.'), assistant('Done: /artifacts/cc33.png')]],
    ['Now detect the objects in the upscaled image', ['object-detection(image=/artifacts/up77.png)'], [user('Upscale /examples/e.jpg'), assistant('Done. Upscaled image: /artifacts/up77.png')]],
    ['and now in German', ['translation(text=good luck, target_language=de)'], [user("Translate 'good luck' into French"), assistant('Bonne chance.')]],
    ['can you upscale the boxed image?', ['image-to-image(image=/artifacts/box1.png)'], [user('detect objects in /examples/c.jpg'), assistant('"3 zebras", image /artifacts/box1.png\n\nWhat I did:\n1. Object Detection with local/centernet-coco (local): "3 zebras", image /artifacts/box1.png (image/png)')]],
    ['Is that positive?', ['text-classification(text=the new menu is fantastic, we loved every dish)'], [user('Transcribe feedback.wav'), assistant('Transcript: "the new menu is fantastic, we loved every dish"')]],
    ['can you make it louder?', ['audio-to-audio(audio=/artifacts/aa.wav)'], [user('Read this aloud: welcome home'), assistant('Spoken: /artifacts/aa.wav')]],
  ]);
  // An answer that only judges the text the user gave, or asks back, is no text to work on: "it" is the user's text.
  // An answer that only presents a file: "it" is the file.
  cases(t, [
    ['read it aloud please', ['text-to-speech(text=Grazie mille per il regalo)'], [user("which language is 'Grazie mille per il regalo'?"), assistant('Italian.')]],
    ['and what does it mean in English?', ['translation(text=Ik kom morgen terug, target_language=en)'], [user("What language is 'Ik kom morgen terug'?"), assistant("That's Dutch.")]],
    ['Summarize it', ['summarization(text=The bridge will close for repairs from May to July, and buses will replace the trams.)'],
      [user('My neighbour sent me this: "The bridge will close for repairs from May to July, and buses will replace the trams."'), assistant('Got it. What would you like me to do with it?')]],
    ['can you make it bigger?', ['image-to-image(image=/artifacts/ab12.png)'], [user('Paint a fox in the snow'), assistant('Done: /artifacts/ab12.png')]],
    ['and into Greek?', ['translation(text=Mind the gap, target_language=el)'], [user("Translate 'Mind the gap' into Dutch"), assistant('Let op het gat.')]],
    ['now the second one', ['depth-estimation(image=y.jpg)'], [user('I sent x.jpg and y.jpg. Estimate the depth of the first one.'), assistant('Depth map: /artifacts/d0.png')]],
  ]);
});

t.test('settings: labels, languages, questions', async (t) => {
  cases(t, [
    ["Classify 'The battery dies after an hour' as hardware, software or billing", ['zero-shot-classification(text=The battery dies after an hour, labels=hardware, software, billing)']],
    ['Is /examples/c.jpg a city, a farm or a beach? Pick one.', ['zero-shot-image-classification(image=/examples/c.jpg, labels=city, farm, beach)']],
    ["Labels: spam, not spam. Text: 'You won a free cruise, click here now!'", ['zero-shot-classification(text=You won a free cruise, click here now!, labels=spam, not spam)']],
    ["Translate from French to English: 'Je suis en retard'", ['translation(text=Je suis en retard, target_language=en, source_language=fr)']],
    ['target language: zh\ntext: Keep your ticket until the end.', ['translation(text=Keep your ticket until the end., target_language=zh)']],
    ["Is this customer happy or unhappy? 'The parcel arrived broken.'", ['text-classification(text=The parcel arrived broken.)']],
  ]);
});

t.test('no task for small talk, questions about the world, or actions no task performs', async (t) => {
  for (const request of ['good night!', 'thanks, that is all I needed', 'What is the capital of Australia?', 'Why is the sky blue?', 'Email photo.jpg to my brother', 'Delete recording.wav from the server', 'Convert meeting.wav to mp3', 'Can you order a pizza for me?']) {
    const draft = planRequest(request);
    t.same(draft.tasks, [], request);
    t.ok(draft.explanation, 'says why');
  }
  t.ok(planRequest('thank you so much!').confidence >= 0.8, 'small talk: sure there is nothing to do');
  t.match(planRequest('Who won the 2018 World Cup?').explanation, /question about the world/);
});

t.test('abstention: an empty plan naming the closest thing it can do', async (t) => {
  const missing = planRequest('describe the image please');
  t.same(missing.tasks, []);
  t.ok(missing.confidence < 0.35);
  t.match(missing.explanation, /image-to-text.*needs an image.*describe photo\.jpg/);
  const unknown = planRequest('Frobnicate the quarterly widgets');
  t.same(unknown.tasks, []);
  t.match(unknown.explanation, /closest things I can do/);
});

t.test('every plan carries a confidence in [0, 1]; typos and guesses lower it', async (t) => {
  const clear = planRequest('Transcribe meeting.wav');
  const typo = planRequest('pls transcibe meeting.wav');
  t.same(shape(typo.tasks), ['automatic-speech-recognition(audio=meeting.wav)'], 'a one-letter typo still matches');
  t.ok(clear.confidence > typo.confidence && typo.confidence > 0.35, `${clear.confidence} > ${typo.confidence}`);
  for (const request of ['Caption a.jpg', 'hello', 'In garden.jpg, how tall is the fence?', 'xyzzy']) {
    const { confidence } = planRequest(request);
    t.ok(confidence >= 0 && confidence <= 1, `${request}: ${confidence}`);
  }
});

t.test('Spanish, French, German and Portuguese', async (t) => {
  cases(t, [
    ['¿Cuántas personas hay en /examples/g.jpg?', ['object-detection(image=/examples/g.jpg)']],
    ['Describe la imagen /examples/a.jpg', ['image-to-text(image=/examples/a.jpg)']],
    ['Resume este texto: El ayuntamiento aprobó un nuevo plan de movilidad.', ['summarization(text=El ayuntamiento aprobó un nuevo plan de movilidad.)']],
    ['Combien de girafes y a-t-il sur /examples/f.jpg ?', ['object-detection(image=/examples/f.jpg)']],
    ['Lis ce texte à voix haute : Bonjour à tous et bienvenue.', ['text-to-speech(text=Bonjour à tous et bienvenue.)']],
    ['Traduis ce texte en espagnol : « Nous arrivons demain matin. »', ['translation(text=Nous arrivons demain matin., target_language=es)']],
    ['Übersetze ins Englische: Der Zug fährt um acht Uhr ab.', ['translation(text=Der Zug fährt um acht Uhr ab., target_language=en)']],
    ['Transkribiere interview.wav', ['automatic-speech-recognition(audio=interview.wav)']],
    ['Ist diese Bewertung positiv oder negativ? "Das Essen war kalt."', ['text-classification(text=Das Essen war kalt.)']],
    ['Quantas pessoas há em /examples/g.jpg?', ['object-detection(image=/examples/g.jpg)']],
    ['Leia em voz alta: Bom dia a todos.', ['text-to-speech(text=Bom dia a todos.)']],
    ['Transcreva a gravação reuniao.wav', ['automatic-speech-recognition(audio=reuniao.wav)']],
    // What a picture shows, and noise removed, in everyday words of each language.
    ["Qu'est-ce qu'on voit sur /examples/b.jpg ?", ['image-to-text(image=/examples/b.jpg)']],
    ['¿Qué aparece en /examples/d.jpg?', ['image-to-text(image=/examples/d.jpg)']],
    ['Was siehst du auf /examples/e.jpg?', ['image-to-text(image=/examples/e.jpg)']],
    ['Remova o ruído de fundo de podcast.wav', ['audio-to-audio(audio=podcast.wav)']],
    ['Elimina el ruido de la grabación clase.mp3', ['audio-to-audio(audio=clase.mp3)']],
    ['Supprime le bruit de fond de memo.wav', ['audio-to-audio(audio=memo.wav)']],
    ['Entferne bitte das Rauschen aus anruf.wav', ['audio-to-audio(audio=anruf.wav)']],
  ]);
  t.equal(planRequest('Transkribiere interview.wav').language, 'de');
  t.equal(planRequest('Transcribe interview.wav').language, 'en');
  t.notOk(planRequest('Transcribe interview.wav').languageCheck, 'English that reads well asks no language identifier');
  t.ok(planRequest('Quante zebre ci sono in /examples/c.jpg?').languageCheck, 'a language no lexicon reads is handed to the identifier');
});

t.test('bounded cost: phrases have bounded gaps, and a 100 KB request plans in one pass', async (t) => {
  for (const lexicon of lexicons().values()) {
    const depth = (node: import('../src/controllers/rules/lexicon/index.js').TrieNode, seen: number): number =>
      Math.max(seen, ...[...node.next.values(), ...node.prefixes.map(([, next]) => next), ...(node.lang ? [node.lang] : [])].map((next) => depth(next, seen + 1)), node.gap ? depth(node.gap, seen + 1) : 0);
    t.ok(depth(lexicon.trie, 0) <= 12, `${lexicon.code}: every phrase is at most 12 pieces, so each position of a request costs a bounded walk`);
  }
  const text = `Summarize this and translate the summary into French:\n\n${'The council met on Tuesday to discuss the new bike lanes and compare their costs. '.repeat(1300)}`.slice(0, 100_000);
  const started = performance.now();
  const draft = planRequest(text);
  t.same(shape(draft.tasks).map((task) => task.split('(')[0]), ['summarization', 'translation']);
  // A loose sanity bound only (the benchmark measures: npm run bench:plan); it cannot flake.
  t.ok(performance.now() - started < 5000, 'a 100 KB request plans in well under 5 s even on a loaded machine');
  const many = planRequest(`Caption ${Array.from({ length: 30 }, (_, i) => `p${i}.jpg`).join(', ')}`, [], { maxTasks: 20 });
  t.same(many.tasks, []);
  t.equal(many.tooLarge, 30, 'more tasks than MAX_TASKS: refused, with the count');
  // A long request is read on its first phrases when they already hold more steps than any plan: the same reading as of all of it.
  for (const unit of ['Caption /examples/a.jpg and translate it to French, then read it aloud. ', "Translate 'good morning' into German. ", 'Describe a.jpg. Then write a poem about the sea.\n']) {
    const request = unit.repeat(Math.ceil(100_000 / unit.length));
    const tokens = tokenize(request);
    const contents = findQuotes(request, tokens);
    const items = buildItems(tokens, contents, lexicon('en'));
    const context = { text: request, tokens, items, matches: matchPhrases(items, lexicon('en')), contents, lexicon: lexicon('en'), picture: false };
    t.ok(context.matches.length > 1600);
    t.same(readDraft(context), readPhrases(context), `${unit.slice(0, 30)}…: the same reading`);
    t.match(planRequest(request, [], { maxTasks: 20 }), { tooLarge: 200, atLeast: true, explanation: /^The request asks for at least 200 steps/ }, 'past 200 steps, the count is a lower bound');
  }
});

t.test('outputs named by the verb that made them; forms of a result; the tool to use', async (t) => {
  cases(t, [
    ["Read 'The bus leaves at noon.' aloud, transcribe the recording, and compare the similarity between the original text and the transcribed text.",
      ['text-to-speech(text=The bus leaves at noon.)', 'automatic-speech-recognition(audio=<GENERATED>-0) <- 0', 'sentence-similarity(text=The bus leaves at noon., other_text=<GENERATED>-1) <- 1']],
    ['Remove the hiss from lecture.wav and then classify the cleaned audio.', ['audio-to-audio(audio=lecture.wav)', 'audio-classification(audio=<GENERATED>-0) <- 0']],
    ['Please classify the chart in chart.png and give me the text output.', ['image-classification(image=chart.png)']],
    ['Caption pier.jpg, translate the caption into Dutch, and then turn the translated description into speech.',
      ['image-to-text(image=pier.jpg)', 'translation(text=<GENERATED>-0, target_language=nl) <- 0', 'text-to-speech(text=<GENERATED>-1) <- 1']],
    ["Based on the prompt 'a snowy owl at dusk', make a picture using Text-to-Image and a clip using Text-to-Video.",
      ['text-to-image(text=a snowy owl at dusk)', 'text-to-video(text=a snowy owl at dusk)']],
    ['Run speech recognition on memo.wav, then identify the named entities in the transcript.', ['automatic-speech-recognition(audio=memo.wav)', 'token-classification(text=<GENERATED>-0) <- 0']],
    ["Classify the mood of 'What a gorgeous morning!' and create an image that reflects the mood.", ['text-classification(text=What a gorgeous morning!)', 'text-to-image(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('files, questions and quotes keep their roles', async (t) => {
  cases(t, [
    ['Please tell me what is said in this recording: interview.mp3.', ['automatic-speech-recognition(audio=interview.mp3)']],
    ["I have a scan called form.png. My question is, 'Who signed it?'. I would like a conversational reply, please.",
      ['document-question-answering(image=form.png, question=Who signed it?)', 'conversational(text=<GENERATED>-0) <- 0']],
    ["Here is a voice memo 'idea.wav'. First, reduce the noise in it. Second, transcribe it.", ['audio-to-audio(audio=idea.wav)', 'automatic-speech-recognition(audio=<GENERATED>-0) <- 0']],
    ["Translate the following line to Italian: 'The shop opens at nine.' Then, convert the translated text into audio.",
      ['translation(text=The shop opens at nine., target_language=it)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ["Run visual question answering on kitchen.jpg with the question 'What is on the stove?'", ['visual-question-answering(image=kitchen.jpg, question=What is on the stove?)']],
    ['I want to know the depth of objects in hall.jpg and then detect the objects in the depth map.', ['depth-estimation(image=hall.jpg)', 'object-detection(image=<GENERATED>-0) <- 0']],
  ]);
});

t.test('everyday wordings: lexicon data, no code', async (t) => {
  cases(t, [
    // The alternatives of a bare question: the first is no longer than the others.
    ["Is this email a refund request, a complaint, or spam? 'Where is my money?'", ['zero-shot-classification(text=Where is my money?, labels=refund request, complaint, spam)']],
    ['Is garden.jpg photographed in summer or winter?', ['zero-shot-image-classification(image=garden.jpg, labels=summer, winter)']],
    // An alternative that is a clause of its own makes a question, not labels; "or is it …" only restates the subject.
    ['is the dog in c.jpg sleeping or is she waiting for food?', ['visual-question-answering(image=c.jpg, question=is the dog sleeping or is she waiting for food?)']],
    // Alternatives about what can be seen of a thing in the photo ("asleep") are a question to it (round 10), not labels of the whole photo.
    ['is the cat in c.jpg asleep or is it just resting?', ['visual-question-answering(image=c.jpg, question=is the cat asleep or is it just resting?)']],
    ['I can barely make out the scribbles on fridge_note.jpg', ['image-to-text(image=fridge_note.jpg)']],
    ['this screenshot.png is too blurry to share', ['image-to-image(image=screenshot.png)']],
    ["Show me what 'a castle made of ice' would look like", ['text-to-image(text=a castle made of ice)']],
    ['give me a 10 second video of rain on a window', ['text-to-video(text=rain on a window)']],
    ["Do 'We close at six' and 'Closing time is 6 pm' mean the same?", ['sentence-similarity(text=We close at six, other_text=Closing time is 6 pm)']],
    ['Kannst du mir vortrag.mp3 abtippen?', ['automatic-speech-recognition(audio=vortrag.mp3)']],
  ]);
  // What a speaker says is not a request to speak; a caption for a post and "another language" ask for nothing.
  cases(t, [
    ['I received a voice note (note_12.ogg). What is he saying, in Spanish?', ['automatic-speech-recognition(audio=note_12.ogg)', 'translation(text=<GENERATED>-0, target_language=es) <- 0']],
    ["Post beach.jpg on Facebook with the caption 'summer!'", []],
  ]);
});

t.test('a step after a sequence marker takes what the step before made', async (t) => {
  cases(t, [
    // A produced kind named after "then": the detection's marked-up picture, not the photo.
    ['Find the objects in yard.png. Next, describe the labeled image.', ['object-detection(image=yard.png)', 'image-to-text(image=<GENERATED>-0) <- 0']],
    // Text given after both steps is the first step's; the next one takes its new version, in any language.
    ["Put this into Italian then say it out loud: 'See you at the station'", ['translation(text=See you at the station, target_language=it)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['Übersetze das ins Spanische und lies es dann vor: „Gute Reise“', ['translation(text=Gute Reise, target_language=es)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['Traduis en anglais puis lis-le : « Bonne nuit »', ['translation(text=Bonne nuit, target_language=en)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('where a text goes: the target language, not the language it is in', async (t) => {
  cases(t, [
    // "<language> please" names the target; the language a recording is in is its source.
    ['can you tell me what the tour guide says in guide.m4a? Dutch is hard for me. English please', ['automatic-speech-recognition(audio=guide.m4a)', 'translation(text=<GENERATED>-0, target_language=en) <- 0']],
    ['There is a podcast in German at ep3.mp3, give me the gist in a few sentences in English',
      ['automatic-speech-recognition(audio=ep3.mp3)', 'summarization(text=<GENERATED>-0) <- 0', 'translation(text=<GENERATED>-1, target_language=en, source_language=de) <- 1']],
    // Language fields are one word each, then the text.
    ["src: it / tgt: fr -- 'Buona fortuna a tutti'", ['translation(text=Buona fortuna a tutti, target_language=fr, source_language=it)']],
  ]);
});

t.test('missing intents and field forms: names, counts compared, reported speech, "question ="', async (t) => {
  cases(t, [
    // A dash after an instruction that points at text opens it; "names in/from" asks for entities.
    ['list the names in this line - Maria flew to Lima with Pedro', ['token-classification(text=Maria flew to Lima with Pedro)']],
    // Which photo has more of something: count in each.
    ['which one has more people in it: p1.jpg or p2.jpg', ['object-detection(image=p1.jpg)', 'object-detection(image=p2.jpg)']],
    // What others say about a recording asks nothing to be spoken.
    ['is that a car alarm in street.wav? my neighbors say it goes off every night', ['audio-classification(audio=street.wav)']],
    ['docqa on bill.png, question = when is it due?', ['document-question-answering(image=bill.png, question=when is it due?)']],
    // Telling someone in their language is a translation, not a question.
    ["My grandma only speaks Greek. How can I tell her this: 'The doctor says you can go home tomorrow.'", ['translation(text=The doctor says you can go home tomorrow., target_language=el)']],
  ]);
});

t.test('"the original" in a chat is what the user gave, not an answer or a file it made', async (t) => {
  const summarized = [user('Summarize: The Alpine Rail Group met in Vienna and agreed that trains from Graz to Munich will run hourly from 2027, chair Peter Gruber said.'), assistant('Trains from Graz to Munich will run hourly from 2027.')];
  cases(t, [
    ['which people and places are in the original text? not your summary', ['token-classification(text=The Alpine Rail Group met in Vienna and agreed that trains from Graz to Munich will run hourly from 2027, chair Peter Gruber said.)'], summarized],
    ['now estimate the depth of the original picture', ['depth-estimation(image=/examples/q.png)'], [user('Upscale /examples/q.png'), assistant('Done: image /artifacts/1234abcd.png')]],
  ]);
});

t.test('a follow-up on several files replays a one-file request on each', async (t) => {
  cases(t, [
    ['and how about m.png and n.png?', ['image-segmentation(image=m.png)', 'image-segmentation(image=n.png)'], [user('Segment k.png'), assistant('Here is the mask: /artifacts/0a1b2c3d.png')]],
    ['same for y.jpg and z.png', ['image-to-text(image=y.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0', 'image-to-text(image=z.png)', 'text-to-speech(text=<GENERATED>-2) <- 2'],
      [user('Caption x.jpg and read it aloud'), assistant('A dog on a beach. Spoken: /artifacts/aa11bb22.wav')]],
  ]);
});

t.test('an ordinal after a numbered answer names its item for a step on text, a file for a step on pictures', async (t) => {
  const listed = [user('Describe /examples/a.jpg and /examples/b.jpg'), assistant('1. A cat asleep on a sofa.\n2. A dog running in the park.')];
  cases(t, [
    ['say the first one out loud', ['text-to-speech(text=A cat asleep on a sofa.)'], listed],
    ['translate the second one into Dutch', ['translation(text=A dog running in the park., target_language=nl)'], listed],
    ['segment the second one', ['image-segmentation(image=/examples/b.jpg)'], listed],
  ]);
});

t.test('labels after a label marker and a colon', async (t) => {
  cases(t, [
    ["Sort this review into one of these categories: shipping, quality, price. 'The box arrived crushed and two days late.'",
      ['zero-shot-classification(text=The box arrived crushed and two days late., labels=shipping, quality, price)']],
  ]);
});

t.test('pasted text: a chat log is text to work on; a label for it is not the text to translate', async (t) => {
  const letter = 'Liebe Anna, vielen Dank für die Einladung zum Geburtstag. Ich komme gerne am Samstag und bringe einen Kuchen mit.';
  cases(t, [
    ["translate this chat log into Spanish:\nTom: running late, start without me\nEva: ok, we'll save you a seat", ["translation(text=Tom: running late, start without me\nEva: ok, we'll save you a seat, target_language=es)"]],
    [`${letter}\n\nwhich language is this, and what does it say? english please`, [`text-classification(text=${letter})`, `translation(text=${letter}, target_language=en)`]],
  ]);
});

t.test('two labelled versions pasted below a question are the two texts to compare', async (t) => {
  cases(t, [
    ['Are these saying the same thing? I drafted one and my boss rewrote it.\n\nVersion A: The museum will stay closed on Mondays.\n\nVersion B: The museum is closed every Monday.',
      ['sentence-similarity(text=The museum will stay closed on Mondays., other_text=The museum is closed every Monday.)']],
  ]);
});

t.test('"now the second one, and … it": it is the file picked', async (t) => {
  const chat = [user('Two voice notes for you: memo_a.ogg and memo_b.ogg'), assistant('Got them. What should I do?'), user('transcribe the first one'), assistant('Transcript: "Buy milk, call the plumber, book the train."')];
  cases(t, [['ok now the second one and translate it into French', ['automatic-speech-recognition(audio=memo_b.ogg)', 'translation(text=<GENERATED>-0, target_language=fr) <- 0'], chat]]);
});

t.test('a bare question after a transcript that speaks of it is a question on that answer; a question about the world is not', async (t) => {
  const chat = [user('transcribe call.wav'), assistant('Transcript: "Hello, this is Dr. Patel\'s office, your appointment is moved to Friday at noon."')];
  cases(t, [
    ['when is the appointment now?', ["question-answering(question=when is the appointment now?, context=Hello, this is Dr. Patel's office, your appointment is moved to Friday at noon.)"], chat],
    ['what is the capital of France?', [], chat],
  ]);
});

const here = dirname(fileURLToPath(import.meta.url));
const devSets = ['huggingface', 'multimedia'].map((domain) => resolve(here, `../bench/data/taskbench/${domain}/dev.jsonl`));

t.test('every plan on the TaskBench dev sets is a valid task graph', { skip: !devSets.every((file) => existsSync(file)) && 'dev sets not present' }, async (t) => {
  let planned = 0;
  for (const file of devSets) {
    for (const line of readFileSync(file, 'utf8').split('\n').filter((text) => text.trim())) {
      const { request } = JSON.parse(line) as { request: string };
      const draft = planRequest(request);
      const check = validatePlan(draft.tasks);
      if (!check.ok) t.fail(`${request}\n${check.problems.map((problem) => problem.message).join('\n')}`);
      if (draft.tasks.some((task, index) => task.id !== index || task.dep.some((k) => k >= task.id))) t.fail(`ids 0..n-1, dependencies on earlier tasks: ${request}`);
      if (draft.tasks.length === 0) t.ok(draft.explanation, 'an empty plan says why');
      planned += draft.tasks.length;
    }
  }
  t.ok(planned > 700, `planned ${planned} tasks`);
});

t.test('files and links are single tokens, without their final punctuation, of the kind their extension says', async (t) => {
  const resources = (text: string) => tokenize(text).filter((token) => token.type === 'resource').map((token) => [token.norm, token.kind ?? null]);
  t.same(resources('Caption a.jpg, then B.PNG. Play https://x.org/s.wav?dl=1#t=3! and https://x.org/page; /artifacts/1f.mp3... see data:audio/wav;base64,AAAA and notes.txt?! or .hidden.jpg'), [
    ['a.jpg', 'image'], ['B.PNG', 'image'], ['https://x.org/s.wav?dl=1#t=3', 'audio'], ['https://x.org/page', null], ['/artifacts/1f.mp3', 'audio'], ['data:audio/wav;base64,AAAA', 'audio'], ['notes.txt', 'text'],
  ]);
});
