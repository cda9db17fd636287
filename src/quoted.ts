// Quoted material cut out of a request by one scan. The pattern it replaces, /"[^"]*"|“[^”]*”/g,
// scanned to the end of the text from every opening quote that is never closed: quadratic in a
// run of them ('“““…'). Here the next closing quote of each kind is looked up once and reused.

/** An opening quote, its closing quote, and how many characters at least must stand between them. */
export interface QuotePair {
  open: string;
  close: string;
  least?: number;
}

/** `text` with each quoted span (quotes included) replaced by `by`, left to right as a global replace of `open[^close]{least,}close|…` would. */
export function replaceQuoted(text: string, pairs: readonly QuotePair[], by: string): string {
  const next = pairs.map(() => -2);
  let out = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const index = pairs.findIndex((pair) => pair.open === text[at]);
    if (index < 0) continue;
    const pair = pairs[index]!;
    // The first closing quote after this one: cached while it lies ahead, none ever again once there is none.
    if (next[index] !== -1 && next[index]! <= at) next[index] = text.indexOf(pair.close, at + 1);
    const close = next[index]!;
    if (close < 0 || close - at - 1 < (pair.least ?? 0)) continue;
    out += text.slice(from, at) + by;
    from = close + 1;
    at = close;
  }
  return out + text.slice(from);
}
