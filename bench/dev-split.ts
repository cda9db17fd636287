// The fixed split of the dev sets used while tuning the rule-based planner: about 70 % of the
// items ("tune") were read and tuned on; the rest ("holdout") were only ever scored, to estimate
// how the planner does on requests it was not tuned for. The rule is a hash of the item's id, so
// it is the same on every clone and for any item added later.
import { createHash } from 'node:crypto';

export type Part = 'tune' | 'holdout' | 'all';

export function partOf(id: string): Exclude<Part, 'all'> {
  return createHash('sha256').update(id).digest()[0]! % 10 < 7 ? 'tune' : 'holdout';
}

export function inPart(id: string, part: Part): boolean {
  return part === 'all' || partOf(id) === part;
}

/** `--part tune|holdout|all` from the command line (default all). */
export function partArgument(args: readonly string[]): Part {
  const index = args.findIndex((arg) => arg === '--part' || arg.startsWith('--part='));
  if (index < 0) return 'all';
  const value = args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
  if (value !== 'tune' && value !== 'holdout' && value !== 'all') throw new Error(`--part must be tune, holdout or all, not ${value}`);
  return value;
}
