// The plan as a graph: one node per task (its id, type, model, state and timing), an arrow from
// each dependency to the task that uses it. Layered layout: a task sits one column right of its
// deepest dependency; within a column tasks are ordered by the rows of their dependencies, which
// keeps most arrows straight. Small plans (MAX_TASKS is 20 by default) redraw whole on change.

const SVG = 'http://www.w3.org/2000/svg';
const NODE = { width: 220, height: 62 };
const GAP = { x: 56, y: 18 };
const PAD = 8;
const STATES = ['waiting', 'running', 'done', 'failed', 'skipped'];
let graphCount = 0;

/**
 * @typedef {{ id: number, task: string, dep?: number[], args?: Record<string, string> }} Task
 * @typedef {{ task: Task, state: string, model?: string | null, note?: string,
 *   startedAt?: number, durationMs?: number | null }} GraphNode
 */

/** @param {HTMLElement} container */
export function createPlanGraph(container) {
  /** @type {Map<number, GraphNode>} */
  const nodes = new Map();
  const markerId = `arrow-${++graphCount}`;
  /** @type {ReturnType<typeof setInterval> | undefined} */
  let ticker;

  function render() {
    const { positions, width, height } = layout([...nodes.values()].map((node) => node.task));
    const root = svg('svg', { class: 'plan-graph', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
    root.append(svg('title', {}, `plan with ${nodes.size} task(s)`), arrowMarker(markerId));
    for (const node of nodes.values()) {
      const to = positions.get(node.task.id);
      for (const dep of node.task.dep ?? []) {
        const from = positions.get(dep);
        if (from && to) root.append(edge(from, to, markerId));
      }
    }
    for (const node of nodes.values()) root.append(nodeBox(node, /** @type {{x: number, y: number}} */ (positions.get(node.task.id))));
    container.replaceChildren(root);
    // A running task shows its elapsed time: redraw while any runs, and only then.
    const running = [...nodes.values()].some((node) => node.state === 'running');
    if (running && !ticker) ticker = setInterval(render, 250);
    if (!running && ticker) ticker = void clearInterval(ticker);
  }

  return {
    /** Adds a task or replaces it (the validated plan may differ from the streamed tasks). @param {Task} task */
    putTask(task) {
      nodes.set(task.id, { state: 'waiting', ...nodes.get(task.id), task });
      render();
    },
    /** The validated plan: tasks not in it are dropped. @param {Task[]} tasks */
    setPlan(tasks) {
      for (const id of nodes.keys()) if (!tasks.some((task) => task.id === id)) nodes.delete(id);
      for (const task of tasks) nodes.set(task.id, { state: 'waiting', ...nodes.get(task.id), task });
      render();
    },
    /** @param {number} id @param {Partial<GraphNode>} change */
    update(id, change) {
      const node = nodes.get(id);
      if (!node) return;
      Object.assign(node, change);
      render();
    },
    /** @param {number} id */
    get: (id) => nodes.get(id),
    /** Ends the run: tasks still waiting or running will not finish. @param {string} note */
    stop(note) {
      for (const node of nodes.values()) {
        if (node.state === 'running') Object.assign(node, { state: 'failed', note, durationMs: Date.now() - (node.startedAt ?? Date.now()) });
        if (node.state === 'waiting') Object.assign(node, { state: 'skipped', note });
      }
      render();
    },
    get size() {
      return nodes.size;
    },
  };
}

/** Column = 1 + the deepest dependency's column; rows ordered by the mean row of dependencies. */
function layout(/** @type {Task[]} */ tasks) {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  /** @type {Map<number, number>} */
  const column = new Map();
  /** @param {Task} task @param {Set<number>} path the tasks being placed: a cycle cannot recurse forever @returns {number} */
  const columnOf = (task, path = new Set()) => {
    const known = column.get(task.id);
    if (known !== undefined) return known;
    path.add(task.id);
    const deps = (task.dep ?? []).flatMap((id) => byId.get(id) ?? []).filter((dep) => !path.has(dep.id));
    const value = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((dep) => columnOf(dep, path)));
    path.delete(task.id);
    column.set(task.id, value);
    return value;
  };
  /** @type {Task[][]} */
  const columns = [];
  for (const task of [...tasks].sort((a, b) => a.id - b.id)) (columns[columnOf(task)] ??= []).push(task);

  /** @type {Map<number, number>} */
  const row = new Map();
  for (const tasksOfColumn of columns) {
    const key = (/** @type {Task} */ task) => {
      const rows = (task.dep ?? []).map((id) => row.get(id)).filter((value) => value !== undefined);
      return rows.length ? rows.reduce((sum, value) => sum + value, 0) / rows.length : task.id;
    };
    (tasksOfColumn ?? []).sort((a, b) => key(a) - key(b)).forEach((task, index) => row.set(task.id, index));
  }

  const positions = new Map(tasks.map((task) => [task.id, {
    x: PAD + (column.get(task.id) ?? 0) * (NODE.width + GAP.x),
    y: PAD + (row.get(task.id) ?? 0) * (NODE.height + GAP.y),
  }]));
  const rows = Math.max(1, ...columns.map((tasksOfColumn) => tasksOfColumn?.length ?? 0));
  return {
    positions,
    width: 2 * PAD + Math.max(1, columns.length) * (NODE.width + GAP.x) - GAP.x,
    height: 2 * PAD + rows * (NODE.height + GAP.y) - GAP.y,
  };
}

function nodeBox(/** @type {GraphNode} */ node, /** @type {{x: number, y: number}} */ at) {
  const state = STATES.includes(node.state) ? node.state : 'waiting';
  const group = svg('g', { class: `node state-${state}`, transform: `translate(${at.x} ${at.y})`, 'data-task': node.task.id, 'data-state': state });
  group.append(
    svg('title', {}, [`#${node.task.id} ${node.task.task}`, node.model, `${state} ${timing(node)}`, node.note].filter(Boolean).join('\n')),
    svg('rect', { width: NODE.width, height: NODE.height, rx: 8 }),
    svg('text', { x: 10, y: 19, class: 'node-title' }, clip(`#${node.task.id} ${node.task.task}`, 28)),
    svg('text', { x: 10, y: 37, class: 'node-model' }, clip(node.model ?? (node.model === null ? 'no model available' : 'choosing a model…'), 32)),
    svg('text', { x: 10, y: 54, class: 'node-state' }, `${state} ${timing(node)}`.trim()),
  );
  return group;
}

/** Seconds spent: measured by the server when the task ended, counted locally while it runs. */
function timing(/** @type {GraphNode} */ node) {
  const ms = node.durationMs ?? (node.state === 'running' && node.startedAt ? Date.now() - node.startedAt : null);
  return ms === null || ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`;
}

function edge(/** @type {{x: number, y: number}} */ from, /** @type {{x: number, y: number}} */ to, /** @type {string} */ markerId) {
  const [x1, y1, x2, y2] = [from.x + NODE.width, from.y + NODE.height / 2, to.x - 2, to.y + NODE.height / 2];
  const bend = (x2 - x1) / 2;
  return svg('path', { class: 'edge', d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`, 'marker-end': `url(#${markerId})` });
}

function arrowMarker(/** @type {string} */ id) {
  const marker = svg('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' });
  marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' }));
  return svg('defs', {}, [marker]);
}

const clip = (/** @type {string} */ text, /** @type {number} */ length) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** @param {string} tag @param {Record<string, string | number>} attributes @param {string | Node[]} [content] */
function svg(tag, attributes, content = []) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (typeof content === 'string') element.textContent = content;
  else element.append(...content);
  return element;
}
