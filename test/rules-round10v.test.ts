// The rule-based planner, round 10 (issue #7): questions about a picture apart from questions
// about the world and small talk. Wordings written for these tests, none copied from a dev set,
// a fresh set or bench/data/realistic/probe-visual.jsonl.
import t from 'tap';
import { assistant, cases, user } from './rules-cases.js';

t.test('a question about what can be seen, after a step on a photo, is asked of that photo', async (t) => {
  cases(t, [
    ['Count the cars in lot.jpg. Are any of them red?', ['object-detection(image=lot.jpg)', 'visual-question-answering(image=lot.jpg, question=Are any of them red?)']],
    ['Describe beach.png. Is anyone wearing a hat?', ['image-to-text(image=beach.png)', 'visual-question-answering(image=beach.png, question=Is anyone wearing a hat?)']],
    ['¿Cuántos perros hay en parque.jpg? ¿De qué color es el collar?', ['object-detection(image=parque.jpg)', 'visual-question-answering(image=parque.jpg, question=¿De qué color es el collar?)']],
    ['Combien de chats sur salon.jpg ? Et de quelle couleur est le canapé ?', ['object-detection(image=salon.jpg)', 'visual-question-answering(image=salon.jpg, question=de quelle couleur est le canapé?)']],
    ['Beschreibe garten.jpg. Welche Farbe hat der Zaun?', ['image-to-text(image=garten.jpg)', 'visual-question-answering(image=garten.jpg, question=Welche Farbe hat der Zaun?)']],
    ['Descreva praia.jpg. Que cor é o guarda-sol?', ['image-to-text(image=praia.jpg)', 'visual-question-answering(image=praia.jpg, question=Que cor é o guarda-sol?)']],
  ]);
});

t.test('a question about the world or small talk after a step on a photo asks nothing of it', async (t) => {
  cases(t, [
    ['Describe beach.png. How deep is the Pacific Ocean?', ['image-to-text(image=beach.png)']],
    ['count the birds in tree.jpg. ok thanks, have a nice day', ['object-detection(image=tree.jpg)']],
    // Nor is a question to the assistant about the user's people.
    ['Describe beach.png. Can you tell the kids a story later?', ['image-to-text(image=beach.png)']],
  ]);
});

t.test('a question joined to a step by "and" is a question of its own', async (t) => {
  cases(t, [
    ['segment kitchen.jpg and tell me whether the oven door is open', ['image-segmentation(image=kitchen.jpg)', 'visual-question-answering(image=kitchen.jpg, question=whether the oven door is open)']],
    ['Beschreibe hund.jpg und trägt der Hund ein Halsband?', ['image-to-text(image=hund.jpg)', 'visual-question-answering(image=hund.jpg, question=trägt der Hund ein Halsband?)']],
    // Not a second half of the step's own phrase, nor a few words that say what the step is for.
    ["split yard.jpg into regions, want to see what's lawn and what's path", ['image-segmentation(image=yard.jpg)']],
  ]);
});

t.test('a follow-up about what the photo of the chat shows is asked of the photo, not of its caption', async (t) => {
  const history = [user('what is in street.jpg'), assistant('A man walking a dog across a busy street at dusk.')];
  cases(t, [
    ['what is he wearing?', ['visual-question-answering(image=street.jpg, question=what is he wearing?)'], history],
    ['is it raining there?', ['visual-question-answering(image=street.jpg, question=is it raining there?)'], history],
    // The dog the caption named is the one in the photo.
    ['is the dog on a leash?', ['visual-question-answering(image=street.jpg, question=is the dog on a leash?)'], history],
    // A question about dogs in general, or about the world, is no question about the photo.
    ['do dogs get bored on short walks?', [], history],
    ['who invented the traffic light?', [], history],
  ]);
  const portuguese = [user('Descreva a foto rua.jpg'), assistant('Uma mulher de bicicleta numa rua estreita.')];
  cases(t, [
    ['ela está usando capacete?', ['visual-question-answering(image=rua.jpg, question=ela está usando capacete?)'], portuguese],
  ]);
});

t.test('alternatives about what a photo shows are a question to it; alternatives about the whole photo label it', async (t) => {
  cases(t, [
    ['is the dog in yard.jpg sitting or standing?', ['visual-question-answering(image=yard.jpg, question=is the dog sitting or standing?)']],
    ['Is yard.jpg a garden, a park or a farm?', ['zero-shot-image-classification(image=yard.jpg, labels=garden, park, farm)']],
  ]);
});

t.test('a count of what does or wears something is a question; a count of a kind is detection', async (t) => {
  cases(t, [
    ['How many kids in park.jpg are holding balloons? And how many dogs are there?', ['visual-question-answering(image=park.jpg, question=How many kids are holding balloons?)', 'object-detection(image=park.jpg)']],
    ['how many bikes are in rack.jpg', ['object-detection(image=rack.jpg)']],
  ]);
});

t.test('colour blindness asks the photo, not for speech', async (t) => {
  cases(t, [
    ['my husband is colorblind - is the towel in bath.jpg blue or green?', ['visual-question-answering(image=bath.jpg, question=is the towel blue or green?)']],
    ['Sou cego para cores: qual das meias em meias.jpg é a verde?', ['visual-question-answering(image=meias.jpg, question=qual das meias é a verde?)']],
    // Blindness still asks to hear it.
    ['my dad is blind, what is in porch.jpg?', ['image-to-text(image=porch.jpg)', 'text-to-speech(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('what was deducted on a payslip is a question about the document, not an edit', async (t) => {
  cases(t, [
    ['payslip_may.png: how much did they take off for the pension?', ['document-question-answering(image=payslip_may.png, question=how much did they take off for the pension?)']],
    ['take the bin out of yard.jpg', ['image-to-image(image=yard.jpg, text=take the bin out)']],
  ]);
});
