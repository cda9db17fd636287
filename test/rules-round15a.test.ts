// The rule-based planner on the phenomena behind fresh14's misses (round 15a: goals and problems that imply a task), in wordings written
// for these tests (none copied from a data set).
import t from 'tap';
import { assistant, cases, user } from './rules-cases.js';

t.test("a transcript wanted 'in writing', in four languages", async (t) => {
  cases(t, [
    ["gravei a reunião de ontem (reuniao.m4a), quero ela por escrito", ["automatic-speech-recognition(audio=reuniao.m4a)"]],
    ["grabé la clase en el móvil (clase.mp3) y la necesito por escrito para estudiar", ["automatic-speech-recognition(audio=clase.mp3)"]],
    ["j'ai enregistré le cours (cours.m4a), je le voudrais par écrit pour réviser", ["automatic-speech-recognition(audio=cours.m4a)"]],
    ["ich habe den Vortrag aufgenommen (vortrag.wav) und brauche ihn schriftlich zum Lernen", ["automatic-speech-recognition(audio=vortrag.wav)"]],
  ]);
});

t.test("'the short of it' and a text too long for where it goes ask for a summary, once", async (t) => {
  cases(t, [
    ["give me the short of it: The library will close early on Friday because the heating is being replaced. Books due that day can be returned on Monday without a fine. The reading room reopens on Tuesday.", ["summarization(text=The library will close early on Friday because the heating is being replaced. Books due that day can be returned on Monday without a fine. The reading room reopens on Tuesday.)"]],
    ["way too long for a text message, can you trim it? The library will close early on Friday because the heating is being replaced. Books due that day can be returned on Monday without a fine. The reading room reopens on Tuesday.", ["summarization(text=The library will close early on Friday because the heating is being replaced. Books due that day can be returned on Monday without a fine. The reading room reopens on Tuesday.)"]],
  ]);
});

t.test("a picture too small to print is an upscale", async (t) => {
  cases(t, [
    ["my selfie.jpg is only 200 pixels across and I'd like to print it on a poster", ["image-to-image(image=selfie.jpg)"]],
    ["family.png is tiny, I want to print it on A3 for grandma", ["image-to-image(image=family.png)"]],
    ["logo.png is 120 px wide, I need it big enough to print on a banner", ["image-to-image(image=logo.png)"]],
  ]);
});

t.test("a sound the user needs to know is the recording's sound", async (t) => {
  cases(t, [
    // "I need to know if …" before another step's phrase in its clause is that step.
    ["I want to know if the caller in vm.wav sounds angry", ["audio-classification(audio=vm.wav)"]],
    ["I need to know whether these two say the same thing: 'The shop is closed on Sundays.' and 'On Sundays the shop does not open.'", ["sentence-similarity(text=The shop is closed on Sundays., other_text=On Sundays the shop does not open.)"]],
    ["there's a bird singing outside my window every morning and I need to know what it is. recorded it: bird.wav", ["audio-classification(audio=bird.wav)"]],
    ["something squeaks in the attic every night and I need to know what it is: attic.m4a", ["audio-classification(audio=attic.m4a)"]],
  ]);
});

t.test("which team, desk or queue a ticket goes to picks among labels", async (t) => {
  cases(t, [
    ["which desk should this go to - sales, support or legal? \"Hi, my invoice shows two charges for March and I need one refunded.\"", ["zero-shot-classification(text=Hi, my invoice shows two charges for March and I need one refunded., labels=sales, support, legal)"]],
    ["which queue does this ticket belong to, hardware, software or billing? \"My laptop screen flickers every time I open the lid.\"", ["zero-shot-classification(text=My laptop screen flickers every time I open the lid., labels=hardware, software, billing)"]],
  ]);
});

t.test("who wrote a text names its source; a family or team chat is no chat to have", async (t) => {
  cases(t, [
    ["my German friend posted this in the family chat and I need it in English: \"Wir sehen uns am Sonntag um acht Uhr am Bahnhof.\"", ["translation(text=Wir sehen uns am Sonntag um acht Uhr am Bahnhof., target_language=en, source_language=de)"]],
    ["our Spanish landlord sent this, English please: 'El agua estará cortada el lunes por la mañana.'", ["translation(text=El agua estará cortada el lunes por la mañana., target_language=en, source_language=es)"]],
    ["my Spanish friend can't read English, translate this: 'The party starts at nine.'", ["translation(text=The party starts at nine., target_language=es, source_language=en)"]],
  ]);
});

