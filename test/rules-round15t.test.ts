// The rule-based planner on the dependency phenomena behind TaskBench's edge misses (round 15t), in wordings
// written for these tests (none copied from a data set): each asserts the tasks and their deps.
import t from 'tap';
import { cases } from './rules-cases.js';

t.test('"this <product>" inside an edit names the output of the step asked for earlier', async (t) => {
  cases(t, [
    ['Summarize notes.txt, then edit photo.png based on this summary.', ['summarization(text=notes.txt)', 'image-to-image(image=photo.png, text=<GENERATED>-0) <- 0']],
    ['Tell me what animal is in pet.jpg, generate a conversational reply about it, then edit pet.jpg based on this reply.', ['image-classification(image=pet.jpg)', 'conversational(text=<GENERATED>-0) <- 0', 'image-to-image(image=pet.jpg, text=<GENERATED>-1) <- 1']],
  ]);
});

t.test('"the answer" is what the question step gave, not the latest output', async (t) => {
  cases(t, [
    ["Answer 'Who is on the left?' about group.jpg, extract the text from it too, and compare the answer with 'my aunt'.", ['visual-question-answering(image=group.jpg, question=Who is on the left?)', 'image-to-text(image=group.jpg)', 'sentence-similarity(text=<GENERATED>-0, other_text=my aunt) <- 0']],
    ["Transcribe memo.wav, answer 'When is the deadline?' from the transcript, then translate the answer into German.", ['automatic-speech-recognition(audio=memo.wav)', 'question-answering(question=When is the deadline?, context=<GENERATED>-0) <- 0', 'translation(text=<GENERATED>-1, target_language=de) <- 1']],
  ]);
});

t.test('"it" points back at what was made, not at a text given for a later step', async (t) => {
  cases(t, [
    ["Caption garden.jpg, answer the question 'What colour is the bench?' about it, and compare the answer with my guess 'green'.", ['image-to-text(image=garden.jpg)', 'visual-question-answering(image=garden.jpg, question=What colour is the bench?)', 'sentence-similarity(text=<GENERATED>-1, other_text=green) <- 1']],
    ["Get the text from scan.png, answer a question about it - 'Who wrote this?' - and compare the answer with my hunch 'the mayor'.", ['image-to-text(image=scan.png)', 'document-question-answering(image=scan.png, question=Who wrote this?)', 'sentence-similarity(text=<GENERATED>-1, other_text=the mayor) <- 1']],
  ]);
});

t.test('a text given before an edit that names the entities in it is read for the edit', async (t) => {
  cases(t, [
    ["I have the sentence 'Maria flew from Lisbon to Rome on Friday.' and a photo trip.jpg. Edit the photo based on the named entities in the text.", ['token-classification(text=Maria flew from Lisbon to Rome on Friday.)', 'image-to-image(image=trip.jpg, text=<GENERATED>-0) <- 0']],
    ["I have a note 'Tom met Ana in Porto last May.' and a picture meet.png. I'd like to modify the picture based on the entities in the note, then caption the edited picture.", ['token-classification(text=Tom met Ana in Porto last May.)', 'image-to-image(image=meet.png, text=<GENERATED>-0) <- 0', 'image-to-text(image=<GENERATED>-1) <- 1']],
  ]);
});

t.test('"using the text from the picture" is what the question step reads', async (t) => {
  cases(t, [
    ["I have scan.png with a paragraph printed on it. Please answer 'Who signed the letter?' using the text from the picture.", ['image-to-text(image=scan.png)', 'question-answering(question=Who signed the letter?, context=<GENERATED>-0) <- 0']],
  ]);
});

t.test('a question about "the generated picture" beside a text is asked of that picture', async (t) => {
  cases(t, [
    ["Draw a lighthouse at dusk, then answer 'What does the generated picture show?' alongside the text 'It shows:'.", ['text-to-image(text=a lighthouse at dusk)', 'visual-question-answering(image=<GENERATED>-0, question=What does the generated picture show?) <- 0']],
  ]);
});

t.test('a file given after the steps, already summarized, is not a second input of a step that names the summary', async (t) => {
  cases(t, [
    ['Can you give me a brief summary so I can get a chatbot reply and a short video summarizing the main ideas? Here is the essay: essay.txt', ['summarization(text=essay.txt)', 'conversational(text=<GENERATED>-0) <- 0', 'text-to-video(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('a step that writes goes on from the answer to a question asked before it, not from the text the question read', async (t) => {
  cases(t, [
    ["Answer 'Who founded the library?' from history.txt, then write a related paragraph.", ['question-answering(question=Who founded the library?, context=history.txt)', 'text-generation(text=<GENERATED>-0) <- 0']],
  ]);
});

t.test('"the content in the edited picture" is in that output, not the text given before', async (t) => {
  cases(t, [
    ["I have a note 'Ana visited Rome in May.' and a picture p.png. Edit the picture based on the entities in the note, then classify the content in the edited picture in a table format.", ['token-classification(text=Ana visited Rome in May.)', 'image-to-image(image=p.png, text=<GENERATED>-0) <- 0', 'tabular-classification(image=<GENERATED>-1) <- 1']],
  ]);
});
