// The graph under construction. Every file, piece of content and output is an entity; a step
// takes the entities its clause names, else the latest one of a kind it can use, converting
// what the user holds when needed (a photo of text → OCR, speech → ASR). At the end the nodes
// become tasks: duplicates merged, ids in dependency order, outputs as `<GENERATED>-k`.
import type { Task } from '../../pipeline/types.js';
import { TASK_TYPES, type TaskType } from '../../registry/task-types.js';
import type { Content } from './content.js';
import { CONVERSIONS, INTENT_SPECS, type IntentId, type ObjectKind } from './lexicon/intents.js';

export interface Entity {
  id: number;
  kind: ObjectKind;
  /** A resource or a text given by the user (or by an earlier answer). */
  value?: string;
  /** The node that produces it. */
  node?: number;
  /** New content (a caption, a translation, an upscaled photo), not a verdict or a mark-up. */
  content: boolean;
  /** Position in the request; earlier turns of the chat are negative. */
  at: number;
  given: boolean;
  intent?: IntentId;
  lang?: string;
  /** Given as a labelled field ("Question: …"). */
  field?: string;
  /** The parts of given content (a list's items, labelled texts): see `listParts`. */
  parts?: Content['parts'];
  /** Entities named or made together ("a.jpg and b.jpg", the tasks of one fanned-out step). */
  group?: number;
  answer?: boolean;
  /** A file an earlier answer made (/artifacts/…): like the answer itself, never "the original". */
  made?: boolean;
  /** Content that filled a slot (a question, labels): not something to act on. */
  slot?: boolean;
  /** A file of the chat whose text an earlier answer already gives (the transcript asked for in the turn before it). */
  textIn?: Entity;
  /** What an earlier message of the user said before the text it quoted, lower case ("is this email polite or rude?"): the nouns that name it later ("the email"). */
  lead?: string;
}

export interface Node {
  id: number;
  intent: IntentId;
  task: TaskType;
  inputs: Entity[];
  options: Record<string, string>;
  /** An implicit step: a conversion, or a product the user named without asking for it. */
  implicit?: boolean;
  /** The intent of the step that asked for it, when labels made it another ("a question" → zero-shot). */
  asked?: IntentId;
}

export const accepts = (intent: IntentId, kind: ObjectKind) => INTENT_SPECS[intent].tasks[kind] !== undefined;
/** The task an intent becomes on a kind of object (by default the kind it prefers): a scan is read as a photo, anything else as text. */
export function taskFor(intent: IntentId, kind: ObjectKind = INTENT_SPECS[intent].prefers): TaskType | undefined {
  const { tasks } = INTENT_SPECS[intent];
  return tasks[kind] ?? tasks[kind === 'document' ? 'image' : 'text'];
}
/** Of the kind asked for, if any. A photo and a scan are both pictures: "the signs" may be in any photo. */
const ofKind = (entity: Entity, kind?: ObjectKind) => !kind || entity.kind === kind || [entity.kind, kind].every((each) => each === 'image' || each === 'document');
const argKind = (kind: ObjectKind) => (kind === 'document' ? 'image' : kind === 'video' ? 'audio' : kind);

/** A node's arguments in its task's order: its settings, and each input in the first free argument of its kind (a file or a text as its value, an output as itself). */
function argumentsOf(node: Node): Record<string, string | Entity> {
  const inputs = [...node.inputs];
  const args = Object.entries(TASK_TYPES[node.task].args).flatMap(([name, arg]) => {
    if (node.options[name] !== undefined) return [[name, node.options[name]]];
    const input = arg.option ? -1 : inputs.findIndex((entity) => argKind(entity.kind) === arg.kind);
    const [entity] = input < 0 ? [] : inputs.splice(input, 1);
    return entity ? [[name, entity.node === undefined ? entity.value! : entity]] : [];
  });
  return Object.fromEntries(args);
}

export class Graph {
  readonly nodes: Node[] = [];
  readonly entities: Entity[] = [];
  private groups = 0;

  constructor(known: Iterable<Entity>) {
    for (const entity of known) this.entity(entity);
  }

  entity(fields: Omit<Entity, 'id'> & { id?: number }): Entity {
    const made = Object.assign(fields, { id: this.entities.length });
    this.entities.push(made);
    return made;
  }

  /** Adds a node for an intent on its inputs, with an entity for each of its outputs. */
  add(intent: IntentId, inputs: Entity[], options: Record<string, string>, at: number, implicit = false): Node | null {
    const spec = INTENT_SPECS[intent];
    const task = taskFor(intent, inputs[0]?.kind);
    if (!task) return null;
    const node: Node = { id: this.nodes.length, intent, task, inputs, options, ...(implicit ? { implicit } : {}) };
    this.nodes.push(node);
    TASK_TYPES[task].outputs.forEach((output, index) => this.entity({ kind: output, node: node.id, content: index === 0 && !spec.verdict && !spec.annotation, at, given: false, intent, ...(options.target_language ? { lang: options.target_language } : {}) }));
    return node;
  }

