// Every adapter of the Hugging Face provider against the fake endpoint: what was sent (URL, body
// shape, content type, auth header) and what came back as an ExpertOutput.
import tap from 'tap';
import sharp from 'sharp';
import { sniffMime } from '../src/experts/huggingface/media.js';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import type { ExpertOutput, ResolvedArgs, UsageRecorder } from '../src/pipeline/types.js';
import type { TaskType } from '../src/registry/task-types.js';
import { audioArg, imageArg, makeJpeg, makeMp4, makePng, makeWav } from './fakes/hf-media.js';
import { json } from './fakes/hf-replies.js';
import { blackPng } from './samples.js';
import { startFakeHuggingFace, type FakeCall } from './fakes/hf-server.js';

const TOKEN = 'hf_adapters_token';
const fake = await startFakeHuggingFace();
tap.teardown(() => fake.close());
const provider = createHuggingFaceProvider({ token: TOKEN, endpointUrl: `${fake.url}/models/{model}` });
const image = await imageArg(40, 30);
const audio = audioArg();

/** Runs `task` on the model named after it ("test/<task>") and returns the output and the request the fake saw. */
async function run(
  t: Pick<typeof tap, 'equal'>,
  task: TaskType,
  args: ResolvedArgs,
  model = `test/${task}`,
  usage?: UsageRecorder,
): Promise<{ output: ExpertOutput; call: FakeCall }> {
  const before = fake.calls.length;
  const output = await provider.run({ task, model, args }, { usage });
  t.equal(fake.calls.length, before + 1, `${task}: exactly one request`);
  const call = fake.calls.at(-1)!;
  t.equal(call.authorization, `Bearer ${TOKEN}`, `${task}: the token is sent`);
  return { output, call };
}

const size = async (bytes: Uint8Array) => {
  const { width, height, format } = await sharp(bytes).metadata();
  return { width, height, format };
};

tap.test('text-classification: JSON inputs, labels sorted and formatted', async (t) => {
  const { output, call } = await run(t, 'text-classification', { text: 'I love it' });
  t.equal(call.path, '/models/test/text-classification');
  t.match(call.contentType, /^application\/json/);
  t.same(call.body, { inputs: 'I love it' });
  t.same(output.data, [{ label: 'POSITIVE', score: 0.9991 }, { label: 'NEGATIVE', score: 0.0009 }]);
  t.equal(output.text, 'POSITIVE (100%), NEGATIVE (0%)');
});

tap.test('token-classification: entities and their text', async (t) => {
  const { output, call } = await run(t, 'token-classification', { text: 'Sarah lives in London' });
  t.same(call.body, { inputs: 'Sarah lives in London' });
  t.match(output.data, [{ entity_group: 'PER', word: 'Sarah', start: 0, end: 5 }, { entity_group: 'LOC', word: 'London' }]);
  t.equal(output.text, 'Sarah (PER), London (LOC)');
});

tap.test('zero-shot-classification: comma-separated labels become candidate_labels', async (t) => {
  const { output, call } = await run(t, 'zero-shot-classification', { text: 'The match ended 2-1', labels: 'sports, politics ,  cooking' });
  t.same(call.body, { inputs: 'The match ended 2-1', parameters: { candidate_labels: ['sports', 'politics', 'cooking'] } });
  t.same((output.data as Array<{ label: string }>).map((item) => item.label), ['sports', 'politics', 'cooking']);
  t.equal(output.text, 'sports (50%), politics (33%), cooking (17%)');
});

tap.test('question-answering: question and context, the answer as text', async (t) => {
  const { output, call } = await run(t, 'question-answering', { question: 'Where does Sarah live?', context: 'Sarah lives in London.' });
  t.same(call.body, { inputs: { question: 'Where does Sarah live?', context: 'Sarah lives in London.' } });
  t.same(output.data, { answer: 'London', score: 0.93, start: 15, end: 21 });
  t.equal(output.text, 'London');
});

tap.test('summarization', async (t) => {
  const { output, call } = await run(t, 'summarization', { text: 'Zebras are striped. They live in Africa.' });
  t.same(call.body, { inputs: 'Zebras are striped. They live in Africa.' });
  t.equal(output.text, 'Zebras are striped.');
});

