// tap prints no summary line that CI counts: pass the TAP stream through and end it with
// "N passed, N failed" (skips on the line before) from tap's closing `# { total: … }` comment.
import { Transform } from 'node:stream';

export default class SummaryReporter extends Transform {
  #tail = '';
  #counts = null;

  _transform(chunk, _encoding, callback) {
    this.#tail = (this.#tail + chunk.toString()).slice(-4096);
    const match = [...this.#tail.matchAll(/^# (\{ total: .*\})$/gm)].pop();
    if (match) this.#counts = match[1];
    callback(null, chunk);
  }

  _flush(callback) {
    const counts = {};
    if (this.#counts) for (const [, key, value] of this.#counts.matchAll(/(\w+): (\d+)/g)) counts[key] = Number(value);
    const skipped = (counts.skip ?? 0) + (counts.todo ?? 0);
    callback(null, `\n${skipped} skipped\n${counts.pass ?? 0} passed, ${counts.fail ?? 0} failed\n`);
  }
}
