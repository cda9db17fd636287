// One turn of the conversation: the user's message (with previews of the files it names) and the
// service's live answer: the plan graph, each task's result as it ends, the answer as it streams.
// `handle(event)` applies one pipeline event; the table below says what each type changes, and a
// type it does not know is left to the raw JSON panel.
import { createPlanGraph } from './graph.js';
import { element, kindOfPath, mediaElement, renderResult } from './results.js';

const FILE_REFERENCE = /\/(?:artifacts|examples)\/[\w.-]+\.\w+/g;
const STATE_OF_STATUS = { succeeded: 'done', failed: 'failed', skipped: 'skipped' };

/** @param {HTMLElement} log @param {string} request */
export function createTurn(log, request) {
  const user = element('article', { className: 'message user' });
  user.append(element('p', { textContent: request }));
  const previews = element('div', { className: 'previews' });
  for (const path of new Set(request.match(FILE_REFERENCE) ?? [])) {
    const kind = kindOfPath(path);
    if (kind) previews.append(mediaElement(kind, path, `input ${path}`));
  }
  if (previews.childElementCount > 0) user.append(previews);

  const reply = element('article', { className: 'message assistant', dataset: { state: 'running' } });
  const status = element('p', { className: 'status', textContent: 'planning…' });
  const graphBox = element('div', { className: 'graph', hidden: true });
  const results = element('div', { className: 'results' });
  const answer = element('div', { className: 'answer' });
  reply.append(status, graphBox, results, answer);
  log.append(user, reply);
  const graph = createPlanGraph(graphBox);

  /** @type {Record<string, (event: Record<string, any>) => void>} */
  const handlers = {
    // A planner that streams its plan sends each task as soon as it is parsed.
    'task-planned': (event) => {
      graph.putTask(event.task && typeof event.task === 'object' ? event.task : event);
      graphBox.hidden = false;
      status.textContent = `planning… ${graph.size} task(s) so far`;
    },
    plan: (event) => {
      graph.setPlan(event.tasks);
      graphBox.hidden = event.tasks.length === 0;
      status.textContent = `${event.tasks.length} task(s) planned by the ${event.controller} controller${event.explanation ? `: ${event.explanation}` : ''}`;
    },
    selection: (event) => graph.update(event.id, { model: event.model, note: event.reason }),
    'task-start': (event) => graph.update(event.id, { state: 'running', model: event.model, startedAt: Date.now() }),
    'task-end': ({ result }) => {
      graph.update(result.id, {
        state: STATE_OF_STATUS[/** @type {keyof STATE_OF_STATUS} */ (result.status)] ?? 'failed',
        model: result.model ?? graph.get(result.id)?.model,
        durationMs: result.durationMs,
        note: result.error ? `${result.error.code}: ${result.error.message}` : undefined,
      });
      results.append(renderResult(result));
    },
    'answer-delta': (event) => {
      answer.textContent += event.text;
    },
    done: ({ result }) => {
      if (!answer.textContent) answer.textContent = result.answer; // a producer that sends no deltas
      status.textContent = `done in ${(result.timings.total / 1000).toFixed(1)} s · ${status.textContent}`;
      reply.dataset.state = 'done';
    },
    error: (event) => fail(`${event.code}: ${event.message}`),
  };

  /** The run ended without an answer: say why, and stop the tasks' clocks. @param {string} message */
  function fail(message) {
    graph.stop('the run ended before this task finished');
    reply.append(element('p', { className: 'error', textContent: message }));
    reply.dataset.state = 'failed';
  }

  return {
    /** @param {Record<string, any> & { type: string }} event */
    handle(event) {
      if (Object.hasOwn(handlers, event.type)) handlers[event.type]?.(event);
    },
    fail,
    get finished() {
      return reply.dataset.state !== 'running';
    },
  };
}
