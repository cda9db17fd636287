// The tasks of a plan while the LLM is still writing it. The reply is scanned as it arrives, one
// character at a time (strings and their escapes respected, "…" and the '…' dialect alike), and
// every object that is a direct element of the task list is handed out as soon as its closing
// brace has arrived. The task list is the value of the top-level "tasks" key, or the top-level
// array itself; text before the JSON (prose, a ```json fence) is skipped, and so is everything
// after it. An element is parsed with JSON.parse, or repaired with jsonrepair (single quotes,
// trailing commas, Python constants); one that cannot be read is left out: the whole reply is
// parsed and validated again at the end (plan.ts), and that reading is the plan.
import { jsonrepair } from 'jsonrepair';

export interface TaskStreamParser {
  /** Feeds the next piece of the reply; returns the task objects it completed, in order. */
  push(text: string): unknown[];
}

interface Frame {
  kind: 'object' | 'array';
  /** Objects: the key being read or last read. */
  key?: string;
  /** Objects: the next string is a key. */
  expectKey?: boolean;
  /** Arrays: this is the task list. */
  isTasks?: boolean;
  /** Where this frame began in the text. */
  start: number;
}

export function createTaskStreamParser(): TaskStreamParser {
  let text = '';
  let position = 0;
  const stack: Frame[] = [];
  let begun = false;
  let ended = false;
  let quote: '"' | "'" | null = null;
  let escaped = false;
  let stringStart = 0;

  const parent = () => stack.at(-1);

  function open(kind: Frame['kind'], at: number): void {
    const outer = parent();
    const frame: Frame = { kind, start: at, ...(kind === 'object' ? { expectKey: true } : {}) };
    // The root array, or the array under the root object's "tasks" key.
    if (kind === 'array') frame.isTasks = outer === undefined || (stack.length === 1 && outer.kind === 'object' && outer.key === 'tasks');
    stack.push(frame);
  }

  function close(at: number, found: unknown[]): void {
    const frame = stack.pop();
    if (!frame) return;
    if (frame.kind === 'object' && parent()?.isTasks) {
      const task = readElement(text.slice(frame.start, at + 1));
      if (task !== undefined) found.push(task);
    }
    if (stack.length === 0) ended = true;
  }

  return {
    push(piece) {
      const found: unknown[] = [];
      text += piece;
      for (; position < text.length && !ended; position++) {
        const char = text[position]!;
        if (quote) {
          if (escaped) escaped = false;
          else if (char === '\\') escaped = true;
          else if (char === quote) {
            quote = null;
            const frame = parent();
            if (frame?.kind === 'object' && frame.expectKey) {
              frame.key = text.slice(stringStart + 1, position);
              frame.expectKey = false;
            }
          }
          continue;
        }
        if (!begun) {
          if (char !== '{' && char !== '[') continue;
          begun = true;
        }
        if (char === '"' || char === "'") {
          quote = char;
          stringStart = position;
        } else if (char === '{') open('object', position);
        else if (char === '[') open('array', position);
        else if (char === '}' || char === ']') close(position, found);
        else if (char === ',' && parent()?.kind === 'object') parent()!.expectKey = true;
      }
      return found;
    },
  };
}

function readElement(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    try {
      const value: unknown = JSON.parse(jsonrepair(source));
      return value !== null && typeof value === 'object' ? value : undefined;
    } catch {
      return undefined;
    }
  }
}
