// Secrets never leave the process: configured values and credential shapes are scrubbed from
// error messages, response bodies and log lines, including upstream replies that echo our key.
import { Writable } from 'node:stream';
import t, { type Test } from 'tap';
import { loadConfig } from '../src/config.js';
import { createHuggingFaceProvider } from '../src/experts/huggingface/provider.js';
import { createLogger } from '../src/logger.js';
import { createScrubber, secretValues } from '../src/secrets.js';
import { startFakeHuggingFace } from './fakes/hf-server.js';
import { startFakeOpenAI } from './fakes/openai-server.js';
import { buildTestApp } from './helper.js';
import { RED_PNG_URI } from './samples.js';

const OPENAI_KEY = 'sk-proj-Zq8w7LmN3vB5xC1dF9gH2jK4';
const HF_KEY = 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345';

t.test('the scrubber removes configured values and anything shaped like a key or a bearer token', async (t) => {
  const config = loadConfig({ OPENAI_API_KEY: 'my-own-self-hosted-key', HF_TOKEN: HF_KEY });
  const scrub = createScrubber(secretValues(config));
  t.equal(scrub('key my-own-self-hosted-key leaked'), 'key [REDACTED] leaked', 'a configured value of any shape');
  t.equal(scrub(`token ${HF_KEY}`), 'token [REDACTED]');
  t.equal(scrub('Authorization: Bearer abcdefgh12345678'), 'Authorization: Bearer [REDACTED]');
  t.equal(scrub(`{"key":"${OPENAI_KEY}"}`), '{"key":"[REDACTED]"}', 'an sk- key nobody configured');
  t.equal(scrub('hf_SomebodyElsesToken1234 and api-key: 0123456789abcdef'), '[REDACTED] and api-key: [REDACTED]');
  t.equal(scrub('Token Classification with sk-learn basics, the Basic plan'), 'Token Classification with sk-learn basics, the Basic plan', 'ordinary words survive');
  scrub.add(['loaded-later-from-a-file']);
  t.equal(scrub('x loaded-later-from-a-file y'), 'x [REDACTED] y');
  t.same(secretValues({ API_KEYS: 'first-key-123, second-key-456', PORT: 3000, LLM_MODEL: 'gpt' }), ['first-key-123', 'second-key-456']);
});

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, destination: { write: (line: string) => destination.write(line) } };
}

async function appWithEchoes(t: Test, env: Record<string, string>) {
  const llm = await startFakeOpenAI(({ headers, purpose }) =>
    purpose === 'plan'
      ? { content: { tasks: [{ id: 0, task: 'object-detection', dep: [], args: { image: RED_PNG_URI } }] } }
      : { status: 500, errorMessage: `internal error while handling headers {"authorization": "${headers.authorization}"}` },
  );
  const hf = await startFakeHuggingFace();
  t.teardown(async () => {
    await llm.close();
    await hf.close();
  });
  const fullEnv = { OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: OPENAI_KEY, HF_TOKEN: HF_KEY, LLM_MAX_RETRIES: '0', INFERENCE_MODE: 'huggingface', LOG_LEVEL: 'debug', ...env };
  const config = loadConfig(fullEnv);
  const scrub = createScrubber(secretValues(config));
  const { lines, destination } = capture();
  const logger = createLogger('debug', { scrub, destination });
  const catalogue = [{ id: 'test/object-detection', task: 'object-detection' as const, provider: 'huggingface' as const, downloads: 1, likes: 0, tags: [], languages: [], license: null, description: 'fake' }];
  const provider = createHuggingFaceProvider({ token: HF_KEY, fetch: hf.fetch, logger: logger.child({ component: 'huggingface' }) });
  const app = await buildTestApp(t, fullEnv, { logger, scrub, providers: [provider], catalogue });
  return { app, llm, hf, lines };
}

const leaks = (text: string) => [OPENAI_KEY, HF_KEY].filter((key) => text.includes(key));

t.test('an LLM that echoes the key in a 500 or a 401: neither the response nor the logs contain it', async (t) => {
  for (const status of [500, 401]) {
    const { app, llm, lines } = await appWithEchoes(t, {});
    llm.handle(({ headers }) => ({ status, errorMessage: `cannot serve request with Authorization: ${headers.authorization}` }));
    const response = await app.inject({ method: 'POST', url: '/plan', payload: { request: 'detect the objects' } });
    t.equal(response.statusCode, 502);
    t.equal(llm.requests.at(-1)!.headers.authorization, `Bearer ${OPENAI_KEY}`, 'the upstream did receive the key');
    t.same(leaks(response.body), [], `HTTP ${status}: not in the response body`);
    t.same(leaks(lines.join('')), [], `HTTP ${status}: not in the logs`);
    t.ok(lines.some((line) => line.includes('request failed')), 'the failure was logged');
  }
});

t.test('a Hugging Face model that echoes the token in a 401 and a 500: the results and the logs are clean', async (t) => {
  for (const fail of [401, 500]) {
    const { app, hf, lines } = await appWithEchoes(t, {});
    hf.setBehaviour('test/object-detection', { fail, echoAuthorization: true });
    const response = await app.inject({ method: 'POST', url: '/chat', payload: { request: 'detect the objects' } });
    t.equal(response.statusCode, 200, response.body);
    const body = response.json();
    t.equal(body.results[0].status, 'failed');
    t.match(body.results[0].error.message, /Authorization: Bearer \[REDACTED\]/, 'the upstream message is kept, the key is not');
    t.ok(hf.calls.some((call) => call.authorization === `Bearer ${HF_KEY}`), 'the upstream did receive the token');
    t.same(leaks(response.body), [], `HTTP ${fail}: not in the response body`);
    t.same(leaks(lines.join('')), [], `HTTP ${fail}: not in the logs`);
    t.ok(lines.some((line) => line.includes('expert call failed')), 'the failure was logged');
  }
});
