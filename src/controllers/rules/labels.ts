// Candidate labels a request gives for a classification ("labels: sports, politics",
// "into cats, dogs or birds", "as positive or negative"): they make it a zero-shot task.
import type { Intent } from './analysis.js';

// Labels listed after "into"/"as" need an "or" ("as cat, dog or bird"): "into French, and then" is no list.
const WORD = "[\\w'-]+";
const LIST = `(?:an? )?${WORD}(?:, ?(?:an? )?${WORD})*,? or (?:an? )?${WORD}`;
const PATTERNS = [
  /\b(?:candidate )?(?:labels?|categories|classes|options)\s*(?:are|:|=)\s*([^.;\n#]+)/i,
  new RegExp(`\\b(?:in|into) (?:one of )?(?:the )?(?:(?:categories|classes|labels) )?(${LIST})\\b`, 'i'),
  new RegExp(`\\bas (?:either )?(${LIST})\\b`, 'i'),
];

const ZERO_SHOT: Partial<Record<Intent, Intent>> = {
  'text-classification': 'zero-shot-classification',
  'image-classification': 'zero-shot-image-classification',
};

export function findLabels(text: string): string[] | null {
  for (const pattern of PATTERNS) {
    const list = pattern.exec(text)?.[1];
    if (!list) continue;
    const labels = list
      .split(/\s*(?:,|\bor\b|\band\b)\s*/)
      .map((label) => label.trim().replace(/^(?:an?|the)\s+/i, ''))
      .filter(Boolean);
    if (labels.length >= 2) return labels;
  }
  return null;
}

/** A classification with its own labels is a zero-shot classification. */
export function withLabels(intent: Intent, text: string): Intent {
  const zeroShot = ZERO_SHOT[intent];
  return zeroShot && findLabels(text) ? zeroShot : intent;
}