tap.test('translation: src_lang and tgt_lang only when given', async (t) => {
  const withLanguages = await run(t, 'translation', { text: 'Hello', source_language: 'en', target_language: 'fr' });
  t.same(withLanguages.call.body, { inputs: 'Hello', parameters: { src_lang: 'en', tgt_lang: 'fr' } });
  t.equal(withLanguages.output.text, '[fr] Hello');
  const plain = await run(t, 'translation', { text: 'Hello' });
  t.same(plain.call.body, { inputs: 'Hello' });
  t.equal(plain.output.text, '[es] Hello');
});

for (const task of ['text-generation', 'text2text-generation'] as const) {
  tap.test(`${task}: OpenAI completions on {endpoint}/v1/completions with the model id`, async (t) => {
    const { output, call } = await run(t, task, { text: 'Once upon a time' });
    t.equal(call.path, `/models/test/${task}/v1/completions`);
    t.same(call.body, { model: `test/${task}`, max_tokens: 256, prompt: 'Once upon a time' });
    t.equal(output.text, ' and so the story goes on.');
  });
}

tap.test('conversational: one user message, the assistant text, usage recorded', async (t) => {
  const recorded: unknown[] = [];
  const usage: UsageRecorder = { record: (purpose, counts) => recorded.push({ purpose, ...counts }) };
  const { output, call } = await run(t, 'conversational', { text: 'hi there' }, 'test/conversational', usage);
  t.equal(call.path, '/models/test/conversational/v1/chat/completions');
  t.same(call.body, { model: 'test/conversational', messages: [{ role: 'user', content: 'hi there' }] });
  t.equal(output.text, 'You said: hi there');
  t.same(recorded, [{ purpose: 'expert', promptTokens: 9, completionTokens: 4 }]);
});

tap.test('sentence-similarity: source_sentence and sentences', async (t) => {
  const { output, call } = await run(t, 'sentence-similarity', { text: 'a striped zebra', other_text: 'a zebra' });
  t.same(call.body, { inputs: { source_sentence: 'a striped zebra', sentences: ['a zebra'] } });
  t.same(output.data, { score: 0.6667 });
  t.equal(output.text, 'similarity 0.67');
});

tap.test('fill-mask: candidates as labels, the best sentence as text', async (t) => {
  const { output, call } = await run(t, 'fill-mask', { text: 'The capital of France is [MASK].' });
  t.same(call.body, { inputs: 'The capital of France is [MASK].' });
  t.match(output.data, [{ label: 'paris', score: 0.81 }, { label: 'lyon', score: 0.07 }]);
  t.equal(output.text, 'The capital of France is paris.');
});

tap.test('tabular-classification: CSV becomes columns of strings', async (t) => {
  const { output, call } = await run(t, 'tabular-classification', { table: 'alcohol,"acidity, fixed"\n12.1,7.4\n9.8,"6.9"\n' });
  t.same(call.body, { inputs: { data: { alcohol: ['12.1', '9.8'], 'acidity, fixed': ['7.4', '6.9'] } } });
  t.same(output.data, [{ row: 1, prediction: 0 }, { row: 2, prediction: 1 }]);
  t.equal(output.text, 'row 1: 0, row 2: 1');
});

tap.test('image-classification: raw image bytes with their mime type', async (t) => {
  const { output, call } = await run(t, 'image-classification', { image });
  t.equal(call.contentType, 'image/png');
  t.equal(call.bodySize, image.bytes.length);
  t.equal(call.body, undefined);
  t.equal(output.text, 'tabby, tabby cat (87%), Egyptian cat (10%)');
});

tap.test('zero-shot-image-classification: base64 image and candidate labels', async (t) => {
  const { output, call } = await run(t, 'zero-shot-image-classification', { image, labels: 'cat,dog' });
  t.same(call.body, { inputs: { image: Buffer.from(image.bytes).toString('base64') }, parameters: { candidate_labels: ['cat', 'dog'] } });
  t.same(output.data, [{ label: 'cat', score: 0.6667 }, { label: 'dog', score: 0.3333 }]);
});

