// What the rule-based planner says about a plan: why it is empty (with examples of what it does
// understand), or which words led to which task.
import type { Mention } from './recognise.js';
import { taskOfIntent } from './subject.js';

const EXAMPLES = [
  '"describe /examples/a.jpg"',
  '"detect the objects in photo.png and read the result aloud"',
  '"transcribe speech.wav, then translate it to Spanish"',
  '"generate a picture of a red fox"',
  '"summarize \'<your text>\'"',
  '"answer \'How many people are there?\' about /examples/g.jpg"',
];

export function notUnderstood(request: string): string {
  const quoted = request.trim().length > 60 ? `${request.trim().slice(0, 57)}…` : request.trim();
  return (
    `I could not find a task I can run in "${quoted}". ` +
    'I plan image, audio and text tasks from what a request asks and the files it names, for example ' +
    `${EXAMPLES.join(', ')}. Name the file or URL to work on, and say what to do with it.`
  );
}

export function unusable(problems: readonly string[]): string {
  return `I recognised what you asked but cannot plan it: ${problems.join('; ')}. Name a file or URL to work on (for example photo.jpg, speech.wav, https://example.org/a.png or /examples/a.jpg).`;
}

export function planNotes(mentions: readonly Mention[], problems: readonly string[]): string {
  const read = mentions.map((mention) => `"${mention.cue.trim()}" → ${taskOfIntent(mention.intent)}`).join('; ');
  const skipped = problems.length ? ` Left out: ${problems.join('; ')}.` : '';
  return `Planned by rules from the wording: ${read}.${skipped}`;
}
