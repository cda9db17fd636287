import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import t from 'tap';
import { fetchHubCatalog } from '../src/registry/hub.js';

t.test('the catalogue refresh reads the Hub listing and model cards', async (t) => {
  const seen: Array<{ url: string; authorization?: string }> = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url!, authorization: req.headers.authorization });
    const url = new URL(req.url!, 'http://hub');
    if (url.pathname === '/api/models') {
      res.setHeader('content-type', 'application/json');
      return res.end(
        JSON.stringify([
          { id: 'acme/sum-large', downloads: 900, likes: 12, tags: ['transformers', 'summarization', 'en', 'license:apache-2.0', 'dataset:cnn'], cardData: { license: 'mit', language: ['en', 'de'] } },
          { id: 'acme/sum-tiny', downloads: 50, likes: 1, tags: ['onnx'] },
        ]),
      );
    }
    if (url.pathname === '/acme/sum-large/raw/main/README.md') return res.end('---\nlicense: mit\n---\n# Sum Large\n\nA [BART](https://x.org) model that **summarizes** news. Trained on CNN.\n');
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const models = await fetchHubCatalog(['summarization'], { hubUrl, token: 'hf_test', limit: 2, readCards: true });
  const listing = new URL(seen[0]!.url, hubUrl);
  t.same(Object.fromEntries([...listing.searchParams].filter(([key]) => key !== 'expand[]')), { pipeline_tag: 'summarization', sort: 'downloads', direction: '-1', limit: '2' });
  t.same(listing.searchParams.getAll('expand[]'), ['downloads', 'likes', 'tags', 'pipeline_tag', 'cardData']);
  t.equal(seen[0]!.authorization, 'Bearer hf_test');
  t.same(models[0], {
    id: 'acme/sum-large',
    task: 'summarization',
    downloads: 900,
    likes: 12,
    tags: ['transformers'],
    languages: ['en', 'de'],
    license: 'mit',
    description: 'A BART model that summarizes news. Trained on CNN.',
  });
  t.match(models[1], { id: 'acme/sum-tiny', license: null, description: 'Summarization model (onnx).' }, 'a missing card gives a description from the tags');
});
