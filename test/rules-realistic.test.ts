// Regression floors on the realistic dev set (bench/data/realistic, vendored from the team's shared
// set): the app is built with CONTROLLER=rules, listens on an ephemeral port on 127.0.0.1, and the
// set's own scorer plans every request through POST /plan. The floors sit a little under what the
// planner reaches, so that a real regression fails and noise does not.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { buildTestApp } from './helper.js';

const scorer = resolve(dirname(fileURLToPath(import.meta.url)), '../bench/data/realistic/score.mjs');

t.test('the realistic dev set scores above its floors', async (t) => {
  const app = await buildTestApp(t, { CONTROLLER: 'rules', RATE_LIMIT_MAX: '0' }); // 160 requests in a burst
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const output = await new Promise<string>((done, fail) => {
    const child = spawn(process.execPath, [scorer, '--base', `http://127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(text) : fail(new Error(`scorer exited with ${code}:\n${text}`))));
  });
  const last = output.trim().split('\n').at(-1)!;
  const metric = (name: string) => Number(new RegExp(`${name}=([\\d.]+)`).exec(last)?.[1]);
  t.comment(last);
  t.equal(metric('n'), 160);
  // Measured when written: exact 0.931, node F1 0.978, arguments 0.949, all 12 "none" items empty.
  t.ok(metric('exact') >= 0.9, `exact ${metric('exact')} ≥ 0.90`);
  t.ok(metric('node_f1') >= 0.95, `node F1 ${metric('node_f1')} ≥ 0.95`);
  t.ok(metric('args') >= 0.92, `arguments ${metric('args')} ≥ 0.92`);
  t.match(output, /none: (?:0\.9\d*|1\.000) of 12 plans empty/, 'requests that need no task get an empty plan');
});
