// Requests made of one short unit repeated to a size: the shapes that once found a slow path in the
// planner (a scan per word, a pattern tried at every start of a run). bench:plan times them at
// 100 KB; bench/plan-snapshot.ts prints their plans at several sizes, so a change made for speed
// can be checked to leave them unchanged.

/** name → [unit repeated, text before the run, text after it]. */
export const HOSTILE: Record<string, [string, string?, string?]> = {
  // Runs of one connector or of punctuation inside a clause: a per-"and" scan of the sentence, or a
  // trailing-characters pattern tried at every start of a run, was quadratic in them.
  'many "and"s': ['and ', 'Draw a cat ', ' dog'],
  'runs of commas': [', ', 'Draw a cat ', ' dog'],
  'runs of spaces': [' ', 'Draw a cat ', ' dog'],
  'files after an edit': ['b.jpg ', 'Edit a.jpg so ', ' is blue'],
  'many "it"s': ['it ', 'make it look like ', ' blue'],
  'files and "and"': ['a.jpg and ', 'Caption '],
  'many "?"': ['? ', 'What is in c.jpg'],
  'quotes in a paste': ['" ', 'Summarize this:\n\n'],
  'many "translate"': ['translate ', '', ' this into French'],
  'short clauses': ['a. '],
  '"the second one"': ['and the second one ', 'Caption a.jpg and b.jpg. Then read '],
  // A file named by its letter, or described, with "one": a search of every object per "one" was quadratic.
  '"the c one"': ['the c one and ', 'Caption a.jpg and c.jpg. Then read '],
  '"the one with"': ['the one with the giraffes and ', 'Caption a.jpg and f.jpg. Then read '],
  // A blank to fill with no boundary after it ("say: [MASK]") read past the last item and threw.
  'blanks': ['[MASK] ', 'say: '],
  'no spaces: commas': [','],
  'no spaces: "?"': ['?'],
  'no spaces: dots': ['.'],
  'no spaces: quotes': ['"'],
  'no spaces: hyphens': ['-'],
  'no spaces: digits': ['7'],
  'no spaces: files': ['a.jpg,'],
};

/** The shape at `size` characters: the run cut so that the text after it still fits. */
export function hostile([unit, before = '', after = '']: [string, string?, string?], size: number): string {
  const room = Math.max(0, size - before.length - after.length);
  return before + unit.repeat(Math.ceil(room / unit.length)).slice(0, room) + after;
}
