// Scores the rule-based planner on the realistic dev set with its own scorer: builds the app with
// CONTROLLER=rules, listens on an ephemeral port on 127.0.0.1, runs bench/data/realistic/score.mjs
// against it and prints its output.
//   npm run bench:realistic -- [--part tune|holdout|all] [any score.mjs option, e.g. --verbose]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { inPart, partArgument } from './dev-split.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(root, 'bench/data/realistic');
const args = process.argv.slice(2);
const part = partArgument(args);
const passOn = args.filter((arg, index) => !(arg === '--part' || arg.startsWith('--part=') || args[index - 1] === '--part'));

const scratch = await mkdtemp(join(tmpdir(), 'hugginggpt-realistic-'));
const lines = (await readFile(join(data, 'dev.jsonl'), 'utf8')).split('\n').filter((line) => line.trim());
const file = join(scratch, `${part}.jsonl`);
await writeFile(file, lines.filter((line) => inPart((JSON.parse(line) as { id: string }).id, part)).join('\n') + '\n');

const app = await buildApp(loadConfig({ CONTROLLER: 'rules', ARTIFACTS_DIR: join(scratch, 'artifacts'), RATE_LIMIT_MAX: '0' }));
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
try {
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [join(data, 'score.mjs'), '--base', `http://127.0.0.1:${port}`, '--file', file, ...passOn], { stdio: 'inherit' });
    child.on('exit', (status) => done(status ?? 1));
  });
  console.log(`part: ${part}`);
  process.exitCode = code;
} finally {
  await app.close();
  await rm(scratch, { recursive: true, force: true });
}
