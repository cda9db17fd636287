// From steps to nodes: each step takes what its clause names ("it", "the summary", "both", a
// file), else the latest entity of a kind it can use; one task per object; a step only depends
// on the outputs it uses. Content that fills a slot (a question, labels, the edit to make) is not
// an object. "…, in English" translates the last text (or, before speech, what is spoken).
import type { Task } from '../../pipeline/types.js';
import { TASK_TYPES } from '../../registry/task-types.js';
import { accepts, Graph, taskFor, type Entity, type Node } from './graph.js';
import { CONVERSIONS, INTENT_SPECS, type IntentId, type ObjectKind } from './lexicon/intents.js';
import type { Obj, Step } from './read.js';
import { splitListed, trimEnd } from './text.js';
import { turnOf } from './conversation.js';

export interface LinkInput {
  steps: Step[];
  /** The entity each file and piece of content of the request is, by item position. */
  given: Map<number, Entity>;
  history: Entity[];
  /** Output languages asked for without a translation step. */
  modifiers: Array<{ lang: string; at: number; source?: string }>;
  sentimentLabels: ReadonlySet<string>;
  /** Words that separate labels ("and", "or"). */
  conjunctions: ReadonlySet<string>;
  /** The kind of thing a question is about, from its nouns ("what colour is the car in the picture?"). */
  about: (question: string) => ObjectKind | undefined;
  /** Whether a question asks about what a picture shows (lexicon `visible`: a colour, clothes, a pose, the weather). */
  visible: (question: string) => boolean;
  /** Whether a question speaks of something a text does (a word other than a function word in both). */
  shares: (question: string, text: string, definite?: boolean) => boolean;
  /** Whether a phrase asks a question ("what's this about"), rather than giving an order ("summarize"). */
  asks: (phrase: string) => boolean;
  /** Whether a question names a sound ("what's that bird?"), rather than asking what is said. */
  sounds: (question: string) => boolean;
  /** Whether a text is in a language other than English. */
  foreign: (text: string) => boolean;
  /** Whether a text is in a language other than the request's ("Meine Oma versteht kein Wort: 'Your package …' was steht da?"). */
  unread?: (text: string) => boolean;
  /** Stop adding tasks past this many (the plan will be refused as too large). */
  limit: number;
  /** The language the request is written in: where a translation goes when none is named ("translate the sign in x.jpg"). */
  home: string;
  /** The word at an item's position, as written (lower case). */
  wordAt: (at: number) => string | undefined;
  /** Whether the reference at an item names an answer ("the answer", lexicon `answers`). */
  answerAt?: (at: number) => boolean;
  /** Whether the word at an item ties a thing to a place ("in", "on", lexicon `fileLinks`). */
  fileLink?: (at: number) => boolean;
  /** The position the first ordinal word of a text names ("The first one is 12 minutes long" → 1), if any. */
  ordinalIn?: (text: string) => number | undefined;
}

const listOf = (entity: Entity | null | undefined | false): Entity[] => (entity ? [entity] : []);