  outputOf(node: number, kind?: ObjectKind): Entity | undefined {
    return this.entities.find((entity) => entity.node === node && (!kind || entity.kind === kind));
  }

  /** The output of a node a step uses: of the kind named, else of a kind the step reads as is (the one it prefers first). */
  outputFor(node: number, intent: IntentId, kind?: ObjectKind): Entity | undefined {
    const outputs = this.entities.filter((entity) => entity.node === node);
    return kind ? outputs.find((entity) => entity.kind === kind) : (outputs.find((entity) => entity.kind === INTENT_SPECS[intent].prefers) ?? outputs.find((entity) => accepts(intent, entity.kind)) ?? outputs[0]);
  }

  /** The entity of a kind the intent acts on: itself, or its conversion to text. */
  usable(entity: Entity, intent: IntentId): Entity | null {
    if (accepts(intent, entity.kind)) return entity;
    const conversion = CONVERSIONS[entity.kind];
    if (!conversion || !accepts(intent, 'text')) return null;
    // "from that call, when can they deliver?" after its transcript was the answer: that text, not the recording transcribed again.
    if (entity.textIn) return entity.textIn;
    // A step that already turned it into text the same way (a caption is the text of a photo, as OCR is).
    const node = this.nodes.find((node) => node.inputs[0] === entity && node.task === taskFor(conversion, entity.kind)) ?? this.add(conversion, [entity], {}, entity.at + 0.25, true);
    return node ? (this.outputOf(node.id, 'text') ?? null) : null;
  }

  /** The latest entity a step can use, by preference: new content, then a verdict, then something to convert. */
  latest(intent: IntentId, before: number, options: { kind?: ObjectKind; pointer?: boolean; original?: boolean; history?: boolean; raw?: boolean; convertBefore?: number; exclude?: readonly Entity[] } = {}): Entity | null {
    // A question given as such ("my question: …") is for a step that answers it, not for one that acts on text.
    const asked = (entity: Entity) => entity.field === 'question' && INTENT_SPECS[intent].slot !== 'question';
    const pool = this.entities.filter((entity) => !entity.slot && !asked(entity) && !options.exclude?.includes(entity) && ofKind(entity, options.kind) && (!options.original || (entity.given && !entity.made && !entity.answer)) && (options.history || entity.at >= 0));
    const earlier = pool.filter((entity) => entity.at < before).sort((a, b) => b.at - a.at);
    const later = pool.filter((entity) => entity.at >= before && entity.given).sort((a, b) => a.at - b.at);
    const text = (entity: Entity) => entity.given && entity.kind === 'text' && accepts(intent, 'text');
    const pointed = options.pointer && [...later, ...earlier].find(text);
    if (pointed) return pointed;
    const tiers: Array<(entity: Entity) => boolean> = [
      // A judgement with nothing named ("and tell me if the customer is upset") is about what the user gave.
      (entity) => !!INTENT_SPECS[intent].verdict && entity.at >= 0 && text(entity),
      // "a summary of it, plus a read on the mood": the whole is judged, not its summary.
      (entity) => !!INTENT_SPECS[intent].verdict && entity.content && accepts(intent, entity.kind) && this.nodes[entity.node ?? -1]?.task !== 'summarization',
      // "find the answer …, generate a related paragraph": for a step that writes, the answer to a question is content to go on from.
      (entity) => (entity.content || (INTENT_SPECS[intent].slot === 'description' && entity.node !== undefined && INTENT_SPECS[this.nodes[entity.node]!.intent].slot === 'question' && entity.kind === 'text')) && accepts(intent, entity.kind),
      (entity) => !entity.content && accepts(intent, entity.kind),
      (entity) => (entity.content || entity.given) && CONVERSIONS[entity.kind] !== undefined && accepts(intent, 'text'),
    ];
    // "I have a long article … a summary of it. Also edit my x.jpg": a file given later, for another step, is not converted to be what "it" names.
    for (const [index, tier] of tiers.entries()) {
      const last = index === tiers.length - 1;
      const found = earlier.find((entity) => tier(entity) && !(last && options.convertBefore !== undefined && entity.at >= options.convertBefore)) ?? (last ? undefined : later.find(tier));
      if (found) return options.raw ? found : this.usable(found, intent);
    }
    return null;
  }

