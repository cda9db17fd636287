// The rule-based planner on photos, recordings, chains of steps and chat follow-ups (round 12m, from
// probe-chains.jsonl's and fresh8's phenomena), in wordings written for these tests (none copied from a probe or dev set).
import t from 'tap';
import { assistant, cases, user } from './rules-cases.js';

t.test('a language before or after a text product makes it in that language: caption, then translation', async (t) => {
  const inLanguage = (image: string, lang: string) => [`image-to-text(image=${image})`, `translation(text=<GENERATED>-0, target_language=${lang}) <- 0`];
  cases(t, [
    ['a French caption for harbour.jpg please', inLanguage('harbour.jpg', 'fr')],
    ['Could I get a Portuguese description of market.png?', inLanguage('market.png', 'pt')],
    ['write alt text in Italian for banner.jpg', inLanguage('banner.jpg', 'it')],
    ['korean alt text for stall.jpg', inLanguage('stall.jpg', 'ko')],
    // A language name opening the request is read without failing.
    ['Deutsch ist schwer', []],
  ]);
});

t.test('a text written first, then turned into a picture, is drawn from what was written', async (t) => {
  cases(t, [
    ['Compose a limerick about a goose and then turn what you wrote into a drawing', ['text-generation(text=a limerick about a goose)', 'text-to-image(text=<GENERATED>-0) <- 0']],
    ['draft a slogan for a bike shop, then turn it into a poster', ['text-generation(text=slogan for a bike shop)', 'text-to-image(text=<GENERATED>-0) <- 0']],
    // A picture at hand is edited.
    ['turn kids.jpg into a poster', ['image-to-image(image=kids.jpg, text=a poster)']],
    ['create a picture of a dragon, then turn it into a pencil sketch', ['text-to-image(text=a dragon)', 'image-to-image(image=<GENERATED>-0, text=turn it into a pencil sketch) <- 0']],
  ]);
});

t.test('"does it look more like X or Y?" after a picture is made labels it, in every language', async (t) => {
  const labelled = (text: string, labels: string) => [`text-to-image(text=${text})`, `zero-shot-image-classification(image=<GENERATED>-0, labels=${labels}) <- 0`];
  cases(t, [
    ['Generate a picture of a mountain hut, then tell me whether it looks more like a painting or a photograph', labelled('a mountain hut', 'painting, photograph')],
    ['is shot.jpg a painting or a photo?', ['zero-shot-image-classification(image=shot.jpg, labels=painting, photo)']],
    ['does poster.png look like a cartoon or a photo?', ['zero-shot-image-classification(image=poster.png, labels=cartoon, photo)']],
    ['Crea una imagen de un faro y dime si parece una foto o un cuadro', labelled('un faro', 'foto, cuadro')],
    ['Crie uma imagem de um barco e depois diz-me se parece mais uma pintura ou uma fotografia', labelled('um barco', 'pintura, fotografia')],
  ]);
  t.same((await import('./rules-cases.js')).plan('Crée une image d\'un phare, puis dis-moi si elle ressemble plutôt à un tableau ou à une photo').map((task) => task.split('(')[0]), ['text-to-image', 'zero-shot-image-classification']);
  t.same((await import('./rules-cases.js')).plan('Erstelle ein Bild von einem Leuchtturm und sag mir, ob es eher wie ein Gemälde oder ein Foto aussieht').map((task) => task.split('(')[0]), ['text-to-image', 'zero-shot-image-classification']);
});

t.test('a recording cleaned, transcribed, then mined for names keeps all three steps, in every language', async (t) => {
  const chain = (audio: string) => [`audio-to-audio(audio=${audio})`, 'automatic-speech-recognition(audio=<GENERATED>-0) <- 0', 'token-classification(text=<GENERATED>-1) <- 1'];
  cases(t, [
    ['tidy up harbour_call.m4a, write out what was said and list the city or company names in it', chain('harbour_call.m4a')],
    ['kiosk.wav is full of static. Fix it, transcribe it and give me the street and town names', chain('kiosk.wav')],
    ['Quita el ruido de llamada.ogg, transcríbela y dime qué ciudades se nombran', chain('llamada.ogg')],
    ['Enlève le bruit de appel.wav, transcris-le et dis-moi quelles villes sont citées', chain('appel.wav')],
    ['Entferne das Rauschen aus anruf.mp3, transkribiere es und sag mir, welche Städte erwähnt werden', chain('anruf.mp3')],
    ['Tira o ruído de chamada.wav, transcreve e diz-me que cidades são mencionadas', chain('chamada.wav')],
  ]);
});

