// Resolves each step's objects to entities, adds one task per object, applies the output
// language asked for ("…, in English" translates the last text; before speech, it translates what
// is spoken), merges duplicates and writes the graph: ids in dependency order, `<GENERATED>-k`.
import { TASK_TYPES } from '../../registry/task-types.js';
import type { Task } from '../../pipeline/types.js';
import type { NounClass } from './lexicon/index.js';
import { INTENT_SPECS, type ObjectKind } from './lexicon/intents.js';
import { Linker, type Entity, type LinkInput, type Node } from './link.js';
import type { Step } from './steps.js';

const KIND_OF_NOUN: Record<NounClass, ObjectKind> = { image: 'image', audio: 'audio', video: 'video', text: 'text', document: 'document', textimage: 'document' };

export interface BuildInput extends LinkInput {
  /** Content values by index, for questions and labels given as content. */
  contents: ReadonlyArray<{ value: string; field?: string }>;
  sentimentLabels: ReadonlySet<string>;
  /** Stop adding tasks past this many (the plan will be refused as too large). */
  limit: number;
}

const accepts = (intent: Step['intent'], kind: ObjectKind) => INTENT_SPECS[intent].tasks[kind] !== undefined;

function splitLabels(value: string): string[] {
  return value.split(/\s*(?:,|;|\/|\bor\b|\band\b)\s*/).map((label) => label.trim().replace(/^['"“”‘’]|['"“”‘’.]$/g, '')).filter(Boolean);
}

function resolveStep(linker: Linker, input: BuildInput, step: Step, final: boolean): boolean {
  const spec = INTENT_SPECS[step.intent];
  const options: Record<string, string> = {};
  let question = step.question?.text;
  let labels = step.labels;
  let instruction = spec.slot === 'instruction' ? step.description : undefined;
  const explicit: Entity[] = [];
  // Content that fills a slot (the question, the labels, the edit to make) is not an object.
  const objects = step.objects.filter((object) => {
    if (object.type !== 'content') return true;
    const entity = input.given.get(object.at)!;
    const content = input.contents[object.content]!;
    // "…: winter, summer, autumn" after a step that takes labels is its list of labels.
    const bare = content.value.replace(/[.?!]+$/, '');
    const list = !content.field && (spec.withLabels || step.intent === 'zeroShot') && !labels ? splitLabels(bare) : [];
    const shortList = list.length >= 2 && list.length <= 12 && list.every((label) => label.split(' ').length <= 3) && !/[.!?]/.test(bare);
    if (content.field === 'labels' || shortList || (content.field === undefined && step.labels?.includes(content.value))) {
      if (content.field === 'labels' || shortList) labels = splitLabels(bare);
    } else if (content.field === 'question' || (spec.slot === 'question' && !question && content.value.endsWith('?'))) question = content.value;
    else if (spec.slot === 'instruction' && !content.field) instruction = content.value;
    else if (content.field !== 'target' && content.field !== 'source') return true;
    entity.slot = true;
    return false;
  });
  let named = false;
  // Inputs of the steps this one adds on the way ("the summary of this article") are not its own inputs.
  const consumed = new Set<Entity>();
  const ordinals = new Set(objects.filter((object) => object.type === 'ref' && object.ref === 'ordinal').map((object) => object.at + 1));
  for (let index = 0; index < objects.length; index++) {
    const object = objects[index]!;
    if (ordinals.has(object.at)) continue;
    if (object.type === 'resource' || object.type === 'content') {
      const entity = input.given.get(object.at);
      if (entity) explicit.push(entity);
    } else if (object.type === 'product') {
      // "perform depth estimation … to understand the depth": the step itself, named again.
      if (object.intent === step.intent) continue;
      const made = linker.produced(object, object.at);
      named = true;
      const earlier = linker.nodes.length > 0 && INTENT_SPECS[object.intent].verdict ? linker.latest(step.intent, object.at, {}) : null;
      const kind = object.noun ? KIND_OF_NOUN[object.noun] : undefined;
      if (made.length && kind) explicit.push(...made.map((entity) => linker.entities.find((other) => other.node === entity.node && other.kind === kind) ?? entity));
      else if (made.length) explicit.push(...made);
      else if (kind && kind !== 'text' && input.history.some((entity) => entity.kind === kind)) explicit.push(linker.latest(step.intent, object.at, { kind, history: true, raw: true })!);
      else if (earlier && earlier.node !== undefined) explicit.push(earlier);
      else {
        const answer = input.history.find((entity) => entity.answer);
        const next = objects.slice(index + 1).find((other) => other.type === 'resource' || other.type === 'content');
        if (answer && !next) explicit.push(answer);
        else {
          // "the captions of a.jpg and b.jpg": one step per thing named after the noun.
          const following = objects.slice(index + 1).filter((other) => other.type === 'resource' || other.type === 'content');
          const listed = next ? (object.plural ? following : [next]) : [];
          for (const other of listed) objects.splice(objects.indexOf(other), 1);
          const sources = listed.length ? listed.map((other) => input.given.get(other.at)) : [linker.latest(object.intent, object.at, { history: true })];
          for (const source of sources) {
            if (source) consumed.add(source);
            const usable = source && linker.usable(source, object.intent, object.at);
            const node = usable && linker.add(object.intent, [usable], {}, object.at, true);
            const output = node && (linker.outputOf(node, 'text') ?? linker.entities.find((entity) => entity.node === node.id));
            if (output) explicit.push(output);
          }
        }
      }
    } else if (object.type === 'ref') {
      named = true;
      const kind = object.noun ? KIND_OF_NOUN[object.noun] : undefined;
      if (object.ref === 'ordinal') {
        const found = linker.ordinal(object.position!, kind);
        if (found) explicit.push(found);
      } else if (object.ref === 'all') explicit.push(...linker.group(step.intent, object.at));
      else if (object.ref === 'answer') {
        const answer = kind && kind !== 'text' ? linker.latest(step.intent, 0, { kind, history: true, raw: true }) : input.history.find((entity) => entity.answer);
        if (answer) explicit.push(answer);
      } else if (object.ref === 'result') {
        const output = linker.entities.filter((entity) => entity.node !== undefined && entity.at < object.at && (!kind || entity.kind === kind)).sort((a, b) => b.at - a.at)[0];
        if (output) explicit.push(output);
      } else if (object.ref !== 'same') {
        const found = linker.latest(step.intent, object.at, { ...(kind ? { kind } : {}), pointer: object.ref === 'pointer', original: object.ref === 'original', history: true, raw: true });
        if (found) explicit.push(found);
      }
    } else {
      named = true;
      const found = linker.latest(step.intent, object.at, { kind: KIND_OF_NOUN[object.noun], history: true, raw: true });
      if (found) explicit.push(found);
    }
  }
  // "converted into speech (example.wav)": a file of the kind the step makes, and not of one it reads, names its output.
  const makes = TASK_TYPES[spec.tasks[spec.prefers]!]?.outputs ?? [];
  const readable = explicit.filter((entity) => !(entity.given && entity.value && !accepts(step.intent, entity.kind) && makes.includes(entity.kind === 'document' ? 'image' : entity.kind)));
  if (readable.length < explicit.length) explicit.splice(0, explicit.length, ...readable);
  // What the step can use as is comes first; files are converted (speech → text) only when nothing else is named.
  if (consumed.size && explicit.some((entity) => !consumed.has(entity))) explicit.splice(0, explicit.length, ...explicit.filter((entity) => !consumed.has(entity)));
  const direct = explicit.filter((entity) => INTENT_SPECS[step.intent].tasks[entity.kind] !== undefined);
  let inputs = [...new Set(direct.length ? direct : explicit)].flatMap((entity) => linker.usable(entity, step.intent, step.end) ?? []);
  inputs = [...new Set(inputs)];
  if (inputs.length === 0 && spec.slot === 'description' && step.description) inputs = [linker.entity({ kind: 'text', value: step.description, content: true, at: step.start, given: true })];
  // "two images: a red apple, and a green pear": one task for each thing described.
  const described = inputs.length === 1 && inputs[0]!.given && inputs[0]!.kind === 'text' && step.plural && spec.slot === 'description' ? inputs[0]!.value!.split(/\s*(?:;|,\s*and\s+|,|\s+and\s+)\s*/).filter(Boolean) : [];
  if (described.length > 1) inputs = described.map((value) => linker.entity({ kind: 'text', value, content: true, at: step.start, given: true }));
  if (inputs.length === 0 && (!spec.needsObject || named || input.contents.length > 0)) {
    // A question about "the image" is about a picture, whatever text came before it.
    const aboutPicture = spec.slot === 'question' && /\b(?:image|picture|photo|photograph|document)\b/i.test(question ?? '');
    const found = linker.latest(step.intent, final ? Infinity : step.end, { history: named || !spec.needsObject, ...(aboutPicture ? { kind: 'image' as const } : {}) });
    if (found) inputs = [found];
  }
  if (inputs.length === 0) return false;

  if (labels && spec.withLabels) {
    const sentiment = labels.every((label) => input.sentimentLabels.has(label.toLowerCase()));
    if (sentiment && inputs[0]!.kind === 'text') step = { ...step, intent: 'sentiment' };
    else {
      step = { ...step, intent: spec.withLabels };
      options.labels = labels.join(', ');
    }
  } else if (labels && step.intent === 'zeroShot') options.labels = labels.join(', ');
  if (INTENT_SPECS[step.intent].slot === 'question' && (question ?? step.phrase)) options.question = question ?? step.phrase;
  if (instruction && inputs[0]!.kind !== 'audio') options.text = instruction;
  if (step.source) options.source_language = step.source;

  const outputs: Node[] = [];
  if (INTENT_SPECS[step.intent].pair) {
    if (inputs.length < 2) {
      const other = linker.latest(step.intent, step.start, {});
      if (other && !inputs.includes(other)) inputs.push(other);
    }
    if (inputs.length < 2) return false;
    const node = linker.add(step.intent, inputs.slice(0, 2), options, step.end - 0.5);
    if (node) outputs.push(node);
  } else {
    const fallback = step.source && step.source !== 'en' ? 'en' : undefined;
    const targets = step.intent === 'translate' ? (step.targets.length ? step.targets : [fallback]) : [undefined];
    for (const entity of inputs) {
      for (const target of targets) {
        const node = linker.add(step.intent, [entity], target ? { ...options, target_language: target } : options, step.end - 0.5);
        if (node) outputs.push(node);
      }
    }
  }
  linker.newGroup(inputs.filter((entity) => entity.given));
  linker.newGroup(outputs.map((node) => linker.entities.find((entity) => entity.node === node.id)!));
  return outputs.length > 0;
}

/** "…, in Italian": translate the last text, or what the last speech step speaks. */
function applyLanguage(linker: Linker, lang: string): void {
  if (linker.nodes.some((node) => node.task === 'translation' && node.options.target_language === lang)) return;
  const speech = linker.nodes.filter((node) => node.task === 'text-to-speech').at(-1);
  if (speech) {
    const spoken = speech.inputs[0]!;
    const translation = linker.add('translate', [spoken], { target_language: lang }, spoken.at + 0.1, true);
    if (translation) speech.inputs = [linker.outputOf(translation, 'text')!];
    return;
  }
  const consumed = new Set(linker.nodes.flatMap((node) => node.inputs.map((entity) => entity.node)));
  const last = linker.nodes.filter((node) => TASK_TYPES[node.task].outputs.includes('text') && !consumed.has(node.id)).at(-1);
  const text = last ? linker.outputOf(last, 'text') : linker.entities.filter((entity) => entity.given && entity.kind === 'text').at(-1);
  if (text) linker.add('translate', [text], { target_language: lang }, text.at + 0.1, true);
}

/** The nodes as tasks: duplicates merged, ids in dependency order, outputs as `<GENERATED>-k`. */
function toTasks(nodes: Node[]): Task[] {
  const canonical = new Map<number, number>();
  const byKey = new Map<string, number>();
  const valueKey = (entity: Entity) => (entity.node !== undefined ? `#${canonical.get(entity.node) ?? entity.node}` : `=${entity.value}`);
  const order: Node[] = [];
  const placed = new Set<number>();
  const visit = (node: Node, depth = 0) => {
    if (placed.has(node.id) || depth > nodes.length) return;
    for (const entity of node.inputs) if (entity.node !== undefined) visit(nodes[entity.node]!, depth + 1);
    placed.add(node.id);
    // The same task on the same inputs is one task, unless their settings conflict (two target languages).
    const key = `${node.task}|${node.inputs.map(valueKey).join('|')}`;
    const same = byKey.get(key);
    const other = same === undefined ? undefined : nodes[same]!;
    const conflict = other && Object.entries(node.options).some(([name, value]) => other.options[name] !== undefined && other.options[name] !== value);
    if (other && !conflict) {
      canonical.set(node.id, other.id);
      other.options = { ...node.options, ...other.options };
    } else {
      if (same === undefined) byKey.set(key, node.id);
      order.push(node);
    }
  };
  for (const node of nodes) visit(node);
  // A task missing a required argument (a question no one asked) goes, with what needs it.
  const complete = (node: Node) => {
    const spec = TASK_TYPES[node.task];
    const filled = new Set(Object.keys(node.options));
    for (const entity of node.inputs) {
      const kind = entity.kind === 'document' ? 'image' : entity.kind === 'video' ? 'audio' : entity.kind;
      const name = Object.keys(spec.args).find((arg) => !filled.has(arg) && !spec.args[arg]!.option && spec.args[arg]!.kind === kind);
      if (name) filled.add(name);
    }
    return Object.entries(spec.args).every(([name, arg]) => !arg.required || filled.has(name)) && (!spec.requireOneOf || spec.requireOneOf.some((name) => filled.has(name)));
  };
  const removed = new Set<number>();
  for (const node of order) if (!complete(node) || node.inputs.some((entity) => entity.node !== undefined && removed.has(canonical.get(entity.node) ?? entity.node))) removed.add(node.id);
  const kept = order.filter((node) => !removed.has(node.id));
  const newId = new Map(kept.map((node, index) => [node.id, index]));
  return kept.map((node, id) => {
    const args: Record<string, string> = {};
    const dep = new Set<number>();
    const spec = TASK_TYPES[node.task].args;
    for (const [name, value] of Object.entries(node.options)) if (spec[name]) args[name] = value;
    for (const entity of node.inputs) {
      const kind = entity.kind === 'document' ? 'image' : entity.kind === 'video' ? 'audio' : entity.kind;
      const name = Object.keys(spec).find((arg) => args[arg] === undefined && !spec[arg]!.option && spec[arg]!.kind === kind);
      if (!name) continue;
      if (entity.node === undefined) args[name] = entity.value!;
      else {
        const k = newId.get(canonical.get(entity.node) ?? entity.node)!;
        args[name] = `<GENERATED>-${k}`;
        dep.add(k);
      }
    }
    const ordered = Object.fromEntries(Object.keys(spec).filter((name) => args[name] !== undefined).map((name) => [name, args[name]!]));
    return { id, task: node.task, dep: [...dep].sort((a, b) => a - b), args: ordered };
  });
}

export function buildTasks(input: BuildInput): { tasks: Task[]; dropped: Step[]; nodes: Node[] } {
  const linker = new Linker(input);
  const dropped: Step[] = [];
  const deferred: Step[] = [];
  for (const step of input.steps) {
    if (linker.nodes.length > input.limit) break;
    if (!resolveStep(linker, input, step, false)) deferred.push(step);
  }
  for (const step of deferred) if (!resolveStep(linker, input, step, true)) dropped.push(step);
  for (const lang of input.modifiers) applyLanguage(linker, lang);
  return { tasks: toTasks(linker.nodes), dropped, nodes: linker.nodes };
}
