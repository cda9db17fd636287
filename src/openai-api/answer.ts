// The answer as a chat front-end shows it: links to produced files made absolute (PUBLIC_URL, or
// the request's own scheme and host), and every produced file listed at the end, images as
// Markdown images so they display inline.
import type { TaskResult } from '../pipeline/types.js';
import { taskDisplayName } from '../registry/task-types.js';

/** `/artifacts/<id>` and `/examples/<name>` not already inside a URL. */
const SERVICE_PATH = /(?<![\w/.:-])\/(?:artifacts|examples)\/[\w-]+\.[a-z0-9]{2,5}\b/gi;

export function publicBaseUrl(configured: string | undefined, request: { protocol: string; host: string }): string {
  const base = configured ?? `${request.protocol}://${request.host}`;
  // Without its final slashes, by a loop: /\/+$/ tried every start of a long run of them.
  let end = base.length;
  while (end > 0 && base[end - 1] === '/') end--;
  return base.slice(0, end);
}

export function absoluteLinks(text: string, baseUrl: string): string {
  return text.replace(SERVICE_PATH, (path) => `${baseUrl}${path}`);
}

/**
 * absoluteLinks for text that arrives in pieces: holds back the last word (a path has no
 * whitespace) until the next piece or the end shows it whole.
 */
export function createLinkRewriter(baseUrl: string): { push(text: string): string; flush(): string } {
  let pending = '';
  return {
    push(text) {
      pending += text;
      const cut = Math.max(pending.lastIndexOf(' '), pending.lastIndexOf('\n'), pending.lastIndexOf('\t')) + 1;
      const ready = pending.slice(0, cut);
      pending = pending.slice(cut);
      return absoluteLinks(ready, baseUrl);
    },
    flush() {
      const rest = pending;
      pending = '';
      return absoluteLinks(rest, baseUrl);
    },
  };
}

/** Every file the tasks produced, as Markdown: images shown, audio and video linked. */
export function filesMarkdown(results: TaskResult[], baseUrl: string): string {
  const lines = results.flatMap((result) =>
    (['image', 'audio', 'video'] as const).flatMap((kind) => {
      const file = result.status === 'succeeded' ? result.output?.[kind] : undefined;
      if (!file) return [];
      const label = `${taskDisplayName(result.task)} (task ${result.id + 1})`;
      const url = `${baseUrl}${file.url}`;
      return [kind === 'image' ? `![${label}](${url})` : `[${label}: ${kind}, ${file.mime}](${url})`];
    }),
  );
  return lines.length ? `\n\n${lines.join('\n\n')}` : '';
}

export function completionText(answer: string, results: TaskResult[], baseUrl: string): string {
  return absoluteLinks(answer, baseUrl) + filesMarkdown(results, baseUrl);
}