t.test("a photo too dark to see anything is no blind reader; fixes the user makes are no edit", async (t) => {
  cases(t, [
    ["so dark you can't see a thing in cellar.jpg, brighten it up", ["image-to-image(image=cellar.jpg, text=brighten it up)"]],
    ["I can't see anything in night.png, it's way too dark, fix it", ["image-to-image(image=night.png)"]],
    ["I'm making last-minute fixes to my slides, can you describe chart.png?", ["image-to-text(image=chart.png)"]],
  ]);
});

t.test("whether someone is nice, sarcastic or secretly hates it is sentiment; an alternative that is a clause of its own is no label", async (t) => {
  cases(t, [
    ["my brother wrote this about the game I lent him, is he being sarcastic or does he actually like it? \"Wow, a whole weekend gone. Thanks a lot for ruining my sleep schedule, best game ever.\"", ["text-classification(text=Wow, a whole weekend gone. Thanks a lot for ruining my sleep schedule, best game ever.)"]],
    ["is he annoyed or am I reading into it? \"Fine. Do whatever you want.\"", ["text-classification(text=Fine. Do whatever you want.)"]],
    ["does this sound rude or is it just me? \"Per my last message, please send the files today.\"", ["text-classification(text=Per my last message, please send the files today.)"]],
    ["is the tone formal or informal? \"Hey folks, see you at the standup.\"", ["zero-shot-classification(text=Hey folks, see you at the standup., labels=formal, informal)"]],
  ]);
});

t.test("a recording wanted in writing in another language is transcribed, then translated", async (t) => {
  cases(t, [
    ["the podcast ep3.mp3 is in German and my parents want to have it written down in Turkish", ["automatic-speech-recognition(audio=ep3.mp3)", "translation(text=<GENERATED>-0, target_language=tr, source_language=de) <- 0"]],
    ["I'd like to have talk.wav typed out in Spanish", ["automatic-speech-recognition(audio=talk.wav)", "translation(text=<GENERATED>-0, target_language=es) <- 0"]],
  ]);
});

t.test("the listener's situation asks for speech only when nothing else asks it", async (t) => {
  cases(t, [
    ["I'm behind the wheel, so summarize this and read the summary out to me: The council will close Station Road on Wednesday from 8 am to 4 pm while crews replace a water main. Buses 4 and 12 will be diverted via Park Avenue.", ["summarization(text=The council will close Station Road on Wednesday from 8 am to 4 pm while crews replace a water main. Buses 4 and 12 will be diverted via Park Avenue.)", "text-to-speech(text=<GENERATED>-0) <- 0"]],
    ["my grandma is visually impaired, describe a.jpg and read the description to her", ["image-to-text(image=a.jpg)", "text-to-speech(text=<GENERATED>-0) <- 0"]],
    ["I'm driving, read this to me: The meeting moved to Friday at ten.", ["text-to-speech(text=The meeting moved to Friday at ten.)"]],
  ]);
});

t.test("what a result is for names no thing to work on", async (t) => {
  cases(t, [
    ["How many people are on the scooter in e.jpg? For the sports page, take g.jpg and make it look like a comic book drawing", ["object-detection(image=e.jpg)", "image-to-image(image=g.jpg, text=make it look like a comic book drawing)"]],
    ["what is the total for the invoice? inv.jpg", ["document-question-answering(image=inv.jpg, question=what is the total for the invoice?)"]],
  ]);
});

t.test("'separately' works on what the step before worked on", async (t) => {
  cases(t, [
    ["transcribe memo.m4a, translate it into French, and separately give me a summary", ["automatic-speech-recognition(audio=memo.m4a)", "translation(text=<GENERATED>-0, target_language=fr) <- 0", "summarization(text=<GENERATED>-0) <- 0"]],
    ["blow a.jpg up, and separately classify it", ["image-to-image(image=a.jpg)", "image-classification(image=a.jpg)"]],
  ]);
});

