// How long the event loop is held while the rule-based controller plans, inline and offloaded to
// its worker thread (src/controllers/rules/offload.ts). For every hostile shape of
// bench/hostile-shapes.ts at 100 KB: the planning time as a caller sees it, the longest the event
// loop was blocked meanwhile (the lateness of a 1 ms timer), and the main thread's busy time (its
// event-loop utilisation). Medians of 5 plans after 2 warm-up runs. perf_hooks.monitorEventLoopDelay
// was tried and dropped: its max missed blocks of hundreds of ms that the timer sees (it reported
// 1-30 ms for inline plans of 200-450 ms).
// Then, to place PLAN_OFFLOAD_BYTES: the slowest shape's inline plan at sizes from 1 to 16 KB.
//   npm run bench:plan-eventloop -- [size in bytes, default 100000]
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createRulesController } from '../src/controllers/rules/index.js';
import { planRequest } from '../src/controllers/rules/plan.js';
import type { Controller } from '../src/pipeline/types.js';
import { HOSTILE, hostile } from './hostile-shapes.js';

const SIZE = Number(process.argv[2] ?? 100_000);
const RUNS = 5;
const paragraph = 'The council met on Tuesday to discuss the new bike lanes, compare their costs and summarize the plan for shop owners. ';
const shapes: Record<string, [string, string?, string?]> = {
  'pasted text': [paragraph, 'Summarize this and translate the summary into French:\n\n'],
  'long instruction': ['Caption /examples/a.jpg and translate it to French, then read it aloud. '],
  ...HOSTILE,
};

const inline = createRulesController({ maxTasks: 20 });
const offloaded = createRulesController({ maxTasks: 20, offload: { bytes: 0, workers: 1, timeoutMs: 60_000, maxQueued: 16 } });

/**
 * One plan through the controller: its time, the longest the event loop was held meanwhile, and
 * how long the main thread was busy (event-loop utilisation's active time: on a loaded machine a
 * timer is also late while the thread waits for a core, which this does not count).
 */
async function measure(controller: Controller, request: string): Promise<{ ms: number; timerMs: number; activeMs: number }> {
  let last = performance.now();
  let late = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    late = Math.max(late, now - last - 1);
    last = now;
  }, 1);
  // Let the timer run before the plan starts, then count from zero.
  await new Promise((resolve) => setTimeout(resolve, 5));
  late = 0;
  last = performance.now();
  const utilisation = performance.eventLoopUtilization();
  const started = performance.now();
  await controller.plan({ request, history: [] }, {}).catch(() => undefined);
  const ms = performance.now() - started;
  // One more tick, so a block that lasted to the end of the plan is counted.
  await new Promise((resolve) => setTimeout(resolve, 2));
  const { active } = performance.eventLoopUtilization(utilisation);
  clearInterval(ticker);
  return { ms, timerMs: Math.max(0, late), activeMs: active };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const cell = (value: number) => value.toFixed(1).padStart(6);

async function row(controller: Controller, request: string) {
  for (let i = 0; i < 2; i++) await measure(controller, request);
  const runs: Array<Awaited<ReturnType<typeof measure>>> = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(controller, request));
  return { ms: median(runs.map((run) => run.ms)), timerMs: Math.max(...runs.map((run) => run.timerMs)), activeMs: median(runs.map((run) => run.activeMs)) };
}

console.log(`${(SIZE / 1000).toFixed(0)} KB requests through the rules controller, inline and offloaded (ms; plan: median of ${RUNS} after 2 warm-up runs;`);
console.log(`block: the longest event-loop block over the ${RUNS}, as a 1 ms timer's lateness (on a loaded machine also the wait for a core);`);
console.log(`busy: the main thread's active time during the plan, median; load average ${loadavg().map((value) => value.toFixed(1)).join(' ')} on ${availableParallelism()} cores)`);
console.log(`${''.padEnd(22)} ${'inline plan'.padStart(12)} ${'block'.padStart(6)} ${'busy'.padStart(6)}   ${'offloaded plan'.padStart(14)} ${'block'.padStart(6)} ${'busy'.padStart(6)}`);
let worst = { inline: 0, offloaded: 0, busyInline: 0, busyOffloaded: 0 };
const differ: string[] = [];
for (const [name, shape] of Object.entries(shapes)) {
  const request = hostile(shape, SIZE);
  const here = await row(inline, request);
  const there = await row(offloaded, request);
  // The same outcome both ways: the plan, or the error (most of these shapes ask for more than 20 tasks).
  const outcome = (controller: Controller) => controller.plan({ request, history: [] }, {}).then(JSON.stringify, (error: Error) => `${(error as { code?: string }).code}: ${error.message}`);
  if ((await outcome(inline)) !== (await outcome(offloaded))) differ.push(name);
  worst = { inline: Math.max(worst.inline, here.timerMs), offloaded: Math.max(worst.offloaded, there.timerMs), busyInline: Math.max(worst.busyInline, here.activeMs), busyOffloaded: Math.max(worst.busyOffloaded, there.activeMs) };
  console.log(`  ${name.padEnd(20)} ${cell(here.ms).padStart(12)} ${cell(here.timerMs)} ${cell(here.activeMs)}   ${cell(there.ms).padStart(14)} ${cell(there.timerMs)} ${cell(there.activeMs)}`);
}
console.log(differ.length ? `OFFLOADED PLANS DIFFER from inline ones: ${differ.join(', ')}` : 'every offloaded plan (or refusal) is the inline one, byte for byte');
console.log(`longest event-loop block (timer): inline ${worst.inline.toFixed(1)} ms, offloaded ${worst.offloaded.toFixed(1)} ms; most main-thread time per plan: inline ${worst.busyInline.toFixed(1)} ms, offloaded ${worst.busyOffloaded.toFixed(1)} ms`);

// Where offloading starts to pay: the slowest shape's inline plan (CPU ms, median of 7) at each size, and a short
// request's round trip through the worker (what a message costs).
console.log('\nInline plan by size: the slowest shape at each size (CPU ms, median of 7 after 2 warm-up runs)');
const cpu = (request: string) => {
  const started = process.cpuUsage();
  planRequest(request, [], { maxTasks: 20 });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
for (const size of [1000, 2000, 4000, 8000, 16_000]) {
  let slowest = { ms: 0, name: '' };
  for (const [name, shape] of Object.entries(shapes)) {
    const request = hostile(shape, size);
    for (let i = 0; i < 2; i++) cpu(request);
    const ms = median(Array.from({ length: 7 }, () => cpu(request)));
    if (ms > slowest.ms) slowest = { ms, name };
  }
  console.log(`  ${String(size).padStart(6)} bytes: ${slowest.ms.toFixed(1).padStart(5)} ms (${slowest.name})`);
}
const short = await row(offloaded, 'Caption a.jpg and read the caption aloud');
const shortInline = await row(inline, 'Caption a.jpg and read the caption aloud');
console.log(`A short request: inline ${shortInline.ms.toFixed(2)} ms; through the worker ${short.ms.toFixed(2)} ms (a message each way)`);
await offloaded.close();
