// What people call the 80 COCO classes CenterNet knows. Data, not code: to teach the visual
// question answering a new word, add it to the row of its class (singular; "s", "es" and "y" →
// "ies" plurals are derived; irregular plurals are listed as words of their own). A word may
// name a group of classes ("animals", "vehicles").

export const COCO_CLASSES = [
  'person', 'bicycle', 'car', 'motorcycle', 'airplane', 'bus', 'train', 'truck', 'boat', 'traffic light', 'fire hydrant',
  'stop sign', 'parking meter', 'bench', 'bird', 'cat', 'dog', 'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra',
  'giraffe', 'backpack', 'umbrella', 'handbag', 'tie', 'suitcase', 'frisbee', 'skis', 'snowboard', 'sports ball', 'kite',
  'baseball bat', 'baseball glove', 'skateboard', 'surfboard', 'tennis racket', 'bottle', 'wine glass', 'cup', 'fork',
  'knife', 'spoon', 'bowl', 'banana', 'apple', 'sandwich', 'orange', 'broccoli', 'carrot', 'hot dog', 'pizza', 'donut',
  'cake', 'chair', 'couch', 'potted plant', 'bed', 'dining table', 'toilet', 'tv', 'laptop', 'mouse', 'remote', 'keyboard',
  'cell phone', 'microwave', 'oven', 'toaster', 'sink', 'refrigerator', 'book', 'clock', 'vase', 'scissors', 'teddy bear',
  'hair drier', 'toothbrush',
] as const;

export type CocoClass = (typeof COCO_CLASSES)[number];

/** Everyday words for one class, besides its own name. */
export const EVERYDAY_NAMES: Partial<Record<CocoClass, readonly string[]>> = {
  person: [
    'people', 'persons', 'human', 'humans', 'man', 'men', 'woman', 'women', 'child', 'children', 'kid', 'boy', 'girl', 'baby', 'babies',
    'player', 'footballer', 'athlete', 'someone', 'somebody', 'anyone', 'anybody', 'guy', 'lady', 'ladies', 'rider', 'spectator', 'human being',
  ],
  'sports ball': ['ball', 'football', 'soccer ball', 'basketball', 'volleyball', 'tennis ball', 'baseball', 'rugby ball'],
  bicycle: ['bike', 'cycle'],
  // Not 'scooter': the kick scooter of e.jpg is no motorcycle, and COCO has no class for it.
  motorcycle: ['motorbike'],
  airplane: ['plane', 'aeroplane', 'aircraft', 'jet'],
  car: ['automobile'],
  boat: ['ship'],
  bird: ['pigeon', 'seagull', 'duck'],
  cat: ['kitten', 'kitty'],
  dog: ['puppy', 'puppies'],
  horse: ['pony', 'ponies'],
  sheep: ['lamb'],
  cow: ['cattle', 'bull', 'calf', 'calves'],
  'potted plant': ['plant', 'houseplant', 'flowerpot', 'pot plant'],
  tv: ['television', 'tv set'],
  couch: ['sofa'],
  'dining table': ['table'],
  'cell phone': ['phone', 'mobile phone', 'smartphone'],
  laptop: ['notebook computer'],
  refrigerator: ['fridge'],
  'wine glass': ['glass'],
  'teddy bear': ['teddy'],
  'hair drier': ['hair dryer', 'hairdryer'],
  handbag: ['purse'],
  skis: ['ski'],
  knife: ['knives'],
};

/** Words that name several classes at once. */
export const GROUP_NAMES: Record<string, readonly CocoClass[]> = {
  animal: ['bird', 'cat', 'dog', 'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra', 'giraffe'],
  vehicle: ['bicycle', 'car', 'motorcycle', 'airplane', 'bus', 'train', 'truck', 'boat'],
  object: [...COCO_CLASSES],
  thing: [...COCO_CLASSES],
};

const plurals = (word: string): string[] => [word, `${word}s`, `${word}es`, word.replace(/y$/, 'ies')];

/** Every spelling (singular and plural) → the classes it names. Built once from the tables above. */
const LOOKUP: ReadonlyMap<string, readonly CocoClass[]> = (() => {
  const lookup = new Map<string, readonly CocoClass[]>();
  const add = (word: string, classes: readonly CocoClass[]) => {
    for (const form of plurals(word)) if (!lookup.has(form)) lookup.set(form, classes);
  };
  for (const label of COCO_CLASSES) add(label, [label]);
  for (const [label, words] of Object.entries(EVERYDAY_NAMES)) for (const word of words ?? []) add(word, [label as CocoClass]);
  for (const [word, classes] of Object.entries(GROUP_NAMES)) add(word, classes);
  return lookup;
})();

/**
 * The classes a noun phrase names: the whole phrase, else its last words ("striped zebras" →
 * zebra, "the soccer balls" → sports ball). Null when it names none of them.
 */
export function classesNamed(phrase: string): readonly CocoClass[] | null {
  const words = phrase.toLowerCase().replace(/[^a-z\s-]/g, ' ').replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  for (let from = 0; from < words.length; from++) {
    const classes = LOOKUP.get(words.slice(from).join(' '));
    if (classes) return classes;
  }
  return null;
}
