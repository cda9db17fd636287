// Reads a Server-Sent Events body the way a browser's parser does: frames separated by a blank
// line, `event:`, `id:` and `data:` fields, comment lines starting with ":".
export interface SseFrame {
  event?: string;
  id?: string;
  data?: string;
  comments: string[];
}

export function parseSse(text: string): SseFrame[] {
  return text
    .split(/\r?\n\r?\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const frame: SseFrame = { comments: [] };
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith(':')) frame.comments.push(line.slice(1).trim());
        const match = /^(event|id|data): ?(.*)$/.exec(line);
        if (!match) continue;
        const [, field, value] = match as unknown as [string, 'event' | 'id' | 'data', string];
        frame[field] = field === 'data' && frame.data !== undefined ? `${frame.data}\n${value}` : value;
      }
      return frame;
    });
}

/** The JSON events of a pipeline stream (frames with an `event:` field). */
export function pipelineEvents(text: string): Array<Record<string, any> & { type: string; seq: number }> {
  return parseSse(text)
    .filter((frame) => frame.event !== undefined)
    .map((frame) => JSON.parse(frame.data!));
}
