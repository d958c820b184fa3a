// Reading a text/event-stream (server-sent events) as the HTML standard describes it: lines ending in
// CR, LF or CRLF; `data`, `id`, `event` and `retry` fields; comment lines (heartbeats) ignored; an
// event dispatched on a blank line. A parser fed chunks, so it works on any fetch body, in browsers
// and in Node.
import { DiwanError } from '../errors.js';

export interface StreamEvent {
  /** The event type (`message` unless the server named one). */
  type: string;
  data: string;
  /** The last event id the stream set, sent back as `Last-Event-ID` on reconnection. */
  lastEventId: string;
}

export interface EventStreamHandlers {
  event(event: StreamEvent): void;
  /** The server asked for this reconnection delay (ms). */
  retry?(ms: number): void;
}

/** The most text a stream may hold without completing an event (a record is a few kilobytes). */
export const MAX_PENDING_CHARS = 1_000_000;

/** A parser: feed it decoded text chunks in order. Throws `invalid_response` when one event grows past MAX_PENDING_CHARS. */
export function eventStreamParser(handlers: EventStreamHandlers): (chunk: string) => void {
  let buffer = '';
  let started = false;
  let data: string[] = [];
  let dataChars = 0;
  let type = '';
  let lastEventId = '';

  function line(text: string): void {
    if (text === '') {
      if (data.length > 0) handlers.event({ type: type || 'message', data: data.join('\n'), lastEventId });
      data = [];
      dataChars = 0;
      type = '';
      return;
    }
    if (text.startsWith(':')) return; // a comment: the heartbeat
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') {
      data.push(value);
      dataChars += value.length + 1;
    } else if (field === 'event') type = value;
    else if (field === 'id' && !value.includes('\0')) lastEventId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) handlers.retry?.(Number(value));
  }

  return (chunk) => {
    buffer += chunk;
    if (!started && buffer.length > 0) {
      started = true;
      if (buffer.startsWith('\uFEFF')) buffer = buffer.slice(1);
    }
    // a CR at the very end may be the first half of a CRLF: keep it for the next chunk
    const end = buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
    const lines = buffer.slice(0, end).split(/\r\n|\r|\n/);
    buffer = lines.pop()! + buffer.slice(end);
    for (const text of lines) line(text);
    if (buffer.length + dataChars > MAX_PENDING_CHARS) {
      throw new DiwanError('invalid_response', 'The server’s event stream sent an event larger than Diwan reads.', { retryable: false });
    }
  };
}
