// How structured expert outputs read as text. Every provider uses these, so `<GENERATED>-k`
// text and the templated answer look the same whichever model produced them.

export interface LabelScore {
  label: string;
  score: number;
}

export interface Box {
  xmin: number;
  ymin: number;
  xmax: number;
  ymax: number;
}

export interface Detection extends LabelScore {
  box: Box;
}

export interface Entity {
  entity_group: string;
  word: string;
  score: number;
  start?: number;
  end?: number;
}

const percent = (score: number): string => `${Math.round(score * 100)}%`;

/** "zebra (97%), giraffe (2%)": the top labels, best first. */
export function formatLabels(labels: LabelScore[], limit = 3): string {
  return [...labels]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((item) => `${item.label} (${percent(item.score)})`)
    .join(', ');
}

/** "2 zebras and 1 giraffe": counts per label, most frequent first. */
export function describeDetections(detections: Detection[]): string {
  if (detections.length === 0) return 'no objects found';
  const counts = new Map<string, number>();
  for (const detection of detections) counts.set(detection.label, (counts.get(detection.label) ?? 0) + 1);
  const parts = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([label, count]) => countOf(count, label));
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "Barack Obama (PER), Berlin (LOC)". */
export function formatEntities(entities: Entity[]): string {
  if (entities.length === 0) return 'no entities found';
  return entities.map((entity) => `${entity.word.trim()} (${entity.entity_group})`).join(', ');
}

/** "1 zebra", "3 zebras", "0 people". */
export const countOf = (count: number, noun: string): string => `${count} ${count === 1 ? noun : pluralise(noun)}`;

/** Plurals the rule below gets wrong ("persons" is correct but nobody says it of a photo). */
const IRREGULAR_PLURALS: Record<string, string> = {
  person: 'people',
  mouse: 'mice',
  knife: 'knives',
  sheep: 'sheep',
  skis: 'skis',
  scissors: 'scissors',
  broccoli: 'broccoli',
};

function pluralise(noun: string): string {
  if (IRREGULAR_PLURALS[noun]) return IRREGULAR_PLURALS[noun];
  const words = noun.split(' ');
  const last = words.pop()!;
  const plural = /(s|x|z|ch|sh)$/.test(last) ? `${last}es` : /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  return [...words, plural].join(' ');
}
