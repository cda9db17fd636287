// The latency suite's measuring and printing: one streamed /chat read as Server-Sent Events with
// the time of its first task start, its first answer byte and its end; the median run of each
// scenario; the table; the targets of the issue, printed (never asserted).
import { longestChain, type Scenario } from './latency-scenarios.js';

export interface Run {
  wall: number;
  firstTaskMs: number | null;
  firstAnswerMs: number | null;
  promptTokens: number;
  completionTokens: number;
  bound: number;
  llmCalls: number;
  selectCalls: number;
  promptChars: number;
  hfCalls: number;
}

export interface Measured extends Run {
  name: string;
  structure: Scenario['structure'];
  tasks: number;
  chain: number;
  ratio: number;
  referenceChars: number;
  charsRatio: number;
}

/** One streamed /chat: times from the request to the first task-start, the first answer-delta and done. */
export async function runOnce(address: string, request: string): Promise<Omit<Run, 'bound' | 'llmCalls' | 'selectCalls' | 'promptChars' | 'hfCalls'>> {
  const started = performance.now();
  const response = await fetch(`${address}/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request, stream: true }) });
  if (!response.ok || !response.body) throw new Error(`/chat answered ${response.status}: ${await response.text()}`);
  const decoder = new TextDecoder();
  let buffer = '';
  let firstTaskMs: number | null = null;
  let firstAnswerMs: number | null = null;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (!data) continue;
      const event = JSON.parse(data) as { type: string; result?: { usage: { promptTokens: number; completionTokens: number } }; code?: string; message?: string };
      const at = performance.now() - started;
      if (event.type === 'task-start') firstTaskMs ??= at;
      if (event.type === 'answer-delta') firstAnswerMs ??= at;
      if (event.type === 'error') throw new Error(`${event.code}: ${event.message}`);
      if (event.type === 'done') return { wall: at, firstTaskMs, firstAnswerMs, promptTokens: event.result!.usage.promptTokens, completionTokens: event.result!.usage.completionTokens };
    }
  }
  throw new Error('the stream ended without done');
}

/** The reference scheme's prompt characters: 5.4k planning, 2.9k per task for model choice, an answer prompt of 1.2k growing to 3.9k at 6 tasks. */
export const referenceChars = (tasks: number) => 5400 + 2900 * tasks + Math.min(3900, 1200 + 540 * (tasks - 1));

export function summarise(scenario: Scenario, runs: Run[]): Measured {
  const median = [...runs].sort((a, b) => a.wall / a.bound - b.wall / b.bound)[Math.floor(runs.length / 2)]!;
  const reference = referenceChars(scenario.tasks.length);
  return {
    name: scenario.name,
    structure: scenario.structure,
    tasks: scenario.tasks.length,
    chain: longestChain(scenario.tasks),
    ...median,
    ratio: median.wall / median.bound,
    referenceChars: reference,
    charsRatio: median.promptChars / reference,
  };
}

const COLUMNS: Array<[string, (row: Measured) => string]> = [
  ['scenario', (row) => row.name],
  ['tasks', (row) => String(row.tasks)],
  ['chain', (row) => String(row.chain)],
  ['wall ms', (row) => row.wall.toFixed(0)],
  ['bound ms', (row) => row.bound.toFixed(0)],
  ['wall/bound', (row) => row.ratio.toFixed(3)],
  ['LLM calls', (row) => `${row.llmCalls}${row.selectCalls ? ` (${row.selectCalls} select)` : ''}`],
  ['prompt tok', (row) => String(row.promptTokens)],
  ['compl tok', (row) => String(row.completionTokens)],
  ['HF calls', (row) => String(row.hfCalls)],
  ['1st task ms', (row) => (row.firstTaskMs === null ? '–' : row.firstTaskMs.toFixed(0))],
  ['1st answer ms', (row) => (row.firstAnswerMs === null ? '–' : row.firstAnswerMs.toFixed(0))],
  ['prompt chars', (row) => String(row.promptChars)],
  ['reference chars', (row) => String(row.referenceChars)],
  ['chars ratio', (row) => row.charsRatio.toFixed(2)],
];

/** A Markdown table, so the README can show it as printed. */
export function printTable(title: string, rows: Measured[]): void {
  const cells = [COLUMNS.map(([name]) => name), ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row)))];
  const widths = COLUMNS.map((_, index) => Math.max(...cells.map((line) => line[index]!.length)));
  const line = (values: string[]) => `| ${values.map((value, index) => (index === 0 ? value.padEnd(widths[index]!) : value.padStart(widths[index]!))).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(cells[0]!));
  console.log(`|${widths.map((width, index) => (index === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
  for (const values of cells.slice(1)) console.log(line(values));
}

export function printTargets(report: Record<string, Measured[]>, fixed: string, written: string, makespanRatio: number): void {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const worst = (rows: Measured[], value: (row: Measured) => number) => rows.reduce((top, row) => (value(row) > value(top) ? row : top));
  const fixedRows = report[fixed]!;
  const writtenRows = report[written]!;
  const chains = writtenRows.filter((row) => row.chain >= 2);
  const mean = chains.reduce((sum, row) => sum + row.ratio, 0) / chains.length;
  const noSelect = [...fixedRows, ...writtenRows].filter((row) => row.selectCalls === 0);
  const all = [...fixedRows, ...writtenRows];
  const lines: Array<[string, string, boolean]> = [
    ['wall ÷ bound ≤ 1.0 on every scenario (fixed latency)', `worst ${worst(fixedRows, (row) => row.ratio).ratio.toFixed(3)} (${worst(fixedRows, (row) => row.ratio).name})`, fixedRows.every((row) => row.ratio <= 1)],
    ['wall ÷ bound ≤ 0.95 on every chain of 2 or more (60 tokens/s)', `worst ${worst(chains, (row) => row.ratio).ratio.toFixed(3)} (${worst(chains, (row) => row.ratio).name})`, chains.every((row) => row.ratio <= 0.95)],
    ['wall ÷ bound ≤ 0.92 on average over those chains (60 tokens/s)', `mean ${mean.toFixed(3)}`, mean <= 0.92],
    ['≤ 2 LLM calls per /chat when selection needs no call', `max ${Math.max(...noSelect.map((row) => row.llmCalls))} over ${noSelect.length} runs`, noSelect.every((row) => row.llmCalls <= 2)],
    ['prompt characters ≤ half the reference scheme, every scenario', `worst ${worst(all, (row) => row.charsRatio).charsRatio.toFixed(2)} (${worst(all, (row) => row.charsRatio).name})`, all.every((row) => row.charsRatio <= 0.5)],
    ['makespan ÷ critical path ≤ 1.05, 8 independent remote tasks', makespanRatio.toFixed(3), makespanRatio <= 1.05],
  ];
  console.log('\ntargets (printed, not asserted)\n');
  for (const [target, figure, ok] of lines) console.log(`- ${target}: ${figure}: ${verdict(ok)}`);
}
