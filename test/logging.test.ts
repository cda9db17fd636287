import { Writable } from 'node:stream';
import { pino } from 'pino';
import t from 'tap';
import { LOG_REDACT_PATHS } from '../src/logger.js';
import { buildTestApp } from './helper.js';

t.test('every log line of a request carries its id; the id is echoed; secrets are redacted', async (t) => {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().trim().split('\n').map((line: string) => JSON.parse(line)));
      done();
    },
  });
  const logger = pino({ level: 'debug', redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } }, sink);
  const app = await buildTestApp(t, { CONTROLLER: 'rules' }, { logger, providers: [] });

  const response = await app.inject({ method: 'POST', url: '/plan', headers: { 'x-request-id': 'req-123', authorization: 'Bearer sk-secret' }, payload: { request: 'summarize "One. Two."' } });
  t.equal(response.statusCode, 200);
  t.equal(response.headers['x-request-id'], 'req-123');
  const own = lines.filter((line) => line.requestId === 'req-123');
  t.ok(own.length >= 2, `${own.length} lines carry the request id`);
  t.ok(own.some((line) => line.msg === 'request completed'));

  const generated = await app.inject({ method: 'GET', url: '/healthz' });
  t.match(generated.headers['x-request-id'], /^[0-9a-f-]{36}$/, 'an id is generated when none is given');

  logger.info({ config: { OPENAI_API_KEY: 'sk-secret', HF_TOKEN: 'hf_secret' }, req: { headers: { authorization: 'Bearer sk-secret' } } }, 'check');
  t.notMatch(JSON.stringify(lines), /sk-secret|hf_secret/, 'no secret reaches the logs');
});
