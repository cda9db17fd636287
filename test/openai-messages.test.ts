// OpenAI messages → the pipeline's conversation: resources on their own lines, files stored once
// however often a front-end resends them, this service's own links read back as paths, tool
// messages left out.
import t from 'tap';
import type { ArtifactStore } from '../src/artifacts/store.js';
import { createDedupingSaver, toConversation } from '../src/openai-api/messages.js';
import { absoluteLinks, createLinkRewriter, filesMarkdown } from '../src/openai-api/answer.js';
import type { Media, TaskResult } from '../src/pipeline/types.js';
import { RED_PNG_URI } from './samples.js';

function memoryStore(): ArtifactStore & { puts: Media[] } {
  const puts: Media[] = [];
  return {
    puts,
    async put(media) {
      puts.push(media);
      const artifact = `${String(puts.length).padStart(32, '0')}.png`;
      return { artifact, url: `/artifacts/${artifact}`, mime: media.mime };
    },
    get: async () => null,
  };
}

const BASE = 'https://gpt.example.org';

t.test('a conversation with images, resent as front-ends do, stores each file once', async (t) => {
  const store = memoryStore();
  const save = createDedupingSaver(store);
  const image = { type: 'image_url', image_url: { url: RED_PNG_URI } };
  const messages = [
    { role: 'developer', content: 'Be brief.' },
    { role: 'user', content: [{ type: 'text', text: 'What is in this image?' }, image] },
    { role: 'assistant', content: `A red square: ${BASE}/artifacts/aaaa.png`, tool_calls: [] },
    { role: 'tool', content: 'tool output', tool_call_id: 'x' },
    { role: 'assistant', content: null },
    { role: 'user', content: [image, { type: 'text', text: 'And now https://example.org/b.jpg' }, { type: 'image_url', image_url: { url: 'https://example.org/c.jpg' } }] },
  ];
  const conversation = await toConversation(messages, { save, baseUrl: BASE });
  t.same(conversation, [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'What is in this image?\n/artifacts/00000000000000000000000000000001.png' },
    { role: 'assistant', content: 'A red square: /artifacts/aaaa.png' },
    { role: 'user', content: '/artifacts/00000000000000000000000000000001.png\nAnd now https://example.org/b.jpg\nhttps://example.org/c.jpg' },
  ]);
  t.equal(store.puts.length, 1, 'the same image twice is stored once');
});

t.test('links to produced files become absolute, also when the text arrives in pieces', async (t) => {
  const id = '0123456789abcdef0123456789abcdef.png';
  const answer = `Boxes: /artifacts/${id}.\nSee /examples/c.jpg and ${BASE}/artifacts/${id} (kept).`;
  const expected = `Boxes: ${BASE}/artifacts/${id}.\nSee ${BASE}/examples/c.jpg and ${BASE}/artifacts/${id} (kept).`;
  t.equal(absoluteLinks(answer, BASE), expected);
  const rewriter = createLinkRewriter(BASE);
  const pieces = answer.match(/.{1,7}/gs)!;
  t.equal(pieces.map((piece) => rewriter.push(piece)).join('') + rewriter.flush(), expected, 'a path cut across pieces is still rewritten');

  const result = (id: number, status: TaskResult['status'], output: TaskResult['output']): TaskResult => ({
    id, task: 'text-to-speech', status, model: null, provider: null, output, error: null, attempts: [], startedAt: null, finishedAt: null, durationMs: null,
  });
  const files = filesMarkdown(
    [
      { ...result(0, 'succeeded', { image: { artifact: id, url: `/artifacts/${id}`, mime: 'image/png' } }), task: 'object-detection' },
      result(1, 'succeeded', { audio: { artifact: 'b.wav', url: '/artifacts/b.wav', mime: 'audio/wav' } }),
      result(2, 'failed', null),
    ],
    BASE,
  );
  t.equal(files, `\n\n![Object Detection (task 1)](${BASE}/artifacts/${id})\n\n[Text-to-Speech (task 2): audio, audio/wav](${BASE}/artifacts/b.wav)`);
  t.equal(filesMarkdown([result(0, 'failed', null)], BASE), '');
});
