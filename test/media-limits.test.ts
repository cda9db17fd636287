import { readFileSync } from 'node:fs';
import t from 'tap';
import { audioDurationSeconds } from '../src/resources/audio-duration.js';
import { checkMediaLimits } from '../src/resources/media-limits.js';
import { scriptedProvider } from './fakes/expert-provider.js';
import { buildTestApp } from './helper.js';
import { RED_PNG, blackPng } from './samples.js';

const audio = (name: string) => readFileSync(new URL(`./fixtures/audio/${name}`, import.meta.url));
const dataUri = (mime: string, bytes: Buffer) => `data:${mime};base64,${bytes.toString('base64')}`;

t.test('the 97 KB PNG declaring 9 999 × 9 999 pixels fails its task with RESOURCE_TOO_LARGE, without being decoded', async (t) => {
  const bomb = await blackPng(9999, 9999);
  t.ok(bomb.length < 100_000, `the file is ${bomb.length} bytes`);
  // The real embedded experts. Without the header check (MAX_IMAGE_PIXELS above 10^8) this very
  // file is decoded: the OCR expert peaked at 1.3 GB RSS and ran 17 s, the detector 58 s.
  const app = await buildTestApp(t, { CONTROLLER: 'rules', INFERENCE_MODE: 'local' });
  const image = dataUri('image/png', bomb);
  const before = process.memoryUsage().rss;
  const response = await app.inject({
    method: 'POST',
    url: '/execute',
    payload: {
      tasks: [
        { id: 0, task: 'object-detection', dep: [], args: { image } },
        { id: 1, task: 'image-to-text', dep: [], args: { image } },
      ],
      selections: [
        { id: 0, model: 'local/centernet-coco' },
        { id: 1, model: 'local/tesseract-eng' },
      ],
    },
  });
  const grown = process.memoryUsage().rss - before;
  t.equal(response.statusCode, 200);
  for (const result of response.json().results) {
    t.match(result, {
      status: 'failed',
      error: { code: 'RESOURCE_TOO_LARGE', message: /the image is 9999×9999 pixels \(99,980,001\), more than MAX_IMAGE_PIXELS \(16,777,216\)/ },
    });
    t.same(result.attempts, [], `${result.task}: no model was called`);
  }
  t.ok(grown < 150 * 1024 * 1024, `RSS grew by ${Math.round(grown / 1024 / 1024)} MB`);

  const upload = await app.inject({ method: 'POST', url: '/artifacts', headers: { 'content-type': 'image/png' }, payload: bomb });
  t.equal(upload.statusCode, 413);
  t.match(upload.json(), { code: 'RESOURCE_TOO_LARGE', message: /9999×9999 pixels/ });
});

t.test('MAX_IMAGE_PIXELS applies to named inputs and to images made by an earlier task', async (t) => {
  const big = await blackPng(20, 20);
  const provider = scriptedProvider('local', [
    { id: 'gen', task: 'text-to-image', output: () => ({ image: { kind: 'image', mime: 'image/png', bytes: big } }) },
    { id: 'det', task: 'object-detection', output: () => ({ text: 'nothing' }) },
  ]);
  const app = await buildTestApp(t, { CONTROLLER: 'rules', MAX_IMAGE_PIXELS: '100' }, { providers: [provider] });
  const response = await app.inject({
    method: 'POST',
    url: '/execute',
    payload: {
      tasks: [
        { id: 0, task: 'object-detection', dep: [], args: { image: dataUri('image/png', RED_PNG) } },
        { id: 1, task: 'text-to-image', dep: [], args: { text: 'a black square' } },
        { id: 2, task: 'object-detection', dep: [1], args: { image: '<GENERATED>-1' } },
      ],
    },
  });
  const results = response.json().results;
  t.equal(results[0].status, 'succeeded', 'a 2×2 image is within the limit');
  t.equal(results[1].status, 'succeeded');
  t.match(results[2], { status: 'failed', error: { code: 'RESOURCE_TOO_LARGE', message: /20×20 pixels \(400\), more than MAX_IMAGE_PIXELS \(100\)/ } });
  t.equal(provider.calls.filter((call) => call.model === 'det').length, 1, 'the detector never saw the large image');
});

