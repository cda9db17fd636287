// LLM output is untrusted text. Find the JSON value in it: the whole text, a fenced block, or the
// first balanced object/array; failing that, repair it with jsonrepair (single quotes, trailing
// commas, comments, Python constants, unclosed brackets of a cut answer, stray closing brackets),
// and say precisely why when nothing works.
import { jsonrepair } from 'jsonrepair';

export type JsonParse = { ok: true; value: unknown; repaired: boolean } | { ok: false; error: string };

export function parseJsonReply(text: string): JsonParse {
  const candidates = [text.trim(), ...fencedBlocks(text), ...balancedSpans(text)];
  let lastError = 'the answer contains no JSON object or array';
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return { ok: true, value: JSON.parse(candidate), repaired: false };
    } catch (error) {
      if (/^[[{]/.test(candidate)) lastError = `invalid JSON: ${(error as Error).message}`;
    }
  }
  // Repair only what looks like JSON: jsonrepair turns prose into a string, which is no plan.
  for (const candidate of [...fencedBlocks(text), fromFirstBracket(text)]) {
    if (!candidate || !/^[[{]/.test(candidate)) continue;
    try {
      const value: unknown = JSON.parse(jsonrepair(candidate));
      if (value !== null && typeof value === 'object') return { ok: true, value, repaired: true };
    } catch {
      // not repairable: keep the strict parser's error, which names the position
    }
  }
  return { ok: false, error: lastError };
}

function fencedBlocks(text: string): string[] {
  // An unclosed fence (a cut answer) runs to the end of the text.
  return [...text.matchAll(/```(?:json)?\s*([\s\S]*?)(?:```|$)/gi)].map((match) => match[1]!.trim()).filter(Boolean);
}

function fromFirstBracket(text: string): string {
  const start = text.search(/[[{]/);
  return start === -1 ? '' : text.slice(start).replace(/```\s*$/, '').trim();
}

/** The first span that opens with { or [ and closes at its matching bracket, strings respected. */
function balancedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const opener of ['{', '[']) {
    const start = text.indexOf(opener);
    if (start === -1) continue;
    const end = matchingClose(text, start);
    if (end !== -1) spans.push(text.slice(start, end + 1));
  }
  return spans.sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

function matchingClose(text: string, start: number): number {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') stack.push(char === '{' ? '}' : ']');
    else if (char === '}' || char === ']') {
      if (stack.pop() !== char) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}
