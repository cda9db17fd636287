// Local image experts on real models (tfjs wasm: CenterNet, selfie, upscaler; Tesseract), on the
// example photos the project ships and on text images drawn at test time. No network.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import t from 'tap';
import { createLocalProvider } from '../src/experts/local/index.js';
import type { Detection, LabelScore } from '../src/experts/format.js';
import type { ExpertOutput, Media, ResolvedArgs } from '../src/pipeline/types.js';
import type { TaskType } from '../src/registry/task-types.js';

const provider = createLocalProvider();
t.teardown(() => provider.close());

const run = (model: string, task: TaskType, args: ResolvedArgs, signal?: AbortSignal): Promise<ExpertOutput> =>
  provider.run({ model, task, args }, { signal });

const example = async (name: string): Promise<Media> => ({
  kind: 'image',
  mime: 'image/jpeg',
  bytes: await readFile(new URL(`../public/examples/${name}`, import.meta.url)),
});

/** A white PNG with lines of black text, drawn with sharp from SVG. */
async function textImage(lines: string[]): Promise<Media> {
  const rows = lines.map((line, index) => `<text x="30" y="${70 + index * 70}" font-family="DejaVu Sans" font-size="40" fill="black">${line}</text>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="820" height="${40 + lines.length * 70}"><rect width="100%" height="100%" fill="white"/>${rows.join('')}</svg>`;
  return { kind: 'image', mime: 'image/png', bytes: await sharp(Buffer.from(svg)).png().toBuffer() };
}

const size = async (media: Media) => {
  const { width, height, format } = await sharp(media.bytes).metadata();
  return { width, height, format };
};

t.test('object detection finds the footballers and the ball, in pixels of the image', async (t) => {
  const output = await run('local/centernet-coco', 'object-detection', { image: await example('g.jpg') });
  const detections = output.data as Detection[];
  const labels = detections.map((detection) => detection.label);
  t.ok(labels.includes('person'), `labels: ${labels}`);
  t.ok(labels.includes('sports ball'));
  for (const { box, score } of detections) {
    t.ok(box.xmin >= 0 && box.ymin >= 0 && box.xmax <= 800 && box.ymax <= 533 && box.xmin < box.xmax && box.ymin < box.ymax, JSON.stringify(box));
    t.ok(score >= 0.3 && score <= 1);
  }
  const ball = detections.find((detection) => detection.label === 'sports ball')!;
  t.ok(ball.box.ymin > 400 && ball.box.xmax < 250, 'the ball is low on the left');
  t.match(output.text, /^\d+ (?:person|people) and 1 sports ball$/);
  t.same(await size(output.image!), { width: 800, height: 533, format: 'jpeg' }, 'boxes drawn on a copy that stays a JPEG, like the photo');
});

t.test('zebras: detection, labels, description and counting', async (t) => {
  const image = await example('c.jpg');
  const detected = await run('local/centernet-coco', 'object-detection', { image });
  t.ok((detected.data as Detection[]).length >= 2);
  t.ok((detected.data as Detection[]).every((detection) => detection.label === 'zebra'));
  const labels = await run('local/centernet-labels', 'image-classification', { image });
  t.match(labels.data as LabelScore[], [{ label: 'zebra' }]);
  t.match(labels.text, /^zebra \(\d+%\)$/);
  const caption = await run('local/centernet-caption', 'image-to-text', { image: await example('f.jpg') });
  t.equal(caption.text, 'an image with 3 giraffes and 3 zebras');
  const count = await run('local/centernet-vqa', 'visual-question-answering', { image, question: 'How many zebras are there?' });
  t.equal(count.text, `${(detected.data as Detection[]).length} zebras`);
  t.match(count.data, { answer: String((detected.data as Detection[]).length), method: /object detections/ });
  const presence = await run('local/centernet-vqa', 'visual-question-answering', { image, question: 'Is there a giraffe in the picture?' });
  t.equal(presence.text, 'no giraffe detected');
  t.match(presence.data, { answer: 'no' });
  await t.rejects(run('local/centernet-vqa', 'visual-question-answering', { image, question: 'What is the weather like?' }), {
    code: 'EXPERT_BAD_INPUT',
    tryNextModel: true,
  });
});

t.test('detection counts match what the example photos hold (test/data/examples-truth.json)', async (t) => {
  const truth = JSON.parse(await readFile(new URL('./data/examples-truth.json', import.meta.url), 'utf8')) as {
    photos: Record<string, { counts: Record<string, [number, number]>; detector: Record<string, number>; detector_misses?: string }>;
  };
  for (const [name, photo] of Object.entries(truth.photos)) {
    const detections = (await run('local/centernet-coco', 'object-detection', { image: await example(name) })).data as Detection[];
    const counts: Record<string, number> = {};
    for (const { label } of detections) counts[label] = (counts[label] ?? 0) + 1;
    t.same(counts, photo.detector, `${name}: what the detector is documented to find`);
    for (const [label, found] of Object.entries(counts)) {
      t.ok(photo.counts[label], `${name}: a ${label} is really in the photo`);
      const [fewest, most] = photo.counts[label] ?? [0, 0];
      if (!photo.detector_misses) t.ok(found >= fewest && found <= most, `${name}: ${found} ${label} within [${fewest}, ${most}]`);
      else t.ok(found <= most, `${name}: never more ${label} than there are`);
    }
  }
});

t.test('visual questions use everyday names for the COCO classes', async (t) => {
  const ask = async (name: string, question: string) =>
    (await run('local/centernet-vqa', 'visual-question-answering', { image: await example(name), question })).data as { answer: string };
  t.match(await ask('g.jpg', 'How many players are on the pitch?'), { answer: '4' });
  t.match(await ask('g.jpg', 'how many people can you see'), { answer: '4' });
  t.match(await ask('g.jpg', 'Is there a football?'), { answer: 'yes' });
  t.match(await ask('g.jpg', 'Can you see a soccer ball in it?'), { answer: 'yes' });
  t.match(await ask('c.jpg', 'Are there any kids in the picture?'), { answer: 'no' });
  t.match(await ask('a.jpg', 'Do you see a kitten?'), { answer: 'yes' });
  t.match(await ask('a.jpg', 'Does it show a dog?'), { answer: 'no' });
  t.match(await ask('c.jpg', 'Does c.jpg contain a giraffe?'), { answer: 'no' });
  t.match(await ask('c.jpg', 'Which animals can you see in c.jpg?'), { answer: '3 zebras' });
  const animals = await run('local/centernet-vqa', 'visual-question-answering', { image: await example('c.jpg'), question: 'How many animals are there?' });
  t.equal(animals.text, '3 (3 zebras)');
  await t.rejects(ask('e.jpg', 'Is there a scooter?'), { code: 'EXPERT_BAD_INPUT', tryNextModel: true, message: /"scooter" is not one of them/ });
});

t.test('person segmentation covers the player and nothing on animal photos', async (t) => {
  const image = await example('d.jpg');
  const output = await run('local/selfie-segmentation', 'image-segmentation', { image });
  const [mask] = output.data as Array<{ label: string; coverage: number; box: Detection['box'] }>;
  t.match(mask, { label: 'person' });
  t.ok(mask!.coverage > 0.03 && mask!.coverage < 0.3, `coverage ${mask!.coverage}`);
  const person = (await run('local/centernet-coco', 'object-detection', { image })).data as Detection[];
  const box = person.find((detection) => detection.label === 'person')!.box;
  const overlap =
    Math.max(0, Math.min(box.xmax, mask!.box.xmax) - Math.max(box.xmin, mask!.box.xmin)) *
    Math.max(0, Math.min(box.ymax, mask!.box.ymax) - Math.max(box.ymin, mask!.box.ymin));
  const area = (mask!.box.xmax - mask!.box.xmin) * (mask!.box.ymax - mask!.box.ymin);
  t.ok(overlap / area > 0.8, 'the mask lies on the detected player');
  t.same(await size(output.image!), { width: 800, height: 534, format: 'png' });
  // The overlay tints the person: a pixel on the player changes, a corner of the arena does not.
  const [before, after] = await Promise.all([image, output.image!].map((media) => sharp(media.bytes).removeAlpha().raw().toBuffer()));
  const at = (x: number, y: number) => (y * 800 + x) * 3;
  const centre = at(Math.round((mask!.box.xmin + mask!.box.xmax) / 2), Math.round((mask!.box.ymin + mask!.box.ymax) / 2));
  t.ok(Math.abs(after![centre]! - before![centre]!) + Math.abs(after![centre + 1]! - before![centre + 1]!) > 20, 'the person is tinted');
  t.ok(Math.abs(after![at(790, 520)]! - before![at(790, 520)]!) < 8, 'the background is not');
  const zebras = await run('local/selfie-segmentation', 'image-segmentation', { image: await example('c.jpg') });
  t.match(zebras, { text: 'no person found', data: [] });
});

t.test('x2 super-resolution doubles the size', async (t) => {
  const small: Media = { kind: 'image', mime: 'image/png', bytes: await sharp(await readFile(new URL('../public/examples/a.jpg', import.meta.url))).resize(96).png().toBuffer() };
  const { height } = await size(small);
  const output = await run('local/upscalerjs-x2', 'image-to-image', { image: small, text: 'upscale this picture' });
  t.same(await size(output.image!), { width: 192, height: height! * 2, format: 'png' });
  const stats = await sharp(output.image!.bytes).stats();
  t.ok(stats.channels.every((channel) => channel.stdev > 10), 'a real picture, not a flat image');
  await t.rejects(run('local/upscalerjs-x2', 'image-to-image', { image: small, text: 'paint it like Van Gogh' }), {
    code: 'EXPERT_BAD_INPUT',
    tryNextModel: true,
  });
  const limited = createLocalProvider({ maxUpscalePixels: 1_000 });
  t.teardown(() => limited.close());
  await t.rejects(limited.run({ model: 'local/upscalerjs-x2', task: 'image-to-image', args: { image: small } }, {}), { code: 'EXPERT_BAD_INPUT', message: /at most 1000 pixels/ });
});

t.test('OCR reads text drawn into an image, and nothing from a photo', async (t) => {
  const output = await run('local/tesseract-eng', 'image-to-text', { image: await textImage(['Hello HuggingGPT', 'Offline zebra test 2024']) });
  t.equal(output.text, 'Hello HuggingGPT\nOffline zebra test 2024');
  t.match(output.data, { generated_text: output.text });
  const photo = await run('local/tesseract-eng', 'image-to-text', { image: await example('c.jpg') });
  t.match(photo, { text: '', data: { note: 'no legible text found' } });
});

t.test('document QA answers with the matching line of the document', async (t) => {
  const invoice = await textImage(['Invoice number 4521', 'Total due: 318 euros', 'Payment by bank transfer']);
  const output = await run('local/tesseract-bm25-docqa', 'document-question-answering', { image: invoice, question: 'What is the total due?' });
  t.equal(output.text, 'Total due: 318 euros');
  t.match(output.data, { method: 'ocr+extractive-bm25' });
  const faq = await textImage(['What are the opening hours?', 'Open every day from 9 to 18', 'Closed on public holidays']);
  const hours = await run('local/tesseract-bm25-docqa', 'document-question-answering', { image: faq, question: 'What are the opening hours?' });
  t.equal(hours.text, 'Open every day from 9 to 18', 'the line that asks the question is not its answer');
});

t.test('inputs that are not images fail as bad input, for every model', async (t) => {
  const junk: Media = { kind: 'image', mime: 'image/png', bytes: new TextEncoder().encode('not an image at all') };
  for (const [model, task] of [['local/centernet-coco', 'object-detection'], ['local/tesseract-eng', 'image-to-text'], ['local/upscalerjs-x2', 'image-to-image']] as const) {
    await t.rejects(run(model, task, { image: junk }), { code: 'EXPERT_BAD_INPUT', tryNextModel: false }, model);
  }
  await t.rejects(run('local/centernet-coco', 'object-detection', { image: 'https://example.org/a.jpg' }), { code: 'EXPERT_BAD_INPUT', message: /must be an image/ });
  const audio: Media = { kind: 'audio', mime: 'audio/wav', bytes: new Uint8Array(44) };
  await t.rejects(run('local/centernet-coco', 'object-detection', { image: audio }), { code: 'EXPERT_BAD_INPUT', message: /not audio/ });
});

t.test('concurrent calls on the shared tfjs engine all succeed', async (t) => {
  const images = await Promise.all(['b.jpg', 'c.jpg', 'f.jpg', 'g.jpg'].map(example));
  const outputs = await Promise.all(images.map((image) => run('local/centernet-labels', 'image-classification', { image })));
  t.same(outputs.map((output) => (output.data as LabelScore[])[0]?.label), ['zebra', 'zebra', 'zebra', 'person']);
});
