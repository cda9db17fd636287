// With nothing configured (no LLM, no Hugging Face token): the rule-based controller plans,
// selects and answers, and the embedded experts produce real results.
import t from 'tap';
import { buildTestApp } from './helper.js';

t.test('"detect the objects in /examples/g.jpg and read out loud what you found" works offline', async (t) => {
  const app = await buildTestApp(t);
  const ready = await app.inject({ method: 'GET', url: '/readyz' });
  t.match(ready.json(), { status: 'ready', controller: 'rules', inferenceMode: 'hybrid', runnableModels: { huggingface: 0 } });

  const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'detect the objects in /examples/g.jpg and read out loud what you found' } });
  t.equal(response.statusCode, 200, response.body);
  const body = response.json();
  t.equal(body.controller, 'rules');
  t.same(body.usage.calls, 0, 'no LLM call');
  t.match(body.tasks, [
    { id: 0, task: 'object-detection', args: { image: '/examples/g.jpg' } },
    { id: 1, task: 'text-to-speech', dep: [0], args: { text: '<GENERATED>-0' } },
  ]);
  const [detection, speech] = body.results;
  t.equal(detection.status, 'succeeded', JSON.stringify(detection.error));
  t.equal(detection.model, 'local/centernet-coco');
  const labels = (detection.output.data as Array<{ label: string }>).map((object) => object.label);
  t.ok(labels.includes('person'), `found people: ${labels.join(', ')}`);
  t.match(detection.output.text, /\d+ (?:person|people)\b/);

  const boxes = await app.inject({ method: 'GET', url: detection.output.image.url });
  t.equal(boxes.statusCode, 200);
  t.equal(boxes.headers['content-type'], 'image/jpeg', 'an image with the boxes drawn (a photo stays a JPEG)');

  t.equal(speech.status, 'succeeded', JSON.stringify(speech.error));
  const wav = await app.inject({ method: 'GET', url: speech.output.audio.url });
  t.equal(wav.headers['content-type'], 'audio/wav');
  t.equal(wav.rawPayload.subarray(0, 4).toString(), 'RIFF');
  t.equal(wav.rawPayload.subarray(8, 12).toString(), 'WAVE');
  t.ok(wav.rawPayload.length > 20_000, 'more than a second of speech');

  t.match(body.answer, /\d+ (?:person|people)\b.*based on object detection/, 'the answer gives the objects and what they rest on');
  t.match(body.answer, detection.output.image.url, 'and names the image with boxes');
  t.match(body.answer, speech.output.audio.url, 'and the audio');
});

t.test('several independent and chained text tasks offline', async (t) => {
  const app = await buildTestApp(t);
  const response = await app.inject({
    method: 'POST',
    url: '/chat',
    payload: { request: 'Find the named entities in "Barack Obama visited Berlin with Angela Merkel." and tell me the sentiment of "I absolutely loved this film, it was wonderful."' },
  });
  t.equal(response.statusCode, 200, response.body);
  const body = response.json();
  t.same(body.tasks.map((task: { task: string }) => task.task).sort(), ['text-classification', 'token-classification']);
  t.ok(body.results.every((result: { status: string }) => result.status === 'succeeded'), JSON.stringify(body.results.map((result: { error: unknown }) => result.error)));
  const byTask = Object.fromEntries(body.results.map((result: { task: string; output: { text: string } }) => [result.task, result.output.text]));
  t.match(byTask['token-classification'], /Barack Obama \(PER\)/);
  t.match(byTask['token-classification'], /Berlin \(LOC\)/);
  t.match(byTask['text-classification'], /positive/i);
});
