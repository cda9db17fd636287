// The rule-based planner on texts the user gives and what is asked of them (round 12t, from the
// phenomena of probe-asks.jsonl and fresh8's tune part), in wordings written for these tests (none
// copied from a probe or dev set).
import t from 'tap';
import { assistant, cases, plan, user } from './rules-cases.js';

t.test('kinds of name listed in everyday words ask for the named entities, in any language', async (t) => {
  cases(t, [
    ["Could you list each person, brand and country in this message? 'Marco from Nordlys AS will fly to Norway on Friday to meet Aiko, and please summarize the contract for him.'",
      ['token-classification(text=Marco from Nordlys AS will fly to Norway on Friday to meet Aiko, and please summarize the contract for him.)']],
    ['names or organisations in here pls:\n\nPriya: can someone translate the Oslo brief?\nJonas: Lena at Brightwave will do it tomorrow.',
      ['token-classification(text=Priya: can someone translate the Oslo brief?\nJonas: Lena at Brightwave will do it tomorrow.)']],
    ["who and where is mentioned here? 'Ines will take the train from Porto to Madrid with Tomás.'", ['token-classification(text=Ines will take the train from Porto to Madrid with Tomás.)']],
    ['Extrae las personas, marcas y países de este texto: «Marta, de Grupo Sol, viaja a Chile el lunes para traducir el contrato.»', ['token-classification(text=Marta, de Grupo Sol, viaja a Chile el lunes para traducir el contrato.)']],
    ['Quelles personnes et entreprises sont citées ? « Paul Martin, de Renault, rencontre Léa à Lyon demain. »', ['token-classification(text=Paul Martin, de Renault, rencontre Léa à Lyon demain.)']],
    ['Nenne alle Personen und Städte: »Jonas trifft Frau Keller morgen in Basel.«', ['token-classification(text=Jonas trifft Frau Keller morgen in Basel.)']],
  ]);
  // Two kinds of place asked of a photo are a question about what it shows.
  t.same(plan('which city and country is shown in c.jpg?'), ['visual-question-answering(image=c.jpg, question=which city and country is shown?)']);
});

t.test('two versions of a text, labelled by what they are, with the ask after them', async (t) => {
  const [a, b] = ['The library is open every day from nine to five.', 'You can visit the library daily between 9 am and 5 pm.'];
  cases(t, [
    [`Draft A:\n${a}\n\nDraft B:\n${b}\n\ndo these keep the same sense?`, [`sentence-similarity(text=${a}, other_text=${b})`]],
    [`Original text:\n${a}\n\nRevised text:\n${b}\n\nhow close in meaning?`, [`sentence-similarity(text=${a}, other_text=${b})`]],
    // What someone else did to the text is told, not asked ("reworded"); "New wording:" labels, it asks for no new text.
    [`The consultant reworded our library notice. Old wording:\n${a}\n\nNew wording:\n${b}\n\ndid it keep the meaning?`, [`sentence-similarity(text=${a}, other_text=${b})`]],
    ['Alte Fassung: Der Kurs beginnt um acht Uhr.\nNeue Fassung: Um acht Uhr fängt der Kurs an.\nSagen beide dasselbe?', ['sentence-similarity(text=Der Kurs beginnt um acht Uhr., other_text=Um acht Uhr fängt der Kurs an.)']],
    // One text against the options after a colon: each option compared with it.
    ["which is closer to 'the shop is shut': 'the store is closed' or 'the shop is busy'?", ['sentence-similarity(text=the shop is shut, other_text=the store is closed)', 'sentence-similarity(text=the shop is shut, other_text=the shop is busy)']],
  ]);
});

t.test('categories given before the text, whatever the words around them', async (t) => {
  cases(t, [
    ['Use these labels for the message: shipping / refund / other.\nMessage: "My parcel has been stuck in customs for a week."', ['zero-shot-classification(text=My parcel has been stuck in customs for a week., labels=shipping, refund, other)']],
    ['Sort the note into one of these topics: health, travel, money.\n\n"I need to renew my passport before the trip in May."', ['zero-shot-classification(text=I need to renew my passport before the trip in May., labels=health, travel, money)']],
    ['Options:\n* urgent\n* can wait\n\nText: The fridge in the staff kitchen is making a loud buzzing noise.', ['zero-shot-classification(text=The fridge in the staff kitchen is making a loud buzzing noise., labels=urgent, can wait)']],
    ["is this a typo fix, rename or behaviour change? — 'renamed getUser to fetchUser in all callers'", ['zero-shot-classification(text=renamed getUser to fetchUser in all callers, labels=typo fix, rename, behaviour change)']],
    // A dash ends labels given after a colon.
    ["Tag this as one of: invoice, delivery, other — 'The courier left my parcel at the wrong door.'", ['zero-shot-classification(text=The courier left my parcel at the wrong door., labels=invoice, delivery, other)']],
  ]);
});