/** Labels split at commas, slashes, "or" and line breaks ("Categories:\n- hardware\n- software"), without a bullet before each. */
function splitLabels(value: string, conjunctions: ReadonlySet<string>): string[] {
  const marked = value.split('\n').map((line) => line.trim().replace(/^[-–•*·\s]+/, '').split(/\s+/).map((word) => (conjunctions.has(word.toLowerCase()) ? ',' : word)).join(' ')).join(',');
  // Split at the marks, then trimmed: `/\s*[,;/]\s*/` gave the same parts but tried every start of a run of spaces.
  return marked.split(/[,;/|]/).map((label) => label.trim().replace(/^['"“”‘’]|['"“”‘’.]$/g, '')).filter(Boolean);
}

/** The entities an object names; `made` collects the steps it implies ("the transcript of x.wav"). */
function resolve(graph: Graph, input: LinkInput, step: Step, object: Obj, following: Entity[], consumed: Set<Entity>): Entity[] {
  const history = input.history;
  if (object.type === 'file' || object.type === 'content') return [input.given.get(object.at)!];
  if (object.type === 'product') {
    // "perform depth estimation … to understand the depth": the step itself, named again.
    if (object.intent === step.intent) return [];
    // "the German summary" after translating the summary into German: that translation.
    const into = object.into ? graph.produced('translate', object.at, object.plural, object.into) : [];
    // "the d.jpg caption": what that step made of the file named before it ("d.jpg" is the "/examples/d.jpg" named earlier).
    const file = input.given.get(object.at - 1)?.value!.split('/').pop();
    const made = (into.length ? into : graph.produced(object.intent, object.at, object.plural || !!file, object.lang)).filter((entity) => !file || graph.nodes[entity.node!]!.inputs.some((used) => used.value?.split('/').pop() === file));
    // "translate '…' into Greek and Turkish, and read the English one aloud": with no translation into that language, the text translated
    // when it is in that language (its source, or the request's language for a text that is not foreign) is the one named.
    if (object.intent === 'translate' && object.lang && !made.length) {
      const original = graph.nodes.filter((node) => node.intent === 'translate').flatMap((node) => node.inputs.filter((entity) => entity.kind === 'text' && (node.options.source_language === object.lang || (object.lang === input.home && entity.given && !input.foreign(entity.value ?? ''))))).at(-1);
      if (original) return [original];
    }
    // "the sketch" after "make it look like a pencil sketch": the later step whose instruction says it, not the drawing the word also names.
    const word = input.wordAt(object.at);
    const said = graph.nodes.filter((node) => node.id > (made.at(-1)?.node ?? -1) && !node.implicit && !!word && !!node.options.text?.toLowerCase().split(/[^\p{L}]+/u).includes(word)).at(-1);
    if (said) return listOf(graph.outputFor(said.id, step.intent, object.kind));
    if (made.length) return made.map((entity) => graph.outputFor(entity.node!, step.intent, object.kind) ?? entity);
    // "upscale the mask" after an answer that linked one: the latest file of the kind that step makes.
    const kind = object.kind ?? TASK_TYPES[taskFor(object.intent)!].outputs[0];
    if (kind !== 'text' && history.some((entity) => entity.kind === kind)) return [graph.latest(step.intent, object.at, { kind, history: true, raw: true })!];
    // "the extracted text", "the edited image": an output of that kind, whatever made it; "the classification": the latest judgement.
    const judgement = (entity: Entity) => !!INTENT_SPECS[object.intent].verdict && !entity.content && entity.kind === 'text';
    // "the classified text" after classifying a table: the latest judgement's output, whichever judgement made it.
    const verdict = INTENT_SPECS[object.intent].verdict && graph.entities.filter((entity) => entity.node !== undefined && entity.at < object.at && INTENT_SPECS[graph.nodes[entity.node]!.intent].verdict && !graph.nodes[entity.node]!.implicit && accepts(step.intent, entity.kind) && (!object.kind || entity.kind === object.kind)).at(-1);
    if (verdict) return [verdict];
    const earlier = (object.kind || INTENT_SPECS[object.intent].verdict) && graph.entities.filter((entity) => entity.node !== undefined && entity.at < object.at && (object.kind ? entity.kind === object.kind : accepts(step.intent, entity.kind) || judgement(entity))).at(-1);
    if (earlier) return [earlier];
    const answer = history.find((entity) => entity.answer);
    // "those two descriptions": the answers so far.
    const answers = object.plural ? history.filter((entity) => entity.answer && entity.slot) : [];
    if (answer && !following.length) return answers.length > 1 ? answers : [answer];
    // "the captions of a.jpg and b.jpg": the implied step, once per thing named after the noun.
    const sources = following.length ? (object.plural ? following : following.slice(0, 1)) : [graph.latest(object.intent, object.at, { history: true })];
    // "This is a poem by my aunt: <poem> … a picture that matches the poem": a text made up from a prompt, named over a text given, is what to show.
    if (!following.length && sources[0]?.given && sources[0].kind === 'text' && TASK_TYPES[taskFor(object.intent)!].sampled && INTENT_SPECS[step.intent].slot === 'description') return [sources[0]];
    return sources.flatMap((source) => {
      if (source) consumed.add(source);
      const usable = source && graph.usable(source, object.intent);
      const node = usable && graph.add(object.intent, [usable], object.lang ? { target_language: object.lang } : {}, object.at, true);
      return node ? [graph.outputOf(node.id, object.kind ?? 'text') ?? graph.outputOf(node.id)!] : [];
    });
  }
  const kind = object.kind;
  const lines = !object.name ? [] : input.history.filter((entity) => entity.answer && !entity.slot).flatMap((answer) => answer.value!.split('\n'));
  const byName = object.name && graph.entities.find((entity) => entity.given && entity.kind !== 'text' && (entity.value!.split('/').pop()!.split('.')[0]!.toLowerCase() === object.name || lines.some((line) => line.includes(entity.value!) && input.shares(object.name!, line.replace(entity.value!, '')))));
  if (byName) return [byName];
  // "the long one" after "The first one is about 12 minutes long, the second about 40 seconds": the one the answer's clause that says it counts.
  const counted = object.name && input.ordinalIn ? lines.flatMap((line) => line.split(/[,;.!?]/)).find((clause) => input.shares(object.name!, clause) && input.ordinalIn!(clause) !== undefined) : undefined;
  if (counted) return listOf(graph.ordinal(input.ordinalIn!(counted)!, step.intent, kind));
  if (object.ref === 'ordinal') return listOf(graph.ordinal(object.position!, step.intent, kind));
  // "put the email into Spanish" after "is this email polite or rude? '…'": the text the user asked about and called so, not the answer that
  // judged it ("make this email more polite: '…'" asks no question: the email is then the answer's new version).
  const noun = kind === 'text' && object.ref === 'it' ? input.wordAt(object.at) : undefined;
  const called = noun && input.history.findLast((entity) => entity.lead !== undefined && entity.lead.trimEnd().endsWith('?') && entity.lead.split(/[^\p{L}]+/u).some((word) => word === noun || word === `${noun}s`));
  if (called && accepts(step.intent, 'text')) return [called];
  if (object.ref === 'all') {
    const group = graph.group(step.intent, object.at);
    // "caption both" in a chat: the files of the latest turn that named some, and those the answers after it gave.
    const files = history.filter((entity) => entity.kind !== 'text' && (!kind || entity.kind === kind) && accepts(step.intent, entity.kind));
    const turn = turnOf(files.findLast((entity) => !entity.made)?.at ?? 0);
    const chat = group.length > 1 ? [] : [...new Map(files.filter((entity) => turnOf(entity.at) >= turn).map((entity) => [entity.value, entity])).values()];
    if (chat.length > 1) return chat;
    if (group.length > 1 || !kind) return group;
    // "compare the two texts" after "describe x.jpg and transcribe y.wav": the outputs of that kind nothing used yet.
    const used = new Set(graph.nodes.flatMap((node) => node.inputs));
    return graph.entities.filter((entity) => entity.node !== undefined && entity.kind === kind && entity.at < object.at && !used.has(entity));
  }
  if (object.ref === 'same') return [];
  if (object.ref === 'answer') {
    if (kind && kind !== 'text') return listOf(graph.latest(step.intent, 0, { kind, history: true, raw: true }));
    // "that text" with no earlier answer is the text this request named (the text in the photo).
    const named = graph.entities.filter((entity) => entity.at < object.at && !entity.slot && (entity.kind === 'text' || CONVERSIONS[entity.kind])).sort((a, b) => b.at - a.at)[0];
    return listOf(history.find((entity) => entity.answer) ?? (named && graph.usable(named, step.intent)));
  }
  if (object.ref === 'result') {
    // "upscale the result" of a detection takes its image, "read the result aloud" its text.
    const made = graph.entities.filter((entity) => entity.node !== undefined && entity.at < object.at).sort((a, b) => b.at - a.at);
    // "the similarity between the answer and '…'" after answering a question and extracting a text: "the answer" is what the question step gave.
    const answered = input.answerAt?.(object.at) ? made.find((entity) => INTENT_SPECS[graph.nodes[entity.node!]!.intent].slot === 'question' && !graph.nodes[entity.node!]!.implicit) : undefined;
    const last = answered ?? made[0];
    // "the new one" in a chat, before anything is made here: the latest file an answer gave.
    return listOf(last ? graph.outputFor(last.node!, step.intent, kind) : history.filter((entity) => entity.made && accepts(step.intent, entity.kind)).at(-1));
  }
  // "is it daytime?" after a caption: what can be seen is in the picture, not in the caption.
  const seen = !kind && step.intent === 'question' && input.visible(step.question ?? '');
  const ahead = graph.latest(step.intent, object.at, { ...(kind || seen ? { kind: kind ?? 'image' } : {}), pointer: object.ref === 'pointer', original: object.ref === 'original', history: true, raw: true });
  // "get the text from x.jpg, answer a question about it, and compare the answer with '…'": "it" points back at what the step before made, not at a text given for a later step.
  const back = object.ref === 'it' && !kind && ahead?.given && ahead.at >= step.end && input.steps.some((other) => other.at > step.at && other.start <= ahead.at && ahead.at < other.end) ? graph.entities.filter((entity) => entity.node !== undefined && entity.at >= 0 && entity.at < object.at && entity.content && !graph.nodes[entity.node]!.implicit && accepts(step.intent, entity.kind)).sort((a, b) => b.at - a.at)[0] : undefined;
  const found = back ?? ahead;
  // "caption c.jpg and also classify it": the file the step before turned into another kind, when this step takes that file as it is
  // and does not prefer that kind ("transcribe x.wav and tell me if it sounds angry" judges the transcript);
  // "translate it into Portuguese and give me an English summary of it": the text before its translation into another language.
  const source = (found?.node !== undefined && object.ref === 'it' ? graph.nodes[found.node]!.inputs.find((entity) => entity.given && entity.kind !== found.kind && entity.kind !== 'text' && INTENT_SPECS[step.intent].prefers !== found.kind && accepts(step.intent, entity.kind)) ?? beforeTranslation(graph, input, step, found) : undefined) ?? unedited(graph, input, step, found) ?? untranslated(graph, step, found, input.foreign);
  // "now do depth on the same photo and caption it too": a file of the chat this request already works on comes before the chat's later ones.
  const used = found && found.at < 0 && object.ref === 'it' ? graph.nodes.flatMap((node) => node.inputs).filter((entity) => entity.at < 0 && accepts(step.intent, entity.kind)).at(-1) : undefined;
  // "a caption for the original picture" after drawing (or being sent) and editing it: the first picture made that a later step worked on.
  const first = !found && object.ref === 'original' ? graph.entities.find((entity) => (entity.node !== undefined || entity.made) && accepts(step.intent, entity.kind) && graph.nodes.some((node) => node.inputs.includes(entity))) : undefined;
  return listOf(source ?? used ?? found ?? first);
}

/**
 * "blow a.jpg up, and separately classify it": a step joined by "and" (not "then"), or a judgement of what it shows, right after an edit of the
 * user's picture, in its sentence (the edit's output sits half an item before the clause that follows it), and no edit itself, is another thing
 * done to that picture ("edit it, estimate its depth, …" goes on from the edit). A picture made here is one only for a product asked with the
 * edit's verb ("draw a fox; I want both an upscaled version and a depth map of it"); "draw a fox, upscale it and caption it" goes on from the edit.
 */
const unedited = (graph: Graph, input: LinkInput, step: Step, found: Entity | null | undefined): Entity | undefined =>
  ((node) => (node?.task === 'image-to-image' && node === graph.nodes.filter((other) => !other.implicit).at(-1) && !namesEdit(input, step, node) ? node.inputs.find((entity) => (entity.given || (step.shared && entity.node !== undefined)) && entity.kind === found!.kind) : undefined))(found?.node === undefined || step.then || !(step.and || INTENT_SPECS[step.intent].verdict) || found.at < step.start - 1 || [undefined, 'image-to-image'].includes(INTENT_SPECS[step.intent].tasks[found.kind]) ? undefined : graph.nodes[found.node]);

/** "restyle it as a pencil sketch, and describe the sketch", "… a depth map of the watercolor": a word of the edit's instruction within five words after the step's phrase starts names what the edit made. */
function namesEdit(input: LinkInput, step: Step, node: Node): boolean {
  const said = new Set((node.options.text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3));
  for (let at = step.at + 1; at <= step.at + 5 && said.size; at++) if (said.has(input.wordAt(at) ?? '')) return true;
  return false;
}

/**
 * "put that in French, and also list the people in it": a judgement joined by "and" (not "then") right after a translation of a text in the
 * request's own language judges that text, which the user reads; a foreign text translated for the user is judged in its translation.
 */
/** The language a step's output is wanted in: before its product ("an English summary"), or said after it, before the next step ("… a one-line summary of it in English"). */
const wantedIn = (input: LinkInput, step: Step): string | undefined => step.targets[0] ?? input.modifiers.find((modifier) => modifier.at > step.start && modifier.at < nextStepAt(input, step))?.lang;

/** Where the step after this one starts (Infinity for the last). */
const nextStepAt = (input: LinkInput, step: Step): number => input.steps[input.steps.indexOf(step) + 1]?.at ?? Infinity;

/** "translate this into French: ``` … ``` plus a summary in English": the latest text is a translation into another language than the one the step wants, so the step takes what was translated. */
const beforeTranslation = (graph: Graph, input: LinkInput, step: Step, found: Entity | null | undefined): Entity | undefined => {
  const node = found?.node === undefined ? undefined : graph.nodes[found.node];
  const wanted = node?.task === 'translation' && found!.lang ? wantedIn(input, step) : undefined;
  return wanted && wanted !== found!.lang ? node!.inputs.find((entity) => entity.given && entity.kind === 'text' && accepts(step.intent, entity.kind)) : undefined;
};

const untranslated = (graph: Graph, step: Step, found: Entity | null | undefined, foreign: (text: string) => boolean): Entity | undefined => {
  const node = found?.node === undefined || step.then || !INTENT_SPECS[step.intent].verdict ? undefined : graph.nodes[found.node];
  if (node?.task !== 'translation' || node !== graph.nodes.filter((other) => !other.implicit).at(-1)) return undefined;
  return node.inputs.find((entity) => entity.given && entity.kind === 'text' && !!entity.value && !foreign(entity.value) && accepts(step.intent, entity.kind));
};

/** "Frog? Cricket? Owl?": a run of one- or two-word questions, each ended by "?" (split, not a nested pattern: no backtracking). */
function guesses(question: string): boolean {
  const parts = question.trim().split('?');
  return parts.pop() === '' && parts.every((part) => part.trim() !== '' && part.trim().split(/\s+/u).length <= 2);
}

function resolveStep(graph: Graph, input: LinkInput, step: Step, final: boolean): boolean {
  const spec = INTENT_SPECS[step.intent];
  const options: Record<string, string> = {};
  let { question, labels } = step;
  let instruction = spec.slot === 'instruction' ? step.text : undefined;
  // Content that fills a slot (the question, the labels, the edit to make) is not an object.
  const ordinal = step.objects.find((other) => other.type === 'ref' && other.ref === 'ordinal');
  // "I have a text '…' and x.jpg. Edit the image based on the entities in the text": a text given before the clause of an edit that names a text output of another step is what that step reads, not the edit to make.
  const readFor = spec.slot === 'instruction' && step.objects.some((object) => object.type === 'product' && object.intent !== step.intent && TASK_TYPES[taskFor(object.intent)!]?.outputs[0] === 'text');
  const objects = step.objects.filter((object) => {
    // "now the second one, and summarize it": "it" is the one picked; "I have a.jpg and b.jpg. caption the first one": the files before its clause are what it picks from.
    if (ordinal && ((object.type === 'ref' && object.ref === 'it' && ordinal.at < object.at) || (object.type === 'file' && object.at < step.start))) return false;
    const entity = object.type === 'content' ? input.given.get(object.at)! : undefined;
    if (!entity) return true;
    const bare = trimEnd(entity.value!, /[.?!]/);
    const list = !entity.field && (spec.withLabels || spec.slot === 'labels') && !labels ? splitLabels(bare, input.conjunctions) : [];
    const shortList = list.length >= 2 && list.length <= 12 && list.every((label) => label.split(' ').length <= 3) && !/[.!?]/.test(bare);
    if (entity.field === 'labels' || shortList) labels = splitLabels(bare, input.conjunctions);
    else if (entity.field === 'question' || (spec.slot === 'question' && !question && entity.value!.endsWith('?'))) question = entity.value;
    else if (spec.slot === 'instruction' && !entity.field && !(readFor && entity.at < step.start)) instruction = entity.value;
    else if (!(entity.field === 'target' || entity.field === 'source' || (!entity.field && step.labels?.includes(entity.value!)))) return true;
    entity.slot = true;
    return false;
  });
  // "which of these are company names?" without labels to choose from is no choice among labels.
  if (spec.slot === 'labels' && !labels) return false;
  const consumed = new Set<Entity>();
  let explicit: Entity[] = [];
  const [results, byNoun]: [Entity[], Entity[]] = [[], []];
  for (const [index, object] of objects.entries()) {
    if (object.type === 'file' || object.type === 'content') {
      if (!explicit.includes(input.given.get(object.at)!)) explicit.push(input.given.get(object.at)!);
      continue;
    }
    const following = object.type === 'product' ? objects.slice(index + 1).filter((other) => other.type === 'file' || other.type === 'content').map((other) => input.given.get(other.at)!) : [];
    let found = resolve(graph, input, step, object, following, consumed);
    // "compare its similarity to '…'": "it" is the other side, not the text the comparison names itself.
    const own = spec.pair && object.type === 'ref' && object.ref === 'it' ? objects.flatMap((other) => (other.type === 'file' || other.type === 'content' ? [input.given.get(other.at)!] : [])) : [];
    if (own.length && found.some((entity) => own.includes(entity))) found = listOf(graph.latest(step.intent, object.at, { history: true, exclude: own }));
    // "edit the image according to the text" beside "a text description 'Make the car red.'": the text given is the edit to make.
    const told = spec.slot === 'instruction' && !readFor && object.type === 'ref' && object.kind === 'text' && found.length === 1 && found[0]!.given && found[0]!.kind === 'text' && !found[0]!.field ? found[0] : undefined;
    if (told) {
      instruction = told.value;
      told.slot = true;
      continue;
    }
    if (object.type === 'ref' && object.ref === 'result') results.push(...found);
    if (object.type === 'ref' && object.ref === 'it' && object.kind) byNoun.push(...found);
    // "classify the content in the edited image": a thing named by its kind right before an output named ("in the edited image") is in that output, not another input.
    if (object.type === 'ref' && object.ref === 'it' && object.kind && object.kind !== 'image' && objects.some((other) => other.type === 'product' && other.at > object.at && other.at <= object.at + 3 && !!input.fileLink?.(object.at + 1))) continue;
    explicit.push(...found);
  }
  // "a depth map of the photo and of the picture you made": a file of the chat named by its kind beside another name of it is the chat's file of that kind before it.
  for (const entity of byNoun.filter((entity) => entity.at < 0 && entity.kind !== 'text' && explicit.indexOf(entity) !== explicit.lastIndexOf(entity))) {
    explicit[explicit.indexOf(entity)] = graph.entities.filter((each) => each.kind === entity.kind && each.at < entity.at && !explicit.includes(each)).at(-1) ?? entity;
  }
  // "what are they saying?" reads a text only in another language, to put it into English.
  const reads = (entity: Entity) => accepts(step.intent, entity.kind) && (step.intent === 'translate' || taskFor(step.intent, entity.kind) !== 'translation' || (input.unread ?? input.foreign)(entity.value ?? ''));
  // "I'm driving. What does this say? <text>": a step that cannot read the text its clause names does not take the speech made from it.
  const madeFromNamed = (entity: Entity) => entity.node !== undefined && graph.nodes[entity.node]!.inputs.some((used) => !reads(used) && objects.some((object) => object.type === 'content' && input.given.get(object.at) === used && !(readFor && object.at < step.start)));
  explicit = explicit.filter((entity) => !madeFromNamed(entity));
  // "segment the image accordingly": the image is the one the result gives, not the original too.
  explicit = explicit.filter((entity) => !(byNoun.includes(entity) && !results.includes(entity) && results.some((other) => other.kind === entity.kind)));
  // Inputs of the steps implied on the way ("the summary of this article") are not the step's own.
  if (explicit.some((entity) => !consumed.has(entity))) explicit = explicit.filter((entity) => !consumed.has(entity));
  // (That text is read: a later step does not take it again for "the content".)
  if (readFor) for (const entity of consumed) if (entity.given && entity.kind === 'text') entity.slot = true;
  // "a summary … and a video summarizing the key points. Here is the article: a.txt": a file given after the step's clause, which a step before already took, is not this one's when it names an output.
  const taken = (entity: Entity) => entity.given && entity.at >= step.end && graph.nodes.some((node) => !node.implicit && node.inputs.includes(entity));
  if (explicit.some((entity) => entity.node !== undefined) && explicit.some(taken)) explicit = explicit.filter((entity) => !taken(entity));
  const named = objects.some((object) => object.type !== 'file' && object.type !== 'content');
  // "converted into speech (example.wav)": a file of the kind the step makes, and not of one it reads, names its output.
  const makes = TASK_TYPES[spec.tasks[spec.prefers]!]?.outputs ?? [];
  explicit = explicit.filter((entity) => !(entity.given && entity.value && !accepts(step.intent, entity.kind) && makes.includes(entity.kind === 'document' ? 'image' : entity.kind)));
  // "edit x.jpg based on the answer": an earlier output of text fills the instruction (or the question) of a step on a picture.
  const fills = spec.slot === 'instruction' || (spec.slot === 'question' && !question);
  let filler = fills ? explicit.find((entity) => entity.node !== undefined && entity.kind === 'text' && explicit.some((other) => other.kind !== 'text' && accepts(step.intent, other.kind))) : undefined;
  explicit = explicit.filter((entity) => entity !== filler);
  // What the step can use as is comes first; files are converted (speech → text) only when nothing else is named.
  const direct = explicit.filter((entity) => accepts(step.intent, entity.kind));
  let inputs = [...new Set((direct.length ? direct : explicit).flatMap((entity) => graph.usable(entity, step.intent) ?? []))];
  // "answer '…?' about the translated text, using x.jpg as the document", "is the image relevant to the summarized text?": one question, asked of the picture.
  if (spec.slot === 'question' && (question ?? step.question) && inputs.some((entity) => entity.kind === 'image' || entity.kind === 'document')) inputs = inputs.filter((entity) => !(entity.kind === 'text' && entity.node !== undefined && !graph.nodes[entity.node]!.implicit));
  // "generate an image …, then answer 'What does the generated image represent?' alongside the text '…'": a question about a picture, with only texts given beside it, is asked of the picture this request made.
  const drawn = spec.slot === 'question' && question && inputs.length && inputs.every((entity) => entity.kind === 'text' && entity.given) && input.about(question) === 'image' ? graph.entities.filter((entity) => entity.node !== undefined && entity.kind === 'image' && entity.content && entity.at < step.at).sort((a, b) => b.at - a.at)[0] : undefined;
  if (drawn) inputs = [drawn];
  // "translate into German, then read aloud: '…'": text given after both steps is the first one's; this one takes its new version.
  // Resolving objects adds only implicit steps: the step asked for before this one is already known.
  // So does a step that only says how the result is wanted: "translate this and give me an audio version too: …".
  const lastAsked = graph.nodes.filter((node) => !node.implicit).at(-1);
  const previous = step.then ? lastAsked : undefined;
  const before = inputs.length === 1 && ((inputs[0]!.content && inputs[0]!.at > step.at && !objects.some((object) => object.type === 'ref' && object.ref === 'original')) || step.first) ? (spec.form ? lastAsked : previous) : undefined;
  const newer = before?.inputs.includes(inputs[0]!) && graph.entities.find((entity) => entity.node === before.id && entity.content && accepts(step.intent, entity.kind));
  if (newer) inputs = [newer];
  if (inputs.length === 0 && spec.slot === 'description' && step.text) inputs = [graph.entity({ kind: 'text', value: step.text, content: true, at: step.start, given: true })];
  // "two images: a red apple, and a green pear": one task for each thing described.
  const described = step.plural && spec.slot === 'description' && inputs.length === 1 && inputs[0]!.given && inputs[0]!.kind === 'text' ? splitListed(inputs[0]!.value!).filter(Boolean) : [];
  if (described.length > 1) inputs = described.map((value) => graph.entity({ kind: 'text', value, content: true, at: step.start, given: true }));
  // "what time is the appointment?" after an answer that speaks of it (a transcript): a question on that answer.
  // "What colour is the uniform?" after a step on a photo, "is it daytime?" after its caption: a question about what can be seen is asked of the picture at hand;
  // another ("What is the capital of France?", "who invented basketball?") is about the world.
  const seen = !!spec.needsObject && input.visible(question ?? '');
  // After a photo's caption, "is the cat asleep?" asks the photo about the cat it names; "do cats really sleep all day?" asks about the world.
  const photo = input.history.findLast((entity) => !entity.answer && entity.kind !== 'text');
  const onPhoto = photo?.kind === 'image';
  // So is one on a text the user gave earlier ("Here's our on-call note: …" → "who's in charge of the backups?"), after the answers.
  const earlier = [...input.history.filter((entity) => entity.answer), ...input.history.filter((entity) => !entity.answer && entity.kind === 'text')];
  if (inputs.length === 0 && spec.needsObject && !named && !seen) inputs = earlier.filter((entity) => entity.content && input.shares(question ?? step.phrase, entity.value!, onPhoto)).slice(0, 1).map((answer) => (onPhoto ? photo : answer));
  // "…, and tell me if it looks more like a photo or a drawing": alternatives after a step are asked of what it made.
  const open = !spec.needsObject || named || (!!labels && !!lastAsked) || [...input.given.values()].some((entity) => entity.kind === 'text');
  if (inputs.length === 0 && (open || seen)) {
    // A question about "the image" is about a picture, whatever text came before it.
    const about = input.about(question ?? '') ?? (seen ? 'image' : undefined);
    // "…, then upscale": what the step before made, when it made something this step reads.
    // Another thing done to the same input is not a chain ("segment e.jpg, then estimate the depth"); a new version of it is ("edit …, then answer …").
    const sameInput = previous?.inputs.some((entity) => accepts(step.intent, entity.kind));
    // "…, classify its emotion, and finally generate a response": a step that writes something new goes on from content, not from a label.
    const label = (entity: Entity) => !entity.content && !!INTENT_SPECS[previous!.intent].verdict && !spec.verdict && spec.slot !== 'question' && !!spec.tasks.text && TASK_TYPES[spec.tasks.text].outputs[0] === 'text';
    // "…, and separately a short version": what the step before worked on, not what it made.
    const alongside = step.apart && !named ? lastAsked?.inputs.find((entity) => accepts(step.intent, entity.kind)) : undefined;
    const chained = alongside ?? (previous && graph.entities.find((entity) => entity.node === previous.id && (entity.content || !sameInput) && !label(entity) && accepts(step.intent, entity.kind) && (!about || entity.kind === about)));
    const latest = (kind?: ObjectKind) => graph.latest(step.intent, final ? Infinity : step.end, { history: named || !spec.needsObject || seen, ...(kind ? { kind } : {}), ...(final ? { convertBefore: step.end } : {}) });
    const found = chained || ((last) => unedited(graph, input, step, last) || beforeTranslation(graph, input, step, last) || last)((about && latest(about)) || (open ? latest() : null));
    // "translate the question to French, then get the answer" about a photo: the latest text is the question.
    const asked = fills && spec.prefers !== 'text' ? graph.entities.filter((entity) => entity.kind === 'text' && !entity.slot && entity.at >= 0 && entity.at < step.at).sort((a, b) => b.at - a.at)[0] : undefined;
    const picture = asked && (found?.kind === 'text' || !found) ? graph.latest(step.intent, Infinity, { kind: spec.prefers, history: true }) : null;
    if (picture) filler = asked;
    // What can be seen is asked of a photo, not of a sign or a receipt (what it says is not what it shows).
    if ((found && !madeFromNamed(found) && (open || found.kind === 'image')) || picture) inputs = [picture ?? found!];
  }
  let intent: IntentId = step.intent;
  // "lecture.mp3: which book did she recommend?": a question on a recording that names no sound asks what is said in it (ASR, then QA);
  // a run of one- or two-word questions ("Frog? Owl?") names sounds to choose from.
  if (intent === 'question' && question && !labels && inputs.length && inputs.every((entity) => entity.kind === 'audio') && !guesses(question) && !input.sounds(question)) (intent = 'qa'), (inputs = inputs.flatMap((entity) => listOf(graph.usable(entity, 'qa'))));
  // "what's this about? «Der Zug fällt aus.»": asked of a sentence in another language than an English request, what it says.
  if (intent === 'summarize' && input.home === 'en' && inputs.length === 1 && inputs[0]!.given && inputs[0]!.kind === 'text' && input.foreign(inputs[0]!.value ?? '') && !/[.!?]\s+\S/u.test(inputs[0]!.value!.trim()) && input.asks(step.phrase)) intent = 'words';
  inputs = inputs.filter(reads);
  if (inputs.length === 0) return false;

  // "is the cat asleep or awake?": alternatives about what can be seen in a photo are a question to it; about the photo itself ("Is dog.jpg a golden retriever or a poodle?") they label it.
  if (labels && spec.withLabels && !(seen && !step.phrase && inputs[0]!.kind === 'image' && !input.about(question ?? ''))) {
    if (labels.every((label) => input.sentimentLabels.has(label.toLowerCase())) && inputs[0]!.kind === 'text') intent = 'sentiment';
    else intent = spec.withLabels;
  }
  if (labels && INTENT_SPECS[intent].slot === 'labels') options.labels = labels.join(', ');
  if (INTENT_SPECS[intent].slot === 'question' && (question ?? step.phrase) && !filler) options.question = question ?? step.phrase;
  if (instruction && inputs[0]!.kind !== 'audio' && !filler) options.text = instruction;
  if (step.source) options.source_language = step.source;

  // "the sentiment of each of these tweets: - … - …": a judgement of a list is one per item (of a chat log, "Ana: …", when each is asked); "Review A: … Review B: …" is the pair.
  const items = (entity: Entity) => (entity.parts && (spec.pair || !entity.parts.labelled || step.objects.some((object) => object.type === 'ref' && object.ref === 'all')) ? entity.parts.values.map((value) => graph.entity({ kind: 'text', value, content: true, at: entity.at, given: true })) : [entity]);
  // "How close are these two?\n<line>\n<line>": one text of two lines (or two paragraphs), with no marks, is the pair.
  if (spec.pair && inputs.length === 1 && inputs[0]!.given && !inputs[0]!.parts && twoTexts(inputs[0]!.value ?? '')) inputs = [{ ...inputs[0]!, parts: { values: twoTexts(inputs[0]!.value!)!, labelled: false } }];
  const list = spec.pair ? inputs.find((entity) => entity.parts) : undefined;
  // "our old tagline: '…' How close is each of these to it? 1. … 2. …": a text given apart from the list is what each item is compared with.
  // "summarize both emails: Email 1: … Email 2: …": any step on a list that names all of it after its phrase is one per item ("todas las personas de este chat" is not).
  if (INTENT_SPECS[intent].perItem || list || step.objects.some((object) => object.type === 'ref' && object.ref === 'all' && object.at > step.at)) inputs = (list ? [...inputs.filter((entity) => entity !== list && entity.given).slice(0, 1), list] : inputs).flatMap(items);
  const outputs: Node[] = [];
  const add = (on: Entity[], settings: Record<string, string>) => {
    // The same task again on its own output is the same step asked twice ("edit the image … Please edit it using the description '…'").
    const again = on.length === 1 && on[0]!.node !== undefined ? graph.nodes[on[0]!.node]! : undefined;
    const same = again && again.task === taskFor(intent, on[0]!.kind);
    // Asked twice only right after itself: "transform it, then classify it, and adjust its colours" edits twice.
    const restated = same && (JSON.stringify(again.options) === JSON.stringify(settings) || (!step.then && !again.implicit && graph.nodes.at(-1) === again && !(settings.target_language && again.options.target_language !== settings.target_language)));
    if (restated) Object.assign(again.options, settings);
    // 'translate this: "…" then read it aloud': the output stands after the text the step took past its clause, before the next step, so "it" there is the output.
    const nextStart = nextStepAt(input, step);
    const placed = [...on.filter((entity) => entity.given).map((entity) => entity.at), ...step.objects.filter((object) => object.type === 'content').map((object) => object.at)].reduce((at, given) => (given > step.end && given < nextStart ? Math.max(at, given + 0.5) : at), step.end - 0.5);
    const node = restated ? again : graph.add(intent, on, settings, placed);
    if (node) outputs.push(Object.assign(node, { asked: node.asked ?? step.intent }));
  };
  if (spec.pair) {
    // "Version 1: … Version 2: …": the labelled texts before any other.
    inputs.sort((a, b) => Number(!!b.field) - Number(!!a.field) || (a.field && b.field ? a.at - b.at : 0));
    // "transcribe a.wav and b.wav and compare": with nothing named, the last two things named or made together, else the last two made by one task.
    const made = final ? graph.entities.filter((entity) => entity.node !== undefined && entity.content && accepts(step.intent, entity.kind)).slice(-2) : [];
    const together = inputs.length >= 2 || objects.length ? [] : graph.group(step.intent, step.start).length > 1 ? graph.group(step.intent, step.start) : made.length === 2 && graph.nodes[made[0]!.node!]!.task === graph.nodes[made[1]!.node!]!.task ? made : [];
    if (together.length > 1) inputs = together.flatMap((entity) => listOf(graph.usable(entity, step.intent)));
    const other = inputs.length < 2 ? graph.latest(step.intent, step.start) : null;
    if (other && !inputs.includes(other)) inputs.push(other);
    // Two messages pasted one after the other ("<message>\n\n<message>\n\ndo they line up?"): its two paragraphs.
    const halves = inputs.length === 1 && inputs[0]!.given ? inputs[0]!.value!.split(/\n[ \t]*\n/).filter((part) => part.trim()) : [];
    if (halves.length === 2) inputs = halves.map((value) => graph.entity({ kind: 'text', value: value.trim(), content: true, at: inputs[0]!.at, given: true }));
    if (inputs.length < 2) return false;
    // "Which of these is closest to the original? Original: … Option 1: … Option 2: …", "closer to 'a': 'b' or 'c'?": the first against each other.
    const versions = inputs.filter((entity) => entity.field);
    // Not a text with itself: a step asked twice ("what's in a.jpg vs b.jpg? caption both …") made it twice until the tasks are merged.
    const twin = (entity: Entity) => [entity, inputs[0]!].every((each) => each.node !== undefined) && ((a, b) => a.task === b.task && a.inputs.every((used, i) => used === b.inputs[i]))(graph.nodes[entity.node!]!, graph.nodes[inputs[0]!.node!]!);
    // Nor a text given twice ("vehicles similar to the text 'car'" with 'car' named again) with its copy.
    const copy = (entity: Entity) => entity.given && inputs[0]!.given && entity.value === inputs[0]!.value;
    for (const second of (versions.length >= 2 ? versions : inputs).slice(1)) if (!twin(second) && !copy(second)) add([inputs[0]!, second], options);
  } else {
    // "what are they saying?" on a text: what it says in English (the request's language).
    const targets = taskFor(intent, inputs[0]!.kind) === 'translation' ? (step.targets.length ? step.targets : [step.source !== input.home ? input.home : step.source !== 'en' ? 'en' : undefined]) : [undefined];
    // "two versions of a.jpg: pixel-art and oil painting": one edit for each.
    // A last word alone after a longer one is the end of it ("… y otra en blanco y negro").
    const edits = (step.plural && options.text ? splitLabels(options.text, input.conjunctions) : []).reduce<string[]>((list, part) => (!part.includes(' ') && list.at(-1)?.includes(' ') ? [...list.slice(0, -1), options.text!.slice(options.text!.indexOf(list.at(-1)!), options.text!.lastIndexOf(part) + part.length)] : [...list, part]), []);
    for (const entity of inputs) for (const target of targets) for (const text of edits.length > 1 ? edits : [options.text]) add(filler ? [entity, filler] : [entity], { ...options, ...(target ? { target_language: target } : {}), ...(text ? { text } : {}) });
  }
  graph.newGroup(inputs.filter((entity) => entity.given));
  graph.newGroup(outputs.map((node) => graph.outputOf(node.id)!));
  return outputs.length > 0;
}

/** The two texts of a value made of two paragraphs, or of two lines, else undefined. */
const twoTexts = (value: string) => [value.split('\n\n'), value.split('\n')].map((parts) => parts.map((part) => part.trim()).filter(Boolean)).find((parts) => parts.length === 2);

/** "…, in Italian": translate the last text, or what the last speech step speaks. */
/** `source`: the language the user named the text in ("it's all in Portuguese", "I can't read Greek"), said on each translation made here. */
function applyLanguage(graph: Graph, { lang, at, source }: LinkInput['modifiers'][number], spoken: Set<Node>, english: (entity: Entity) => boolean): void {
  // "my Italian stops at 'ciao'" after "x.wav is in Italian": the language a text comes from is no language to put it into.
  if (source === lang) return;
  const options: Record<string, string> = source ? { target_language: lang, source_language: source } : { target_language: lang };
  const done = graph.nodes.find((node) => node.task === 'translation' && node.options.target_language === lang);
  // "he'd like to hear this in Spanish. Translate it to Spanish and read it out": what is spoken in Spanish is that translation.
  for (const node of done ? graph.nodes : []) if (node.task === 'text-to-speech' && node.inputs[0] === done!.inputs[0]) node.inputs = [graph.outputOf(done!.id, 'text')!];
  if (done) return;
  const speech = graph.nodes.filter((node) => node.task === 'text-to-speech').at(-1);
  if (speech) {
    // "read it out in both English and German": one reading per language, of the text as it is when already in that language.
    const text = spoken.has(speech) ? graph.nodes[speech.inputs[0]!.node ?? -1]?.inputs[0] ?? speech.inputs[0]! : speech.inputs[0]!;
    const translation = !(lang === 'en' && english(text)) && graph.add('translate', [text], options, text.at + 0.1, true);
    const reading = spoken.has(speech) ? graph.add('speak', [], {}, speech.inputs[0]!.at + 0.2, true)! : speech;
    return void spoken.add(Object.assign(reading, { inputs: [translation ? graph.outputOf(translation.id, 'text')! : text] }));
  }
  // A translation another language made ("caption a.jpg in German and Italian") neither uses up the text nor is the text.
  const other = (node: Node) => node.implicit && node.intent === 'translate';
  const consumed = new Set(graph.nodes.filter((node) => !other(node)).flatMap((node) => node.inputs.map((entity) => entity.node)));
  // "a summarized version in French and an answer to …": the step whose clause says it, else the last one.
  // A label for the user's text ("what language is this?") is not the text to translate: that text is (an answer is).
  const open = graph.nodes.filter((node) => TASK_TYPES[node.task].outputs.includes('text') && !consumed.has(node.id) && !other(node) && !(INTENT_SPECS[node.intent].verdict && INTENT_SPECS[node.intent].slot !== 'question' && node.inputs[0]!.given && node.inputs[0]!.kind === 'text'));
  const last = open.find((node) => graph.outputOf(node.id, 'text')!.at >= at && !node.implicit) ?? open.at(-1);
  // With no text yet, a file the user holds is read first: "the handout in h.jpg … my students only read Spanish" (OCR, then translation).
  const text = last ? graph.outputOf(last.id, 'text') : (graph.entities.filter((entity) => entity.given && entity.kind === 'text' && entity.content).at(-1) ?? graph.latest('translate', Infinity));
  // "describe e.jpg and g.jpg in Spanish": every text that step made.
  const texts = last && text!.group !== undefined ? open.map((node) => graph.outputOf(node.id, 'text')!).filter((entity) => entity.group === text!.group) : listOf(text);
  // "explain this in plain English: <an English text>": what the user gave in English is not translated into English,
  // nor a text made of it in its own words ("also a one-line summary of it in English": a summary of an English text is English).
  const givenEnglish = (entity: Entity) => entity.given && entity.at >= 0 && entity.kind === 'text' && entity.value!.split(' ').length >= 5 && english(entity);
  const madeOfEnglish = (entity: Entity) => ((node) => !!node && node.task === 'summarization' && !!node.inputs[0] && givenEnglish(node.inputs[0]))(entity.given ? undefined : graph.nodes[entity.node ?? -1]);
  for (const each of texts) if (!(lang === 'en' && (givenEnglish(each) || madeOfEnglish(each)))) graph.add('translate', [each], options, each.at + 0.1, true);
}

export function linkSteps(input: LinkInput): { tasks: Task[]; dropped: Step[]; nodes: Node[] } {
  const graph = new Graph([...input.history, ...input.given.values()]);
  // A question a step asks ("answer my question 'What colour is it?'") is not text for the steps before it to act on.
  for (const step of input.steps) {
    if (INTENT_SPECS[step.intent].slot !== 'question' || step.question) continue;
    for (const object of step.objects) {
      const entity = object.type === 'content' ? input.given.get(object.at)! : undefined;
      if (entity && !entity.field && entity.value!.endsWith('?')) entity.field = 'question';
    }
  }
  const deferred: Step[] = [];
  for (const step of input.steps) {
    if (graph.nodes.length > input.limit) break;
    if (!resolveStep(graph, input, step, false)) deferred.push(step);
  }
  // Steps with nothing before them to use try again with everything the request names.
  const dropped = deferred.filter((step) => !resolveStep(graph, input, step, true));
  const spoken = new Set<Node>();
  for (const modifier of input.modifiers) applyLanguage(graph, modifier, spoken, (entity) => !!entity.value && !input.foreign(entity.value));
  return { tasks: graph.tasks(), dropped, nodes: graph.nodes };
}

