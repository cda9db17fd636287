// One sniffer for every byte that enters or leaves: model outputs in MP4 or WebM audio are stored
// with a readable extension, and the usual list shape of image-to-text is accepted.
import t from 'tap';
import { mediaTypeByExtension, sniffMime } from '../src/artifacts/media-types.js';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import { makeMp4 } from './fakes/hf-media.js';
import { json } from './fakes/hf-replies.js';
import { startFakeHuggingFace } from './fakes/hf-server.js';
import { buildTestApp } from './helper.js';
import { RED_PNG_URI } from './samples.js';

const webm = () => Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(60, 1)]);
const m4a = () => {
  const mp4 = makeMp4();
  mp4.write('M4A ', 8, 'latin1');
  return mp4;
};

t.test('containers that hold audio or video: the brand or the expected kind decides', async (t) => {
  t.equal(sniffMime(makeMp4()), 'video/mp4');
  t.equal(sniffMime(makeMp4(), 'audio'), 'audio/mp4');
  t.equal(sniffMime(m4a()), 'audio/mp4', 'the M4A brand is audio whatever is expected');
  t.equal(sniffMime(webm()), 'video/webm');
  t.equal(sniffMime(webm(), 'audio'), 'audio/webm');
  t.match(mediaTypeByExtension('m4a'), { mime: 'audio/mp4', kind: 'audio' });
  t.match(mediaTypeByExtension('weba'), { mime: 'audio/webm', kind: 'audio' });
});

t.test('text-to-speech answering audio/mp4 or audio/webm is stored under its type and can be read back', async (t) => {
  const hf = await startFakeHuggingFace();
  t.teardown(() => hf.close());
  const catalogue = [{ id: 'test/text-to-speech', task: 'text-to-speech' as const, provider: 'huggingface' as const, downloads: 1, likes: 0, tags: [], languages: [], license: null, description: 'tts' }];
  const app = await buildTestApp(t, { INFERENCE_MODE: 'huggingface', CONTROLLER: 'rules' }, { providers: [createHuggingFaceProvider({ endpointUrl: `${hf.url}/models/{model}` })], catalogue });
  for (const [bytes, mime, extension] of [[makeMp4(), 'audio/mp4', 'm4a'], [webm(), 'audio/webm', 'weba']] as const) {
    hf.setBehaviour('test/text-to-speech', { reply: () => ({ contentType: mime, body: bytes }) });
    const response = await app.inject({ method: 'POST', url: '/execute', payload: { tasks: [{ id: 0, task: 'text-to-speech', dep: [], args: { text: 'hello' } }] } });
    const [result] = response.json().results;
    t.equal(result.status, 'succeeded', JSON.stringify(result.error));
    t.match(result.output.audio, { mime, url: new RegExp(`\\.${extension}$`) });
    const download = await app.inject({ method: 'GET', url: result.output.audio.url });
    t.equal(download.statusCode, 200, `${mime} can be read back`);
    t.equal(download.headers['content-type'], mime);
    t.same(download.rawPayload, bytes);
  }
});

t.test('image-to-text answering [{"generated_text": …}] (the Inference API shape) is accepted, and so is the bare object', async (t) => {
  const hf = await startFakeHuggingFace();
  t.teardown(() => hf.close());
  const provider = createHuggingFaceProvider({ token: 'hf_test_token_1234567', fetch: hf.fetch });
  const { toMedia } = await import('../src/artifacts/media-types.js');
  const image = toMedia(Buffer.from(RED_PNG_URI.split(',')[1]!, 'base64'))!;
  for (const body of [[{ generated_text: 'a red square' }], { generated_text: 'a red square' }]) {
    hf.setBehaviour('test/image-to-text', { reply: () => json(body) });
    const output = await provider.run({ task: 'image-to-text', model: 'test/image-to-text', args: { image } }, {});
    t.equal(output.text, 'a red square', JSON.stringify(body));
  }
  hf.setBehaviour('test/image-to-text', { reply: () => json([{ label: 'not a caption' }]) });
  await t.rejects(provider.run({ task: 'image-to-text', model: 'test/image-to-text', args: { image } }, {}), { code: 'EXPERT_BAD_OUTPUT' });
});