t.test('a BMP, which libvips cannot read, is measured from its own header', async (t) => {
  const bmp = Buffer.alloc(54);
  bmp.write('BM', 0, 'latin1');
  bmp.writeUInt32LE(40, 14); // BITMAPINFOHEADER
  bmp.writeInt32LE(10_000, 18);
  bmp.writeInt32LE(-10_000, 22); // top-down rows
  await t.rejects(checkMediaLimits({ kind: 'image', mime: 'image/bmp', bytes: bmp }, { maxImagePixels: 16_777_216, maxAudioSeconds: 600 }), {
    code: 'RESOURCE_TOO_LARGE',
    message: /10000×10000 pixels/,
  });
  await t.rejects(checkMediaLimits({ kind: 'image', mime: 'image/png', bytes: RED_PNG.subarray(0, 20) }, { maxImagePixels: 100, maxAudioSeconds: 600 }), {
    code: 'RESOURCE_INVALID',
    message: /cannot be read/,
  });
});

t.test('audio duration is read from the header or container of every format the service recognises', async (t) => {
  // Made with ffmpeg: 1.5 s of a 440 Hz tone, 16 kHz mono (ffprobe agrees with each figure).
  const expected: Record<string, number> = {
    'tone.wav': 1.5,
    'tone.flac': 1.5,
    'tone.ogg': 1.5,
    'tone.opus': 1.5,
    'tone-cbr.mp3': 1.584,
    'tone-vbr.mp3': 1.584,
    'tone.m4a': 1.5,
    'tone.webm': 1.508,
  };
  for (const [name, seconds] of Object.entries(expected)) t.equal(audioDurationSeconds(audio(name)), seconds, name);

  // The same file without its Info frame (ID3 header, then the second frame on): only the bit rate tells.
  const cbr = audio('tone-cbr.mp3');
  const secondFrame = cbr.indexOf(Buffer.from([0xff, 0xf3]), 21);
  const estimate = audioDurationSeconds(Buffer.concat([cbr.subarray(0, 20), cbr.subarray(secondFrame)]))!;
  t.ok(Math.abs(estimate - 1.548) < 0.05, `without a Xing/Info frame the bit rate gives ${estimate} s`);

  const declared = Buffer.from(audio('tone.wav'));
  declared.writeUInt32LE(2 * 3600 * 32_000, declared.indexOf('data', 0, 'latin1') + 4);
  t.equal(audioDurationSeconds(declared), 7200, 'a header declaring two hours is believed, however few bytes follow');
  t.equal(audioDurationSeconds(Buffer.from('RIFF\0\0\0\0WAVEfmt ')), undefined, 'a truncated header: unknown');
  t.equal(audioDurationSeconds(audio('tone.flac').subarray(0, 20)), undefined);
});

t.test('MAX_AUDIO_SECONDS fails the task, and refuses the upload, before any decoding', async (t) => {
  const provider = scriptedProvider('local', [{ id: 'asr', task: 'automatic-speech-recognition', output: () => ({ text: 'a tone' }) }]);
  const app = await buildTestApp(t, { CONTROLLER: 'rules', MAX_AUDIO_SECONDS: '1' }, { providers: [provider] });
  const run = (bytes: Buffer) =>
    app.inject({ method: 'POST', url: '/execute', payload: { tasks: [{ id: 0, task: 'automatic-speech-recognition', dep: [], args: { audio: dataUri('audio/ogg', bytes) } }] } });
  const long = (await run(audio('tone.ogg'))).json().results[0];
  t.match(long, { status: 'failed', error: { code: 'RESOURCE_TOO_LARGE', message: /the audio lasts 2 s, more than MAX_AUDIO_SECONDS \(1 s\)/ } });
  t.equal(provider.calls.length, 0);
  const upload = await app.inject({ method: 'POST', url: '/artifacts', headers: { 'content-type': 'audio/flac' }, payload: audio('tone.flac') });
  t.equal(upload.statusCode, 413);
  t.match(upload.json(), { code: 'RESOURCE_TOO_LARGE', message: /MAX_AUDIO_SECONDS/ });

  const relaxed = await buildTestApp(t, { CONTROLLER: 'rules', MAX_AUDIO_SECONDS: '2' }, { providers: [provider] });
  const ok = await relaxed.inject({ method: 'POST', url: '/execute', payload: { tasks: [{ id: 0, task: 'automatic-speech-recognition', dep: [], args: { audio: dataUri('audio/ogg', audio('tone.ogg')) } }] } });
  t.equal(ok.json().results[0].status, 'succeeded');
});