tap.test('object-detection: detections, a count, boxes drawn on the input', async (t) => {
  const { output, call } = await run(t, 'object-detection', { image });
  t.equal(call.contentType, 'image/png');
  t.equal((output.data as unknown[]).length, 3);
  t.match(output.data, [{ label: 'zebra', score: 0.998, box: { xmin: 2, ymin: 3, xmax: 18, ymax: 27 } }]);
  t.equal(output.text, '2 zebras and 1 giraffe');
  t.equal(output.image?.mime, 'image/png');
  t.same(await size(output.image!.bytes), { width: 40, height: 30, format: 'png' });
  t.not(Buffer.compare(Buffer.from(output.image!.bytes), Buffer.from(image.bytes)), 0, 'boxes were drawn');
});

tap.test('image-segmentation: labels without masks, masks overlaid on the input', async (t) => {
  const { output, call } = await run(t, 'image-segmentation', { image });
  t.same(call.body, { inputs: Buffer.from(image.bytes).toString('base64') });
  t.same(output.data, [{ label: 'zebra', score: 0.99 }, { label: 'grass', score: 0.95 }]);
  t.equal(output.text, 'zebra (99%), grass (95%)');
  t.same(await size(output.image!.bytes), { width: 40, height: 30, format: 'png' });
});

tap.test('image-segmentation: a mask declaring 100 million pixels is refused before it is decoded', async (t) => {
  const bomb = await blackPng(9999, 9999);
  fake.setBehaviour('test/image-segmentation-bomb', { reply: () => json([{ label: 'zebra', score: 0.9, mask: bomb.toString('base64') }]) });
  const rss = process.memoryUsage().rss;
  await t.rejects(provider.run({ task: 'image-segmentation', model: 'test/image-segmentation-bomb', args: { image } }, {}), {
    code: 'EXPERT_BAD_OUTPUT',
    message: /Could not read the image-segmentation output of test\/image-segmentation-bomb: .*pixel limit/,
  });
  t.ok(process.memoryUsage().rss - rss < 50_000_000, 'the mask was not decoded');
});

tap.test('depth-estimation: raw image through the generic request path, the depth PNG back', async (t) => {
  const { output, call } = await run(t, 'depth-estimation', { image });
  t.equal(call.path, '/models/test/depth-estimation');
  t.equal(call.contentType, 'image/png');
  t.equal(call.bodySize, image.bytes.length);
  t.equal(output.image?.mime, 'image/png');
  t.same(await size(output.image!.bytes), { width: 16, height: 16, format: 'png' });
  t.same(output.data, { width: 16, height: 16, min: 1, max: 31 });
});

tap.test('depth-estimation: an endpoint that answers the PNG itself, or only the depth grid', async (t) => {
  fake.setBehaviour('test/depth-estimation-png', { task: 'image-to-image' });
  const png = await run(t, 'depth-estimation', { image }, 'test/depth-estimation-png');
  t.equal(png.output.image?.mime, 'image/png');
  t.equal(png.output.data, undefined);
  fake.setBehaviour('test/depth-estimation-grid', { reply: () => json({ predicted_depth: [[0, 1, 2], [2, 3, 4]] }) });
  const grid = await run(t, 'depth-estimation', { image }, 'test/depth-estimation-grid');
  t.same(await size(grid.output.image!.bytes), { width: 3, height: 2, format: 'png' });
  t.same(grid.output.data, { width: 3, height: 2, min: 0, max: 4 });
  const pixels = await sharp(grid.output.image!.bytes).greyscale().raw().toBuffer();
  t.same([...pixels], [0, 64, 128, 128, 191, 255], 'larger depth values are brighter');
});

tap.test('image-to-text', async (t) => {
  const { output, call } = await run(t, 'image-to-text', { image });
  t.equal(call.contentType, 'image/png');
  t.equal(output.text, 'two zebras and a giraffe in a field');
});

tap.test('image-to-image: JSON with the prompt when text is given, raw bytes otherwise', async (t) => {
  const prompted = await run(t, 'image-to-image', { image, text: 'make it blue' });
  t.same(prompted.call.body, { inputs: Buffer.from(image.bytes).toString('base64'), parameters: { prompt: 'make it blue' } });
  t.equal(prompted.output.image?.mime, 'image/png');
  t.same(await size(prompted.output.image!.bytes), { width: 40, height: 30, format: 'png' });
  const plain = await run(t, 'image-to-image', { image });
  t.equal(plain.call.contentType, 'image/png');
  t.equal(plain.call.bodySize, image.bytes.length);
});