t.test("a file 'all in Greek' names the source", async (t) => {
  cases(t, [
    ["found this label on a jar, jar.jpg, all in Greek. what does it say in English?", ["image-to-text(image=jar.jpg)", "translation(text=<GENERATED>-0, target_language=en, source_language=el) <- 0"]],
    ["put it all in German: the shop opens at nine", ["translation(text=the shop opens at nine, target_language=de)"]],
  ]);
});

t.test("what a text says, asked in another language than the text's, is its translation into the request's language", async (t) => {
  cases(t, [
    ["Mein Vater hat diese Mail bekommen: \"The meeting has been moved to Thursday morning.\" Was heißt das?", ["translation(text=The meeting has been moved to Thursday morning., target_language=de)"]],
    ["Mi abuela recibió este mensaje y no entiende nada: \"Your appointment is confirmed for Monday.\" ¿Puedes decirle qué pone?", ["translation(text=Your appointment is confirmed for Monday., target_language=es)"]],
    ["Ma grand-mère a reçu ce texto : \"Your parcel will arrive tomorrow.\" Tu peux lui dire ce que ça dit ?", ["translation(text=Your parcel will arrive tomorrow., target_language=fr)"]],
    ["Minha avó recebeu esta mensagem: \"Your order has shipped and will arrive Friday.\" Pode me dizer o que isso diz?", ["translation(text=Your order has shipped and will arrive Friday., target_language=pt)"]],
    ["¿Qué dice este texto? \"Hola a todos, la reunión es mañana.\"", []],
  ]);
});

t.test("a goal the user reaches themselves before 'can you \u2026' is no step", async (t) => {
  cases(t, [
    ["I want to put my dog from dog.jpg on a beach background, could you cut him out first?", ["image-segmentation(image=dog.jpg)"]],
    ["I'd like to make a collage with b.png, can you remove the background?", ["image-to-image(image=b.png, text=remove the background)"]],
    ["I want to know what's in a.jpg, can you also translate this: Bonjour à tous", ["image-to-text(image=a.jpg)", "translation(text=Bonjour à tous, target_language=en)"]],
    ["caption a.jpg, can you also translate the caption into German?", ["image-to-text(image=a.jpg)", "translation(text=<GENERATED>-0, target_language=de) <- 0"]],
  ]);
});

t.test("something wanted 'like a picture of \u2026' asks for that picture", async (t) => {
  cases(t, [
    ["we want something for the kids' room, like a drawing of a fox sleeping under the moon", ["text-to-image(text=a fox sleeping under the moon)"]],
    ["I'm looking for something for my sister's birthday card, like a picture of a cat eating cake", ["text-to-image(text=a cat eating cake)"]],
  ]);
});

t.test("problems told in small talk plan nothing", async (t) => {
  cases(t, [
    ["my pronunciation is terrible, any tips for learning German?", []],
    ["my photos always come out too dark at night, why is that?", []],
    ["I never have time to listen to podcasts anymore", []],
    ["is it rude to text someone late at night?", []],
    ["my dad is blind and loves audiobooks, what a world we live in", []],
  ]);
});

t.test('in a chat: the text the user asked about, by its noun; an ordinal answer in another language; a transcript too long for a text', async (t) => {
  cases(t, [
    ['ok, put the note into French for my coworker', ['translation(text=Clean the fridge or your food goes in the bin., target_language=fr)'], [user('is this note too harsh? "Clean the fridge or your food goes in the bin."'), assistant('It reads as negative (score 0.77), so it may come across as harsh.')]],
    ['could I have the first one in Spanish?', ['translation(text=A red bicycle leaning on a wall., target_language=es)'], [user('caption a.jpg'), assistant('A red bicycle leaning on a wall.'), user('and b.jpg?'), assistant('Two cats asleep on a sofa.')]],
    ['way too long for a text, can you squeeze it down?', ['summarization(text=Hi, it is Dana from the garage. Your car is ready, the brakes were replaced and the bill is 240 euros. We close at six today and open at eight tomorrow.)'], [user('transcribe memo.m4a'), assistant('Here is the transcript: "Hi, it is Dana from the garage. Your car is ready, the brakes were replaced and the bill is 240 euros. We close at six today and open at eight tomorrow."')]],
  ]);
});
