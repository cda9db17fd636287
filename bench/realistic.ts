// Scores the rule-based planner on the realistic dev set with its own scorer: builds the app with
// CONTROLLER=rules, listens on an ephemeral port on 127.0.0.1, runs bench/data/realistic/score.mjs
// against it and prints its output.
//   npm run bench:realistic -- [--file items.jsonl] [--part tune|holdout|all] [any score.mjs option, e.g. --verbose]
// --file reads another set of the same line format (default bench/data/realistic/dev.jsonl), e.g.
// fresh.jsonl, the requests written after round 1 and scored only at the end of a round.
// --handoff also prints, for confidence thresholds, what CONTROLLER=rules-first would do with the set: how many plans the
// rules keep (and how many of those are wrong) and how many go to the LLM (and how many of those were right): counts only.
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
const valueOf = (name: string) => {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  return index < 0 ? undefined : args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
};
const source = resolve(data, valueOf('--file') ?? 'dev.jsonl');
const handoff = args.includes('--handoff');
const ours = (arg: string, index: number) => arg === '--handoff' || ['--part', '--file'].some((name) => arg === name || arg.startsWith(`${name}=`) || args[index - 1] === name);
const passOn = args.filter((arg, index) => !ours(arg, index));

const scratch = await mkdtemp(join(tmpdir(), 'hugginggpt-realistic-'));
const lines = (await readFile(source, 'utf8')).split('\n').filter((line) => line.trim());
const file = join(scratch, `${part}.jsonl`);
const items = lines.map((line) => JSON.parse(line) as Item).filter((item) => inPart(item.id, part));
await writeFile(file, items.map((item) => JSON.stringify(item)).join('\n') + '\n');
const out = valueOf('--out') ?? (handoff ? join(scratch, 'out.jsonl') : undefined);

const app = await buildApp(loadConfig({ CONTROLLER: 'rules', RATE_LIMIT_MAX: '0', PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0', ARTIFACTS_DIR: join(scratch, 'artifacts') }));
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
try {
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [join(data, 'score.mjs'), '--base', `http://127.0.0.1:${port}`, '--file', file, ...passOn, ...(out && !valueOf('--out') ? ['--out', out] : [])], { stdio: 'inherit' });
    child.on('exit', (status) => done(status ?? 1));
  });
  console.log(`file: ${source}, part: ${part}`);
  if (handoff && code === 0) await printHandoff(items, out!);
  process.exitCode = code;
} finally {
  await app.close();
  await rm(scratch, { recursive: true, force: true });
}

interface Item { id: string; request?: string; messages?: Array<{ role: string; content: string }> }

/** What CONTROLLER=rules-first would keep and hand to the LLM at each threshold, from each plan's confidence and whether it was exact. */
async function printHandoff(items: Item[], scored: string) {
  const exact = new Map((await readFile(scored, 'utf8')).split('\n').filter((line) => line.trim()).map((line) => {
    const row = JSON.parse(line) as { id: string; exact: boolean };
    return [row.id, row.exact];
  }));
  const rows: Array<{ confidence: number; exact: boolean }> = [];
  for (const item of items) {
    const reply = await app.inject({ method: 'POST', url: '/plan', payload: item.messages ? { messages: item.messages } : { request: item.request } });
    if (reply.statusCode !== 200) throw new Error(`POST /plan for ${item.id}: ${reply.statusCode} ${reply.body.slice(0, 200)}`);
    const { confidence, tasks } = reply.json() as { confidence?: number; tasks: unknown[] };
    rows.push({ confidence: confidence ?? (tasks.length ? 1 : 0), exact: exact.get(item.id) === true });
  }
  const misses = rows.filter((row) => !row.exact).length;
  console.log(`\nrules-first (plans below the threshold go to the LLM; ${misses} of ${rows.length} plans not exact):`);
  for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    const kept = rows.filter((row) => row.confidence >= threshold);
    const handed = rows.filter((row) => row.confidence < threshold);
    console.log(`  ${threshold.toFixed(1)}: kept ${kept.length} (${kept.filter((row) => !row.exact).length} not exact), to the LLM ${handed.length} (${handed.filter((row) => row.exact).length} of them exact)`);
  }
}