t.test('"a read on" the mood is a judgement, not reading aloud, and judges the whole, not its summary', async (t) => {
  cases(t, [
    ['transcribe standup_0412.wav, summarize it and give me a quick read on the mood', ['automatic-speech-recognition(audio=standup_0412.wav)', 'summarization(text=<GENERATED>-0) <- 0', 'text-classification(text=<GENERATED>-0) <- 0']],
    ["What's your gut read on this, positive or negative? 'The hotel was fine but breakfast was cold twice.'", ['text-classification(text=The hotel was fine but breakfast was cold twice.)']],
    ["Here is a note from my landlord: 'We will repaint the hall next week.' What's the tone of it, positive or negative?", ['text-classification(text=We will repaint the hall next week.)']],
    ['Transcribe reunion.mp3 y dame una lectura del tono', ['automatic-speech-recognition(audio=reunion.mp3)', 'text-classification(text=<GENERATED>-0) <- 0']],
    ['Transcreve reuniao.mp3 e dá-me uma leitura do clima da conversa', ['automatic-speech-recognition(audio=reuniao.mp3)', 'text-classification(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('guesses at what makes a sound ("a fox or a cat or what?") and what "can be heard" classify the audio', async (t) => {
  cases(t, [
    ['the dog went crazy at midnight. a hedgehog or a rat or what in porch.wav?', ['audio-classification(audio=porch.wav)']],
    ['What is the noise you can hear in attic.mp3?', ['audio-classification(audio=attic.mp3)']],
    ['what can be heard in cellar.ogg?', ['audio-classification(audio=cellar.ogg)']],
    ['¿Es un búho o un gato o qué en granero.wav?', ['audio-classification(audio=granero.wav)']],
    ['Ist das ein Marder oder ein Igel oder was in dachboden.wav?', ['audio-classification(audio=dachboden.wav)']],
    ['Welches Geräusch ist in garage.wav zu hören?', ['audio-classification(audio=garage.wav)']],
    ["Qu'est-ce qu'on entend dans grenier.wav ?", ['audio-classification(audio=grenier.wav)']],
    ['É uma coruja ou um morcego ou o quê em celeiro.wav?', ['audio-classification(audio=celeiro.wav)']],
  ]);
});

t.test('a variation asked after a photo was described or a picture made edits that picture, in every language', async (t) => {
  const described = (image: string, caption: string) => [user(`Describe ${image}`), assistant(caption)];
  const edit = (image: string, text: string) => [`image-to-image(image=${image}, text=${text})`];
  const made = [user('Draw a fishing village on a cliff'), assistant('Here it is: /artifacts/0c9d8e7f.png')];
  cases(t, [
    ['the same picture but in heavy fog', edit('/examples/f.jpg', 'the same picture but in heavy fog'), described('/examples/f.jpg', 'Giraffes and zebras on a savanna.')],
    ['how about at dusk?', ['image-to-image(image=/examples/g.jpg)'], described('/examples/g.jpg', 'Football players on a pitch.')],
    ['cool, now as an oil painting', edit('/examples/a.jpg', 'now as an oil painting'), described('/examples/a.jpg', 'A cat on a windowsill.')],
    ['and how about in winter?', ['image-to-image(image=/artifacts/0c9d8e7f.png)'], made],
    ['La misma foto pero de noche', edit('/examples/b.jpg', 'La misma foto pero de noche'), described('/examples/b.jpg', 'Una cebra en la hierba.')],
    ['Et en hiver ?', ['image-to-image(image=/examples/c.jpg)'], described('/examples/c.jpg', 'Des zèbres dans la savane.')],
    ['Das gleiche Bild, aber bei Nacht', edit('/examples/e.jpg', 'Das gleiche Bild'), described('/examples/e.jpg', 'Ein Junge auf einem Roller.')],
    ['A mesma foto, mas à noite', edit('/examples/d.jpg', 'A mesma foto, mas à noite'), described('/examples/d.jpg', 'Um jogador de basquete.')],
  ]);
});

t.test('what a result is for ("for my parallax animation", "for a video edit") asks for nothing more', async (t) => {
  const made = [user('Paint a castle on a hill'), assistant('Here you go: /artifacts/5b6c7d8e.png')];
  cases(t, [
    ['perfect, now a depth map of it for my 3D slideshow', ['depth-estimation(image=/artifacts/5b6c7d8e.png)'], made],
    ['segment it please, I need the castle cut out for a video intro', ['image-segmentation(image=/artifacts/5b6c7d8e.png)'], made],
  ]);
});

t.test('a photo restyled after a painter or into a kind of picture is an edit, in every language; drawn new it stays a drawing', async (t) => {
  cases(t, [
    ['Quiero ver /examples/c.jpg como una acuarela', ['image-to-image(image=/examples/c.jpg)']],
    ['Convierte /examples/f.jpg en un cómic al estilo de Hergé', ['image-to-image(image=/examples/f.jpg, text=Convierte en un cómic al estilo de Hergé)']],
    ['Refais /examples/b.jpg dans le style de Cézanne', ['image-to-image(image=/examples/b.jpg, text=dans le style de Cézanne)']],
    ['Verwandle /examples/e.jpg in ein Aquarell', ['image-to-image(image=/examples/e.jpg, text=Verwandle in ein Aquarell)']],
    ['Bitte /examples/g.jpg im Stil von Kandinsky', ['image-to-image(image=/examples/g.jpg, text=im Stil von Kandinsky)']],
    ['Deixa /examples/a.jpg numa aquarela no estilo da Tarsila', ['image-to-image(image=/examples/a.jpg, text=numa aquarela no estilo da Tarsila)']],
    ['Zeichne einen Hafen im Stil von Turner', ['text-to-image(text=einen Hafen im Stil von Turner)']],
  ]);
});

t.test('"just the important bits" of a text given earlier is its summary, translated when a language is wanted', async (t) => {
  const memo = [user('here is the notice: "The library will close for two weeks in August while the roof is repaired. Returns can be left in the box by the side door, and the online catalogue stays open."'), assistant('Got it. What should I do with it?')];
  const text = 'The library will close for two weeks in August while the roof is repaired. Returns can be left in the box by the side door, and the online catalogue stays open.';
  cases(t, [
    ['my dad reads only Portuguese and wants the key bits', [`summarization(text=${text})`, 'translation(text=<GENERATED>-0, target_language=pt) <- 0'], memo],
    ['just the essentials please', [`summarization(text=${text})`], memo],
  ]);
});

t.test('a text written in any language, then drawn or read aloud, is generated first', async (t) => {
  const drawn = (text: string) => [`text-generation(text=${text})`, 'text-to-image(text=<GENERATED>-0) <- 0'];
  const spoken = (text: string) => [`text-generation(text=${text})`, 'text-to-speech(text=<GENERATED>-0) <- 0'];
  cases(t, [
    ['come up with a jingle for a lemonade stand and make a poster of it', drawn('a jingle for a lemonade stand')],
    ['Escribe una historia corta sobre un faro y después haz un dibujo de lo que escribiste', drawn('una historia corta sobre un faro')],
    ['Écris un poème sur la mer puis lis-le à voix haute', spoken('un poème sur la mer')],
    ['Schreib ein Gedicht über den Herbst und lies es dann laut vor', spoken('ein Gedicht über den Herbst')],
    ['Escreve uma história sobre um gato e depois faz uma ilustração do que escreveste', drawn('uma história sobre um gato')],
  ]);
});

t.test('"generate a …" with nothing given and nothing else asked draws it, in every language', async (t) => {
  cases(t, [
    ['generate a hedgehog knitting a scarf by the fire', ['text-to-image(text=a hedgehog knitting a scarf by the fire)']],
    ['Genera un dragón durmiendo sobre una montaña de libros', ['text-to-image(text=un dragón durmiendo sobre una montaña de libros)']],
    ['Génère un chat astronaute sur la lune', ['text-to-image(text=un chat astronaute sur la lune)']],
    ['Gera um farol no meio de uma tempestade', ['text-to-image(text=um farol no meio de uma tempestade)']],
    // A product or a step named after it is what is generated.
    ['generate a summary of this: The gym will close early on Friday for maintenance.', ['summarization(text=The gym will close early on Friday for maintenance.)']],
    ['generate a caption for bay.jpg', ['image-to-text(image=bay.jpg)']],
  ]);
});

t.test('two versions of a photo, each said after the count, are one edit each', async (t) => {
  cases(t, [
    ['Make two versions of pier.jpg, one as a comic and one as a charcoal drawing', ['image-to-image(image=pier.jpg, text=one as a comic)', 'image-to-image(image=pier.jpg, text=one as a charcoal drawing)']],
    ['Haz dos versiones de muelle.jpg, una como acuarela y otra como cómic', ['image-to-image(image=muelle.jpg, text=una como acuarela)', 'image-to-image(image=muelle.jpg, text=otra como cómic)']],
  ]);
});

t.test('a picture product named by its use (a collage, a poster, a banner) is drawn, in every language', async (t) => {
  cases(t, [
    ['want something for the cover of my cookbook, like a collage of lemons and herbs', ['text-to-image(text=a collage of lemons and herbs)']],
    ['Haz un cartel de una feria de libros', ['text-to-image(text=una feria de libros)']],
    ['Faz um cartaz de uma feira do livro', ['text-to-image(text=uma feira do livro)']],
  ]);
});

t.test('a purpose ends before "and"; subtitles are a transcript', async (t) => {
  cases(t, [
    ['come up with a motto for our choir and read it out loud', ['text-generation(text=a motto for our choir)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
    ['give me Korean subtitles for keynote.mp4', ['automatic-speech-recognition(audio=keynote.mp4)', 'translation(text=<GENERATED>-0, target_language=ko) <- 0']],
  ]);
});
