// The side panel with the raw JSON: per turn, the request body sent to POST /chat, every event
// as it arrived (folded, one line each), and the final result (unfolded).
import { element } from './results.js';

/** @param {HTMLElement} panel */
export function createRawPanel(panel) {
  return {
    /** Starts a turn's section with the request body. @param {unknown} body */
    startTurn(body) {
      const section = element('section', { className: 'raw-turn' });
      section.append(entry('POST /chat', body));
      panel.append(section);
      return {
        /** @param {Record<string, any> & { type: string, seq?: number }} event */
        add(event) {
          const open = event.type === 'done' || event.type === 'error';
          section.append(entry(`#${event.seq ?? '?'} ${event.type}${summary(event)}`, event.type === 'done' ? event.result : event, open));
          panel.scrollTop = panel.scrollHeight;
        },
      };
    },
    clear: () => panel.replaceChildren(),
  };
}

/** A few words on the event's line: which task, or how long the piece of answer is. */
function summary(/** @type {Record<string, any>} */ event) {
  const id = event.id ?? event.result?.id ?? event.task?.id;
  if (event.type === 'done') return ' (the /chat result)';
  if (event.type === 'answer-delta') return ` ${JSON.stringify(event.text.length > 32 ? `${event.text.slice(0, 31)}…` : event.text)}`;
  if (event.type === 'task-end') return ` #${id} ${event.result.status}`;
  return id === undefined ? '' : ` task #${id}`;
}

function entry(/** @type {string} */ title, /** @type {unknown} */ value, open = false) {
  const details = element('details', { className: 'raw-entry', open });
  details.append(element('summary', { textContent: title }), element('pre', { textContent: JSON.stringify(value, null, 2) }));
  return details;
}
