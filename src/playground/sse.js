// A Server-Sent Events reader for a fetch() response body. The browser's EventSource can only
// send GET requests without headers, and POST /chat needs a JSON body (and, when the operator
// sets API_KEYS, an Authorization header), so the page reads the stream itself.
//
// It follows the parsing rules of the HTML standard for the fields the service sends: lines end
// with \n, \r\n or \r; a line starting with ":" is a comment (the heartbeat); "field: value"
// lines fill the event; a blank line dispatches it. Events without data are dropped.

/**
 * Yields `{ event, id, data }` for each event of the stream, in order, until it ends.
 * @param {ReadableStream<BufferSource>} body
 * @returns {AsyncGenerator<{ event: string, id: string | undefined, data: string }>}
 */
export async function* readServerSentEvents(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = emptyEvent();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      // Split into complete lines. A trailing "\r" stays in the buffer: its "\n" may be in the
      // next chunk, and "\r\n" is one line end, not two.
      const lines = buffer.split(/\r\n|\n|\r(?!$)/);
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') {
          if (event.data.length > 0) yield { event: event.type, id: event.id, data: event.data.join('\n') };
          event = emptyEvent();
          continue;
        }
        if (line.startsWith(':')) continue; // a comment: the server's heartbeat
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') event.data.push(value);
        else if (field === 'event') event.type = value;
        else if (field === 'id') event.id = value;
        // "retry" and unknown fields are ignored, as the standard says
      }
    }
  } finally {
    // Closes the connection when the reader stops early (a no-op once the stream has ended).
    await reader.cancel().catch(() => {});
  }
}

function emptyEvent() {
  return { type: 'message', id: /** @type {string | undefined} */ (undefined), data: /** @type {string[]} */ ([]) };
}
