// Every benchmark, one after the other, each in its own process (quick settings where one is long:
// the soak runs 30 s, the faults 80 requests, the experts bench two models), then a table of what
// each measured and a JSON report with their whole output (bench/results/report.json, or the path
// given). The latency suite also writes its figures as JSON, kept in the report as they are.
//   npm run bench -- [report.json]
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportPath = process.argv[2] ?? join(root, 'bench/results/report.json');
const latencyJson = join(tmpdir(), `hugginggpt-latency-${process.pid}.json`);

interface Benchmark {
  name: string;
  args: string[];
  /** The line of the output that says the most, for the table. */
  headline: (output: string) => string;
}

const last = (output: string, pattern: RegExp) => output.split('\n').filter((line) => pattern.test(line)).at(-1)?.trim() ?? '';
const BENCHMARKS: Benchmark[] = [
  { name: 'taskbench', args: ['bench/taskbench.ts'], headline: (output) => last(output, /^all\b|node F1/i) },
  { name: 'realistic', args: ['bench/realistic.ts'], headline: (output) => last(output, /^exact=/) },
  { name: 'plan', args: ['bench/plan-speed.ts', '10'], headline: (output) => last(output, /mean/) },
  { name: 'regex', args: ['bench/regex-runs.ts'], headline: (output) => output.split('\n').find((line) => /^ +[\d.]+ ms/.test(line))?.trim().replace(/\s+/g, ' ') ?? '' },
  { name: 'experts', args: ['bench/experts.ts', 'local/vader-sentiment', 'local/centernet-coco'], headline: (output) => `${output.split('\n').filter((line) => line.startsWith('| local/')).length} models measured` },
  { name: 'pipeline', args: ['bench/pipeline.ts', '2'], headline: (output) => last(output, /^RSS/) },
  { name: 'concurrency', args: ['bench/concurrency.ts', '3', '200'], headline: (output) => last(output, /^8 independent tasks\tdefaults/).replace(/\t/g, ' | ') },
  { name: 'faults', args: ['bench/faults.ts', '80', '8', '1'], headline: (output) => last(output, /^completed/) },
  { name: 'soak', args: ['--expose-gc', 'bench/soak.ts', '30', '10', '8'], headline: (output) => last(output, /^\d+\t/).replace(/\t/g, ' | ') },
  { name: 'latency', args: ['bench/latency.ts', '--rounds', '3', '--json', latencyJson], headline: (output) => `targets: ${(output.match(/: met$/gm) ?? []).length} met, ${(output.match(/: MISSED$/gm) ?? []).length} missed` },
];

function run(args: string[]): Promise<{ code: number | null; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code, output, seconds: (performance.now() - started) / 1000 }));
  });
}

const results = [];
for (const benchmark of BENCHMARKS) {
  console.log(`\n=== bench ${benchmark.name}: node ${benchmark.args.join(' ')}\n`);
  const { code, output, seconds } = await run(benchmark.args);
  const figures = benchmark.name === 'latency' ? JSON.parse(await readFile(latencyJson, 'utf8').catch(() => 'null')) : undefined;
  results.push({ name: benchmark.name, command: `node --import tsx ${benchmark.args.join(' ')}`, exitCode: code, seconds: Math.round(seconds * 10) / 10, headline: benchmark.headline(output), output, ...(figures ? { figures } : {}) });
}
await rm(latencyJson, { force: true });

await mkdir(dirname(reportPath), { recursive: true });
const machine = { node: process.version, cpus: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown' };
await writeFile(reportPath, `${JSON.stringify({ at: new Date().toISOString(), machine, benchmarks: results }, null, 1)}\n`);

const rows = results.map((result) => [result.name, result.exitCode === 0 ? 'ok' : `exit ${result.exitCode}`, result.seconds.toFixed(1), result.headline]);
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length), ['benchmark', 'status', 'seconds'][column]!.length));
console.log(`\nbenchmarks (${machine.cpus} cores, Node ${machine.node}); report: ${reportPath}\n`);
console.log(`| ${'benchmark'.padEnd(widths[0]!)} | ${'status'.padEnd(widths[1]!)} | ${'seconds'.padStart(widths[2]!)} | headline |`);
console.log(`|${'-'.repeat(widths[0]! + 2)}|${'-'.repeat(widths[1]! + 2)}|${'-'.repeat(widths[2]! + 1)}:|---|`);
for (const row of rows) console.log(`| ${row[0]!.padEnd(widths[0]!)} | ${row[1]!.padEnd(widths[1]!)} | ${row[2]!.padStart(widths[2]!)} | ${row[3]} |`);
process.exitCode = results.some((result) => result.exitCode !== 0) ? 1 : 0;
