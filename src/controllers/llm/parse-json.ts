// LLM output is untrusted text. Find the JSON value in it: the whole text, a fenced block, or the
// first balanced object/array, and say precisely why when there is none.

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJsonReply(text: string): JsonParse {
  const candidates = [text.trim(), ...fencedBlocks(text), ...balancedSpans(text)];
  let lastError = 'the answer contains no JSON object or array';
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return { ok: true, value: JSON.parse(candidate) };
    } catch (error) {
      if (/^[[{]/.test(candidate)) lastError = `invalid JSON: ${(error as Error).message}`;
    }
  }
  return { ok: false, error: lastError };
}

function fencedBlocks(text: string): string[] {
  return [...text.matchAll(/```(?:json)?\s*([\s\S]*?)```/gi)].map((match) => match[1]!.trim());
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
