// From steps to a task graph. Every file, piece of content and output is an entity; each step
// takes the entities its clause names ("it", "the summary", "both", a file), else the latest one
// of a kind it can use, converting what the user holds when needed (a photo of text → OCR,
// speech → ASR). One task per object; a step only depends on the outputs it uses.
import { TASK_TYPES, type TaskType } from '../../registry/task-types.js';
import { CONVERSIONS, INTENT_SPECS, type IntentId, type ObjectKind } from './lexicon/intents.js';
import type { ObjectRef, Step } from './steps.js';

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
  /** Entities named or made together ("a.jpg and b.jpg", the tasks of one fanned-out step). */
  group?: number;
  answer?: boolean;
  /** Content that filled a slot (a question, labels): not something to act on. */
  slot?: boolean;
}

export interface Node {
  id: number;
  intent: IntentId;
  task: TaskType;
  inputs: Entity[];
  options: Record<string, string>;
  /** An implicit step: a conversion, or a product the user named without asking for it. */
  implicit?: boolean;
}

export interface LinkInput {
  steps: Step[];
  /** The entity each object of the request denotes (resources and content), by item position. */
  given: Map<number, Entity>;
  history: Entity[];
  /** Output languages asked for without a translation step. */
  modifiers: string[];
}

const TEXT: ObjectKind = 'text';
const accepts = (intent: IntentId, kind: ObjectKind) => INTENT_SPECS[intent].tasks[kind] !== undefined;

export class Linker {
  readonly nodes: Node[] = [];
  readonly entities: Entity[] = [];
  private groups = 0;

  constructor(input: LinkInput) {
    for (const entity of [...input.history, ...input.given.values()]) {
      entity.id = this.entities.length;
      this.entities.push(entity);
    }
  }

  entity(fields: Omit<Entity, 'id'>): Entity {
    const made = { ...fields, id: this.entities.length };
    this.entities.push(made);
    return made;
  }

  /** Adds a node for an intent on its inputs; its output becomes the newest entity. */
  add(intent: IntentId, inputs: Entity[], options: Record<string, string>, at: number, implicit = false): Node | null {
    const spec = INTENT_SPECS[intent];
    const kind = inputs[0]?.kind ?? spec.prefers;
    const task = spec.tasks[kind] ?? spec.tasks[kind === 'document' ? 'image' : TEXT];
    if (!task) return null;
    // "Enhance the audio … and reduce the noise": the same task again on its own output is the same step, asked twice.
    const previous = inputs.length === 1 && inputs[0]!.node !== undefined ? this.nodes[inputs[0]!.node] : undefined;
    if (previous && previous.task === task && JSON.stringify(previous.options) === JSON.stringify(options)) return previous;
    const node: Node = { id: this.nodes.length, intent, task, inputs, options, ...(implicit ? { implicit } : {}) };
    this.nodes.push(node);
    const outputs = TASK_TYPES[task].outputs;
    const primary = outputs.includes('text') && !(task === 'image-segmentation' || task === 'object-detection') ? 'text' : outputs[0]!;
    this.entity({ kind: primary, node: node.id, content: !spec.verdict && !spec.annotation, at, given: false, intent, ...(options.target_language ? { lang: options.target_language } : {}) });
    if (primary === 'text' && outputs.includes('image')) this.entity({ kind: 'image', node: node.id, content: false, at, given: false, intent });
    if (primary !== 'text' && outputs.includes('text')) this.entity({ kind: 'text', node: node.id, content: false, at, given: false, intent });
    return node;
  }

  outputOf(node: Node, kind: ObjectKind): Entity | undefined {
    return this.entities.find((entity) => entity.node === node.id && entity.kind === kind);
  }

  /** The entity of a kind the intent acts on: itself, or its conversion to text. */
  usable(entity: Entity, intent: IntentId, at: number): Entity | null {
    if (accepts(intent, entity.kind)) return entity;
    const conversion = CONVERSIONS[entity.kind];
    if (!conversion || !accepts(intent, TEXT)) return null;
    const known = this.nodes.find((node) => node.inputs[0] === entity && (node.intent === conversion || node.task === 'image-to-text' || node.task === 'automatic-speech-recognition'));
    const node = known ?? this.add(conversion, [entity], {}, entity.at + 0.25, true);
    return node ? (this.outputOf(node, TEXT) ?? null) : null;
  }