tap.test('text-to-image: the mime type of the reply is kept', async (t) => {
  const { output, call } = await run(t, 'text-to-image', { text: 'a zebra on the moon' });
  t.same(call.body, { inputs: 'a zebra on the moon' });
  t.equal(output.image?.kind, 'image');
  t.equal(output.image?.mime, 'image/jpeg');
  t.same(await size(output.image!.bytes), { width: 48, height: 32, format: 'jpeg' });
});

for (const task of ['visual-question-answering', 'document-question-answering'] as const) {
  tap.test(`${task}: question and base64 image, the answer as text`, async (t) => {
    const { output, call } = await run(t, task, { image, question: 'How many?' });
    t.same(call.body, { inputs: { question: 'How many?', image: Buffer.from(image.bytes).toString('base64') } });
    t.equal(output.text, task === 'visual-question-answering' ? '2' : '$42.00');
    t.match(output.data, { answer: output.text });
  });
}

tap.test('text-to-speech: audio with its mime type', async (t) => {
  const { output, call } = await run(t, 'text-to-speech', { text: 'hello' });
  t.same(call.body, { inputs: 'hello' });
  t.equal(output.audio?.kind, 'audio');
  t.equal(output.audio?.mime, 'audio/wav');
  t.equal(Buffer.from(output.audio!.bytes.subarray(0, 4)).toString('ascii'), 'RIFF');
});

tap.test('text-to-speech: a generic content type is sniffed from the bytes', async (t) => {
  fake.setBehaviour('test/text-to-speech-octet', { contentType: 'application/octet-stream' });
  const { output } = await run(t, 'text-to-speech', { text: 'hello' }, 'test/text-to-speech-octet');
  t.equal(output.audio?.mime, 'audio/wav');
});

tap.test('automatic-speech-recognition: raw audio, the transcript as text', async (t) => {
  const { output, call } = await run(t, 'automatic-speech-recognition', { audio });
  t.equal(call.contentType, 'audio/wav');
  t.equal(call.bodySize, audio.bytes.length);
  t.equal(output.text, 'hello world');
});

tap.test('audio-to-audio: the first track', async (t) => {
  const { output, call } = await run(t, 'audio-to-audio', { audio });
  t.equal(call.contentType, 'audio/wav');
  t.equal(output.audio?.mime, 'audio/wav');
  t.equal(output.audio?.bytes.length, 44 + 0.05 * 16_000 * 2);
  t.same(output.data, [{ label: 'speech' }, { label: 'noise' }]);
});

tap.test('audio-classification', async (t) => {
  const { output, call } = await run(t, 'audio-classification', { audio });
  t.equal(call.contentType, 'audio/wav');
  t.same(output.data, [{ label: 'neu', score: 0.61 }, { label: 'hap', score: 0.3 }]);
  t.equal(output.text, 'neu (61%), hap (30%)');
});

tap.test('sniffMime: the formats models answer, by their magic bytes', async (t) => {
  const bytes = (...parts: Array<string | number[]>) =>
    new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part)))));
  t.equal(sniffMime(await makePng()), 'image/png');
  t.equal(sniffMime(await makeJpeg()), 'image/jpeg');
  t.equal(sniffMime(bytes('GIF89a')), 'image/gif');
  t.equal(sniffMime(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')), 'image/webp');
  t.equal(sniffMime(makeWav()), 'audio/wav');
  t.equal(sniffMime(bytes('fLaC', [0, 0, 0, 34])), 'audio/flac');
  t.equal(sniffMime(bytes('OggS', [0])), 'audio/ogg');
  t.equal(sniffMime(bytes('ID3', [4, 0])), 'audio/mpeg');
  t.equal(sniffMime(makeMp4()), 'video/mp4');
  t.equal(sniffMime(makeMp4(), 'audio'), 'audio/mp4');
  t.equal(sniffMime(bytes([0x1a, 0x45, 0xdf, 0xa3])), 'video/webm');
  t.equal(sniffMime(bytes('{"error":"x"}')), undefined);
});
