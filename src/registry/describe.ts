// Turns a model card body (markdown with HTML, tables, code and links) into one or two plain
// sentences, short enough to show the controller several candidates within its token budget.

const MAX_LENGTH = 240;

export function cleanDescription(markdown: string, maxLength = MAX_LENGTH): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .split('\n')
    .filter((line) => !/^\s*(#|\||>|[-=]{3,}|\s*[-*+]\s|\s*\d+\.\s|!\[)/.test(line))
    .join(' ')
    .replace(/!\[[^\]]*]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*_`]{1,3}([^*_`]+)[*_`]{1,3}/g, '$1')
    .replace(/More information needed\.?/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(text, maxLength);
}

/** Cuts at a sentence end, else a word boundary, and marks the cut with an ellipsis. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const head = text.slice(0, maxLength);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd > maxLength / 2) return head.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(' ');
  // Without the spaces and marks before the cut, by a loop: /[\s,;:]+$/ tried every start of a long run of them.
  let end = space > 0 ? space : maxLength;
  while (end > 0 && /[\s,;:]/.test(head[end - 1]!)) end--;
  return `${head.slice(0, end)}…`;
}
