// The rule-based planner on pasted text (round 9p, from probe-pasted.jsonl's phenomena), in wordings
// written for these tests (none copied from a probe or dev set): the instruction apart from the
// text when no word points at it, and everyday asks about a pasted text.
import t from 'tap';
import { cases } from './rules-cases.js';

const memo = 'From Monday the car park behind building C closes for resurfacing. Staff should use the multi-storey on Dock Road, where we have reserved the second floor. Please read the signs at the entrance, compare your permit number with the list at the barrier and translate nothing; the contractor will detect unregistered cars with cameras.';
const letter = 'Dear Mr Patel, thank you for your application. We were impressed by your experience and would like to invite you to a second interview on Friday at ten. Please bring a photo ID and be ready to summarize a project you are proud of. The interview will be in English, and we may ask you to translate a short paragraph into Hindi.';

t.test('an opening instruction with no pointer word, then the text in the same paragraph', async (t) => {
  cases(t, [
    [`Short version please? ${memo}`, [`summarization(text=${memo})`]],
    [`My dad has cataracts and would rather listen to it. ${letter}`, [`text-to-speech(text=${letter})`]],
    [`quick tl;dr needed. ${letter}`, [`summarization(text=${letter})`]],
    [`Can you tell what mood the writer is in? ${letter}`, [`text-classification(text=${letter})`]],
  ]);
});

t.test('an opening sentence stays the instruction when the rest is short, names a file or goes on with a step', async (t) => {
  cases(t, [
    ['Caption photo.jpg. It was taken last summer on a beach near Porto with my old camera, the one my grandfather gave me before he moved away to live in the mountains.', ['image-to-text(image=photo.jpg)']],
    ['Summarize this. Then read the summary aloud.', []],
  ]);
});

t.test('everyday asks about a pasted text', async (t) => {
  cases(t, [
    [`${memo}\n\ncould you make that french for the night shift`, [`translation(text=${memo}, target_language=fr)`]],
    [`Here is a scene from my story and I'd love to see this as an illustration:\n\n${memo}`, [`text-to-image(text=${memo})`]],
    [`Who's mentioned in this letter? ${JSON.stringify(letter)}`, [`token-classification(text=${letter})`]],
    ['Ich habe diese Szene geschrieben und würde sie gern als Bild sehen: Ein kleiner Hafen im Nebel, drei Fischerboote und ein roter Leuchtturm.', ['text-to-image(text=Ein kleiner Hafen im Nebel, drei Fischerboote und ein roter Leuchtturm.)']],
    ['Escribí esta escena y me gustaría verla como una imagen: un pequeño puerto con niebla y un faro rojo.', ['text-to-image(text=un pequeño puerto con niebla y un faro rojo.)']],
    ["J'ai écrit cette scène et j'aimerais la voir en image : un petit port dans la brume et un phare rouge.", ['text-to-image(text=un petit port dans la brume et un phare rouge.)']],
    ['Escrevi esta cena e queria ver isso como uma imagem: um pequeno porto com neblina e um farol vermelho.', ['text-to-image(text=um pequeno porto com neblina e um farol vermelho.)']],
  ]);
});

t.test('a pasted block keeps the instruction around it apart', async (t) => {
  cases(t, [
    // A short paragraph presenting the block ("here's", "got this") is the user's, as is the question after it.
    [`Here's what the school sent.\n\n${letter}\n\nWhat time is the interview?`, [`question-answering(question=What time is the interview?, context=${letter})`]],
    // A greeting right after the instruction's colon opens the pasted block.
    [`Condense this for the intranet: Hello all,\n\n${memo}\n\nCheers,\nOlga`, [`summarization(text=Hello all,\n\n${memo}\n\nCheers,\nOlga)`]],
    // After a pointer at the block below, the colon opens the questions, not a field or the text.
    [`A question about this message: who is it from?\n\n${letter}`, [`question-answering(question=who is it from?, context=${letter})`]],
    // A language asked for after the text, as a question, is its translation, not a question on it.
    [`${memo}\n\nsorry, Greek please?`, [`translation(text=${memo}, target_language=el)`]],
    // Reading to understand before a question is no reading aloud.
    [`Read the letter below and tell me what to bring.\n\n${letter}`, [`question-answering(question=what to bring, context=${letter})`]],
    [`Two things on this letter: is the tone positive or negative, and what places or people does it name?\n\n${letter}`, [`text-classification(text=${letter})`, `token-classification(text=${letter})`]],
  ]);
});