t.test('plain polarity asked in five languages is sentiment, and a question before a dash opens its text', async (t) => {
  cases(t, [
    ['happy or unhappy customer? — Waited 40 minutes for a table and the soup was cold.', ['text-classification(text=Waited 40 minutes for a table and the soup was cold.)']],
    ['Gut oder schlecht? »Der Akku hält zwei Tage, das Display ist hell und scharf.«', ['text-classification(text=Der Akku hält zwei Tage, das Display ist hell und scharf.)']],
    ['¿Bueno o malo? "La habitación estaba limpia pero el desayuno era pobre."', ['text-classification(text=La habitación estaba limpia pero el desayuno era pobre.)']],
    ["C'est bon ou mauvais ? « Livraison rapide, produit conforme. »", ['text-classification(text=Livraison rapide, produit conforme.)']],
    ['Bom ou ruim? "O filme é longo demais e o final é fraco."', ['text-classification(text=O filme é longo demais e o final é fraco.)']],
    // "say whether" is "tell me whether", not "read aloud".
    ["say whether this comment is positive or negative: 'The strap broke on the first day.'", ['text-classification(text=The strap broke on the first day.)']],
  ]);
  t.same(plan('say this out loud: the bus leaves at ten'), ['text-to-speech(text=the bus leaves at ten)']);
});

t.test('instruction words inside code, quoted mail or notes are text; a question keeps its preposition', async (t) => {
  const code = '# translate these docs later\nretry = 3  # detect flaky `network` and summarize errors';
  cases(t, [
    [`\`\`\`\n${code}\n\`\`\`\nsummarize this config in one line and tell me if it is a bug fix, cleanup or new setting`,
      [`summarization(text=${code})`, `zero-shot-classification(text=${code}, labels=bug fix, cleanup, new setting)`]],
    ["'Please draw the floor plan and read it to the team.' Is the tone of that quote friendly or hostile?", ['zero-shot-classification(text=Please draw the floor plan and read it to the team., labels=friendly, hostile)']],
    ['> Please draw the floor plan and translate it into Dutch.\n\nwhat language is that quote in?', ['text-classification(text=Please draw the floor plan and translate it into Dutch.)']],
    // A noun of text before a colon labels the text: "Notes: …".
    ['who is in charge of the music? Notes: Eva books the band, Tariq brings the speakers, Jo buys the food.', ['question-answering(question=who is in charge of the music?, context=Eva books the band, Tariq brings the speakers, Jo buys the food.)']],
    ['Meeting notes:\n- Sara signs the lease by 3 June\n- Omar orders the desks\n\nuntil when does Sara have to sign?',
      ['question-answering(question=until when does Sara have to sign?, context=- Sara signs the lease by 3 June\n- Omar orders the desks)']],
  ]);
});

t.test('a question on a text the user gave earlier in the chat', async (t) => {
  const rota = 'Ben covers Mondays, Chloe covers the weekends, and Dev runs the payroll checks.';
  const chat = [user(`Here is the rota for May: ${rota}`), assistant('Thanks! What would you like to know?')];
  t.same(plan('who runs the payroll checks?', chat), [`question-answering(question=who runs the payroll checks?, context=${rota})`]);
  // A question about the world shares no word with it.
  t.same(plan('what is the capital of Peru?', chat), []);
});

t.test("a language after a text's noun is where the result goes when the text is in the request's language", async (t) => {
  const en = 'The swimming pool will close for two weeks in August while the changing rooms are repaired.';
  t.same(plan(`summarize this notice in German: '${en}'`), [`summarization(text=${en})`, 'translation(text=<GENERATED>-0, target_language=de) <- 0']);
  // A text already in that language is only summarized.
  const de = 'Das Schwimmbad schließt im August für zwei Wochen, weil die Umkleiden repariert werden.';
  t.same(plan(`summarize this notice in German: '${de}'`), [`summarization(text=${de})`]);
});