  /** The outputs of the latest step(s) of an intent ("the summary", "the two captions", "the French one"). */
  produced(intent: IntentId, before: number, plural: boolean, lang?: string): Entity[] {
    // "the enhanced audio" after "enhance x.wav": any step that made what this intent would make.
    const same = (node: Node) => node.intent === intent || node.task === INTENT_SPECS[intent].tasks[node.inputs[0]?.kind ?? INTENT_SPECS[intent].prefers];
    const made = this.entities.filter((entity) => entity.node !== undefined && same(this.nodes[entity.node]!) && entity.at < before && (!lang || entity.lang === lang));
    const main = made.filter((entity) => entity.content || INTENT_SPECS[intent].verdict || INTENT_SPECS[intent].annotation);
    // The first output of each step (a step's outputs are made together, so they are adjacent).
    const outputs = (main.length ? main : made).filter((entity, index, list) => list[index - 1]?.node !== entity.node);
    return plural ? outputs : outputs.slice(-1);
  }

  /** One of the files named so far, in the chat and the request ("the second photo", "the last one"), or an item of a numbered answer. */
  ordinal(position: number, intent: IntentId, kind?: ObjectKind): Entity | undefined {
    // "read the second one aloud" after a numbered answer: that item, for a step that reads no picture.
    const items = kind || accepts(intent, 'image') ? [] : this.entities.filter((entity) => entity.answer && entity.slot);
    const files = new Map<string, Entity>();
    const fits = (entity: Entity) => entity.given && entity.kind !== 'text' && ofKind(entity, kind);
    for (const entity of [...this.entities].sort((a, b) => a.at - b.at)) if (fits(entity) && !files.has(entity.value!)) files.set(entity.value!, entity);
    const list = items.length ? items : [...files.values()];
    // "the other one" (position 0): the one no step took yet.
    return position === 0 ? list.find((entity) => !this.nodes.some((node) => node.inputs.includes(entity))) : list.at(position > 0 ? position - 1 : position);
  }

  /** The last group of two or more entities an intent can use ("both", "each of them"). */
  group(intent: IntentId, before: number): Entity[] {
    const recent = this.entities.filter((entity) => entity.group !== undefined && entity.at < before && (accepts(intent, entity.kind) || CONVERSIONS[entity.kind]));
    // What the step takes as it is, then new content (the photos, not their depth maps), then the latest.
    const last = recent.sort((a, b) => Number(accepts(intent, b.kind)) - Number(accepts(intent, a.kind)) || Number(b.content) - Number(a.content) || b.at - a.at)[0];
    return last ? recent.filter((entity) => entity.group === last.group).sort((a, b) => a.at - b.at) : [];
  }

  newGroup(entities: Entity[]): void {
    // Numbers may be skipped: a group only needs its own.
    if (entities.length > 1) for (const entity of entities) entity.group ??= this.groups;
    this.groups++;
  }

  /** The nodes as tasks: duplicates merged, ids in dependency order, outputs as `<GENERATED>-k`. */
  tasks(): Task[] {
    const canonical = new Map<number, number>();
    const byKey = new Map<string, Node>();
    const same = (node: number) => canonical.get(node) ?? node;
    const order: Node[] = [];
    const placed = new Set<number>();
    const visit = (node: Node, depth = 0) => {
      if (placed.has(node.id) || depth > this.nodes.length) return;
      for (const entity of node.inputs) if (entity.node !== undefined) visit(this.nodes[entity.node]!, depth + 1);
      placed.add(node.id);
      // The same task on the same inputs is one task, unless their settings conflict (two target languages).
      const key = `${node.task}|${node.inputs.map((entity) => (entity.node !== undefined ? `#${same(entity.node)}` : `=${entity.value}`)).join('|')}`;
      const other = byKey.get(key);
      if (other && !Object.entries(node.options).some(([name, value]) => other.options[name] !== undefined && other.options[name] !== value)) {
        canonical.set(node.id, other.id);
        other.options = { ...node.options, ...other.options };
      } else {
        if (!other) byKey.set(key, node);
        order.push(node);
      }
    };
    for (const node of this.nodes) visit(node);
    // A task missing a required argument goes, with what needs it.
    const removed = new Set<number>();
    const kept: Array<{ node: Node; args: Record<string, string | Entity> }> = [];
    for (const node of order) {
      const args = argumentsOf(node);
      const { args: spec, requireOneOf } = TASK_TYPES[node.task];
      const complete = Object.entries(spec).every(([name, arg]) => !arg.required || args[name] !== undefined) && (!requireOneOf || requireOneOf.some((name) => args[name] !== undefined));
      if (complete && !node.inputs.some((entity) => entity.node !== undefined && removed.has(same(entity.node)))) kept.push({ node, args });
      else removed.add(node.id);
    }
    const newId = new Map(kept.map(({ node }, index) => [node.id, index]));
    const idOf = (output: Entity) => newId.get(same(output.node!))!;
    return kept.map(({ node, args }, id) => {
      const dep = new Set(Object.values(args).flatMap((value) => (typeof value === 'string' ? [] : [idOf(value)])));
      const written = Object.entries(args).map(([name, value]) => [name, typeof value === 'string' ? value : `<GENERATED>-${idOf(value)}`]);
      return { id, task: node.task, dep: [...dep].sort((a, b) => a - b), args: Object.fromEntries(written) };
    });
  }
}