  /** The latest entity a step can use, by preference: new content, then a verdict, then something to convert. */
  latest(intent: IntentId, before: number, options: { kind?: ObjectKind; pointer?: boolean; original?: boolean; history?: boolean; raw?: boolean } = {}): Entity | null {
    const fits = (entity: Entity) => (!options.kind || entity.kind === options.kind || (options.kind === 'image' && entity.kind === 'document'));
    const pool = this.entities.filter((entity) => !entity.slot && fits(entity) && (options.original ? entity.given : true) && (options.history || !(entity.at < 0)));
    const byRecency = (list: Entity[]) => list.filter((entity) => entity.at < before).sort((a, b) => b.at - a.at);
    const after = pool.filter((entity) => entity.at >= before && entity.given).sort((a, b) => a.at - b.at);
    const tiers: Array<(entity: Entity) => boolean> = [
      // A judgement with nothing named ("and tell me if the customer is upset") is about what the user gave.
      (entity) => !!INTENT_SPECS[intent].verdict && entity.given && entity.at >= 0 && entity.kind === TEXT && accepts(intent, TEXT),
      (entity) => entity.content && accepts(intent, entity.kind),
      (entity) => !entity.content && accepts(intent, entity.kind),
      (entity) => (entity.content || entity.given) && CONVERSIONS[entity.kind] !== undefined && accepts(intent, TEXT),
    ];
    if (options.pointer) {
      const text = [...after, ...byRecency(pool)].find((entity) => entity.given && entity.kind === TEXT && accepts(intent, TEXT));
      if (text) return text;
    }
    for (const tier of tiers) {
      const found = byRecency(pool).find(tier) ?? after.find(tier);
      if (found) return options.raw ? found : this.usable(found, intent, before);
    }
    return null;
  }

  /** The outputs of the latest step(s) of an intent ("the summary", "the two captions", "the French one"). */
  produced(ref: Extract<ObjectRef, { type: 'product' }>, before: number): Entity[] {
    const made = this.entities.filter((entity) => entity.node !== undefined && entity.intent === ref.intent && entity.at < before && (!ref.lang || entity.lang === ref.lang));
    const primary = made.filter((entity) => entity.content || INTENT_SPECS[ref.intent].verdict || INTENT_SPECS[ref.intent].annotation);
    const list = primary.length ? primary : made;
    const kinds = new Map<number, Entity>();
    for (const entity of list) if (!kinds.has(entity.node!)) kinds.set(entity.node!, entity);
    const outputs = [...kinds.values()];
    return ref.plural ? outputs : outputs.slice(-1);
  }

  /** One of the files named so far, in the chat and the request ("the second photo", "the last one"). */
  ordinal(position: number, kind?: ObjectKind): Entity | undefined {
    const files = this.entities.filter((entity) => entity.given && entity.kind !== 'text' && (!kind || entity.kind === kind || (kind === 'image' && entity.kind === 'document')));
    const seen = new Map<string, Entity>();
    for (const entity of files.sort((a, b) => a.at - b.at)) if (!seen.has(entity.value!)) seen.set(entity.value!, entity);
    const distinct = [...seen.values()];
    return position > 0 ? distinct[position - 1] : distinct.at(position);
  }

  /** The last group of two or more entities an intent can use ("both", "each of them"). */
  group(intent: IntentId, before: number): Entity[] {
    const recent = this.entities.filter((entity) => entity.group !== undefined && entity.at < before && (accepts(intent, entity.kind) || CONVERSIONS[entity.kind]));
    const last = recent.sort((a, b) => b.at - a.at)[0];
    return last ? recent.filter((entity) => entity.group === last.group).sort((a, b) => a.at - b.at) : [];
  }

  newGroup(entities: Entity[]): void {
    if (entities.length < 2) return;
    const group = this.groups++;
    for (const entity of entities) entity.group ??= group;
  }
}
